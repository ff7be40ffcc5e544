import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, goTo, joinThroughUi, statusText, twoProfiles, CONNECTED_TO_ONE } from './flows';
import { openQuickAddFromMenu, selectOnIntranetPage } from './captureFlows';
import { serverAndIntranet } from './pageServer';

const env = serverAndIntranet();
const browsers = browsersPerTest(afterEach);

describe('a staff member adds an idea before and after joining', () => {
  it('keeps the text picked before joining, joins with the typed poster code, and adds it without a name', { timeout: 120_000 }, async () => {
    const [lead, staff] = await twoProfiles(
      browsers.launch,
      env.server.url,
      { name: 'Ana Ruiz', role: 'manager-co-lead' },
      { name: 'Dee Lopez', role: 'member' },
    );
    const board = await lead.page('board.html');
    await createBoardThroughUi(board, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await board.getByRole('button', { name: 'Share' }).click();
    expect(await board.getByRole('dialog').textContent()).toContain('the relay keeps a copy for the others, encrypted');
    await board.getByRole('button', { name: 'Create the invites' }).click();
    const code = (await board.locator('.invite-code').textContent()) ?? '';
    expect(code).toMatch(/^UBT(-[0-9A-Z]{5}){8}$/);
    await board.getByRole('button', { name: 'Close' }).click();

    // Dee has no board yet: the picked text is kept, and says so.
    const page = await selectOnIntranetPage(staff, env.site.url, 'idea');
    const first = await openQuickAddFromMenu(staff, page);
    await first.getByText('Your idea is kept until you have joined').waitFor();
    expect(await first.locator('blockquote').textContent()).toContain('Transport is booked only after the discharge order');
    await first.close();

    // Dee types the poster's code as people do: small letters, spaces for dashes, O for 0.
    const staffBoard = await staff.page('board.html');
    await joinThroughUi(staffBoard, code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
    await expect.poll(() => statusText(staffBoard), { timeout: 60_000 }).toMatch(CONNECTED_TO_ONE);
    // The header names who Dee is connected with.
    await expect.poll(() => statusText(staffBoard), { timeout: 30_000 }).toBe('Connected with Ana Ruiz');

    // Quick-add again: the kept text is there; added without a name; no "similar idea" once saved.
    const form = await staff.page('popup.html?window=1');
    const idea = form.getByLabel('Idea', { exact: true });
    await idea.waitFor();
    expect(await idea.inputValue()).toBe('Transport is booked only after the discharge order, so beds stay blocked until the afternoon.');
    await form.getByLabel('Add without my name').check();
    expect(await form.locator('#capture-anonymous-hint').textContent()).toContain('does not record who added it');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText("Saved to Med-Surg 4 West's ideas.").waitFor();
    expect(await form.getByText(/Similar idea/).count()).toBe(0);
    expect(await form.getByRole('button', { name: /\+1/ }).count()).toBe(0);

    // Ana sees it as Anonymous, and the board holds no name for it.
    await goTo(board, 'Ideas');
    const card = board.locator('li.idea').filter({ hasText: 'Transport is booked only after' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('.meta').first().textContent()).toMatch(/^Anonymous · /);
    expect(await board.evaluate(`JSON.stringify(globalThis.ubtTestBoardDoc.getMap('ideas').toJSON())`)).not.toContain('Dee');
  });
});
