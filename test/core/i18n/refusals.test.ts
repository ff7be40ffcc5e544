import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../../src/core';
import { newBoard, testContext } from '../helpers';

/** Runs `act`, expecting a refusal that changed nothing, and gives it back. */
const refusal = (doc: Y.Doc, act: () => unknown): core.OperationError => {
  const before = Y.encodeStateVector(doc);
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(core.OperationError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    return error as core.OperationError;
  }
  throw new Error('the operation was not refused');
};

describe('refusals in either language', () => {
  const setup = testContext('a');
  const { doc } = newBoard(setup);
  const idea = core.addIdea(doc, { text: 'Carro de suministros en cada pasillo' }, setup);
  const member: core.OpContext = { ...testContext('m'), userId: 'u-rosa', role: 'member', actor: 'Rosa Martínez' };

  it('says who may triage in English (the message) and in Spanish (for a Spanish page), naming the role in each', () => {
    const error = refusal(doc, () => core.triageIdea(doc, { ideaId: idea, state: 'parked' }, member));
    expect(error.message).toMatch(/^Only co-leads triage ideas\. Your role in Settings is member: ask a co-lead/);
    expect(error.say('en')).toBe(error.message);
    expect(error.say('es')).toMatch(/^Solo los colíderes pueden clasificar ideas\. Su función en Configuración es miembro del equipo:/);
  });

  it('says what is wrong with a typed value in Spanish: our schemas’ words and zod’s own', () => {
    const long = refusal(doc, () => core.addAction(doc, { text: 'x'.repeat(2000), owner: '', due: '' }, setup));
    expect(long.message).toBe('Add action: text: must be at most 200 characters');
    expect(long.say('es')).toBe('No se guardó el cambio: text: debe tener como máximo 200 caracteres');
    const prose = refusal(doc, () => core.addIdea(doc, { text: 'palabra '.repeat(3000) }, setup));
    expect(prose.say('es')).toBe('No se guardó el cambio: text: es demasiado largo (como máximo 20.000 caracteres); divídalo');
    // A state no schema knows: zod's own message, in zod's Spanish.
    const state = refusal(doc, () => core.triageIdea(doc, { ideaId: idea, state: 'bogus' as never }, setup));
    expect(state.message).toMatch(/^Triage idea: state: Invalid option/);
    expect(state.say('es')).toMatch(/^No se guardó el cambio: state: Opción inválida/);
  });

  it('writes numbers and dates in a refusal as the language does', () => {
    const measure = core.addMeasure(doc, { name: 'Minutos hasta el alta', unit: 'min', better: 'down', type: 'outcome' }, setup);
    core.addDataPoint(doc, { measureId: measure, date: '2026-11-30', value: 1250 }, setup);
    const twice = refusal(doc, () => core.addDataPoint(doc, { measureId: measure, date: '2026-11-30', value: 1300 }, setup));
    expect(twice.say('es')).toBe('Esta medida ya tiene un valor para el 2026-11-30; edite ese.');
    const missing = refusal(doc, () => core.deleteEntity(doc, { kind: 'cycles', id: 'nope' }, setup));
    expect(missing.message).toBe('There is no test of change with id "nope" on this board.');
    expect(missing.say('es')).toBe('No hay ningún elemento (prueba de cambio) con el id "nope" en este tablero.');
  });
});

describe('a pasted invite or a chosen file that cannot be used, in Spanish', () => {
  it('says what is wrong with a typed code, an empty field and a damaged link', () => {
    expect(core.parseAnyInvite('', 'es')).toEqual({ ok: false, error: 'Pegue el enlace de la invitación o escriba el código del cartel.' });
    const typo = core.parseAnyInvite('UBT-ABCDE-ABCDE', 'es');
    expect(typo.ok || typo.error).toMatch(/^Este código tiene 10 caracteres después de «UBT»; un código de invitación tiene 40 \(8 grupos de 5\)/);
    expect(core.parseAnyInvite('https://example.org/#/join/ubt1r.abc', 'es')).toEqual({
      ok: false,
      error: 'Esta invitación está incompleta o dañada. Pida de nuevo la invitación y cópiela entera (un enlace es una sola línea larga).',
    });
    // English stays the default, word for word.
    expect(core.parseAnyInvite('')).toEqual({ ok: false, error: 'Paste the invite link, or type the code from the poster.' });
  });

  it('says why a backup file was refused', () => {
    expect(core.readBackup('{not json', 'es')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Este archivo no es una copia de seguridad de UBT Board: no es JSON válido/),
    });
    expect(core.readBackup(JSON.stringify({ format: 'ubt-board-backup', version: 99 }), 'es')).toEqual({
      ok: false,
      error: 'Esta copia de seguridad es de la versión de formato 99; este UBT Board lee de la 1 a la 2. Actualice la extensión para restaurarla.',
    });
  });
});
