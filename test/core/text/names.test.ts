import { describe, expect, it } from 'vitest';
import { nameFromText } from '../../../src/core';

describe('an item’s text as the name of its controls', () => {
  it('keeps a short text whole and flattens its line breaks', () => {
    expect(nameFromText('Call patients the day before their MRI: 1,150 scans a month, 9% no-shows')).toBe(
      'Call patients the day before their MRI: 1,150 scans a month, 9% no-shows',
    );
    expect(nameFromText('Warm blankets\n\nin the  waiting room')).toBe('Warm blankets in the waiting room');
  });

  it('cuts a long text at a word, well past the first 40 characters, so two similar ideas stay apart', () => {
    const a = 'Llamar a los pacientes el día anterior a su resonancia magnética para confirmar la cita y recordar el ayuno de cuatro horas';
    const b = 'Llamar a los pacientes el día anterior a su resonancia magnética para ofrecer transporte a quienes no pueden venir';
    const [na, nb] = [nameFromText(a), nameFromText(b)];
    expect(na).not.toBe(nb);
    expect(na.endsWith('…')).toBe(true);
    expect([...na].length).toBeLessThanOrEqual(120);
    expect(a.startsWith(na.slice(0, -1))).toBe(true);
    expect(a[na.length - 1]).toBe(' ');
  });

  it('reads only the start of a huge text', () => {
    const huge = `Spam ${'x'.repeat(7_000_000)}`;
    const name = nameFromText(huge);
    expect([...name].length).toBeLessThanOrEqual(120);
    expect(name.startsWith('Spam x')).toBe(true);
    expect(nameFromText(`Short${' '.repeat(2000)}end`)).toBe('Short…');
  });
});
