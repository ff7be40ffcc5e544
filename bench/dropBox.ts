import { chromium } from 'playwright-core';
import type WebSocket from 'ws';
import { startServer } from '../src/server/server';
import { CHROMIUM, launchExtension } from '../test/e2e/browser';
import { configure, createBoardThroughUi, goTo } from '../test/e2e/flows';
import { quantile } from './browserData';
import { printLine } from './report';
import { rawClient } from './relay';

/**
 * `drop-box`: an idea sent from the phone page (`/add`, a plain browser, no extension) until it is on an
 * online co-lead's Ideas screen: sealed in the phone's browser, dropped into the inbox, fanned out to the
 * co-lead's engine, opened, applied as a capture, and drawn. p95 over `runs` ideas. Baseline: a plain relay
 * push of the same size between two bare clients, in the same run (what the relay alone costs).
 */
export const dropBox = async (runs: number): Promise<void> => {
  const server = await startServer({ port: 0 });
  const lead = await launchExtension();
  const phoneBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await configure(lead, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: '', relays: server.relayUrl });
    const board = await lead.page('board.html');
    await createBoardThroughUi(board, { team: 'Bench 4 West', me: 'Ana Ruiz' });
    await board.getByRole('button', { name: 'Share' }).click();
    await board.getByRole('button', { name: 'Create the invites' }).click();
    const input = board.getByLabel('Drop-box link (the poster)', { exact: true });
    await input.waitFor();
    const link = await input.inputValue();
    await board.getByRole('button', { name: 'Close' }).click();
    await goTo(board, 'Ideas');
    const phone = await (await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(link);
    const text = phone.getByLabel('Your idea');
    const send = phone.getByRole('button', { name: 'Send to the team' });
    // The engine opens the inbox once the board is on the relay: wait for the first idea to go through.
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const idea = `Idea ${i} from the break room: restock the 4 West linen cart before 07:00 (about 2,400 changes a month)`;
      await text.fill(idea);
      const start = performance.now();
      await send.click();
      await board.locator('li.idea').filter({ hasText: idea }).waitFor({ timeout: 120_000 });
      if (i > 0) times.push(performance.now() - start);
      await phone.getByText('Sent to your team’s inbox.', { exact: false }).waitFor();
    }
    // The same size through the relay alone: a sealed idea is about 400 bytes.
    const token = Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url');
    const arrivals: number[] = [];
    const receiver = await rawClient(server.relayUrl, 'bench-drop', token, () => arrivals.push(performance.now()));
    const pusher = await rawClient(server.relayUrl, 'bench-drop', token, () => {});
    const baseline: number[] = [];
    for (let i = 0; i < Math.max(runs, 5); i++) {
      const start = performance.now();
      const before = arrivals.length;
      pusher.send(JSON.stringify({ type: 'push', id: `p${i}`, data: Buffer.alloc(400, i).toString('base64') }));
      while (arrivals.length === before) await new Promise((r) => setTimeout(r, 1));
      baseline.push(arrivals[arrivals.length - 1]! - start);
    }
    for (const ws of [receiver, pusher] as WebSocket[]) ws.close();
    printLine('drop-box', 'phone-to-co-lead-screen-p95', quantile(times, 0.95), quantile(baseline, 0.95));
  } finally {
    await phoneBrowser.close();
    await lead.dispose();
    await server.close();
  }
};
