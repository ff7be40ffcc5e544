import { isolate } from '../text/bidi';

/**
 * Board text stays text in Markdown (an intranet page, an email), and a direction override in it ends with
 * it (see `isolate`). Only what Markdown would read as markup is escaped: emphasis, code, links, HTML, tables
 * and strike-through anywhere; headings, quotes, lists and rules only where a line starts with them. "co-lead"
 * and "Dr." stay as they are, so the Markdown still reads well pasted as plain text.
 */
export const mdEscape = (text: string): string => mdEscapeSentence(isolate(String(text)));
/** A sentence the app built around board text that is already isolated (`isolate`): escaped, not isolated again. */
export const mdEscapeSentence = (text: string): string =>
  String(text)
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^([ \t]*)([#+=-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
export const mdCell = (text: string) => mdEscape(text).replace(/\r?\n/g, ' ');
export const mdTable = (head: string[], body: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
