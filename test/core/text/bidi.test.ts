import { describe, expect, it } from 'vitest';
import { isolate } from '../../../src/core';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const RLE = '\u202B';
const PDF = '\u202C';
const RLI = '\u2067';

/** What is still open at the end of a text: the controls a reader would carry on to whatever follows. */
const leftOpen = (text: string): string[] => {
  const open: string[] = [];
  for (const ch of text) {
    if ('\u202A\u202B\u202D\u202E\u2066\u2067\u2068'.includes(ch)) open.push(ch);
    else if (ch === PDF && open.length && !'\u2066\u2067\u2068'.includes(open.at(-1)!)) open.pop();
    else if (ch === PDI) {
      const at = Math.max(...['\u2066', '\u2067', '\u2068'].map((i) => open.lastIndexOf(i)));
      // A closer with nothing of its own to close reaches out of the text: count it as a leak too.
      if (at < 0) open.push('unmatched PDI');
      else open.length = at;
    }
  }
  return open;
};

describe('isolate: text people typed, contained before the app’s own words', () => {
  it('leaves left-to-right text with no controls as it is', () => {
    for (const text of ['Call transport at 9', 'Ana Ruiz', '', '😀 emoji, “quotes” (brackets)']) expect(isolate(text)).toBe(text);
  });

  it('closes an override someone left open, inside one isolate', () => {
    expect(isolate(`Call transport at 9${RLO}`)).toBe(`${FSI}Call transport at 9${RLO}${PDF}${PDI}`);
    expect(leftOpen(`${isolate(`x${RLO}`)} (Manager co-lead)`)).toEqual([]);
  });

  it('drops closers that would close the app’s isolate, and closes nested openers in order', () => {
    expect(isolate(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDF}${PDI}`);
    expect(isolate(`a${PDF}b${RLI}c${RLE}d`)).toBe(`${FSI}ab${RLI}c${RLE}d${PDF}${PDI}${PDI}`);
    // A PDI inside the text closes its own isolate and the embeddings opened within it.
    expect(isolate(`${RLI}a${RLE}b${PDI}c`)).toBe(`${FSI}${RLI}a${RLE}b${PDI}c${PDI}`);
    for (const hostile of [`${PDI}${PDI}${RLO}`, `${RLE}${RLI}${PDF}${PDF}`, `${RLO}${RLO}${RLO}x`, `${PDF}${PDI}${RLE}`]) {
      expect(leftOpen(`${isolate(hostile)} app text`), JSON.stringify(hostile)).toEqual([]);
    }
  });

  it('isolates right-to-left words so the brackets after them stay the app’s', () => {
    expect(isolate('שרה כהן')).toBe(`${FSI}שרה כהן${PDI}`);
    expect(isolate('سارة')).toBe(`${FSI}سارة${PDI}`);
  });
});
