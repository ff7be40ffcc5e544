import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** Where the board app is drawn: a full tab, or the browser's side panel (layout and links differ). */
export type Surface = 'tab' | 'sidepanel';

/**
 * From the tab, opens Chrome's side panel on this window; from the side panel, opens the board in a tab.
 * `sidePanel.open` must run inside the click's user gesture, so nothing is awaited before it.
 */
export const openOtherSurface = async (surface: Surface, hash: string): Promise<void> => {
  if (surface === 'sidepanel') {
    await browser.tabs.create({ url: browser.runtime.getURL(`/board.html${hash}` as '/board.html') });
    return;
  }
  // Chrome has sidePanel; Firefox has sidebarAction, which Chrome's types do not know.
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (!sidePanel && sidebar) return sidebar.open(); // Firefox: the same board in the sidebar
  if (!sidePanel) throw new Error(t('panel.none'));
  const windowId = (await browser.windows.getCurrent()).id;
  if (windowId === undefined) throw new Error(t('panel.noWindow'));
  await sidePanel.open({ windowId });
};

/** The options page: name, role, signalling and STUN/TURN servers. */
export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();
