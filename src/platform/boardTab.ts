import { browser } from 'wxt/browser';

/** Focuses an open board tab, or opens one: co-leads keep one board tab per window on the projector. */
export const openBoardTab = async (): Promise<void> => {
  const url = browser.runtime.getURL('/board.html');
  const [existing] = await browser.tabs.query({ url: `${url}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
};
