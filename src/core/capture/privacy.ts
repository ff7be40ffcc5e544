import { capture } from '../i18n/en/capture';
/**
 * Finds likely patient identifiers in text captured from a page, before anything is stored. It is a safety
 * net for honest mistakes, not a guarantee: patterns look for labelled record numbers and dates of birth,
 * US social security and NHS numbers (with their check digits), phone numbers, email addresses, postal
 * addresses and "Patient: …"-style labels, in English and in Spanish ("Paciente:", "fecha de nacimiento",
 * "nacido el 3 de mayo de 1948", "expediente", "NSS", phone numbers written the Spanish and Mexican way).
 * Ordinary operations text ("wait time 15 minutes", "room 12", "3 falls in May", "3 caídas en mayo") must
 * pass untouched, so bare numbers and dates are never flagged on their own.
 */
export const IDENTIFIER_KINDS = ['mrn', 'dob', 'ssn', 'nhs', 'phone', 'email', 'address', 'label'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Each kind's name in English, as the message catalogue gives it (`privacy.kind.*`): one source for both. */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = Object.fromEntries(
  IDENTIFIER_KINDS.map((kind) => [kind, capture[`privacy.kind.${kind}`]]),
) as Record<IdentifierKind, string>;

export interface Finding {
  readonly kind: IdentifierKind;
  /** Position in the text, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly match: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4})`;
const STREET = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Highway|Hwy)';

// Spanish: month names and abbreviations, and dates written "3 de mayo de 1948", "3 mayo 1948", "mayo 3, 1948", "21-ene-1939".
const MES =
  '(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?)';
const FECHA = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}[/.-]${MES}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:de\\s+)?${MES}\\.?,?\\s+(?:de(?:l)?\\s+)?\\d{4}|${MES}\\.?\\s+\\d{1,2},?\\s+(?:de\\s+)?\\d{4})`;
// "n.º", "nº", "núm.", "número", "no." before or after a label.
const NUMERO = '(?:n[uú]m(?:ero)?\\.?|n\\.?\\s*[ºo°]\\.?|no\\.?|#)';
const digits = (m: string): number => m.replace(/\D/g, '').length;
/** A run of groups that all end in 00 ("700 800 900") is a list of counts, not a phone number. */
const notRoundGroups = (m: string): boolean => m.split(/[\s.-]+/).some((group) => !/00$/.test(group));

const SPANISH: { kind: IdentifierKind; pattern: RegExp; valid?: (match: string) => boolean }[] = [
  {
    kind: 'mrn',
    pattern: new RegExp(
      `\\b(?:${NUMERO}\\s*(?:de\\s+)?)?(?:expediente(?:\\s+cl[ií]nico)?|historia\\s+cl[ií]nica|HC|registro\\s+m[eé]dico)(?:\\s+${NUMERO})?\\s*[:#]?\\s*[A-Z]{0,3}-?\\d[\\d-]{4,14}\\b`,
      'gi',
    ),
  },
  {
    kind: 'dob',
    pattern: new RegExp(
      `\\b(?:fecha\\s+de\\s+nacimiento|f\\.\\s*(?:de\\s+)?nac(?:imiento)?\\.?|fecha\\s+nac\\.?|FDN|nacid[oa](?:\\s+el)?|naci[oó]\\s+el)\\s*[:\\-]?\\s*${FECHA}`,
      'gi',
    ),
  },
  {
    kind: 'ssn',
    pattern: /\b(?:NSS|n[uú]m(?:ero)?\.?\s+de(?:l)?\s+seguro\s+social|seguro\s+social)\s*[:#]?\s*\d[\d\s-]{7,16}\d\b/gi,
    valid: (m) => digits(m) >= 9 && digits(m) <= 12,
  },
  {
    kind: 'phone',
    pattern: /\b(?:tel(?:[eé]fono)?\.?|cel(?:ular)?\.?|m[oó]vil|whatsapp)\s*[:#]?\s*(?:\+\d{1,3}[\s.-]?)?\d[\d\s.-]{6,14}\d\b/gi,
    valid: (m) => digits(m) >= 8,
  },
  { kind: 'phone', pattern: /\+34[\s.-]?\d{2,3}(?:[\s.-]?\d{2,3}){2,3}\b/g, valid: (m) => digits(m) === 11 },
  { kind: 'phone', pattern: /\+52[\s.-]?(?:1[\s.-]?)?\d{2,3}[\s.-]?\d{3,4}[\s.-]?\d{4}\b/g, valid: (m) => digits(m) === 12 || digits(m) === 13 },
  // Spain without the prefix: 612 34 56 78, 91 123 45 67, 612 345 678; Mexico: 55 1234 5678.
  { kind: 'phone', pattern: /\b[6-9]\d{2}(?:[\s.]\d{2}){3}\b/g, valid: notRoundGroups },
  { kind: 'phone', pattern: /\b[89]\d[\s.]\d{3}(?:[\s.]\d{2}){2}\b/g, valid: notRoundGroups },
  { kind: 'phone', pattern: /\b[67]\d{2}[\s.]\d{3}[\s.]\d{3}\b/g, valid: notRoundGroups },
  { kind: 'phone', pattern: /\b\d{2}[\s.-]\d{4}[\s.-]\d{4}\b/g, valid: notRoundGroups },
  {
    kind: 'label',
    pattern: /\b(?:(?:nombre\s+del?\s+)?paciente|pte\.?|nombre(?:\s+completo)?|residente|usuari[oa]|derechohabiente|afiliad[oa])\s*:\s*[^\n,;:]{2,60}/gi,
  },
];

const PATTERNS: { kind: IdentifierKind; pattern: RegExp; valid?: (match: string) => boolean }[] = [
  ...SPANISH,
  {
    kind: 'mrn',
    pattern:
      /\b(?:MRN|M\.R\.N\.|med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:no|number|num|#))?\.?|record\s*(?:no|number|#)\.?|chart\s*(?:no|number|#)\.?|hospital\s*(?:no|number))\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]{4,14}\b/gi,
  },
  { kind: 'dob', pattern: new RegExp(`\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?)\\s*[:\\-]?\\s*${DATE}`, 'gi') },
  { kind: 'ssn', pattern: /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g, valid: (m) => validSsn(m.replace(/\D/g, '')) },
  { kind: 'ssn', pattern: /\b(?:SSN|social\s+security(?:\s+(?:no|number|#))?)\s*[:#]?\s*\d{9}\b/gi },
  { kind: 'nhs', pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g, valid: (m) => validNhs(m.replace(/\D/g, '')) },
  { kind: 'email', pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
  { kind: 'phone', pattern: /(?:\+1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g },
  { kind: 'phone', pattern: /(?:\+44\s?\(?0?\)?\s?|\b0)(?:\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4})\b/g, valid: (m) => m.replace(/\D/g, '').length >= 10 },
  { kind: 'address', pattern: new RegExp(`\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b\\.?`, 'g') },
  { kind: 'address', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g },
  {
    kind: 'address',
    pattern:
      /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b/g,
  },
  { kind: 'label', pattern: /\b(?:patient(?:'s)?(?:\s+name)?|pt\.?(?:\s+name)?|member\s+name|resident|client\s+name|name)\s*:\s*[^\n,;:]{2,60}/gi },
];

/** US SSNs never start with 000, 666 or 9, and have no all-zero group or serial. */
const validSsn = (digits: string): boolean => digits.length === 9 && !/^(000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';

/** NHS numbers carry a modulus-11 check digit (NHS Data Dictionary). */
export const validNhs = (digits: string): boolean => {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
};

/** Every likely identifier, in text order; overlapping findings keep the longer (more specific) one. */
export const findIdentifiers = (text: string): Finding[] => {
  const found: Finding[] = [];
  for (const { kind, pattern, valid } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[\s.]+$/, '');
      if (valid && !valid(value)) continue;
      found.push({ kind, start: match.index, end: match.index + value.length, match: value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const finding of found) {
    const last = out.at(-1);
    if (last && finding.start < last.end) {
      if (finding.end - finding.start > last.end - last.start) out[out.length - 1] = finding;
      continue;
    }
    out.push(finding);
  }
  return out;
};

/** The marker left where an identifier was, in the person's language: "[date of birth removed]". */
export type RemovedMarker = (kind: IdentifierKind) => string;
const englishMarker: RemovedMarker = (kind) => `[${IDENTIFIER_LABELS[kind]} removed]`;

/** Replaces one finding with a marker that says what was removed. */
export const redact = (text: string, finding: Finding, marker: RemovedMarker = englishMarker): string =>
  `${text.slice(0, finding.start)}${marker(finding.kind)}${text.slice(finding.end)}`;

/** Replaces every finding, last first so earlier positions stay valid. */
export const redactAll = (text: string, findings: readonly Finding[] = findIdentifiers(text), marker: RemovedMarker = englishMarker): string =>
  [...findings].sort((a, b) => b.start - a.start).reduce((acc, finding) => redact(acc, finding, marker), text);
