import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest, newProfileDir, type ExtensionBrowser } from './browser';
import { configure, createBoardThroughUi, createInvite, goTo, joinThroughUi, CONNECTED_TO_ONE } from './flows';
import { startPageServer } from './pageServer';
import { storedText as storedIn } from './storage';
import { addToTeamBoard, selectOnIntranetPage } from './captureFlows';
import { startServer, type UbtServer } from '../../src/server/server';

let site: { url: string; close(): Promise<void> };
beforeAll(async () => (site = await startPageServer()));
afterAll(async () => site.close());
const browsers = browsersPerTest(afterEach);
const launch = browsers.launch;

const selectOnPage = (browser: ExtensionBrowser, elementId: string): Promise<Page> => selectOnIntranetPage(browser, site.url, elementId);

const ideasOnBoard = async (browser: ExtensionBrowser): Promise<Page> => {
  const board = await browser.page('board.html');
  await goTo(board, 'Ideas');
  await board.getByRole('button', { name: /^All/ }).click();
  return board;
};

/** What the extension holds right now: queued captures and ideas in every board's IndexedDB. */
const storedText = async (browser: ExtensionBrowser): Promise<string> => {
  const page = await browser.page('options.html');
  const dump = await storedIn(page);
  await page.close();
  return dump;
};

describe('capture from an intranet page', () => {
  it('turns selected text into an idea on the board, marked with its source', async () => {
    const browser = await launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await board.close();
    const page = await selectOnPage(browser, 'idea');
    const form = await addToTeamBoard(browser, page);
    expect(await form.getByLabel('Idea', { exact: true }).inputValue()).toBe(
      'Transport is booked only after the discharge order, so beds stay blocked until the afternoon.',
    );
    expect(await form.locator('.source').textContent()).toContain('Discharge policy 12.4');
    expect(await form.getByLabel('Team board').locator('option:checked').textContent()).toBe('Med-Surg 4 West');
    await form.getByLabel('Note (optional)').fill('Seen on nights');
    const started = Date.now();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText("Saved to Med-Surg 4 West's ideas.").waitFor();
    console.log(`capture confirmed in ${Date.now() - started} ms`);
    const ideas = await ideasOnBoard(browser);
    await ideas.getByText('Transport is booked only after the discharge order').waitFor();
    expect(await ideas.getByRole('link', { name: 'Discharge policy 12.4' }).getAttribute('href')).toBe(site.url);
    expect(await ideas.getByText('Note: Seen on nights').count()).toBe(1);
  });

  it('warns about patient details, stores nothing until they are removed or confirmed', async () => {
    const browser = await launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Pharmacy', me: 'Cy Park' });
    await board.close();
    const form = await addToTeamBoard(browser, await selectOnPage(browser, 'phi'));
    await form.getByRole('heading', { name: 'This may contain patient details' }).waitFor();
    expect(await form.locator('.privacy mark').allTextContents()).toEqual([
      'Patient: John Smith',
      'MRN: 00482913',
      '(415) 555-0134',
      'Patient: John Smith',
      'MRN: 00482913',
      '(415) 555-0134',
    ]);
    expect(await form.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await form.screenshot({ path: 'test-results/quick-add-privacy-warning.png', fullPage: true });
    // Nothing flagged has been written anywhere yet.
    const before = await storedText(browser);
    for (const secret of ['John Smith', '00482913', '555-0134']) expect(before).not.toContain(secret);

    await form
      .getByRole('button', { name: 'Remove MRN' })
      .or(form.getByRole('button', { name: /Remove medical record number/ }))
      .click();
    expect(await form.locator('.findings li').count()).toBe(2);
    await form.getByRole('button', { name: 'Remove all 2' }).click();
    await expect.poll(() => form.getByRole('heading', { name: 'This may contain patient details' }).count()).toBe(0);
    const cleaned = await form.getByLabel('Idea', { exact: true }).inputValue();
    expect(cleaned).toBe('[patient name or label removed], [medical record number removed], call [phone number removed] about transport.');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(/^Saved to/).waitFor();
    const ideas = await ideasOnBoard(browser);
    await ideas.getByText('[medical record number removed]', { exact: false }).waitFor();
    const after = await storedText(browser);
    for (const secret of ['John Smith', '00482913', '555-0134']) expect(after).not.toContain(secret);
  });

  it('saves flagged text only after the person confirms it is not patient information', async () => {
    const browser = await launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Imaging', me: 'Di' });
    await board.close();
    const form = await addToTeamBoard(browser, await selectOnPage(browser, 'phi'));
    // Before the person confirms, Save is refused: disabled, and Enter in the text box stores nothing either.
    const save = form.getByRole('button', { name: 'Save', exact: true });
    await save.waitFor();
    expect(await save.isDisabled()).toBe(true);
    await form.getByRole('textbox').first().press('Control+Enter');
    await form.getByRole('textbox').first().press('Enter');
    expect(await form.getByText(/^Saved to/).count()).toBe(0);
    await form.getByLabel('I checked: this is not patient information').check();
    expect(await form.getByRole('button', { name: 'Save anyway' }).isDisabled()).toBe(false);
    await form.getByRole('button', { name: 'Save anyway' }).click();
    await form.getByText(/^Saved to/).waitFor();
    const ideas = await ideasOnBoard(browser);
    await ideas.locator('.idea-text', { hasText: 'Patient: John Smith, MRN: 00482913' }).waitFor();
  });

  it('offers a +1 instead of a second copy of an idea already on the board', async () => {
    const browser = await launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Transport', me: 'Ed' });
    await goTo(board, 'Ideas');
    await board.getByLabel('New idea').fill('Book transport before the discharge order so beds are not blocked');
    await board.getByRole('button', { name: 'Add idea' }).click();
    const form = await addToTeamBoard(browser, await selectOnPage(browser, 'idea'));
    await form.getByRole('heading', { name: 'Similar idea already on the board' }).waitFor();
    await form.getByRole('button', { name: '+1 that idea instead' }).click();
    await form.getByText(/Your \+1 was added/).waitFor();
    await expect.poll(() => board.getByRole('button', { name: /1 vote$/ }).count()).toBe(1);
    expect(await board.locator('.idea').count()).toBe(1);
  });

  it('keeps a capture made with no board open through a stopped worker and a browser restart', async () => {
    const profile = newProfileDir();
    const first = await launch(profile);
    const board = await first.page('board.html');
    await createBoardThroughUi(board, { team: 'Night shift', me: 'Flo' });
    await board.close();
    const form = await addToTeamBoard(first, await selectOnPage(first, 'idea'));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(/^Saved to/).waitFor();
    // Stop the service worker at once, then quit the browser.
    const cdp = await first.context.newCDPSession(form);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await first.close();
    browsers.forget();
    const second = await launch(profile);
    const ideas = await ideasOnBoard(second);
    await ideas.getByText('Transport is booked only after the discharge order').waitFor();
    expect(await ideas.locator('.idea').count()).toBe(1);
  });
});

describe('capture with two co-leads connected', () => {
  let server: UbtServer;
  beforeAll(async () => (server = await startServer({ port: 0 })));
  afterAll(async () => server.close());

  it('shows A’s capture on B’s board', async () => {
    const a = await launch();
    const b = await launch();
    await configure(a, { name: 'Ana', role: 'manager-co-lead', signalling: server.url });
    await configure(b, { name: 'Ben', role: 'union-co-lead', signalling: server.url });
    const boardA = await a.page('board.html');
    await createBoardThroughUi(boardA, { team: 'Med-Surg 4 West', me: 'Ana' });
    const invite = await createInvite(boardA);
    const boardB = await b.page('board.html');
    await joinThroughUi(boardB, invite);
    await boardB.locator('.presence .status-pill', { hasText: CONNECTED_TO_ONE }).waitFor({ timeout: 30_000 });
    await goTo(boardB, 'Ideas');
    await boardA.close();
    const form = await addToTeamBoard(a, await selectOnPage(a, 'idea'));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await boardB.getByText('Transport is booked only after the discharge order').waitFor({ timeout: 20_000 });
    expect(await boardB.getByRole('link', { name: 'Discharge policy 12.4' }).count()).toBe(1);
  });
});
