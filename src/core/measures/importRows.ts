import Papa from 'papaparse';
import { PointInput } from '../ops/measures';
import { numericParts, parseDate, type DateOrder } from './dates';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';
import { inputWordsIn } from '../schema/inputWords';

export interface ImportRow {
  /** Line in the pasted text or file, from 1. */
  line: number;
  point: PointInput;
}

export interface ImportProblem {
  line: number;
  text: string;
  problem: string;
}

export interface ImportPreview {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** How numeric dates such as 03/04/2026 were read. */
  dateOrder: DateOrder;
  hasHeader: boolean;
}

export const MAX_IMPORT_CHARS = 2_000_000;

interface Columns {
  date: number;
  value: number;
  numerator: number;
  denominator: number;
  note: number;
}

const HEADERS: [keyof Columns, RegExp][] = [
  // English and Spanish column names (a Spanish spreadsheet, or our own Spanish CSV).
  ['date', /date|week|month|day|period|time|fecha|semana|mes|d[ií]a|per[ií]odo/i],
  ['numerator', /numerator|^num\b|count of|events?|numerador|eventos?/i],
  ['denominator', /denominator|^den\b|total|out of|population|denominador|poblaci[oó]n/i],
  ['note', /note|comment|remark|nota|comentario/i],
  ['value', /value|rate|percent|%|result|measure|score|count|number|valor|tasa|porcentaje|resultado|medida|puntuaci[oó]n|n[uú]mero/i],
];

const findColumns = (header: string[], rate: boolean): Columns => {
  const columns = { date: -1, value: -1, numerator: -1, denominator: -1, note: -1 };
  header.forEach((name, index) => {
    const match = HEADERS.find(([key, pattern]) => columns[key] === -1 && pattern.test(name));
    if (match) columns[match[0]] = index;
  });
  if (columns.date === -1) columns.date = 0;
  if (rate) {
    if (columns.numerator === -1) columns.numerator = columns.date === 0 ? 1 : 0;
    if (columns.denominator === -1) columns.denominator = columns.numerator + 1;
  } else if (columns.value === -1) columns.value = columns.date === 0 ? 1 : 0;
  return columns;
};

/**
 * Numbers as spreadsheets show them: "1,234.5", "87%", " 12 ". With `decimalComma` (a spreadsheet in
 * Spanish): "1.234,5" and "12,5". A number with both marks says which is the decimal one by itself: the
 * last. Null when it is not a number.
 */
export const parseNumber = (text: string | undefined, decimalComma = false): number | null => {
  if (text === undefined) return null;
  const bare = text.trim().replace(/%$/, '').replace(/\s/g, '');
  const lastComma = bare.lastIndexOf(',');
  const lastDot = bare.lastIndexOf('.');
  const commaDecimal = lastComma >= 0 && lastDot >= 0 ? lastComma > lastDot : decimalComma;
  const cleaned = commaDecimal ? bare.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.') : bare.replace(/,(?=\d{3}\b)/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
};

/**
 * Reads rows pasted from a spreadsheet or a CSV file (comma, tab or semicolon separated, with or without a
 * header row) into data points, and lists every row that cannot be used and why. Nothing is written here:
 * the caller shows the preview and imports all rows or none.
 */
export const previewImport = (
  text: string,
  options: { rate: boolean; existingDates: ReadonlySet<string>; preferDayFirst: boolean; language?: Language },
): ImportPreview => {
  const tr = translator(options.language ?? 'en');
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      rows: [],
      problems: [{ line: 0, text: '', problem: tr.t('importRow.tooBig', { size: Math.round(text.length / 1000), max: MAX_IMPORT_CHARS / 1000 }) }],
      dateOrder: 'dmy',
      hasHeader: false,
    };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  const table = parsed.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
  const dateOrder = decideOrder(
    table.map((row) => row[0] ?? ''),
    options.preferDayFirst,
  );
  const hasHeader = table.length > 0 && parseDate(table[0]![0] ?? '', dateOrder) === null && /[a-z]/i.test(table[0]!.join(''));
  const columns = findColumns(hasHeader ? table[0]! : [], options.rate);
  // A semicolon-separated file is what a spreadsheet set to Spanish (or most of Europe) saves: its decimal mark is the comma.
  const decimalComma = parsed.meta.delimiter === ';' || (options.language === 'es' && parsed.meta.delimiter !== ',');
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  // biome-ignore lint/suspicious/useIterableCallbackReturn: `return problem(…)` only ends this row early; problem() returns nothing.
  table.forEach((cells, index) => {
    if (hasHeader && index === 0) return;
    const line = index + 1;
    const problem = (message: string): void => {
      problems.push({ line, text: cells.join(', '), problem: message });
    };
    const rawDate = cells[columns.date] ?? '';
    const date = parseDate(rawDate, dateOrder);
    if (!date)
      return problem(
        rawDate ? tr.t('importRow.notDate', { text: rawDate, example: dateOrder === 'dmy' ? '02/03/2026' : '03/02/2026' }) : tr.t('importRow.noDate'),
      );
    if (seen.has(date)) return problem(tr.t('importRow.twice', { date, line: seen.get(date) ?? 0 }));
    if (options.existingDates.has(date)) return problem(tr.t('importRow.exists', { date }));
    const note = columns.note >= 0 ? (cells[columns.note] ?? '').slice(0, 200) : '';
    let point: PointInput;
    if (options.rate) {
      const numerator = parseNumber(cells[columns.numerator], decimalComma);
      const denominator = parseNumber(cells[columns.denominator], decimalComma);
      if (numerator === null) return problem(tr.t('importRow.numerator', { text: cells[columns.numerator] ?? '' }));
      if (denominator === null) return problem(tr.t('importRow.denominator', { text: cells[columns.denominator] ?? '' }));
      if (denominator <= 0) return problem(tr.t('importRow.denominatorPositive'));
      if (numerator < 0) return problem(tr.t('importRow.numeratorNegative'));
      point = { date, numerator, denominator, note };
    } else {
      const value = parseNumber(cells[columns.value], decimalComma);
      if (value === null) return problem(tr.t('importRow.notNumber', { text: cells[columns.value] ?? '' }));
      point = { date, value, note };
    }
    const valid = PointInput.safeParse(point);
    if (!valid.success) return problem(valid.error.issues[0] ? inputWordsIn(valid.error.issues[0].message, tr) : tr.t('importRow.unreadable'));
    seen.set(date, line);
    rows.push({ line, point });
  });
  return { rows, problems, dateOrder, hasHeader };
};

/** Day-first or month-first for numeric dates: decided by any unambiguous row, else by the preference. */
const decideOrder = (cells: readonly string[], preferDayFirst: boolean): DateOrder => {
  for (const cell of cells) {
    const parts = numericParts(cell);
    if (parts && parts[0] > 12) return 'dmy';
    if (parts && parts[1] > 12) return 'mdy';
  }
  return preferDayFirst ? 'dmy' : 'mdy';
};
