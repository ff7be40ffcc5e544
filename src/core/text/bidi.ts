/**
 * Direction isolation for text people typed, where it goes into plain text next to the app's own words
 * (a select's options, a tooltip, a confirmation, a Markdown line). In markup, `<bdi>` does this job.
 *
 * An unclosed right-to-left override (U+202E) in an idea would otherwise turn around everything after it on
 * the same line: "Call transport at 9‮ (Manager co-lead)" reads "(dael-oc reganaM)". Hebrew or Arabic text
 * needs isolating too, or the neutral characters around it (brackets, a colon) join its direction.
 */

const OPEN_EMBEDDING = /[\u202A\u202B\u202D\u202E]/; // LRE, RLE, LRO, RLO
const OPEN_ISOLATE = /[\u2066\u2067\u2068]/; // LRI, RLI, FSI
const PDF = '\u202C';
const PDI = '\u2069';
const FSI = '\u2068';
/** Anything that could change the direction of what follows: controls, or a right-to-left letter. */
const NEEDS_ISOLATION =
  /[\u202A-\u202E\u2066-\u2069\u200F\u061C\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

/**
 * The same text, contained: every embedding, override and isolate it opens is closed at its end, a closer
 * that closes nothing of its own is dropped (it would close the container), and the whole is one isolate
 * (U+2068 … U+2069), which takes its direction from its first strong letter. Left-to-right text with no
 * controls (almost everything) comes back unchanged.
 */
export const isolate = (text: string): string => {
  if (!NEEDS_ISOLATION.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const ch of text) {
    if (OPEN_EMBEDDING.test(ch)) open.push('embedding');
    else if (OPEN_ISOLATE.test(ch)) open.push('isolate');
    else if (ch === PDF) {
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (ch === PDI) {
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      // A PDI also closes the embeddings opened inside its isolate.
      open.length = at;
    }
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'embedding' ? PDF : PDI;
  return `${FSI}${out}${PDI}`;
};
