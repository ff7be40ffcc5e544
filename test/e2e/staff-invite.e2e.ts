import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { configure, createBoardThroughUi, goTo } from './flows';
import { addToTeamBoard, selectOnIntranetPage } from './captureFlows';
import { serverAndIntranet } from './pageServer';

/** The staff invite: the board read-only and live, and ideas and +1s through the drop box, never write rights. */
const env = serverAndIntranet();
const browsers = browsersPerTest(afterEach);

describe('the staff invite', () => {
  it('a staff member sees the board live, adds an idea from an intranet page and gives a +1, all sealed to the drop box', { timeout: 180_000 }, async () => {
    const lead = await browsers.launch();
    const staff = await browsers.launch();
    await configure(lead, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: env.server.url, relays: env.server.relayUrl });
    await configure(staff, { name: 'Dee Lopez', role: 'member', signalling: env.server.url, relays: env.server.relayUrl });
    const board = await lead.page('board.html');
    await createBoardThroughUi(board, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await goTo(board, 'Ideas');
    await board.getByLabel('New idea').fill('Night shift: a second glucose meter for the 24 beds on 4 West');
    await board.getByRole('button', { name: 'Add idea' }).click();
    await board.getByRole('button', { name: 'Share' }).click();
    await board.getByRole('button', { name: 'Create the invites' }).click();
    const input = board.getByLabel('Staff invite link', { exact: true });
    await input.waitFor();
    const staffLink = await input.inputValue();
    expect(staffLink).toMatch(/#\/join\/ubt1s\./);
    await board.getByRole('button', { name: 'Close' }).click();

    const staffBoard = await staff.page(staffLink.replace(/^chrome-extension:\/\/[a-p]{32}\//, ''));
    await staffBoard.getByText(/^Read-only\./).waitFor({ timeout: 60_000 });
    await goTo(staffBoard, 'Ideas');
    const meter = staffBoard.locator('li.idea').filter({ hasText: 'a second glucose meter' });
    await meter.waitFor({ timeout: 60_000 });
    expect(await staffBoard.getByText('To add an idea, use Add to team board on any page').count()).toBe(1);
    expect(await staffBoard.getByLabel('New idea').count()).toBe(0);

    // A +1 from the board itself goes through the drop box.
    await meter.getByRole('button', { name: /^Vote for/ }).click();
    await staffBoard.getByText('Your +1 went sealed to the team’s inbox').waitFor();
    const leadCard = board.locator('li.idea').filter({ hasText: 'a second glucose meter' });
    await expect.poll(() => leadCard.getByRole('button', { name: /^Vote for/ }).textContent(), { timeout: 60_000 }).toContain('1');
    // And it comes back live to the staff member's read-only board.
    await expect.poll(() => meter.locator('button.vote').textContent(), { timeout: 60_000 }).toContain('1');

    // An idea from an intranet page, with the name from Settings.
    const intranet = await selectOnIntranetPage(staff, env.site.url, 'idea');
    const form = await addToTeamBoard(staff, intranet);
    expect(await form.getByLabel('Team board').locator('option:checked').textContent()).toBe('Med-Surg 4 West');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(/goes sealed to the team’s inbox/).waitFor();
    const fromPage = board.locator('li.idea').filter({ hasText: 'Transport is booked only after the discharge order' });
    await fromPage.waitFor({ timeout: 60_000 });
    expect(await fromPage.locator('.meta').first().textContent()).toContain('Dee Lopez');
    await staffBoard.locator('li.idea').filter({ hasText: 'Transport is booked only after' }).waitFor({ timeout: 60_000 });
    // No write rights anywhere in the UI: no invite to hand on, no board controls.
    expect(await staffBoard.getByRole('button', { name: /^(Share|Invite)$/ }).count()).toBe(0);
    expect(await staffBoard.getByRole('combobox', { name: /^State of idea/ }).count()).toBe(0);
  });
});
