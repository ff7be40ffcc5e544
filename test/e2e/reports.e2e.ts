import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { exportBackup } from '../../src/core';
import { CHROMIUM, launchExtension, type ExtensionBrowser } from './browser';
import { goTo } from './flows';
import { buildPayloadBoard, buildPrintBoard } from '../fixtures/boards';

const OUT = resolve('test-results/reports');
mkdirSync(OUT, { recursive: true });

/** Restores a backup through the welcome page, then downloads the HTML report from the Report page. */
const reportThroughUi = async (browser: ExtensionBrowser, backupJson: string, name: string, firstRun: boolean): Promise<string> => {
  const page = await browser.page('board.html');
  // First run shows the welcome page; later, "New or join" on the board holds the same restore form.
  if (firstRun) await page.locator('.welcome').waitFor();
  else await page.getByRole('button', { name: 'New or join' }).click();
  await page
    .getByLabel('Restore a backup (.ubt.json)')
    .locator('visible=true')
    .setInputFiles({ name: `${name}.ubt.json`, mimeType: 'application/json', buffer: Buffer.from(backupJson) });
  await page.getByRole('button', { name: 'Restore as a new board' }).click();
  await goTo(page, 'Report');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download HTML report' }).click();
  const file = resolve(OUT, `${name}.html`);
  await (await download).saveAs(file);
  await page.close();
  return file;
};

let extension: ExtensionBrowser;
let plain: Browser;
beforeAll(async () => {
  extension = await launchExtension();
  plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});
afterAll(async () => {
  await extension?.dispose();
  await plain?.close();
});

/** Opens a file with JavaScript on, recording every script the page's main world parses and every request. */
const openWatched = async (file: string): Promise<{ page: Page; scripts: string[]; requests: string[]; dialogs: string[] }> => {
  const page = await plain.newPage();
  const url = pathToFileURL(file).href;
  const scripts: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const mainWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if ((context.auxData as { isDefault?: boolean } | undefined)?.isDefault) mainWorlds.add(context.id);
  });
  cdp.on('Debugger.scriptParsed', (script) => {
    if (mainWorlds.has(script.executionContextId)) scripts.push(script.url || `inline script ${script.scriptId}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  page.on('request', (request) => request.url() !== url && requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  return { page, scripts: [...scripts], requests, dialogs };
};

describe('reports', () => {
  it('export an HTML report that runs no script and loads nothing, whatever the board holds', async () => {
    const { doc } = buildPayloadBoard();
    const file = await reportThroughUi(extension, JSON.stringify(exportBackup(doc).backup), 'payloads', true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    const watched = await openWatched(file);
    expect(watched.scripts).toEqual([]);
    expect(watched.requests).toEqual([]);
    expect(watched.dialogs).toEqual([]);
    expect(await watched.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The payloads are on the page as text.
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees on screen, so the rendered text
    expect(await watched.page.locator('body').innerText()).toContain('<img src=x onerror="window.__pwned = 2">');
    await watched.page.close();
  });

  it('print to PDF on A4 and US Letter with a page per project and no chart split across pages', async () => {
    const file = await reportThroughUi(extension, JSON.stringify(exportBackup(buildPrintBoard()).backup), 'print', false);
    const page = await plain.newPage();
    await page.goto(pathToFileURL(file).href);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = resolve(OUT, `report-${format}.pdf`);
      writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const text = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
      const pageTexts = Array.from({ length: pages }, (_, i) => text(i + 1));
      // Cover (team, charter, evidence), each project starts a page, ideas and actions start a page.
      const starts = (needle: RegExp) => pageTexts.findIndex((t) => needle.test(t));
      expect(starts(/Timely discharge\s*\n/), format).toBeGreaterThan(0);
      expect(starts(/Fewer falls at night\s*\n/), format).toBeGreaterThan(starts(/Timely discharge\s*\n/));
      // Cover (team, charter, evidence); per project: its text, its chart, its worksheet; ideas and actions;
      // then the values of both charts, one table each, from a page of their own (the header row repeats
      // on the page the second table runs on to).
      const values = starts(/Values on the charts\s*\n/);
      expect(values, format).toBe(8);
      expect(pages, `${format}: page count`).toBe(10);
      const appendix = pageTexts.slice(values).join('');
      for (const caption of ['Timely discharge: weekly measure', 'Fewer falls at night: weekly measure']) expect(appendix, format).toContain(caption);
      expect(appendix.match(/^\s*\d{1,2} \w+ 2026\s+\d+\s+15\s+(Concern|Improvement): shift/gm), format).toHaveLength(40);
      expect(appendix.match(/^\s*Date\s+Value\s+Median\s+Signal\s*$/gm)!.length, format).toBeGreaterThanOrEqual(2);
      // Every chart's caption (top) and legend (bottom) are on the same page: no chart is cut.
      for (const [i, t] of pageTexts.slice(0, values).entries()) {
        const tops = (t.match(/weekly measure \(outcome measure/g) ?? []).length;
        const bottoms = (t.match(/Common cause/g) ?? []).length;
        expect(bottoms, `${format} page ${i + 1}`).toBe(tops);
      }
      expect(
        pageTexts
          .slice(0, values)
          .join('')
          .match(/Common cause/g),
      ).toHaveLength(2);
      // Headers with team and date on every page.
      for (const t of pageTexts) expect(t).toMatch(/Med-Surg 4 West · UBT Board report/);
      execFileSync('pdftoppm', ['-png', '-r', '40', pdf, resolve(OUT, `report-${format}`)]);
    }
    await page.close();
  });
});
