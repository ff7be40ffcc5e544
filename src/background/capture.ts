import { browser, type Browser } from 'wxt/browser';
import { enqueueCapture } from '../sync/captureQueue';
import { saveDraft } from '../platform/drafts';
import { draftFrom, readImageAlt, readSelection } from '../platform/pageSelection';
import { MESSAGES } from '../platform/messages';

export const MENU_ID = 'ubt-add-to-board';
export const COMMAND = 'add-to-team-board';

/** The right-click entry on selections, links, images and pages. Menus persist, so this runs on install. */
export const createContextMenu = async (): Promise<void> => {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: 'Add to team board', contexts: ['selection', 'link', 'image', 'page'] });
};

type MenuInfo = Browser.contextMenus.OnClickData & { linkText?: string };

/** Turns a right-click into a draft for the quick-add form. */
export const onContextMenuClick = async (info: MenuInfo, tab: Browser.tabs.Tab | undefined, openQuickAdd: () => Promise<void>): Promise<void> => {
  if (info.menuItemId !== MENU_ID) return;
  const title = tab?.title ?? '';
  const pageUrl = info.pageUrl ?? tab?.url ?? '';
  let text = info.selectionText ?? '';
  if (!text && info.linkUrl) text = info.linkText ? `${info.linkText} (${info.linkUrl})` : info.linkUrl;
  if (!text && info.srcUrl && tab?.id !== undefined) text = await readImageAlt(tab.id, info.srcUrl).catch(() => '');
  if (!text) text = title;
  await saveDraft(draftFrom(text, title, pageUrl));
  await openQuickAdd();
};

/** The keyboard shortcut: capture the selection of the active tab. */
export const onCaptureCommand = async (command: string, tab: Browser.tabs.Tab | undefined, openQuickAdd: () => Promise<void>): Promise<void> => {
  if (command !== COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id !== undefined) {
    const page = await readSelection(target.id).catch(() => ({ text: '', title: target.title ?? '', url: target.url ?? '' }));
    await saveDraft(draftFrom(page.text || page.title, page.title, page.url));
  }
  await openQuickAdd();
};

/**
 * Opens the quick-add form: the toolbar popup where the browser allows opening it, or else a small window
 * with the same page.
 */
export const openQuickAdd = async (): Promise<void> => {
  try {
    await browser.action.openPopup();
  } catch {
    await openQuickAddWindow();
  }
};

export const openQuickAddWindow = async (): Promise<void> => {
  await browser.windows.create({ url: browser.runtime.getURL('/popup.html?window=1'), type: 'popup', width: 460, height: 680 });
};

/**
 * Saving a capture: validate it, write it to the durable queue (the answer waits for the disk), then tell the
 * engine. If the engine is not running, it applies the queue when it starts.
 */
export const onSaveCapture = async (message: unknown, notifyEngine: () => Promise<void>): Promise<{ ok: true } | { ok: false; error: string }> => {
  const parsed = MESSAGES['ubt:capture'].request.safeParse(message);
  if (!parsed.success) return { ok: false, error: `The capture was not saved: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` };
  await enqueueCapture(parsed.data.capture);
  void notifyEngine().catch(() => undefined);
  return { ok: true };
};
