import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi } from './flows';
import { startPageServer } from './pageServer';
import { textOutsideCatalogue } from './pseudoCheck';
import { translator } from '../../src/core/i18n';

/**
 * The pseudo-locale run (issue 26): with every catalogue text bracketed ⟦…⟧, nothing a person sees or
 * hears may be left outside the brackets but their own data. The board's views are in i18n-views.e2e.ts.
 */
let site: { url: string; close(): Promise<void> };
beforeAll(async () => (site = await startPageServer()));
afterAll(async () => site.close());
const browsers = browsersPerTest(afterEach);

const TEAM = 'Servicios Ambientales 3 Norte';

describe('pseudo-locale: every word comes from the catalogue', () => {
  it('quick-add with no board yet, and with a board and patient details to remove', async () => {
    const browser = await browsers.launch();
    const empty = await browser.page('popup.html?pseudo');
    await empty.locator('h1').waitFor();
    expect(await textOutsideCatalogue(empty, ['UBT Board'])).toEqual([]);
    await empty.close();

    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: TEAM, me: 'Rosa Elena Domínguez' });
    await board.close();
    const popup = await browser.page('popup.html?pseudo');
    const idea = 'Paciente: María José Hernández, expediente 00482913, llamar al 612 34 56 78.';
    await popup.getByRole('textbox').first().fill(idea);
    await popup.locator('.privacy').waitFor();
    await popup.locator('.privacy .findings').waitFor();
    expect(await textOutsideCatalogue(popup, [TEAM, idea, 'Paciente: María José Hernández', 'expediente 00482913', '612 34 56 78', 'UBT Board'])).toEqual([]);
  });

  it('settings, with a server on the network reached without TLS', async () => {
    const browser = await browsers.launch();
    const options = await browser.page('options.html?pseudo');
    await options.locator('h1').waitFor();
    await options.locator('#opt-signalling').fill('ws://signal.hospital.example.org:4444');
    await options.locator('.ice-server, .empty').first().waitFor();
    await options.getByRole('button', { name: translator('pseudo').t('ice.add') }).click();
    await options.locator('.ice-server').waitFor();
    await options.locator('button[type=submit]').click();
    await options.locator('[role=alert], [role=status].banner').first().waitFor();
    const data = [
      'UBT Board',
      'English',
      'Español',
      'ws://signal.hospital.example.org:4444',
      'signal.hospital.example.org',
      'ws://',
      'wss://',
      'ws://127.0.0.1:4444',
      'ws://127.0.0.1:4444/relay',
    ];
    expect(await textOutsideCatalogue(options, data)).toEqual([]);
  });

  it('the board’s frame: skip link, board list, toolbar, connection, sections and the window title', async () => {
    const browser = await browsers.launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: TEAM, me: 'Rosa Elena Domínguez' });
    // As a member of staff (not a co-lead), who is welcomed on the board.
    const options = await browser.page('options.html');
    await options.getByLabel('Role').selectOption('member');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Saved.', { exact: false }).waitFor();
    await options.close();
    await board.goto(board.url().replace('board.html', 'board.html?pseudo'));
    await board.locator('nav.views a').first().waitFor();
    await board.locator('.staff-welcome').waitFor();
    expect(await textOutsideCatalogue(board, [TEAM, 'Rosa Elena Domínguez', 'UBT Board', 'UBT', 'Alt', 'U'])).toEqual([]);
    // The header's dialog for a new board, joining one and restoring one.
    await board.getByRole('button', { name: translator('pseudo').t('boards.newOrJoin') }).click();
    await board.locator('.switcher dialog[open]').waitFor();
    expect(await textOutsideCatalogue(board, [TEAM, 'UBT Board'], ['.switcher dialog'])).toEqual([]);
    const pseudo = translator('pseudo');
    expect(await board.title()).toBe(pseudo.t('shell.title', { view: pseudo.t('view.team'), team: TEAM }));
  });

  it('first run: what UBT Board is, creating a board and joining one', async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html?pseudo');
    await page.locator('.create-board').waitFor();
    expect(await textOutsideCatalogue(page, ['UBT Board'])).toEqual([]);
  });
});
