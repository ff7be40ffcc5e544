import { INTL_LOCALE, type Language } from '../i18n/language';

/**
 * Numbers as a team reads them on a chart or in a sentence: thousands grouped ("1,200"), no sign on a
 * zero, and only the decimals the size of the value calls for. One place, so the axis, the goal, the
 * centre line, the limits and the sentences never disagree about a value.
 */
const formatters = new Map<string, Intl.NumberFormat>();
const format = (n: number, min: number, max: number, language: Language = 'en'): string => {
  const key = `${language}:${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  // A value that rounds to zero prints "0", never "-0".
  return f.format(n).replace(/^-(?=0([.,]0+)?$)/, '');
};

/** Decimals a value shown on its own needs: none from 100 up, one from 10, two below. */
export const decimalsFor = (n: number): number => {
  const a = Math.abs(n);
  return a >= 100 ? 0 : a >= 10 ? 1 : 2;
};

/** A value on its own (goal, centre line, limit, latest value, a number in a sentence): 1,234 · 12.5 · 0.75. */
export const formatValue = (n: number, unit = '', language: Language = 'en'): string => `${format(n, 0, decimalsFor(n), language)}${unitSuffix(unit)}`;

/** How many decimals it takes to write a tick step exactly (0.25 → 2, 2.5 → 1, 50 → 0). */
export const stepDecimals = (step: number): number => {
  for (let d = 0; d <= 10; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 10;
};

/** Axis ticks share the decimals of their step, so a column of labels lines up: 0.5, 1.0, 1.5 (or 50%, 75%). */
export const formatTick = (n: number, step: number, percent = false, language: Language = 'en'): string => {
  const d = stepDecimals(step);
  return `${format(n, d, d, language)}${percent ? '%' : ''}`;
};

const unitSuffix = (unit: string) => (unit === '%' ? '%' : unit ? ` ${unit}` : '');
