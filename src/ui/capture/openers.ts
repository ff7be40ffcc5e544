import { browser } from 'wxt/browser';
import { sendMessage } from '../../platform/messages';

/** Opens (or focuses) the full-tab board, through the background so an existing tab is reused. */
export const openBoardFromPopup = async (): Promise<void> => {
  await sendMessage('ubt:open-board', {});
  window.close();
};

/** Chrome requires `sidePanel.open` inside the click itself, so the window id was looked up beforehand. */
export const openSidePanelFromPopup = (windowId: number): void => {
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  void sidePanel?.open({ windowId }).then(() => window.close());
};

/** From a board page: the quick-add form in a small window of its own (as the shortcut opens it). */
export const openQuickAddFromPage = async (): Promise<void> => {
  await browser.windows.create({ url: browser.runtime.getURL('/popup.html?window=1'), type: 'popup', width: 460, height: 680 });
};
