import type { Page } from 'playwright-core';

/**
 * Every piece of text a person can see or hear on the page that does not come from the message catalogue,
 * with the page open in the pseudo-locale (`?pseudo`, test builds only): the visible text nodes, and the
 * aria-label, title, placeholder and alt of visible elements. Text from the catalogue is bracketed ⟦…⟧;
 * what is left must be the person's own data (given in `data`), numbers or punctuation. `within` limits
 * the check to the parts of the page translated so far.
 */
export const textOutsideCatalogue = (page: Page, data: readonly string[], within: readonly string[] = ['body']): Promise<string[]> =>
  page.evaluate(
    ([data, within]) => {
      const rest = (text: string) => {
        // A piece of the person's own text, cut up by highlighting (the privacy check's marks), is still theirs.
        const trimmed = text.trim();
        if (trimmed && data.some((item) => item.includes(trimmed))) return '';
        let left = text.replace(/⟦[^⟧]*⟧/g, ' ');
        for (const item of [...data].sort((a, b) => b.length - a.length)) left = left.split(item).join(' ');
        return /\p{L}/u.test(left) ? left.trim() : '';
      };
      // A visually hidden element is still read aloud; one not rendered at all is neither seen nor heard.
      const shown = (el: Element) => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.display === 'none' || style.visibility === 'hidden' || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
        }
        return true;
      };
      const found: string[] = [];
      const roots = within.flatMap((selector) => [...document.querySelectorAll(selector)]);
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, template, textarea') || !shown(parent)) continue;
          // A select's options are read out whether or not the list is open.
          const left = rest(node.textContent ?? '');
          if (left) found.push(`${parent.tagName.toLowerCase()}: “${left}” in “${(node.textContent ?? '').trim().slice(0, 80)}”`);
        }
      }
      for (const el of roots.flatMap((root) => [root, ...root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')])) {
        if (!shown(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
          const value = el.getAttribute(attr);
          const left = value ? rest(value) : '';
          if (left) found.push(`${el.tagName.toLowerCase()}[${attr}]: “${left}”`);
        }
      }
      if (rest(document.title)) found.push(`title: “${rest(document.title)}”`);
      return found;
    },
    [data, within] as const,
  );
