import type { Locator, Page } from 'playwright-core';

/** What a co-lead does on first run: fill in the team and their own name, then create the board. */
export const createBoardThroughUi = async (page: Page, { team, me }: { team: string; me: string }): Promise<void> => {
  await page.getByLabel('Team name (required)').fill(team);
  await page.getByLabel('Your name').fill(me);
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('heading', { name: team, level: 1 }).waitFor();
};

/** Follows one of the board's section links in the main navigation. */
export const goTo = (page: Page, section: string): Promise<void> =>
  openSection(page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: section, exact: true }));

/**
 * Clicks a section's link and waits until the navigation marks it as the page shown: the view changes on the
 * hash's change, a task after the click, so reading the page at once could read the view before.
 */
const openSection = async (link: Locator): Promise<void> => {
  await link.click();
  await link.and(link.page().locator('[aria-current="page"]')).waitFor();
};

/** Opens a test of change's worksheet from the project's ramp (it may already be open). */
export const openCycle = async (page: Page, title: string): Promise<void> => {
  const step = page.getByRole('list', { name: 'Cycles in order' }).getByRole('button', { name: new RegExp(title) });
  if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
};

/** Sets this profile's name, role and signalling server on the options page, as a user would. */
export const configure = async (
  browser: { page(path: string): Promise<Page> },
  options: { name: string; role: string; signalling: string; relays?: string },
): Promise<void> => {
  const page = await browser.page('options.html');
  await page.getByLabel('Display name').fill(options.name);
  await page.getByLabel('Role').selectOption(options.role);
  await page.getByLabel('Signalling server addresses').fill(options.signalling);
  // Tests use their own servers; with no relay given, none is used (the default one may not be running).
  await page.getByLabel('Relay addresses').fill(options.relays ?? '');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Saved.').waitFor();
  await page.close();
};

/** Opens the share dialog, creates the invite if needed, and returns the invite link. */
export const createInvite = async (page: Page): Promise<string> => {
  await page.getByRole('button', { name: /^(Share|Invite)$/ }).click();
  const create = page.getByRole('button', { name: 'Create the invites' });
  if (await create.isVisible()) await create.click();
  const link = await page.getByLabel('Co-leads’ invite link', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Close' }).click();
  return link;
};

export const joinThroughUi = async (page: Page, invite: string): Promise<void> => {
  await page.getByLabel('Invite link or code').first().fill(invite);
  await page.getByRole('button', { name: 'Join board' }).first().click();
};

/** The header's relay line, e.g. “Relay synced 14:02”. */
export const relayText = (page: Page): Promise<string | null> => page.getByRole('status', { name: 'Relay' }).textContent();

export const statusText = (page: Page): Promise<string | null> => page.locator('.presence .status-pill').textContent();

/** Adds ideas from the Ideas view, one after another. */
export const addIdeas = async (page: Page, texts: readonly string[]): Promise<void> => {
  await goTo(page, 'Ideas');
  for (const text of texts) {
    await page.getByLabel('New idea').fill(text);
    await page.getByRole('button', { name: 'Add idea' }).click();
  }
};

/** Two browser profiles, each set up with a name and role and the test's signalling server. */
export const twoProfiles = async <B extends { page(path: string): Promise<Page> }>(
  launch: () => Promise<B>,
  signalling: string,
  first: { name: string; role: string },
  second: { name: string; role: string },
): Promise<[B, B]> => {
  const a = await launch();
  const b = await launch();
  await configure(a, { ...first, signalling });
  await configure(b, { ...second, signalling });
  return [a, b];
};

/** Restores a backup file through the first-run page, as a team moving a board to a new computer would. */
/** The first-run page's words for restoring, in the page's language. */
export interface RestoreWords {
  readonly label: string;
  readonly button: string;
  readonly sections: string;
}
const ENGLISH_RESTORE: RestoreWords = { label: 'Restore a backup (.ubt.json)', button: 'Restore as a new board', sections: 'Board sections' };

export const restoreThroughUi = async (page: Page, json: string, name = 'board', words: RestoreWords = ENGLISH_RESTORE): Promise<void> => {
  await page.locator('.welcome').waitFor();
  await page
    .getByLabel(words.label)
    .locator('visible=true')
    .setInputFiles({ name: `${name}.ubt.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: words.button }).click();
  await page.getByRole('navigation', { name: words.sections }).waitFor();
};

/** The header once one co-lead is connected: named ("Connected with Ben Okafor") once their presence has arrived. */
export const CONNECTED_TO_ONE = /^Connected (with [^,]+|to 1 peer)$/;

/** The Meeting link of the navigation (it reads "Meeting (in progress)" during a meeting, or names the next one). */
export const toMeeting = (page: Page): Promise<void> =>
  openSection(page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: /^Meeting/ }));
