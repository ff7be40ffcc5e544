import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, goTo, statusText, twoProfiles, CONNECTED_TO_ONE } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';
import { seriousViolations } from './axe';

/** A staff member of the unit joins from the team's invite and speaks up without a name. */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

describe('staff on the team board', () => {
  it('a staff member opens the team invite, adds an idea without a name, and the co-lead triages it out of scope with a reason', {
    timeout: 180_000,
  }, async () => {
    const [lead, staff] = await twoProfiles(browsers.launch, server.url, { name: 'Ana Ruiz', role: 'manager-co-lead' }, { name: 'Dee Lopez', role: 'member' });
    const pageA = await lead.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    const invite = await createInvite(pageA);

    // The invite dialog speaks to the whole unit, with one invite for each part; the poster needs a drop box,
    // which needs a relay (this test runs without one, and the dialog says so).
    await pageA.getByRole('button', { name: 'Invite' }).click();
    expect(await pageA.getByRole('heading', { name: 'Invite your whole team' }).count()).toBe(1);
    for (const kind of ['Add ideas only', 'Staff: see the board and add ideas', 'Read-only, for sponsors', 'Co-leads: full write'])
      expect(await pageA.getByRole('heading', { name: kind, exact: true }).count()).toBe(1);
    expect(await pageA.getByText('A drop box needs a relay: set one in Settings.').count()).toBe(1);
    expect(await pageA.getByRole('button', { name: 'Print the poster for the break room' }).isDisabled()).toBe(true);
    expect(await seriousViolations(pageA, 'Invite dialog')).toEqual([]);
    await pageA.getByRole('button', { name: 'Close' }).click();

    // The staff member opens the invite link itself, as from the break-room poster or an email.
    const pageS = await staff.page(invite.replace(/^chrome-extension:\/\/[a-p]{32}\//, ''));
    await expect.poll(() => statusText(pageS), { timeout: 60_000 }).toMatch(CONNECTED_TO_ONE);
    // First visit as staff: how to add an idea from any page, and without a name.
    const welcome = pageS.getByRole('region', { name: /Welcome to Med-Surg 4 West/ });
    await welcome.waitFor({ timeout: 30_000 });
    expect(await welcome.textContent()).toContain('Add to team board');
    expect(await welcome.textContent()).toContain('Add without my name');
    await welcome.getByRole('button', { name: 'Got it' }).click();
    expect(await welcome.count()).toBe(0);
    // Seen is kept on disk in the extension's local storage, so the welcome does not come back.
    const marks = await pageS.evaluate(`chrome.storage.local.get(null).then((all) => Object.keys(all))`);
    expect(marks).toContainEqual(expect.stringMatching(/^ubt-staff-welcome-seen:/));
    await goTo(pageS, 'Ideas');
    await pageS.getByLabel('New idea').fill('Nights are short one aide most weeks: it is not safe');
    await pageS.getByLabel('Add without my name').check();
    expect(await pageS.locator('#anonymous-hint').textContent()).toContain('The board does not record who added it');
    await pageS.getByRole('button', { name: 'Add idea' }).click();

    // The co-lead sees it as anonymous, and nothing in the board names who added it.
    await goTo(pageA, 'Ideas');
    const card = pageA.locator('li.idea').filter({ hasText: 'Nights are short one aide' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('.meta').first().textContent()).toMatch(/^Anonymous · /);
    const raw = await pageA.evaluate(`JSON.stringify(globalThis.ubtTestBoardDoc.getMap('ideas').toJSON())`);
    expect(raw).toContain('Nights are short one aide');
    expect(raw).not.toContain('Dee');

    // Out of scope needs one of the four reasons and who it goes to; nothing is saved before.
    await card.getByLabel(/^State of idea/).selectOption('out-of-scope');
    const form = card.getByRole('form', { name: /out of scope/ });
    await form.getByRole('button', { name: 'Mark out of scope' }).click();
    expect(await pageA.evaluate(`[...globalThis.ubtTestBoardDoc.getMap('ideas').values()][0].get('state')`)).toBe('new');
    await form.getByLabel('Labor relations or contract issues').check();
    await form.getByLabel('Routed to').fill('Local union steward');
    await form.getByRole('button', { name: 'Mark out of scope' }).click();
    await expect.poll(() => pageA.evaluate(`[...globalThis.ubtTestBoardDoc.getMap('ideas').values()][0].get('reason')`)).toBe('labour-relations');
    await pageA
      .getByRole('group', { name: 'Show ideas' })
      .getByRole('button', { name: /^Out of scope/ })
      .click();
    expect(await card.getByLabel('Routed to').inputValue()).toBe('Local union steward');
    expect(await card.getByLabel('Why it is out of scope').inputValue()).toBe('labour-relations');
    // The decision says who made it; the co-lead records agreeing, as for the charter.
    const record = card.locator('.decision-record');
    expect(await record.textContent()).toMatch(/^Out of scope: decided by Ana Ruiz on .* · no co-lead has agreed yet/);
    await record.getByLabel(/I agree to the triage decision on idea “Nights are short one aide.*” \(Ana Ruiz\)/).check();
    await expect.poll(() => record.locator('.meta').first().textContent()).toMatch(/agreed by all co-leads$/);

    // In the staff member's browser the decision is Ana's to agree to: shown, not a tick; and staff add and
    // vote, but do not triage or delete.
    await pageS
      .getByRole('group', { name: 'Show ideas' })
      .getByRole('button', { name: /^Out of scope/ })
      .click();
    const staffCard = pageS.locator('li.idea').filter({ hasText: 'Nights are short one aide' });
    await expect.poll(() => staffCard.locator('.agreement-of').textContent(), { timeout: 30_000 }).toBe('Ana Ruiz agrees');
    expect(await staffCard.getByRole('checkbox').count()).toBe(0);
    expect(await staffCard.getByLabel(/^State of idea/).count()).toBe(0);
    expect(await staffCard.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    expect(await staffCard.getByRole('button', { name: /^Vote for/ }).count()).toBe(1);
    expect(await staffCard.locator('.badge.state').textContent()).toBe('Out of scope');

    // On the charter, Ana ticks only her own agreement; a second co-lead's is theirs to give.
    await goTo(pageA, 'Team & charter');
    await pageA.getByLabel('Name', { exact: true }).fill('Ben Okafor');
    await pageA.getByRole('form', { name: 'Add a person' }).getByLabel('Role').selectOption('union-co-lead');
    await pageA.getByRole('button', { name: 'Add person' }).click();
    expect(await pageA.getByRole('form', { name: 'Add a person' }).getByLabel('Role').inputValue()).toBe('member');
    const purpose = pageA.locator('.charter-section').first();
    await purpose.getByText('Ben Okafor has not agreed yet').waitFor();
    expect(await purpose.getByRole('checkbox').count()).toBe(1);
    await purpose.getByLabel('I agree to the Purpose section of the charter (Ana Ruiz)').check();
    expect(await purpose.getByLabel(/Ben Okafor/).count()).toBe(0);

    // A co-lead who joined with the default role (member) says which person they are: the role the co-leads
    // gave that person becomes theirs, and the board offers them the co-lead's decisions.
    await pageA.getByLabel('Name', { exact: true }).fill('Dee Lopez');
    await pageA.getByRole('form', { name: 'Add a person' }).getByLabel('Role').selectOption('physician-co-lead');
    await pageA.getByRole('button', { name: 'Add person' }).click();
    await goTo(pageS, 'Team & charter');
    await pageS.getByRole('button', { name: 'This is me: Dee Lopez' }).click({ timeout: 30_000 });
    await pageS.locator('.people .badge', { hasText: 'You' }).waitFor();
    await goTo(pageS, 'Ideas');
    await pageS
      .getByRole('group', { name: 'Show ideas' })
      .getByRole('button', { name: /^Out of scope/ })
      .click();
    await staffCard.getByLabel(/^State of idea/).waitFor();
    expect(await staffCard.getByRole('button', { name: /^Delete/ }).count()).toBe(1);
  });
});
