import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as core from '../src/core';
import { keepCopies, listCopies } from '../src/sync/autoBackup';
import { median } from './browserData';
import { printLine } from './report';
import type { ExtensionBrowser } from '../test/e2e/browser';

/** How busy the team is, and for how long; the full bench replays three years. */
export interface YearsSizes {
  years: number;
  weeksPerYear: number;
  ideasPerWeek: number;
  measures: number;
  projectsPerQuarter: number;
  proseEditsPerWeek: number;
  openRuns: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1, 14);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const IDEAS = [
  'Los carros de limpieza no caben en el ascensor de servicio entre las 7 y las 9 de la mañana',
  'Patients wait for transport after the discharge order is written, so beds stay blocked for hours',
  'Put a second scale on the west hall so weights are not missed at the 06:00 round',
  'Huddle board markers are always dry; keep a box at the nurses’ station',
  'Pharmacy calls back about the same missing field on every admission order',
];
const PROSE = [
  'Every walk-in seen by a triage nurse within 10 minutes, measured weekly, by the end of the quarter.',
  'Door-to-triage minutes, weekly, from the tracking board; checked at every team meeting.',
  'Split-flow triage in the morning surge, staffed by the float nurse between 07:00 and 11:00.',
  'Reducir a la mitad el tiempo de limpieza de las habitaciones de aislamiento antes del verano.',
];

/**
 * Three years of a busy team, written through the public operations a week at a time: a meeting every
 * week (agenda, decisions, actions), 20 ideas a week (most triaged, some deleted), 5 projects a quarter
 * each with a ramp of cycles, 10 measures with a point every day, and a steady rate of prose edits.
 * `onYear` sees the board at the end of each year.
 */
export const replayYears = (sizes: YearsSizes, onYear: (year: number, doc: Y.Doc) => void): void => {
  const doc = new Y.Doc();
  let n = 0;
  let now = START;
  const ctx: core.OpContext = { origin: {}, newId: () => `y${(++n).toString(36)}`, now: () => (now += 1000) };
  core.initBoard(
    doc,
    { boardId: 'years', team: { name: 'Med-Surg 4 West', department: 'Nursing', facility: 'Oakland Medical Center', region: 'Northern California' } },
    ctx,
  );
  for (const [name, role] of [
    ['Ana Ruiz', 'manager-co-lead'],
    ['Ben Okafor', 'union-co-lead'],
    ['Dr. Chen', 'physician-co-lead'],
  ] as const)
    core.addPerson(doc, { name, role }, ctx);
  const measures = Array.from({ length: sizes.measures }, (_, m) =>
    core.addMeasure(doc, { name: `Measure ${m + 1}`, type: core.MEASURE_TYPES[m % 3]!, unit: 'min', better: 'down', goal: 120 }, ctx),
  );
  const projects: string[] = [];
  const cycles: string[] = [];
  const lastCycle = new Map<string, string>();
  let idea = 0;
  for (let week = 0; week < sizes.years * sizes.weeksPerYear; week++) {
    const monday = START + week * 7 * DAY;
    now = monday;
    // A point a day on every measure.
    for (let d = 0; d < 7; d++)
      for (const [m, measureId] of measures.entries())
        core.addDataPoint(doc, { measureId, date: isoDay(monday + d * DAY), value: 100 + (((week * 7 + d) * 37 + m * 11) % 90) }, ctx);
    // Ideas: most triaged within the week, one in ten deleted.
    for (let i = 0; i < sizes.ideasPerWeek; i++, idea++) {
      const id = core.addIdea(doc, { text: `${IDEAS[idea % IDEAS.length]} (${idea + 1})`, author: `Staff ${idea % 40}` }, ctx);
      if (idea % 10 === 0) core.deleteEntity(doc, { kind: 'ideas', id }, ctx);
      else if (idea % 10 < 8) core.triageIdea(doc, { ideaId: id, state: idea % 3 ? 'parked' : 'accepted' }, ctx);
      if (idea % 4 === 0 && idea % 10 !== 0) core.setVote(doc, { ideaId: id, voterId: `v${idea % 9}`, vote: true }, ctx);
    }
    // Five projects a quarter; each gets a new test of change every four weeks, up to three, decided in Act.
    if (week % 13 === 0) {
      // Last quarter's projects close their ramp: each one's last test decided.
      for (const [projectId, cycleId] of lastCycle) {
        core.updateCycle(doc, { id: cycleId, actDecision: 'adopt' }, ctx);
        lastCycle.delete(projectId);
      }
    }
    if (week % 13 === 0)
      for (let p = 0; p < sizes.projectsPerQuarter; p++)
        projects.push(core.addProject(doc, { title: `Project ${projects.length + 1}: timely discharge` }, ctx));
    if (week % 4 === 0)
      for (const projectId of projects.slice(-sizes.projectsPerQuarter)) {
        const cycleId = core.addCycle(doc, { projectId, title: `Cycle ${cycles.length + 1}` }, ctx);
        core.updateCycle(doc, { id: cycleId, startDate: isoDay(monday), endDate: isoDay(monday + 14 * DAY) }, ctx);
        // The project's previous test is decided in Act before the next starts, as the ramp asks.
        const previous = lastCycle.get(projectId);
        if (previous) core.updateCycle(doc, { id: previous, actDecision: core.ACT_DECISIONS[cycles.length % 3]! }, ctx);
        lastCycle.set(projectId, cycleId);
        cycles.push(cycleId);
      }
    // Prose rewritten through the week: a project's aim and problem, a cycle's plan and study.
    for (let e = 0; e < sizes.proseEditsPerWeek && projects.length; e++) {
      const value = `${PROSE[(week + e) % PROSE.length]} Revised in week ${week + 1}.`;
      if (e % 2 && cycles.length)
        core.editText(doc, { kind: 'cycles', id: cycles[(week + e) % cycles.length]!, field: e % 4 === 1 ? 'planWhat' : 'studyResults', value }, ctx);
      else core.editText(doc, { kind: 'projects', id: projects[(week * 3 + e) % projects.length]!, field: e % 4 ? 'problem' : 'q1Accomplish', value }, ctx);
    }
    // The weekly meeting: its agenda, a decision on every idea left to triage, two actions, and last week's closed.
    now = monday + 4 * DAY + 15 * 3_600_000;
    const meetingId = core.startMeeting(doc, { today: isoDay(now), startedBy: 'Ana Ruiz' }, ctx);
    const board = core.readBoard(doc);
    for (const item of board.agenda.filter((a) => a.meetingId === meetingId && a.source === 'idea'))
      core.decideOnAgendaItem(doc, { meetingId, agendaItemId: item.id, by: 'Ana Ruiz', choice: { kind: 'park' } }, ctx);
    for (const action of board.actions.filter((a) => !a.done).slice(0, 2)) core.updateAction(doc, { id: action.id, done: true }, ctx);
    for (let a = 0; a < 2; a++)
      core.addAction(doc, { text: `Follow up ${week + 1}.${a + 1}`, owner: 'Ben Okafor', due: isoDay(now + 7 * DAY), meetingId }, ctx);
    core.endMeeting(doc, { meetingId }, ctx);
    if ((week + 1) % sizes.weeksPerYear === 0) onYear((week + 1) / sizes.weeksPerYear, doc);
  }
};

/** The same live content in a document with no history: what a board holding only today's content costs. */
export const freshCopyOf = (doc: Y.Doc): Y.Doc => {
  const fresh = new Y.Doc();
  const { backup } = core.exportBackup(doc);
  core.restoreBackup(fresh, { boardId: 'years-fresh', backup }, { origin: {}, newId: () => core.randomId(), now: () => Date.now() });
  return fresh;
};

/** Opening: decode the stored state and read the whole board, as the board page does before its first view. */
const openTime = (update: Uint8Array, runs: number): number =>
  median(
    // One run more than asked, the first only warming up the code paths.
    Array.from({ length: runs + 1 }, () => {
      const start = performance.now();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      core.readBoard(doc);
      const took = performance.now() - start;
      doc.destroy();
      return took;
    }).slice(1),
  );

/** What the browser stores for a board: y-indexeddb's updates, plus the week of copies the engine keeps. */
const storedBytes = async (name: string, update: Uint8Array): Promise<number> => {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  Y.applyUpdate(doc, update);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const stored: Uint8Array[] = await new Promise((resolve, reject) => {
    const request = (persistence.db as IDBDatabase).transaction('updates').objectStore('updates').getAll();
    request.onsuccess = () => resolve(request.result as Uint8Array[]);
    request.onerror = () => reject(request.error);
  });
  for (let d = 0; d < 8; d++) await keepCopies(name, doc, START + d * DAY);
  const copies = await listCopies(name);
  await persistence.destroy();
  doc.destroy();
  return stored.reduce((sum, u) => sum + u.byteLength, 0) + copies.reduce((sum, c) => sum + c.update.byteLength, 0);
};

/** The board at the end of one year of the replay, and the same live content with no history. */
export interface YearBoard {
  readonly year: number;
  readonly update: Uint8Array;
  readonly fresh: Uint8Array;
}

/**
 * `board-after-years`, outside the browser: each year's board against the same live content in a document
 * with no history (the baseline): its size, what the browser stores (y-indexeddb plus the kept copies, in
 * fake-indexeddb), and decoding and reading it. A ratio that grows year on year means the cost follows
 * history, not content. The page's own figures (time to open, JS heap) come from `openYearBoards`.
 */
export const boardAfterYears = async (sizes: YearsSizes): Promise<YearBoard[]> => {
  const years: YearBoard[] = [];
  replayYears(sizes, (year, doc) => years.push({ year, update: Y.encodeStateAsUpdate(doc), fresh: Y.encodeStateAsUpdate(freshCopyOf(doc)) }));
  for (const { year, update, fresh } of years) {
    const label = `${year}y`;
    printLine('board-after-years', `ydoc-bytes-${label}`, update.byteLength, fresh.byteLength, 'bytes');
    printLine(
      'board-after-years',
      `indexeddb-bytes-${label}`,
      await storedBytes(`years-${label}`, update),
      await storedBytes(`fresh-${label}`, fresh),
      'bytes',
    );
    printLine('board-after-years', `decode-and-read-${label}`, openTime(update, sizes.openRuns), openTime(fresh, sizes.openRuns));
  }
  return years;
};

/** The board ids the year boards are seeded under in the browser. */
export const yearBoardIds = (year: number) => ({ history: `years-${year}y`, fresh: `fresh-${year}y` });

/**
 * `board-after-years`, in the board page: from navigation to interactive (the page's own mark), and the
 * page's JS heap once open (after a forced collection, from the DevTools protocol), for each year's board
 * and, as the baseline, its fresh copy. The boards must already be in the browser's IndexedDB.
 */
export const openYearBoards = async (browser: ExtensionBrowser, years: readonly YearBoard[], runs: number): Promise<void> => {
  const open = async (boardId: string) => {
    const page = await browser.page(`board.html#/b/${boardId}/projects`);
    await page.waitForFunction(() => performance.getEntriesByName('ubt:board-interactive').length > 0, undefined, { timeout: 120_000 });
    const time = await page.evaluate(() => performance.getEntriesByName('ubt:board-interactive')[0]!.startTime);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await page.close();
    return { time, heap: metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN };
  };
  for (const { year } of years) {
    const ids = yearBoardIds(year);
    const history: { time: number; heap: number }[] = [];
    const fresh: { time: number; heap: number }[] = [];
    for (let i = 0; i < runs; i++) {
      history.push(await open(ids.history));
      fresh.push(await open(ids.fresh));
    }
    printLine('board-after-years', `time-to-open-${year}y`, median(history.map((r) => r.time)), median(fresh.map((r) => r.time)));
    printLine('board-after-years', `page-memory-${year}y`, median(history.map((r) => r.heap)), median(fresh.map((r) => r.heap)), 'bytes');
  }
};
