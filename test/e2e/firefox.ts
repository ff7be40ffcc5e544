import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core), with the Firefox test build installed
 * through BiDi's `webExtension.install`. The add-on gets a fixed moz-extension UUID and keeps its storage
 * when Firefox removes the temporary add-on at shutdown, so a restart with the same profile finds the
 * board again. BiDi may not navigate to extension pages; the test build opens board.html on install.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_ADDON_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-test');
const ADDON_ID = 'ubt-board@unit-based-teams.invalid';
const UUID = '6f1c2b3a-4d5e-4f60-8a7b-0c1d2e3f4a5b';
export const FIREFOX_BOARD = `moz-extension://${UUID}/board.html`;

export interface FirefoxProfile {
  readonly dir: string;
  /** Starts Firefox on this profile, installs the add-on and returns the board page it opens. */
  launch(): Promise<{ browser: Browser; board: Page }>;
  dispose(): void;
}

export const firefoxProfile = (): FirefoxProfile => {
  const dir = mkdtempSync(join(tmpdir(), 'ubt-firefox-'));
  return {
    dir,
    launch: async () => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        userDataDir: dir,
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
          'extensions.webextensions.keepStorageOnUninstall': true,
          'extensions.webextensions.keepUuidOnUninstall': true,
          // Loopback-only machine: let WebRTC use 127.0.0.1 and show real host addresses (as Chromium's flag does).
          'media.peerconnection.ice.loopback': true,
          'media.peerconnection.ice.obfuscate_host_addresses': false,
        },
      });
      await browser.installExtension(FIREFOX_ADDON_DIR);
      for (let i = 0; i < 200; i++) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(FIREFOX_BOARD)) return { browser, board: page };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      await browser.close();
      throw new Error('Firefox did not open the board page of the add-on');
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** The control a visible label names (by its `for`; a label may carry a badge after its text), as a CSS selector. */
const byLabel = async (page: Page, label: string): Promise<string> => {
  const id = await page.evaluate(
    (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text || l.firstChild?.textContent?.trim() === text)?.htmlFor ?? '',
    label,
  );
  if (!id) throw new Error(`no control labelled “${label}”`);
  return `[id="${id}"]`;
};
export const fillLabelled = async (page: Page, label: string, value: string): Promise<void> => {
  const selector = await byLabel(page, label);
  await page.locator(selector).fill(value);
};
export const typeLabelled = async (page: Page, label: string, text: string): Promise<void> => {
  const selector = await byLabel(page, label);
  await page.focus(selector);
  await page.keyboard.press('End');
  await page.keyboard.type(text);
};
export const valueLabelled = async (page: Page, label: string): Promise<string> =>
  page.$eval(await byLabel(page, label), (el) => (el as HTMLInputElement | HTMLTextAreaElement).value);
export const clickButton = (page: Page, name: string): Promise<void> => page.locator(`button::-p-text(${name})`).click();
// biome-ignore lint/performance/useDomNodeTextContent: what a person sees on screen, so the rendered text
export const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);
