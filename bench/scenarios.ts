import type { YearsSizes } from './boardAfterYears';

/**
 * Every scenario `npm run bench` prints, and its sizes. `npm run bench` runs the full sizes; the suite runs
 * each scenario once at the quick sizes (`bench/run.ts --quick`, from test/e2e/bench.e2e.ts), so a scenario
 * that no longer runs fails `npm test`. The quick run's figures mean nothing and nothing asserts them.
 */
export const SCENARIOS = [
  'chart-analysis',
  'export-report',
  'open-large-board',
  'keystroke-large-board',
  'edit-to-peer',
  'join-large-board',
  'relay-catch-up',
  'relay-fanout',
  'relay-load',
  'drop-box',
  'relay-abuse',
  'board-after-years',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface AbuseSizes {
  /** Honest rooms of three clients each, and how long they push (once every 10 ms, round robin). */
  honestRooms: number;
  seconds: number;
  /** Connections opened at once that never say hello. */
  silent: number;
  /** Write connections, each making its own junk room and pushing 256 KiB entries as fast as it may. */
  junkRooms: number;
  /** A large legitimate room (MiB) and the readers that catch up on it at once. */
  bigRoomMiB: number;
  readers: number;
  /** Honest signalling subscribers of one room, and the publishes one connection floods it with. */
  subscribers: number;
  publishes: number;
}

export const ABUSE_FULL: AbuseSizes = {
  honestRooms: 20,
  seconds: 12,
  silent: 300,
  junkRooms: 200,
  bigRoomMiB: 64,
  readers: 8,
  subscribers: 20,
  publishes: 1000,
};
export const ABUSE_QUICK: AbuseSizes = { honestRooms: 2, seconds: 1, silent: 10, junkRooms: 3, bigRoomMiB: 2, readers: 2, subscribers: 3, publishes: 50 };

export interface BenchSizes {
  chartRuns: number;
  exportRuns: number;
  board: { projects: number; cyclesPerProject: number; measures: number; points: number; ideas: number };
  openRuns: number;
  keys: number;
  edits: number;
  joinRuns: number;
  catchUpRuns: number;
  fanoutPushes: number;
  load: { rooms: number; perRoom: number; rounds: number };
  dropRuns: number;
  abuse: AbuseSizes;
  years: YearsSizes;
}

export const FULL: BenchSizes = {
  chartRuns: 41,
  exportRuns: 7,
  board: { projects: 30, cyclesPerProject: 10, measures: 40, points: 150, ideas: 1500 },
  openRuns: 5,
  keys: 200,
  edits: 200,
  joinRuns: 3,
  catchUpRuns: 3,
  fanoutPushes: 400,
  load: { rooms: 2000, perRoom: 3, rounds: 3 },
  dropRuns: 30,
  abuse: ABUSE_FULL,
  years: { years: 3, weeksPerYear: 52, ideasPerWeek: 20, measures: 10, projectsPerQuarter: 5, proseEditsPerWeek: 30, openRuns: 5 },
};

export const QUICK: BenchSizes = {
  chartRuns: 1,
  exportRuns: 1,
  board: { projects: 2, cyclesPerProject: 2, measures: 2, points: 12, ideas: 20 },
  openRuns: 1,
  keys: 5,
  edits: 5,
  joinRuns: 1,
  catchUpRuns: 1,
  fanoutPushes: 10,
  load: { rooms: 10, perRoom: 3, rounds: 1 },
  dropRuns: 2,
  abuse: ABUSE_QUICK,
  years: { years: 2, weeksPerYear: 3, ideasPerWeek: 2, measures: 2, projectsPerQuarter: 1, proseEditsPerWeek: 2, openRuns: 1 },
};

/** The scenario a printed line belongs to: `relay-load-2000x3` is `relay-load`. */
export const scenarioOf = (printed: string): Scenario | undefined =>
  SCENARIOS.find((s) => printed === s || (s === 'relay-load' && printed.startsWith('relay-load-')));
