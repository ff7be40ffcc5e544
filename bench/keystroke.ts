import type { ExtensionBrowser } from '../test/e2e/browser';
import { quantile } from './browserData';
import { printLine } from './report';

/** Keypress → next paint, measured inside the page: keydown (capture) to the task after the next frame. */
const keystrokeLatencies = async (browser: ExtensionBrowser, boardId: string, projectId: string, keys: number): Promise<number[]> => {
  const page = await browser.page(`board.html#/b/${boardId}/projects/${projectId}`);
  const field = page.getByLabel('Objective of this cycle');
  await field.waitFor({ timeout: 60_000 });
  await field.click();
  await field.press('End');
  await page.evaluate(() => {
    const samples: number[] = [];
    (globalThis as unknown as { __samples: number[] }).__samples = samples;
    const channel = new MessageChannel();
    let start = 0;
    channel.port1.onmessage = () => samples.push(performance.now() - start);
    addEventListener(
      'keydown',
      () => {
        start = performance.now();
        // rAF runs just before the frame is painted; the message after it runs once the frame is out.
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      true,
    );
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 10 === 9 ? 'Space' : 'a');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => (globalThis as unknown as { __samples: number[] }).__samples);
  await page.close();
  return samples;
};

/** `keystroke-large-board`: p95 keypress-to-paint in a PDSA field of the large board, against an almost empty one. */
export const keystrokeLargeBoard = async (
  browser: ExtensionBrowser,
  large: { boardId: string; projectId: string },
  small: { boardId: string; projectId: string },
  keys = 200,
): Promise<void> => {
  const value = quantile(await keystrokeLatencies(browser, large.boardId, large.projectId, keys), 0.95);
  const baseline = quantile(await keystrokeLatencies(browser, small.boardId, small.projectId, keys), 0.95);
  printLine('keystroke-large-board', 'p95-keypress-to-paint', value, baseline);
};
