import Papa from 'papaparse';
import type { BoardSnapshot } from '../read/board';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

/**
 * Cells a spreadsheet could run as a formula: starting with = + - @, a tab or a carriage return, whatever follows
 * (papaparse's default pattern stops at the first line break, so "=HYPERLINK(…)" followed by a newline got through).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const COLUMNS = ['measure', 'type', 'unit', 'date', 'value', 'numerator', 'denominator', 'note'] as const;

/** Every measure's data as one CSV, one row per point, its column names in the language asked for, with formula-like cells neutralised (a leading '). */
export const renderMeasuresCsv = (board: BoardSnapshot, language: Language = 'en'): string => {
  const tr = translator(language);
  const byId = new Map(board.measures.map((m) => [m.id, m]));
  const rows = board.points
    .filter((p) => byId.has(p.measureId))
    .map((p) => {
      const m = byId.get(p.measureId)!;
      return [m.name, m.type, m.rate ? '%' : m.unit, p.date, p.value, p.numerator ?? '', p.denominator ?? '', p.note];
    })
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[3]).localeCompare(String(b[3])));
  return Papa.unparse({ fields: COLUMNS.map((column) => tr.t(`csv.${column}`)), data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
};
