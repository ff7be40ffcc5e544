import { browser } from 'wxt/browser';

/** Opens the print page for one board in a new tab: the report (`scope=…`) or a meeting's minutes (`minutes=ID`). */
export const openPrintPage = (boardId: string, params: Record<string, string>): void => {
  const hash = new URLSearchParams({ b: boardId, ...params }).toString();
  void browser.tabs.create({ url: browser.runtime.getURL(`/print.html#${hash}` as '/print.html') });
};
