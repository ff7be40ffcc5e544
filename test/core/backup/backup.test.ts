import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addIdea,
  addProject,
  editText,
  exportBackup,
  initBoard,
  isEmptyBoard,
  readBackup,
  readBoard,
  restoreBackup,
  SCHEMA_VERSION,
  type Backup,
} from '../../../src/core';
import { newBoard, stateOf, testContext } from '../helpers';
import { prng, randomStep } from '../randomOps';

const BOARDS = Number(process.env.BACKUP_ROUND_TRIPS ?? 120);

const randomBoard = (seed: number): Y.Doc => {
  const { doc, ctx } = newBoard(testContext(`s${seed}-`));
  const rand = prng(seed);
  const steps = 20 + Math.floor(rand() * 80);
  for (let i = 0; i < steps; i++) randomStep(doc, ctx, rand);
  return doc;
};

const restore = (text: string, boardId = 'board-1'): Y.Doc => {
  const read = readBackup(text);
  if (!read.ok) throw new Error(read.error);
  const doc = new Y.Doc();
  restoreBackup(doc, { boardId, backup: read.backup }, testContext('r'));
  return doc;
};

const content = (doc: Y.Doc) => {
  const { boardId: _id, ...rest } = readBoard(doc);
  return rest;
};

describe('backup round trip', () => {
  it(`gives back the same board for ${BOARDS} seeded random boards (content and order)`, () => {
    for (let seed = 1; seed <= BOARDS; seed++) {
      const original = randomBoard(seed);
      const { backup, skipped } = exportBackup(original);
      expect(skipped, `seed ${seed}`).toBe(0);
      const text = JSON.stringify(backup);
      const restored = restore(text);
      expect(content(restored), `seed ${seed}`).toEqual(content(original));
      expect(JSON.stringify(exportBackup(restored, new Date(backup.exportedAt)).backup), `seed ${seed}`).toBe(text);
    }
  });

  it('restores into an empty board, and refuses a board with content without touching it', () => {
    const source = randomBoard(7);
    const text = JSON.stringify(exportBackup(source).backup);
    const { doc: empty, ctx } = newBoard();
    expect(isEmptyBoard(empty)).toBe(true);
    restoreBackup(empty, { boardId: 'board-1', backup: JSON.parse(text) as Backup }, ctx);
    expect(content(empty)).toEqual(content(source));

    const { doc: busy, ctx: busyCtx } = newBoard();
    addProject(busy, { title: 'Already here' }, busyCtx);
    const before = stateOf(busy);
    expect(() => restoreBackup(busy, { boardId: 'board-1', backup: JSON.parse(text) as Backup }, busyCtx)).toThrow(/already has content/);
    expect(stateOf(busy)).toBe(before);
  });
});

describe('bad backups are refused with their own message', () => {
  const good = () => {
    const { doc, ctx } = newBoard();
    addIdea(doc, { text: 'Label the linen carts' }, ctx);
    addProject(doc, { title: 'Timely discharge' }, ctx);
    return exportBackup(doc).backup;
  };
  // biome-ignore lint/suspicious/noExplicitAny: the test writes fields of any shape into a backup on purpose
  const mutate = (change: (b: Record<string, any>) => void) => {
    const backup = JSON.parse(JSON.stringify(good()));
    change(backup);
    return JSON.stringify(backup);
  };
  const CASES: [string, string, RegExp][] = [
    ['not JSON', '{"format": "ubt-board-backup", ', /not valid JSON/],
    ['not a backup', JSON.stringify({ hello: 'world' }), /has no "format": "ubt-board-backup"/],
    ['a newer version', mutate((b) => (b.version = 99)), /format version 99; this UBT Board reads versions 1 to 2\. Update the extension/],
    ['an older, unknown version', mutate((b) => (b.version = 0)), /format version 0/],
    ['a missing field', mutate((b) => delete b.board.projects[0].title), /board\.projects\[0\]\.title is missing/],
    ['a missing team', mutate((b) => delete b.board.team), /board\.team is missing/],
    ['a wrong type', mutate((b) => (b.board.projects[0].title = 42)), /board\.projects\[0\]\.title should be text/],
    ['a wrong enum', mutate((b) => (b.board.projects[0].status = 'finished')), /board\.projects\[0\]\.status/],
    [
      'a __proto__ key',
      mutate((b) => (b.board.ideas[0] = JSON.parse('{"__proto__": {"polluted": true}}'))),
      /board\.ideas\[0\] has a key named "__proto__", which is not allowed/,
    ],
    [
      'a team name over 200 characters (the board could not be registered under it)',
      mutate((b) => (b.board.team.name = 'W'.repeat(201))),
      /board\.team\.name is longer than 200 characters, which a team name can hold/,
    ],
    ['a constructor key', mutate((b) => (b.board.team.constructor = { prototype: {} })), /board\.team has a key named "constructor"/],
    ['an entity whose id is "constructor"', mutate((b) => (b.board.ideas[0].id = 'constructor')), /board\.ideas\[0\]\.id is not a valid id/],
    [
      'a charter agreement keyed "constructor" (every section would read as agreed)',
      mutate((b) => (b.board.charter[0].agreed = { constructor: true })),
      /board\.charter\[0\]\.agreed has a key named "constructor"/,
    ],
    ['duplicate ids', mutate((b) => b.board.ideas.push({ ...b.board.ideas[0] })), /board\.ideas\[1\] has the id ".+", already used by board\.ideas\[0\]/],
    ['a board from a newer app', mutate((b) => (b.board.schemaVersion = SCHEMA_VERSION + 1)), /board\.schemaVersion is from a newer UBT Board/],
  ];
  it.each(CASES)('%s', (_name, text, message) => {
    const result = readBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    // Nothing is written: the caller only restores after a successful read.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = `{"format":"ubt-board-backup","version":2,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = readBackup(huge);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^This file is 50 MB; a UBT Board backup is at most 20 MB/) });
  });
});

describe('older backup formats', () => {
  it('migrates a version 1 backup (collections by id, flags as lists)', () => {
    const v1 = {
      format: 'ubt-board-backup',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      board: {
        schemaVersion: 1,
        team: { name: 'Oncology 2', department: 'Nursing' },
        people: { ana: { name: 'Ana', role: 'manager-co-lead' } },
        ideas: { i1: { text: 'Warm blankets', state: 'new', votes: ['ana'], createdAt: 5 } },
        projects: {
          p2: { title: 'Second', order: 'a1', compass: ['service'], measureIds: [] },
          p1: { title: 'First', order: 'a0', compass: ['quality', 'workplace'], measureIds: ['m1'] },
        },
        measures: { m1: { name: 'Falls', better: 'down' } },
        points: { x: { measureId: 'm1', date: '2025-05-01', value: 3 } },
      },
    };
    const read = readBackup(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    const doc = new Y.Doc();
    restoreBackup(doc, { boardId: 'b', backup: read.backup }, testContext());
    const board = readBoard(doc);
    expect(board.team.name).toBe('Oncology 2');
    expect(board.projects.map((p) => [p.title, p.compass])).toEqual([
      ['First', { quality: true, workplace: true }],
      ['Second', { service: true }],
    ]);
    expect(board.ideas[0]).toMatchObject({ text: 'Warm blankets', votes: { ana: true } });
    expect(board.points[0]).toMatchObject({ value: 3, numerator: null });
    expect(board.needsAttention).toEqual([]);
  });

  it('stamps when an entity last changed, for "changed since" reports', () => {
    const doc = new Y.Doc();
    let t = Date.UTC(2026, 0, 1);
    const ctx = { origin: {}, newId: () => 'p1', now: () => t };
    initBoard(doc, { boardId: 'b', team: { name: 'T' } }, ctx);
    addProject(doc, { title: 'P' }, ctx);
    expect(readBoard(doc).projects[0]?.updatedAt).toBeUndefined();
    t += 3_600_000;
    editText(doc, { kind: 'projects', id: 'p1', field: 'problem', value: 'x' }, ctx);
    expect(readBoard(doc).projects[0]?.updatedAt).toBe(t);
  });
});
