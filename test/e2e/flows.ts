import type { Page } from 'playwright-core';

/** What a co-lead does on first run: fill in the team and their own name, then create the board. */
export const createBoardThroughUi = async (page: Page, { team, me }: { team: string; me: string }): Promise<void> => {
  await page.getByLabel('Team name (required)').fill(team);
  await page.getByLabel('Your name').fill(me);
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('heading', { name: team, level: 1 }).waitFor();
};

/** Follows one of the board's section links in the main navigation. */
export const goTo = async (page: Page, section: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: section, exact: true }).click();
};

/** Opens a test of change's worksheet from the project's ramp (it may already be open). */
export const openCycle = async (page: Page, title: string): Promise<void> => {
  const step = page.getByRole('list', { name: 'Cycles in order' }).getByRole('button', { name: new RegExp(title) });
  if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
};
