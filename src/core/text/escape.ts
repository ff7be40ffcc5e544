/**
 * The one escaper for text put into HTML or SVG markup (reports, charts): every piece of text from the
 * board or a captured page goes through here, so nothing is ever markup. Numeric `&#39;` works in both.
 */
export const escapeMarkup = (text: string): string =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
