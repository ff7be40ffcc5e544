import { browser } from 'wxt/browser';
import { isWebAddress } from '../core/schema/inputs';
import type { Draft } from './drafts';

/**
 * Reads the selection, title and address of a tab the person just acted on. Runs only with the temporary
 * `activeTab` grant of that gesture (context menu, shortcut or toolbar click): no content script lives on
 * any page. The injected function returns plain strings; nothing from the page is ever rendered as HTML.
 */
export const readSelection = async (tabId: number): Promise<{ text: string; title: string; url: string }> => {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ text: String(getSelection()?.toString() ?? ''), title: document.title, url: location.href }),
  });
  const value = (result?.result ?? {}) as { text?: unknown; title?: unknown; url?: unknown };
  return { text: String(value.text ?? ''), title: String(value.title ?? ''), url: String(value.url ?? '') };
};

/** The alt text of the image the person right-clicked (contextMenus gives only its address). */
export const readImageAlt = async (tabId: number, src: string): Promise<string> => {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    args: [src],
    func: (source: string) => [...document.images].find((image) => image.currentSrc === source || image.src === source)?.alt ?? '',
  });
  return String(result?.result ?? '');
};

export const draftFrom = (text: string, title: string, url: string, now = Date.now()): Draft => ({
  text: text.trim(),
  sourceTitle: title.trim().slice(0, 200),
  sourceUrl: isWebAddress(url) ? url.slice(0, 2048) : '',
  createdAt: now,
});
