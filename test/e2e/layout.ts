import type { Page } from 'playwright-core';

/**
 * Words turned around by a right-to-left override in user text, as the person sees them. Every piece of
 * hostile text in the fixtures ends with an unclosed override (U+202E), so nothing that follows one, the
 * app's own words or the next person's text, should run right to left. From the start of each text node and
 * from just after each override in it, adjacent Latin letters on one line are measured with a Range; a pair
 * whose second letter sits left of the first was reversed. Returns up to 20 leaks, with their context.
 */
export const bidiLeaks = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const leaks: string[] = [];
    const range = document.createRange();
    const rectOf = (node: Text, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const letter = /[A-Za-z]/;
    const roots: Node[] = [document.body, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node && leaks.length < 20; node = walker.nextNode() as Text | null) {
        const text = node.data;
        const starts = [0, ...[...text.matchAll(/\u202E/g)].map((m) => m.index + 1)];
        reading: for (const start of starts) {
          let checked = 0;
          for (let i = start; i < text.length - 1 && checked < 8 && text[i] !== '\u202E'; i++) {
            if (!letter.test(text[i]!) || !letter.test(text[i + 1]!)) continue;
            const a = rectOf(node, i);
            const b = rectOf(node, i + 1);
            if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue;
            checked++;
            if (b.left < a.left - 0.5) {
              const where = node.parentElement?.closest('[class]')?.className ?? node.parentElement?.tagName ?? '';
              leaks.push(`${where}: “${text.slice(Math.max(0, i - 30), i + 30).replace(/\u202E/g, '⟨RLO⟩')}”`);
              break reading;
            }
          }
        }
      }
    }
    return leaks;
  });

/**
 * Whether the page is wider than its window (the person would scroll sideways to read it), and if so the
 * elements that stick out furthest, to say what to fix. Elements inside a container that scrolls sideways on
 * purpose (a wide table in a scroll box) do not count.
 */
export const overflow = (page: Page): Promise<{ pageWidth: number; windowWidth: number; widest: string[] }> =>
  page.evaluate(() => {
    const windowWidth = document.documentElement.clientWidth;
    const pageWidth = document.documentElement.scrollWidth;
    const widest =
      pageWidth <= windowWidth
        ? []
        : [...document.body.querySelectorAll('*')]
            .map((el) => ({ el, right: el.getBoundingClientRect().right }))
            .filter(({ right }) => right > windowWidth + 1)
            .sort((a, b) => b.right - a.right)
            .slice(0, 5)
            .map(({ el, right }) => {
              const named = el.closest('[class]');
              return `${el.tagName.toLowerCase()} in .${String(named?.className ?? '').slice(0, 40)} (“${(el.textContent ?? '').slice(0, 24)}”) ends at ${Math.round(right)} px`;
            });
    return { pageWidth, windowWidth, widest };
  });

/**
 * Words of two or more Latin letters that the layout broke across lines (the page lets a word break
 * anywhere only when it cannot fit otherwise: ordinary words must stay whole). Returns up to 20, with the
 * element holding them.
 */
export const brokenWords = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const range = document.createRange();
    const rectOf = (node: Text, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node && found.length < 20; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/[A-Za-z]{2,}/g)) {
        const first = rectOf(node, word.index);
        const last = rectOf(node, word.index + word[0].length - 1);
        if (first.width && last.width && Math.abs(first.top - last.top) > 2)
          found.push(`${node.parentElement?.closest('[class]')?.className ?? ''}: “${word[0]}”`);
      }
    }
    return found;
  });
