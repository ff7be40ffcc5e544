// `npm run bench`: one JSON object per line, {"scenario", "metric", "value", "unit", "baseline", "ratio"}.
// `--quick`: every scenario once, at small sizes (the suite runs this; see bench/scenarios.ts).
import * as Y from 'yjs';
import * as core from '../src/core';
import { launchExtension } from '../test/e2e/browser';
import { boardListUpdate, seedIndexedDb } from './browserData';
import { buildLargeBoard } from './largeBoard';
import { openLargeBoard } from './openLargeBoard';
import { keystrokeLargeBoard } from './keystroke';
import { editToPeer } from './editToPeer';
import { twoCoLeadsOnAProject } from './twoCoLeads';
import { chartAnalysis } from './chartAnalysis';
import { exportReport } from './exportReport';
import { joinLargeBoard } from './joinLargeBoard';
import { relayCatchUp, relayFanout, relayLoad } from './relay';
import { dropBox } from './dropBox';
import { relayAbuse } from './abuse';
import { printed } from './report';
import { FULL, QUICK, SCENARIOS, scenarioOf } from './scenarios';
import { boardAfterYears, openYearBoards, yearBoardIds } from './boardAfterYears';

const sizes = process.argv.includes('--quick') ? QUICK : FULL;
const firstProjectId = (doc: Y.Doc): string => core.readBoard(doc).projects[0]!.id;

chartAnalysis(sizes.chartRuns);
const yearBoards = await boardAfterYears(sizes.years);

const large = buildLargeBoard('large-board', sizes.board);
exportReport(large, sizes.exportRuns);
const small = buildLargeBoard('small-board', { projects: 1, cyclesPerProject: 1, measures: 0, points: 0, ideas: 0 });

const browser = await launchExtension();
try {
  const page = await browser.page('board.html');
  await seedIndexedDb(page, 'ubt-board-large-board', Y.encodeStateAsUpdate(large));
  await seedIndexedDb(page, 'ubt-board-small-board', Y.encodeStateAsUpdate(small));
  for (const { year, update, fresh } of yearBoards) {
    await seedIndexedDb(page, `ubt-board-${yearBoardIds(year).history}`, update);
    await seedIndexedDb(page, `ubt-board-${yearBoardIds(year).fresh}`, fresh);
  }
  await seedIndexedDb(
    page,
    'ubt-library',
    boardListUpdate([
      { id: 'large-board', name: 'Large Board Team' },
      { id: 'small-board', name: 'Small' },
      ...yearBoards.flatMap(({ year }) => [
        { id: yearBoardIds(year).history, name: `After ${year} years` },
        { id: yearBoardIds(year).fresh, name: `After ${year} years, fresh copy` },
      ]),
    ]),
  );
  await page.close();
  await openLargeBoard(browser, 'large-board', large, sizes.openRuns);
  await openYearBoards(browser, yearBoards, sizes.openRuns);
  await keystrokeLargeBoard(
    browser,
    { boardId: 'large-board', projectId: firstProjectId(large) },
    { boardId: 'small-board', projectId: firstProjectId(small) },
    sizes.keys,
  );
} finally {
  await browser.dispose();
}

const coLeads = await twoCoLeadsOnAProject();
try {
  await editToPeer(coLeads, sizes.edits);
} finally {
  await coLeads.close();
}

await joinLargeBoard(large, sizes.joinRuns);
await relayCatchUp(large, sizes.catchUpRuns);
await relayFanout(sizes.fanoutPushes);
await relayLoad(sizes.load.rooms, sizes.load.perRoom, sizes.load.rounds);
await dropBox(sizes.dropRuns);
await relayAbuse(sizes.abuse);

// A scenario that printed nothing did not run: say which, and fail.
const ran = new Set(printed.map((line) => scenarioOf(line.scenario)));
const missing = SCENARIOS.filter((s) => !ran.has(s));
if (missing.length) {
  console.error(`These bench scenarios printed nothing: ${missing.join(', ')}.`);
  process.exit(1);
}
process.exit(0);
