import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The build the browser tests load: `wxt build --mode test` (.output/chrome-mv3-test), the product plus the
 * test hooks. Benchmarks set UBT_EXTENSION_DIR to the production build (.output/chrome-mv3).
 */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.UBT_EXTENSION_DIR ?? '.output/chrome-mv3-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A real Chromium with the built extension loaded, in its own profile (one per co-lead). */
export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly profileDir: string;
  readonly extensionId: string;
  readonly worker: Worker;
  page(path: string): Promise<Page>;
  close(): Promise<void>;
  /** Closes the browser and deletes its profile. */
  dispose(): Promise<void>;
}

export const newProfileDir = (): string => mkdtempSync(join(tmpdir(), 'ubt-profile-'));

export interface LaunchOptions {
  /** An IANA time zone for the whole browser (every page, the service worker and the offscreen engine). */
  timeZone?: string;
  /** More Chromium switches, e.g. --ignore-certificate-errors-spki-list for the test's own certificate. */
  args?: readonly string[];
  /** The browser's language, as a person set it ('es-MX'): navigator.languages and the UI's --lang. */
  locale?: string;
}

export const launchExtension = async (profileDir = newProfileDir(), options: LaunchOptions = {}): Promise<ExtensionBrowser> => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.timeZone ? { timezoneId: options.timeZone, env: { ...process.env, TZ: options.timeZone } } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--allow-loopback-in-peer-connection',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = () => context.close();
  return {
    context,
    profileDir,
    extensionId,
    worker,
    page: async (path) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close,
    dispose: async () => {
      await close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
};

/** Browsers launched by a test file, disposed after each test. */
export const browsersPerTest = (afterEach: (fn: () => Promise<void>) => void) => {
  let open: ExtensionBrowser[] = [];
  afterEach(async () => {
    // A test may close a browser and start another on the same profile: close every browser first, then
    // remove each profile once.
    await Promise.all(open.map((b) => b.close().catch(() => undefined)));
    for (const dir of new Set(open.map((b) => b.profileDir))) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    open = [];
  });
  return {
    launch: async (profile?: string, options?: LaunchOptions) => {
      const browser = await launchExtension(profile, options);
      open.push(browser);
      return browser;
    },
    /** Forget browsers already closed by the test (a restart). */
    forget: () => {
      open = [];
    },
  };
};

/** Collects the sync engine's log lines in a page of this browser; read them with `engineLog(page)`. */
export const recordEngineLog = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const lines: string[] = [];
    (globalThis as unknown as { __engineLog: string[] }).__engineLog = lines;
    new BroadcastChannel('ubt:engine-log').onmessage = (event) => lines.push(String(event.data));
  });
export const engineLog = (page: Page): Promise<string[]> => page.evaluate(() => (globalThis as unknown as { __engineLog?: string[] }).__engineLog ?? []);

/**
 * How many messages were handed straight (src/sync/localChannel.ts) to this page and to its browser's
 * engine (Chrome's offscreen document, Firefox's background page; -1 when the page cannot see it). Plain
 * page code, for Playwright and Puppeteer alike.
 */
export const HANDED_COUNTS = (): { page: number; engine: number } => {
  type Counted = Window & { __ubtLocalChannels?: { received: number; engine: boolean } };
  const views = (globalThis as unknown as { chrome: { extension: { getViews(): Counted[] } } }).chrome.extension.getViews();
  // The window that marked itself as the engine's (localChannel's actAsEngineWindow).
  const engine = views.find((w) => w.__ubtLocalChannels?.engine === true);
  return { page: (globalThis as unknown as Counted).__ubtLocalChannels?.received ?? 0, engine: engine ? (engine.__ubtLocalChannels?.received ?? 0) : -1 };
};
export const handedTo = (page: Page) => page.evaluate(HANDED_COUNTS);
