import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/en';
import { es } from '../../../src/core/i18n/es';
import { type Catalogue, type Message, placeholdersIn } from '../../../src/core/i18n/catalogue';
import { INTL_LOCALE, type Language } from '../../../src/core/i18n/language';

/** The catalogue is complete in both languages: same keys, same kind of message, same placeholders. */
const CATALOGUES: [Language, Catalogue][] = [
  ['en', en],
  ['es', es],
];
const textsOf = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => !!t));
const placeholdersOf = (message: Message): string[] => [...new Set(textsOf(message).flatMap(placeholdersIn))].sort();

describe('message catalogue', () => {
  it.each(CATALOGUES)('%s has exactly the English keys', (_language, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(CATALOGUES)('%s gives each message the same kind and placeholders as English', (_language, catalogue) => {
    for (const [key, source] of Object.entries(en) as [string, Message][]) {
      const message = catalogue[key]!;
      expect(typeof message, key).toBe(typeof source);
      expect(placeholdersOf(message), key).toEqual(placeholdersOf(source));
      for (const text of textsOf(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(CATALOGUES)('%s gives every plural the categories its language uses for whole numbers', (language, catalogue) => {
    const rules = new Intl.PluralRules(INTL_LOCALE[language]);
    const needed = new Set(Array.from({ length: 2001 }, (_, n) => rules.select(n)));
    for (const [key, message] of Object.entries(catalogue))
      if (typeof message !== 'string') {
        expect(message.other, key).toBeTruthy();
        for (const category of needed) expect(message[category as keyof typeof message] ?? message.other, `${key} ${category}`).toBeTruthy();
        if (needed.has('one')) expect(message.one, `${key} one`).toBeTruthy();
        // Every plural text says the count, or is a heading that needs no number.
        for (const text of textsOf(message)) expect(text.includes('{count}') || !textsOf(message).some((t) => t.includes('{count}')), key).toBe(true);
      }
  });

  it('keeps Spanish text apart from English (no message left untranslated by mistake)', () => {
    // Identical texts are allowed only where the words are the same in both languages.
    const same = Object.keys(en).filter((key) => JSON.stringify(en[key as keyof typeof en]) === JSON.stringify(es[key as keyof typeof es]));
    expect(same.sort()).toEqual([
      'agenda.signal',
      'capture.idea',
      'chart.alt.signal',
      'chart.cycleNote',
      'choice.vote',
      'copies.kind',
      'deleted.point',
      'doAsPlanned.no',
      'duration.hours',
      'duration.minutes',
      'idea.text',
      'ideas.title',
      'kind.ideas',
      'kinds.ideas',
      'noun.ideas',
      'options.problem',
      'point.signal',
      'presence.megabytes',
      'refuse.invalid',
      'report.ideas',
      'sheet.no',
      'shell.title',
      'view.ideas',
    ]);
  });
});
