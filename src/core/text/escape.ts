/**
 * The one escaper for text put into HTML or SVG markup (reports, charts): every piece of text from the
 * board or a captured page goes through here, so nothing is ever markup. Numeric `&#39;` works in both.
 */
export const escapeMarkup = (text: string): string => {
  const plain = String(text);
  // Most text (a tick label, a date, a title) has nothing to escape or drop: one test, and it is returned
  // as it is. A chart writes dozens of pieces of text, and six passes over each were a tenth of drawing
  // one (bench chart-analysis, profiled).
  if (!NEEDS_WORK.test(plain)) return plain;
  return withoutInvalidCharacters(plain).replace(/[&<>"']/g, (c) => ENTITIES[c as keyof typeof ENTITIES]);
};
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;
/** A character to escape, one XML cannot hold, or any surrogate (an emoji's pair goes the long way, whole). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Characters XML cannot hold (control characters other than tab and line breaks, and half of an emoji's
 * surrogate pair): one NUL in a chart note would make the whole SVG invalid, and a lone surrogate makes
 * `encodeURIComponent` throw. They are dropped; nothing a person could read is lost.
 */
export const withoutInvalidCharacters = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How many characters a person would count: an emoji, a flag or an accented letter is one. */
export const countGraphemes = (text: string): number => [...graphemes.segment(text)].length;

/** At most `max` characters as people count them (an emoji, a flag or an accented letter is one), with "…" when cut. */
export const truncateText = (text: string, max: number): string => {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  return parts.length > max ? `${parts.slice(0, max - 1).join('')}…` : text;
};

/**
 * An item's text as the name of the controls beside it ("Edit idea “…”"): the whole text when it is short,
 * otherwise its first `max` characters cut at a word and marked with "…", so a screen reader says enough to
 * tell two ideas apart without reading a paragraph on every button. Line breaks become spaces.
 */
export const nameFromText = (text: string, max = 120): string => {
  // Only the start is read: a hostile 7 MB idea costs no more than a short one.
  const sliced = text.length > max * 8;
  const flat = text
    .slice(0, max * 8)
    .replace(/\s+/g, ' ')
    .trim();
  const parts = [...graphemes.segment(flat)].map((s) => s.segment);
  if (parts.length <= max) return sliced ? `${flat}…` : flat;
  const cut = parts.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
};
