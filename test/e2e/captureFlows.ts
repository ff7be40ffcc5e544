import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Opens the intranet page and selects one paragraph, as a person would with the mouse. */
export const selectOnIntranetPage = async (browser: ExtensionBrowser, siteUrl: string, elementId: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(siteUrl);
  await page.locator(`#${elementId}`).selectText();
  return page;
};

/**
 * Right-click → "Add to team board": calls the service worker's context-menu handler with what Chrome
 * would pass, and returns the quick-add form it opens.
 */
export const addToTeamBoard = async (browser: ExtensionBrowser, page: Page): Promise<Page> => {
  const form = await openQuickAddFromMenu(browser, page);
  await form.getByLabel('Idea', { exact: true }).waitFor();
  return form;
};

/** The same right-click, returning the quick-add window as soon as it opens, whatever it shows. */
export const openQuickAddFromMenu = async (browser: ExtensionBrowser, page: Page): Promise<Page> => {
  const selection = await page.evaluate(() => getSelection()!.toString());
  const title = await page.title();
  const pageUrl = page.url();
  const formOpened = browser.context.waitForEvent('page');
  await browser.worker.evaluate(
    async ({ url, selection, title }) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<object[]> } } }).chrome.tabs;
      const [tab] = await tabs.query({ url });
      const hooks = (globalThis as unknown as { ubtTestHooks: { onContextMenuClick(info: object, tab: object): Promise<void> } }).ubtTestHooks;
      await hooks.onContextMenuClick({ menuItemId: 'ubt-add-to-board', selectionText: selection, pageUrl: url, editable: false }, { ...tab, title, url });
    },
    { url: pageUrl, selection, title },
  );
  const form = await formOpened;
  await form.waitForURL(/\/popup\.html\?window=1$/);
  return form;
};
