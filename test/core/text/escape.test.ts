import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../src/core/text/escape';

/** The escaper as it was written first, six passes: the fast path must give the same text for everything. */
const sixPasses = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('escaping text for markup', () => {
  it('escapes markup, drops what XML cannot hold, and keeps everything else as it is', () => {
    expect(escapeMarkup('Door-to-triage 120 min')).toBe('Door-to-triage 120 min');
    expect(escapeMarkup('<script>alert("x")</script> & \'quotes\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(escapeMarkup('Falls\u0000 at night\u001F')).toBe('Falls at night');
    expect(escapeMarkup('Caídas nocturnas 👩🏽‍⚕️ < 3')).toBe('Caídas nocturnas 👩🏽‍⚕️ &lt; 3');
    expect(escapeMarkup('half an emoji \uD83D here')).toBe('half an emoji  here');
    expect(escapeMarkup('tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('gives the same text as six passes over it, for random text of every kind of character', () => {
    const pool = [
      'a',
      'Z',
      ' ',
      '9',
      'é',
      'ñ',
      '中',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\u0000',
      '\u0008',
      '\t',
      '\n',
      '\u000B',
      '\u001F',
      '\uFFFE',
      '\uD83D',
      '\uDE00',
      '😀',
      '%',
      ';',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 2000; run++) {
      const text = Array.from({ length: next() % 24 }, () => pool[next() % pool.length]).join('');
      expect(escapeMarkup(text), JSON.stringify(text)).toBe(sixPasses(text));
    }
  });
});
