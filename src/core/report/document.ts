import { escapeMarkup } from '../text/escape';
import { isolate } from '../text/bidi';
import type { Language } from '../i18n/language';
import type { ParamsFor, Translator } from '../i18n/translate';
import type { MessageKey } from '../i18n/en';

/*
 * The printable document every report, poster and set of minutes is written into, and the escaping that
 * keeps board text text inside it.
 */

/**
 * Every piece of text from the board or a captured page goes through here: nothing is ever markup, and a
 * direction override inside it ends with it (see `isolate`), so the report's own words after it read right.
 */
export const esc = (text: string): string => escapeMarkup(isolate(text));
/** A sentence the app built around board text that is already isolated (`isolate`): escaped, not isolated again. */
export const escSentence = escapeMarkup;

/** A message of the app's own, escaped for the page (its placeholders hold text that is already isolated). */
export const say = <K extends MessageKey>(tr: Translator, key: K, ...params: ParamsFor<K>): string => escSentence(tr.t(key, ...params));
/**
 * A CSS string literal that nothing can break out of: every character but letters, digits, space and a few
 * harmless marks is written as a hex escape (form feeds, newlines, quotes, backslashes, angle brackets, braces
 * and semicolons among them), so user text stays text inside the string whatever it holds.
 */
export const cssString = (text: string): string =>
  `"${[...String(text)].map((c) => (/^[A-Za-z0-9 .,·'’-]$/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
/** No script, no network, no plugins, no forms; only inline styles and the inline SVG charts. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const REPORT_CSS = `
@page { size: auto; margin: 16mm 13mm 14mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1d2a36; margin: 0 auto; max-width: 190mm; padding: 0 4mm; overflow-wrap: anywhere; }
span, a, strong, em, bdi, li, td, th { unicode-bidi: isolate; }
h1 { font-size: 20pt; margin: 0 0 2mm; } h2 { font-size: 15pt; margin: 0 0 3mm; } h3 { font-size: 12pt; margin: 4mm 0 2mm; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.running { font-size: 8.5pt; color: #5b6770; border-bottom: 1px solid #d5dbd8; padding: 2mm 0; margin-bottom: 4mm; display: flex; justify-content: space-between; gap: 4mm; }
.running span:first-child { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.running span:last-child { white-space: nowrap; }
.meta { color: #4a5a69; } .empty { color: #5f6b74; font-style: italic; } .overdue { color: #a3261a; }
section { margin-bottom: 6mm; }
.project { break-before: page; }
figure { break-inside: avoid; margin: 3mm 0 5mm; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; border: 1px solid #d5dbd8; border-radius: 2mm; }
figcaption ul { margin: 2mm 0 0; padding-left: 5mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; table-layout: fixed; }
th, td { border: 1px solid #d5dbd8; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #f1f4f2; font-weight: 600; width: 30%; }
thead th { width: auto; }
.points { font-size: 9pt; } .points caption { text-align: left; font-weight: 600; font-size: 11pt; margin: 3mm 0 1mm; } .points thead { display: table-header-group; } .points tr { break-inside: avoid; } .points th, .points td { padding: 0.6mm 1.5mm; } .points tbody th { font-weight: 400; }
.worksheet { break-inside: avoid; page-break-inside: avoid; border: 1px solid #9aa7a2; border-radius: 2mm; padding: 2mm 3mm; margin: 3mm 0; }
.worksheet h4 { margin: 0 0 1mm; font-size: 11pt; }
.phase { font-weight: 700; color: #1f5f8b; }
.chips span { display: inline-block; border: 1px solid #5b6770; border-radius: 3mm; padding: 0 2mm; margin-right: 1.5mm; font-size: 9pt; }
.agreed { color: #2f6f4f; font-weight: 600; }
.evidence li { margin-bottom: 1mm; }
@media screen { body { padding-top: 6mm; } }
`;

/**
 * A printable page: one self-contained HTML document with the restrictive CSP, no script, no external
 * resource, the report's style plus `css`. `title` is escaped here; `body` must already be escaped markup.
 */
export const printableDocument = (title: string, css: string, body: string, language: Language = 'en'): string => `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escSentence(title)}</title>
<style>${REPORT_CSS}
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;

/** The head of a table of actions, in the report and the minutes. */
export const actionsHead = (tr: Translator): string =>
  `<table><thead><tr>${(['report.action', 'report.owner', 'report.dueColumn', 'report.project'] as const).map((key) => `<th>${say(tr, key)}</th>`).join('')}</tr></thead>`;
