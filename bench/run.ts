// `npm run bench`: one JSON object per line, {"scenario", "metric", "value", "unit", "baseline", "ratio"}.
import * as Y from 'yjs';
import * as core from '../src/core';
import { launchExtension } from '../test/e2e/browser';
import { libraryUpdate, seedIndexedDb } from './browserData';
import { buildLargeBoard } from './largeBoard';
import { openLargeBoard } from './openLargeBoard';
import { keystrokeLargeBoard } from './keystroke';
import { editToPeer } from './editToPeer';
import { twoCoLeadsOnAProject } from './twoCoLeads';
import { chartAnalysis } from './chartAnalysis';
import { exportReport } from './exportReport';
import { joinLargeBoard } from './joinLargeBoard';
import { relayCatchUp, relayFanout, relayLoad } from './relay';

const firstProjectId = (doc: Y.Doc): string => core.readBoard(doc).projects[0]!.id;

chartAnalysis();

const large = buildLargeBoard('large-board');
exportReport(large);
const small = buildLargeBoard('small-board', { projects: 1, cyclesPerProject: 1, measures: 0, points: 0, ideas: 0 });

const browser = await launchExtension();
try {
  const page = await browser.page('board.html');
  await seedIndexedDb(page, 'ubt-board-large-board', Y.encodeStateAsUpdate(large));
  await seedIndexedDb(page, 'ubt-board-small-board', Y.encodeStateAsUpdate(small));
  await seedIndexedDb(
    page,
    'ubt-library',
    libraryUpdate([
      { id: 'large-board', name: 'Large Board Team' },
      { id: 'small-board', name: 'Small' },
    ]),
  );
  await page.close();
  await openLargeBoard(browser, 'large-board', large);
  await keystrokeLargeBoard(
    browser,
    { boardId: 'large-board', projectId: firstProjectId(large) },
    { boardId: 'small-board', projectId: firstProjectId(small) },
  );
} finally {
  await browser.dispose();
}

const coLeads = await twoCoLeadsOnAProject();
try {
  await editToPeer(coLeads);
} finally {
  await coLeads.close();
}

await joinLargeBoard(large);
await relayCatchUp(large);
await relayFanout();
await relayLoad();
process.exit(0);
