import { describe, expect, it } from 'vitest';
import { resolveLanguage, translator } from '../../../src/core/i18n';

describe('translator', () => {
  const english = translator('en');
  const spanish = translator('es');

  it('fills placeholders, numbers written the language’s way', () => {
    expect(english.t('capture.tooLong', { length: 21_250, max: 20_000 })).toBe(
      'This is 21,250 characters; an idea holds up to 20,000. Keep the part that matters.',
    );
    // Spanish groups thousands with a point, and not at all in a four-digit number.
    expect(spanish.t('capture.tooLong', { length: 21_250, max: 2_000 })).toBe(
      'Esto tiene 21.250 caracteres; una idea admite hasta 2000. Quédese con la parte importante.',
    );
    expect(spanish.t('capture.saved', { team: 'Medicina-Cirugía 4 Oeste' })).toBe('Guardada en las ideas de Medicina-Cirugía 4 Oeste.');
  });

  it('chooses plurals by each language’s rules', () => {
    const votes = (t: typeof english, n: number) => t.t('count.votes', { count: n });
    expect([0, 1, 2, 1_250].map((n) => votes(english, n))).toEqual(['0 votes', '1 vote', '2 votes', '1,250 votes']);
    expect([0, 1, 2, 1_250].map((n) => votes(spanish, n))).toEqual(['0 votos', '1 voto', '2 votos', '1250 votos']);
    expect(spanish.t('count.characters', { count: 1 })).toBe('1 carácter');
    expect(spanish.t('similar.title', { count: 3 })).toBe('Ya hay ideas parecidas en el tablero');
  });

  it('keeps markup given for a placeholder as a part of its own, where the language puts it', () => {
    const strong = { tag: 'strong' };
    expect(spanish.parts('capture.kept', { title: strong })).toEqual([
      'Su idea se guarda hasta que se haya unido: abra ',
      strong,
      ' otra vez entonces y estará aquí para enviarla.',
    ]);
  });

  it('is a type error to name a message that does not exist, or to leave out what it needs', () => {
    // @ts-expect-error: no such key
    expect(english.t('capture.tittle')).toBe('capture.tittle');
    // @ts-expect-error: 'team' is needed
    expect(english.t('capture.saved')).toBe("Saved to {team}'s ideas.");
  });
});

describe('the language shown', () => {
  it('follows the browser when the person has not chosen', () => {
    expect(resolveLanguage('auto', ['es-MX', 'en-US'])).toBe('es');
    expect(resolveLanguage('auto', ['fr-CA', 'es-419', 'en'])).toBe('es');
    expect(resolveLanguage('auto', ['en-US', 'es'])).toBe('en');
    expect(resolveLanguage('auto', ['de-DE'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
  });

  it('is the person’s choice when they made one', () => {
    expect(resolveLanguage('en', ['es-MX'])).toBe('en');
    expect(resolveLanguage('es', ['en-US'])).toBe('es');
  });
});

describe('the pseudo-locale', () => {
  const pseudo = translator('pseudo');
  it('brackets each run of the catalogue’s words and leaves what fills a placeholder outside', () => {
    expect(pseudo.t('capture.save')).toBe('⟦Šàvé⟧');
    expect(pseudo.t('capture.saved', { team: 'Med-Surg 4 West' })).toBe("⟦Šàvéd tó ⟧Med-Surg 4 West⟦'š ídéàš.⟧");
    expect(pseudo.t('count.votes', { count: 1_250 })).toBe('1,250⟦ vótéš⟧');
  });
});
