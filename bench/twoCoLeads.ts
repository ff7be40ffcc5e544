import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from '../test/e2e/browser';
import { configure, createBoardThroughUi, createInvite, goTo, joinThroughUi, CONNECTED_TO_ONE } from '../test/e2e/flows';
import { startServer, type UbtServer } from '../src/server/server';

export interface TwoCoLeads {
  server: UbtServer;
  a: ExtensionBrowser;
  b: ExtensionBrowser;
  pageA: Page;
  pageB: Page;
  close(): Promise<void>;
}

/** Two co-leads in two Chromium processes on one shared board, both on its project page. */
export const twoCoLeadsOnAProject = async (): Promise<TwoCoLeads> => {
  const server = await startServer({ port: 0 });
  const a = await launchExtension();
  const b = await launchExtension();
  await configure(a, { name: 'Ana', role: 'manager-co-lead', signalling: server.url });
  await configure(b, { name: 'Ben', role: 'union-co-lead', signalling: server.url });
  const pageA = await a.page('board.html');
  await createBoardThroughUi(pageA, { team: 'Bench team', me: 'Ana' });
  await goTo(pageA, 'Projects');
  await pageA.getByLabel('New project title').fill('Bench project');
  await pageA.getByRole('button', { name: 'Start project' }).click();
  const invite = await createInvite(pageA);
  const pageB = await b.page('board.html');
  await joinThroughUi(pageB, invite);
  await pageB.locator('.presence .status-pill', { hasText: CONNECTED_TO_ONE }).waitFor({ timeout: 30_000 });
  await goTo(pageB, 'Projects');
  await pageB.getByRole('link', { name: 'Bench project' }).click();
  return {
    server,
    a,
    b,
    pageA,
    pageB,
    close: async () => {
      await a.dispose();
      await b.dispose();
      await server.close();
    },
  };
};
