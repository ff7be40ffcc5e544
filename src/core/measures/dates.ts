import { INTL_LOCALE, type Language } from '../i18n/language';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DateOrder = 'dmy' | 'mdy';

const pad = (n: number) => String(n).padStart(2, '0');
const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A real calendar date as YYYY-MM-DD, or null. */
export const isoFrom = (y: number, m: number, d: number): string | null => {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
};

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The two leading numbers of a numeric date like 03/04/2026, to decide between day-first and month-first. */
export const numericParts = (text: string): [number, number] | null => {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
};

/**
 * Reads the dates people paste from spreadsheets: 2026-03-04, 2026/03/04, 4/3/2026 or 3/4/2026 (by `order`),
 * 4 Mar 2026, Mar 4, 2026, March 4 2026. Returns null for anything else.
 */
export const parseDate = (text: string, order: DateOrder): string | null => {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'dmy' ? isoFrom(year(m[3]!), b, a) : isoFrom(year(m[3]!), a, b);
  }
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{2}|\d{4})$/.exec(t);
  if (m && monthIndex(m[2]!)) return isoFrom(year(m[3]!), monthIndex(m[2]!), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m && monthIndex(m[1]!)) return isoFrom(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  return null;
};

/** Intl's day formats per language and shape, made on first use (days are calendar days: read in UTC). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const intlDay = (iso: string, language: Language, options: Intl.DateTimeFormatOptions): string => {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return format.format(Date.UTC(y!, m! - 1, d!));
};

/**
 * "3 March 2026" or "3 de marzo de 2026", for sentences and axis labels, in the language asked for and
 * independent of the machine's locale.
 */
export const formatDay = (iso: string, withYear = true, language: Language = 'en'): string => {
  if (language !== 'en') return intlDay(iso, language, withYear ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long' });
  const month = LONG_MONTHS[digits(iso, 5, 7) - 1];
  const d = digits(iso, 8, 10);
  return withYear ? `${d} ${month} ${digits(iso, 0, 4)}` : `${d} ${month}`;
};

/** "3 Mar" or "3 mar", where a chart's axis has little room. */
export const formatShortDay = (iso: string, language: Language = 'en'): string => {
  if (language !== 'en') return intlDay(iso, language, { day: 'numeric', month: 'short' }).replace(/\.$/, '');
  return `${digits(iso, 8, 10)} ${SHORT_MONTHS[digits(iso, 5, 7) - 1]}`;
};
const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};
/** "Jan 2026" or "ene 2026": an axis label where a chart spans more than a year, so no two labels read alike. */
export const formatShortMonth = (iso: string, language: Language = 'en'): string => {
  if (language !== 'en') return intlDay(iso, language, { month: 'short', year: 'numeric' });
  return `${SHORT_MONTHS[digits(iso, 5, 7) - 1]} ${digits(iso, 0, 4)}`;
};
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((m) => m.replace(/^./, (c) => c.toUpperCase()));

/**
 * Days since 1 January 1970 of a YYYY-MM-DD day, by arithmetic rather than through a Date (days_from_civil,
 * H. Hinnant): gaps between a chart's dates are counted for every chart drawn.
 */
export const dayNumber = (iso: string): number => {
  const m = digits(iso, 5, 7);
  const y = digits(iso, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + digits(iso, 8, 10) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
};

/** YYYY-MM-DD of a moment in this computer's time zone: the day a person in the unit would call it. */
export const localDay = (ms: number = Date.now()): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The calendar day `days` after (or, negative, before) a YYYY-MM-DD day. */
export const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A time of day as this person's browser writes times ("6:45 PM" in the US, "18:45" in Britain): the one
 * time format, on screen and in the minutes. Days are always written by `formatDay`.
 */
export const formatTime = (ms: number, language?: Language): string =>
  new Intl.DateTimeFormat(language ? INTL_LOCALE[language] : undefined, { hour: 'numeric', minute: '2-digit' }).format(ms);

/** A moment, as a day and a time: "1 December 2026, 6:45 PM". */
export const formatMoment = (ms: number, language: Language = 'en'): string => `${formatDay(localDay(ms), true, language)}, ${formatTime(ms)}`;
