import { afterEach, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';
import { browsersPerTest, CHROMIUM } from './browser';
import { configure, createBoardThroughUi, goTo } from './flows';
import { addToTeamBoard, selectOnIntranetPage } from './captureFlows';
import { serverAndIntranet } from './pageServer';
import { seriousViolations } from './axe';
import { parseAnyInvite } from '../../src/core';
import { fromBase64 } from '../../src/core/text/bytes';
import { deriveRelayKeys, open } from '../../src/sync/relay/crypto';

/**
 * The capability levels in real browsers against the real server: the poster's drop box from an intranet page
 * (extension) and from a plain phone-width page (`/add`), a co-lead who sees both, and a sponsor who sees every
 * edit live and can change nothing.
 */
const relayFrames: string[] = [];
const env = serverAndIntranet({ onRelayFrame: (direction, text) => direction === 'in' && relayFrames.push(text) });
const browsers = browsersPerTest(afterEach);

const linkOf = async (page: import('playwright-core').Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

describe('capability levels', () => {
  it('staff add ideas with only the drop box (extension and phone page), a co-lead sees both, a sponsor reads live and changes nothing', {
    timeout: 240_000,
  }, async () => {
    const lead = await browsers.launch();
    const staff = await browsers.launch();
    const sponsor = await browsers.launch();
    const relays = env.server.relayUrl;
    await configure(lead, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: env.server.url, relays });
    await configure(staff, { name: 'Dee Lopez', role: 'member', signalling: env.server.url, relays });
    await configure(sponsor, { name: 'Sam Patel', role: 'management-sponsor', signalling: env.server.url, relays });

    const board = await lead.page('board.html');
    await createBoardThroughUi(board, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await board.getByRole('button', { name: 'Share' }).click();
    await board.getByRole('button', { name: 'Create the invites' }).click();
    await board.getByLabel('Drop-box link (the poster)', { exact: true }).waitFor();
    const dropLink = await linkOf(board, 'Drop-box link (the poster)');
    const readLink = await linkOf(board, 'Sponsors’ read-only link');
    const writeLink = await linkOf(board, 'Co-leads’ invite link');
    expect(dropLink).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${env.server.port}/add#ubt1d\\.`));
    expect(readLink).toMatch(/#\/join\/ubt1r\./);
    expect(await seriousViolations(board, 'Invite dialog')).toEqual([]);
    // The poster carries the drop box only: not the co-leads' secret, not even the read capability.
    const posterOpened = lead.context.waitForEvent('page');
    await board.getByRole('button', { name: 'Print the poster for the break room' }).click();
    const poster = await posterOpened;
    await poster.getByRole('heading', { name: 'Med-Surg 4 West: your ideas' }).waitFor();
    const posterText = (await poster.locator('body').textContent()) ?? '';
    expect(posterText).toContain(dropLink);
    const write = parseAnyInvite(writeLink);
    const read = parseAnyInvite(readLink);
    if (!write.ok || write.invite.kind !== 'write' || !read.ok || read.invite.kind !== 'read') throw new Error('invites did not parse');
    expect(posterText).not.toContain(write.invite.secret);
    expect(posterText).not.toContain(read.invite.read.readSecret);
    expect(await poster.getByRole('img', { name: 'QR code of the invite link' }).count()).toBe(1);
    expect(await seriousViolations(poster, 'Poster')).toEqual([]);
    await poster.close();
    // The same poster in Spanish, from an English board: the team chooses the printout's language.
    await board.getByLabel('Language of the printout').selectOption('es');
    const spanishOpened = lead.context.waitForEvent('page');
    await board.getByRole('button', { name: 'Print the poster for the break room' }).click();
    const spanish = await spanishOpened;
    await spanish.getByRole('heading', { name: 'Med-Surg 4 West: sus ideas' }).waitFor();
    expect(await spanish.locator('body').textContent()).toContain(dropLink);
    expect(await spanish.getByRole('img', { name: 'Código QR del enlace de la invitación' }).count()).toBe(1);
    expect(await spanish.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await spanish.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);
    await spanish.pdf({ path: 'test-results/poster-spanish.pdf' });
    expect(await seriousViolations(spanish, 'Spanish poster')).toEqual([]);
    await spanish.close();
    await board.getByRole('button', { name: 'Close' }).click();

    // Staff: the poster's link pasted once into the extension; then an idea from an intranet page.
    const staffBoard = await staff.page('board.html');
    await staffBoard.getByLabel('Invite link or code').first().fill(dropLink);
    await staffBoard.getByRole('button', { name: 'Join board' }).first().click();
    await staffBoard.getByRole('heading', { name: 'Team drop box' }).waitFor();
    expect(await staffBoard.getByText('This browser holds the team’s drop box, not the board').count()).toBe(1);
    const intranet = await selectOnIntranetPage(staff, env.site.url, 'idea');
    const form = await addToTeamBoard(staff, intranet);
    await form.getByLabel('Add without my name').check();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(/goes sealed to the team’s inbox/).waitFor();

    // A plain browser, no extension, at phone width: the QR code's page.
    const phoneBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const phone = await (await phoneBrowser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
      const external: string[] = [];
      phone.on('request', (request) => {
        if (!request.url().startsWith(`http://127.0.0.1:${env.server.port}/`) && !request.url().startsWith(`ws://127.0.0.1:${env.server.port}/`))
          external.push(request.url());
      });
      await phone.goto(dropLink);
      await phone.getByRole('heading', { name: 'Add an idea to your team’s board' }).waitFor();
      const send = phone.getByRole('button', { name: 'Send to the team' });
      // The same privacy check: a record number blocks sending until it is taken out or confirmed.
      await phone.getByLabel('Your idea').fill('Patient MRN 48213377 waited 3 hours for a wheelchair at discharge');
      await phone.getByText(/may contain patient details: medical record number/).waitFor();
      expect(await send.isDisabled()).toBe(true);
      await phone
        .getByLabel('Your idea')
        .fill('Wheelchairs at the main entrance run out by 10:00: about 1,200 discharges a month wait for one. ¿Podemos reservar cinco para el alta?');
      expect(await send.isDisabled()).toBe(false);
      await phone.getByLabel('Your name (optional)').fill('Marisol Peña');
      await phone.screenshot({ path: '/tmp/ubt-add-page.png' });
      expect(await seriousViolations(phone, '/add')).toEqual([]);
      await send.click();
      await phone.getByText('Sent to your team’s inbox.', { exact: false }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(external).toEqual([]);
      // A phone set to Spanish gets the page in Spanish, and the same check reads Spanish patient details.
      const telefono = await (await phoneBrowser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'es-MX' })).newPage();
      await telefono.goto(dropLink);
      await telefono.getByRole('heading', { name: 'Añadir una idea al tablero de su equipo' }).waitFor();
      expect(await telefono.evaluate(() => document.documentElement.lang)).toBe('es');
      await telefono.getByLabel('Su idea').fill('Paciente: Juana Pérez, expediente 48213377, esperó 3 horas una silla de ruedas');
      await telefono.getByText('Esto puede contener datos de pacientes: nombre o etiqueta del paciente, número de expediente', { exact: false }).waitFor();
      expect(await telefono.getByRole('button', { name: 'Enviar al equipo' }).isDisabled()).toBe(true);
      await telefono.getByLabel('No son datos de un paciente: enviarla').check();
      expect(await telefono.getByRole('button', { name: 'Enviar al equipo' }).isDisabled()).toBe(false);
      expect(await telefono.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await seriousViolations(telefono, '/add in Spanish')).toEqual([]);
      await telefono.screenshot({ path: 'test-results/add-page-spanish.png', fullPage: true });
      await telefono.close();
      const csp = (await (await phone.request.get(dropLink.replace(/#.*$/, ''))).headersArray()).find(
        (h) => h.name.toLowerCase() === 'content-security-policy',
      );
      expect(csp?.value).toContain("default-src 'none'");
      expect(csp?.value).toContain("connect-src 'self'");
    } finally {
      await phoneBrowser.close();
    }

    // The co-lead's board shows both, with the name the phone gave and none for the anonymous one.
    await goTo(board, 'Ideas');
    const fromPage = board.locator('li.idea').filter({ hasText: 'Transport is booked only after the discharge order' });
    const fromPhone = board.locator('li.idea').filter({ hasText: 'Wheelchairs at the main entrance' });
    await fromPage.waitFor({ timeout: 60_000 });
    await fromPhone.waitFor({ timeout: 60_000 });
    expect(await fromPage.locator('.meta').first().textContent()).toMatch(/^Anonymous · /);
    expect(await fromPhone.locator('.meta').first().textContent()).toContain('Marisol Peña');
    expect(await fromPhone.textContent()).toContain('¿Podemos reservar cinco para el alta?');

    // The staff profile holds no board document, and nothing that opens the relay's entries.
    const staffStorage = await staffBoard.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(staffStorage.filter((name) => name.startsWith('ubt-board-'))).toEqual([]);
    expect(staffStorage).toContain('ubt-library');
    const entries = relayFrames.map((t) => JSON.parse(t) as { type: string; data?: string }).filter((f) => f.type === 'push');
    expect(entries.length).toBeGreaterThan(0);
    const dropParts = parseAnyInvite(dropLink);
    if (!dropParts.ok || dropParts.invite.kind !== 'drop') throw new Error('drop link did not parse');
    // Whatever a drop-box holder has, used as if it were a read capability, opens nothing.
    const guess = await deriveRelayKeys({
      kind: 'read',
      read: { readSecret: dropParts.invite.drop.inbox.padEnd(32, 'A').slice(0, 32), readToken: dropParts.invite.drop.publicKey.slice(0, 32) },
    });
    const readerKeys = await deriveRelayKeys({ kind: 'read', read: read.invite.read });
    for (const entry of entries.slice(0, 5)) {
      expect(await open(guess, 'update', fromBase64(entry.data!))).toBeNull();
      expect(await open(readerKeys, 'update', fromBase64(entry.data!))).not.toBeNull();
    }

    // The sponsor: read-only, live, and nothing to change with.
    const sponsorBoard = await sponsor.page(readLink.replace(/^chrome-extension:\/\/[a-p]{32}\//, ''));
    await sponsorBoard.getByText(/^Read-only\./).waitFor({ timeout: 60_000 });
    await goTo(sponsorBoard, 'Ideas');
    await sponsorBoard.locator('li.idea').filter({ hasText: 'Wheelchairs at the main entrance' }).waitFor({ timeout: 60_000 });
    await board.getByLabel('New idea').fill('Post the discharge lounge hours at the nurses’ station');
    await board.getByRole('button', { name: 'Add idea' }).click();
    await sponsorBoard.locator('li.idea').filter({ hasText: 'Post the discharge lounge hours' }).waitFor({ timeout: 30_000 });
    // No form to add with, and the +1 is disabled.
    expect(await sponsorBoard.getByLabel('New idea').count()).toBe(0);
    const card = sponsorBoard.locator('li.idea').filter({ hasText: 'Wheelchairs at the main entrance' });
    expect(await card.getByRole('button', { name: /^Vote for/ }).isDisabled()).toBe(true);
    expect(await sponsorBoard.getByRole('button', { name: /^(Share|Invite)$/ }).count()).toBe(0);
    expect(await seriousViolations(sponsorBoard, 'Read-only board')).toEqual([]);
    await sponsorBoard.screenshot({ path: '/tmp/ubt-sponsor-read-only.png' });
    await sponsorBoard.evaluate(() => (location.hash = '#/overview'));
    await sponsorBoard.getByRole('table').getByText('Med-Surg 4 West').first().waitFor({ timeout: 30_000 });
    await sponsorBoard.screenshot({ path: '/tmp/ubt-sponsor-overview.png' });

    // A push made with the sponsor's token is refused by the relay.
    const ws = new WebSocket(env.server.relayUrl);
    const answers: { type: string; code?: string }[] = [];
    ws.on('message', (raw) => answers.push(JSON.parse(raw.toString())));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'hello', as: 'read', token: readerKeys.token, since: 0 }));
    ws.send(JSON.stringify({ type: 'push', id: 'p', data: Buffer.from('from the sponsor').toString('base64') }));
    await expect.poll(() => answers.find((a) => a.type === 'error')?.code, { timeout: 10_000 }).toBe('read-only');
    ws.close();
    const leadIdeas = await board.evaluate(`JSON.stringify(globalThis.ubtTestBoardDoc.getMap('ideas').toJSON())`);
    expect(leadIdeas).not.toContain('A sponsor tries to add one');
  });
});
