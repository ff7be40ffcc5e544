import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportBackup, localDay } from '../../src/core';
import { browsersPerTest } from './browser';
import { goTo, restoreThroughUi } from './flows';
import { buildBoardAfterMeeting } from '../fixtures/boards';

const OUT = resolve('test-results/report-contents');
mkdirSync(OUT, { recursive: true });
const browsers = browsersPerTest(afterEach);

describe('the report a sponsor reads', () => {
  it('prints the out-of-scope reason and routing, the meeting’s minutes and the overdue action; the Markdown has the three questions and the goal', {
    timeout: 90_000,
  }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await restoreThroughUi(page, JSON.stringify(exportBackup(buildBoardAfterMeeting(localDay()).doc).backup), 'ed-triage');
    await goTo(page, 'Report');

    // The printable report, as it opens in its own tab.
    const opened = browser.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open printable report' }).click();
    const print = await opened;
    await print.getByRole('heading', { name: 'ED Triage: improvement report' }).waitFor();
    const ideas = print.locator('li', { hasText: 'Greeter nurse at the front door' }).first();
    expect(await ideas.textContent()).toMatch(/· 1 vote · Scope of practice; routed to Nurse practice council$/);
    const meetings = print.getByRole('heading', { name: 'Team meetings (1)' });
    await meetings.waitFor();
    const meeting = print.locator('.meeting').first();
    expect(await meeting.textContent()).toContain('Out of scope (scope of practice); routed to Nurse practice council.');
    expect(await print.locator('tr', { hasText: 'Order a second triage chair' }).last().textContent()).toContain('Overdue');
    expect(await print.locator('figcaption').first().textContent()).toContain('goal 120 minutes');
    await print.screenshot({ path: `${OUT}/report-1280.png`, fullPage: true });
    await print
      .locator('section.project')
      .last()
      .screenshot({ path: `${OUT}/report-ideas-meetings-actions-1280.png` });
    await print.setViewportSize({ width: 400, height: 900 });
    await print.screenshot({ path: `${OUT}/report-400.png`, fullPage: true });

    // The Markdown: the three questions, the measure's goal, and no backslashes in ordinary words.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const file = resolve(OUT, 'report.md');
    await (await download).saveAs(file);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('| What change can we make that will result in improvement? | Split-flow triage in the morning surge |');
    expect(md).toContain('### Measure: Door-to-triage time (run chart, 16 points, goal 120 minutes)');
    expect(md).toContain('- Greeter nurse at the front door during the morning surge · 1 vote (Scope of practice; routed to Nurse practice council)');
    expect(md).toContain('## Team meetings (1)');
    expect(md).toMatch(/Order a second triage chair \| Ben Okafor \| .* \(overdue\)/);
    expect(md).not.toMatch(/\\[-.()!]/);
  });
});
