import { afterAll, describe, expect, it } from 'vitest';
import { formatDay, formatShortDay, formatShortMonth } from '../../../src/core/measures/dates';

// Every day here is written on a machine in an American evening: 4 pm in Los Angeles is already tomorrow in UTC.
const machineZone = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('days in both languages', () => {
  it('writes a day the English way, unchanged', () => {
    expect(formatDay('2026-03-03')).toBe('3 March 2026');
    expect(formatDay('2026-09-30', false)).toBe('30 September');
    expect(formatShortDay('2026-09-30')).toBe('30 Sep');
    expect(formatShortMonth('2026-09-30')).toBe('Sep 2026');
    expect(formatShortMonth('2026-01-01', 'es')).toBe('ene 2026');
  });

  it('writes a day the Spanish way, whatever the machine’s locale and time zone', () => {
    expect(formatDay('2026-03-03', true, 'es')).toBe('3 de marzo de 2026');
    expect(formatDay('2026-12-31', false, 'es')).toBe('31 de diciembre');
    expect(formatDay('2025-01-01', true, 'es')).toBe('1 de enero de 2025');
    expect(formatShortDay('2026-09-30', 'es')).toMatch(/^30 sept?$/);
    expect(formatShortDay('2026-05-04', 'es')).toBe('4 may');
  });

  it('keeps the calendar day in an American evening', () => {
    expect(new Date(Date.UTC(2026, 10, 30)).getDate()).toBe(29); // The machine's own day is the day before.
    expect(formatDay('2026-11-30', true, 'es')).toBe('30 de noviembre de 2026');
    expect(formatShortDay('2026-11-30', 'es')).toBe('30 nov');
  });
});
