import { describe, expect, it } from 'vitest';
import { importDataPoints, addMeasure, addDataPoint, previewImport, parseDate, parseNumber, readBoard } from '../../../src/core';
import { newBoard, stateOf } from '../helpers';

const none = new Set<string>();

describe('reading pasted rows and CSV files', () => {
  it('reads tab-separated rows pasted from a spreadsheet, with a header', () => {
    const text = 'Week\tDischarges before 11am (%)\tNote\n2026-03-02\t21\t\n2026-03-09\t34%\tnew checklist\n';
    const preview = previewImport(text, { rate: false, existingDates: none, preferDayFirst: true });
    expect(preview.hasHeader).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => r.point)).toEqual([
      { date: '2026-03-02', value: 21, note: '' },
      { date: '2026-03-09', value: 34, note: 'new checklist' },
    ]);
  });

  it('lists every row that cannot be read, and why', () => {
    const text = ['date,value', '2026-03-02,12', 'next week,14', '2026-03-16,lots', '2026-03-02,15', '2026-02-30,3', '2026-03-23,1,234'].join('\n');
    const preview = previewImport(text, { rate: false, existingDates: new Set(['2026-03-23']), preferDayFirst: true });
    expect(preview.rows.map((r) => r.line)).toEqual([2]);
    expect(preview.problems).toEqual([
      { line: 3, text: 'next week, 14', problem: '“next week” is not a date (use 2026-03-02, 2 Mar 2026 or 02/03/2026)' },
      { line: 4, text: '2026-03-16, lots', problem: '“lots” is not a number' },
      { line: 5, text: '2026-03-02, 15', problem: '2026-03-02 is already on line 2' },
      { line: 6, text: '2026-02-30, 3', problem: '“2026-02-30” is not a date (use 2026-03-02, 2 Mar 2026 or 02/03/2026)' },
      { line: 7, text: '2026-03-23, 1, 234', problem: 'this measure already has a value for 2026-03-23' },
    ]);
  });

  it('reads rates as numerator and denominator, refusing a zero denominator', () => {
    const text = 'week;falls;bed days\n2 Mar 2026;3;412\n9 Mar 2026;2;0';
    const preview = previewImport(text, { rate: true, existingDates: none, preferDayFirst: true });
    expect(preview.rows.map((r) => r.point)).toEqual([{ date: '2026-03-02', numerator: 3, denominator: 412, note: '' }]);
    expect(preview.problems.map((p) => p.problem)).toEqual(['the denominator must be more than 0']);
  });

  it('decides day-first or month-first from the rows themselves, else from the preference', () => {
    expect(previewImport('13/03/2026,1\n04/03/2026,2', { rate: false, existingDates: none, preferDayFirst: false }).rows.map((r) => r.point.date)).toEqual([
      '2026-03-13',
      '2026-03-04',
    ]);
    expect(previewImport('03/13/2026,1\n03/04/2026,2', { rate: false, existingDates: none, preferDayFirst: true }).rows.map((r) => r.point.date)).toEqual([
      '2026-03-13',
      '2026-03-04',
    ]);
    expect(previewImport('03/04/2026,1', { rate: false, existingDates: none, preferDayFirst: true }).rows[0]!.point.date).toBe('2026-04-03');
    expect(previewImport('03/04/2026,1', { rate: false, existingDates: none, preferDayFirst: false }).rows[0]!.point.date).toBe('2026-03-04');
  });

  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2026/3/2', '2026-03-02'],
    ['2 Mar 2026', '2026-03-02'],
    ['2-March-2026', '2026-03-02'],
    ['March 2, 2026', '2026-03-02'],
    ['Mar 2 2026', '2026-03-02'],
    ['2026-03-02T00:00:00', '2026-03-02'],
    ['31/02/2026', null],
    ['yesterday', null],
  ])('reads the date %j', (text, expected) => {
    expect(parseDate(text, 'dmy')).toBe(expected);
  });

  it.each([
    ['12', 12],
    [' 1,234.5 ', 1234.5],
    ['87%', 87],
    ['-3', -3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['', null],
    ['12a', null],
    ['1,23', null],
  ])('reads the number %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('refuses an import that is too large, with a message', () => {
    const preview = previewImport('x'.repeat(2_000_001), { rate: false, existingDates: none, preferDayFirst: true });
    expect(preview.problems[0]!.problem).toMatch(/at most 2,000 kB/);
  });
});

describe('importDataPoints', () => {
  it('adds all the rows in one step, or none', () => {
    const { doc, ctx } = newBoard();
    const m = addMeasure(doc, { name: 'Falls' }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-03-02', value: 4 }, ctx);
    const before = stateOf(doc);
    expect(() =>
      importDataPoints(
        doc,
        {
          measureId: m,
          points: [
            { date: '2026-03-09', value: 3 },
            { date: '2026-03-02', value: 1 },
          ],
        },
        ctx,
      ),
    ).toThrow(/already has a value for 2026-03-02; nothing was imported/);
    expect(() =>
      importDataPoints(
        doc,
        {
          measureId: m,
          points: [
            { date: '2026-03-09', value: 3 },
            { date: '2026-03-09', value: 1 },
          ],
        },
        ctx,
      ),
    ).toThrow(/appears twice/);
    expect(() => importDataPoints(doc, { measureId: m, points: [{ date: '2026-03-09', numerator: 1 }] }, ctx)).toThrow(
      /either a value, or a numerator and a denominator/,
    );
    expect(stateOf(doc)).toBe(before);
    expect(
      importDataPoints(
        doc,
        {
          measureId: m,
          points: [
            { date: '2026-03-09', value: 3 },
            { date: '2026-03-16', numerator: 1, denominator: 4 },
          ],
        },
        ctx,
      ),
    ).toBe(2);
    expect(readBoard(doc).points.map((p) => [p.date, p.value, p.numerator, p.denominator])).toEqual([
      ['2026-03-02', 4, null, null],
      ['2026-03-09', 3, null, null],
      ['2026-03-16', 25, 1, 4],
    ]);
  });
});

describe('importing from a spreadsheet in Spanish', () => {
  const none = new Set<string>();
  it('reads decimal commas from a semicolon-separated file, and thousands written with dots', () => {
    const text = 'Fecha;Minutos de espera;Nota\n02/03/2026;1.250,5;Lunes\n09/03/2026;12,75;\n16/03/2026;1.180;';
    const preview = previewImport(text, { rate: false, existingDates: none, preferDayFirst: true, language: 'es' });
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.point.date, r.point.value])).toEqual([
      ['2026-03-02', 1250.5],
      ['2026-03-09', 12.75],
      ['2026-03-16', 1180],
    ]);
  });

  it('keeps reading "1,250.5" as English when a number carries both marks, whatever the language', () => {
    expect(parseNumber('1,250.5', true)).toBe(1250.5);
    expect(parseNumber('1.250,5', false)).toBe(1250.5);
    expect(parseNumber('1,250', false)).toBe(1250);
    expect(parseNumber('1,25', true)).toBe(1.25);
  });

  it('says what is wrong with a row in Spanish', () => {
    const text = 'fecha;valor\nayer;12\n09/03/2026;doce\n02/03/2026;12';
    const preview = previewImport(text, { rate: false, existingDates: new Set(['2026-03-02']), preferDayFirst: true, language: 'es' });
    expect(preview.problems.map((p) => p.problem)).toEqual([
      '«ayer» no es una fecha (use 2026-03-02, 2 mar 2026 o 02/03/2026)',
      '«doce» no es un número',
      'esta medida ya tiene un valor para el 2026-03-02',
    ]);
  });
});
