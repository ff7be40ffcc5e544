import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { collection, readBoard, type OpContext } from '../../src/core';
import { DELETABLE, prng, randomStep } from './randomOps';

/**
 * In the style of Yjs's own tests (tests/testHelper.js): N in-memory peers with fixed client ids apply
 * seeded random operations through the public operation API while a lossy network delivers their updates
 * late, twice and out of order. Once everything is delivered, every peer must hold the same state, every
 * entity must pass its schema, the board's invariants must hold on the read side, and nothing anyone
 * created may be lost: every entity ever made is still there, and a deleted one comes back, with what was
 * edited concurrently with its deletion, when restored.
 */
const SEEDS = Number(process.env.CONVERGENCE_SEEDS ?? 200);
const PEERS = 4;
const OPS_PER_PEER = 60;

interface Peer {
  doc: Y.Doc;
  ctx: OpContext;
  inbox: Uint8Array[];
  ops: number;
}

/** Raw counts, before the read side enforces anything: how often concurrency broke an invariant. */
const rawViolations = (doc: Y.Doc) => {
  const live = (kind: (typeof DELETABLE)[number]) => [...collection(doc, kind).values()].filter((e) => e.get('deleted') !== true);
  const liveProjects = new Set(live('projects').map((p) => String(p.get('id'))));
  const byIdea = new Map<string, number>();
  for (const p of live('projects')) if (p.get('ideaId')) byIdea.set(String(p.get('ideaId')), (byIdea.get(String(p.get('ideaId'))) ?? 0) + 1);
  const byDate = new Map<string, number>();
  for (const p of live('points')) byDate.set(`${p.get('measureId')} ${p.get('date')}`, (byDate.get(`${p.get('measureId')} ${p.get('date')}`) ?? 0) + 1);
  return {
    twoProjectsFromOneIdea: [...byIdea.values()].filter((n) => n > 1).length,
    twoPointsOnOneDate: [...byDate.values()].filter((n) => n > 1).length,
    cyclesOfDeletedProjects: live('cycles').filter((c) => !liveProjects.has(String(c.get('projectId')))).length,
  };
};

/** What the read side shows must satisfy the invariants, whatever the raw document holds. */
const checkInvariants = (doc: Y.Doc, seed: number) => {
  const board = readBoard(doc);
  const duplicates = new Set(board.duplicateProjects.map((d) => d.projectId));
  const originals = new Map<string, number>();
  for (const p of board.projects) if (p.ideaId && !duplicates.has(p.id)) originals.set(p.ideaId, (originals.get(p.ideaId) ?? 0) + 1);
  expect(
    [...originals.values()].every((n) => n === 1),
    `seed ${seed}: one original project per idea`,
  ).toBe(true);
  for (const d of board.duplicateProjects)
    expect(
      board.projects.some((p) => p.id === d.of),
      `seed ${seed}: a duplicate names a live original`,
    ).toBe(true);
  // Two meetings started at once: every peer follows the same one; an ended meeting has no current item.
  const { current, duplicates: extra } = core.meetingInProgress(board.meetings);
  if (extra.length)
    expect(
      current && extra.every((m) => m.startedAt > current.startedAt || (m.startedAt === current.startedAt && m.id > current.id)),
      `seed ${seed}: one meeting followed`,
    ).toBe(true);
  for (const m of board.meetings) if (m.endedAt !== null) expect(m.currentItemId, `seed ${seed}: an ended meeting has no current item`).toBeNull();
  const dates = new Set<string>();
  for (const p of board.points) {
    const key = `${p.measureId} ${p.date}`;
    expect(dates.has(key), `seed ${seed}: one point per measure and date`).toBe(false);
    dates.add(key);
  }
  const liveProjects = new Set(board.projects.map((p) => p.id));
  expect(
    board.cycles.every((c) => liveProjects.has(c.projectId)),
    `seed ${seed}: no cycle of a deleted project`,
  ).toBe(true);
};

const totals = { twoProjectsFromOneIdea: 0, twoPointsOnOneDate: 0, cyclesOfDeletedProjects: 0 };

const runSeed = (seed: number): void => {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  const peers: Peer[] = [];
  const origin = new Y.Doc();
  origin.clientID = 1;
  core.initBoard(origin, { boardId: 'b', team: { name: 'Team' } }, { origin: {}, newId: () => 'x', now: () => 0 });
  const start = Y.encodeStateAsUpdate(origin);
  /** Every entity any peer ever created, by kind. */
  const created = new Map<string, Set<string>>();
  for (let i = 0; i < PEERS; i++) {
    const doc = new Y.Doc();
    doc.clientID = 100 + i; // fixed, so a failing seed replays exactly
    Y.applyUpdate(doc, start);
    let n = 0;
    const peer: Peer = { doc, ctx: { origin: { peer: i }, newId: () => `p${i}-${++n}`, now: () => 1_700_000_000_000 + n }, inbox: [], ops: 0 };
    doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from === 'network') return;
      for (const other of peers) {
        if (other === peer) continue;
        other.inbox.push(update);
        if (rand() < 0.2) other.inbox.push(update); // duplicated
      }
    });
    for (const kind of DELETABLE) {
      collection(doc, kind).observe((event) => {
        if (event.transaction.origin === 'network') return;
        for (const [key, change] of event.changes.keys) if (change.action === 'add') (created.get(kind) ?? created.set(kind, new Set()).get(kind)!).add(key);
      });
    }
    peers.push(peer);
  }

  const deliver = (peer: Peer, all: boolean): void => {
    // Out of order: take messages from random positions; late: leave some for later.
    let count = all ? peer.inbox.length : int(peer.inbox.length + 1);
    while (count-- > 0 && peer.inbox.length) {
      const [update] = peer.inbox.splice(int(peer.inbox.length), 1);
      Y.applyUpdate(peer.doc, update!, 'network');
    }
  };

  while (peers.some((p) => p.ops < OPS_PER_PEER)) {
    const peer = pick(peers.filter((p) => p.ops < OPS_PER_PEER))!;
    randomStep(peer.doc, peer.ctx, rand);
    peer.ops++;
    if (rand() < 0.4) deliver(pick(peers)!, false);
  }
  for (const peer of peers) deliver(peer, true);

  const reference = peers[0]!.doc;
  const expected = readBoard(reference);
  expect(expected.needsAttention, `seed ${seed}`).toEqual([]);
  for (const peer of peers.slice(1)) {
    expect(peer.doc.store.pendingStructs, `seed ${seed}: nothing left pending`).toBeNull();
    expect(readBoard(peer.doc), `seed ${seed}`).toEqual(expected);
    expect(Y.encodeStateVector(peer.doc), `seed ${seed}`).toEqual(Y.encodeStateVector(reference));
  }
  const raw = rawViolations(reference);
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += raw[key];
  checkInvariants(reference, seed);

  // Nothing is lost: every entity ever created is still in the document; restoring a deleted one brings it
  // back with everything edited concurrently with its deletion.
  const copy = new Y.Doc();
  copy.clientID = 999;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(reference));
  const ctx: OpContext = { origin: {}, newId: () => 'restore', now: () => 1_800_000_000_000 };
  for (const [kind, ids] of created) {
    for (const id of ids) {
      const entity = collection(copy, kind as (typeof DELETABLE)[number]).get(id);
      expect(entity, `seed ${seed}: ${kind} ${id} was created and must still exist`).toBeDefined();
      if (entity!.get('deleted') !== true) continue;
      const before = entity!.toJSON();
      core.restoreEntity(copy, { kind: kind as (typeof DELETABLE)[number], id }, ctx);
      const after = entity!.toJSON();
      expect({ ...after, deleted: true, deletedAt: before.deletedAt, updatedAt: before.updatedAt }, `seed ${seed}: ${kind} ${id} comes back as it was`).toEqual(
        before,
      );
    }
  }
};

describe('convergence of random concurrent operations', () => {
  it(`converges for ${SEEDS} seeds × ${PEERS} peers × ${OPS_PER_PEER} operations, keeping the board's invariants`, { timeout: 180_000 }, () => {
    if (!(SEEDS >= 1)) throw new Error(`CONVERGENCE_SEEDS must be at least 1, not ${process.env.CONVERGENCE_SEEDS}`);
    for (let seed = 1; seed <= SEEDS; seed++) runSeed(seed);
    console.info(`convergence: raw invariant breaks over ${SEEDS} seeds (shown resolved on the read side): ${JSON.stringify(totals)}`);
    // The generator must reach the concurrent cases, or the invariants above were never tested.
    expect(totals.twoProjectsFromOneIdea + totals.twoPointsOnOneDate + totals.cyclesOfDeletedProjects).toBeGreaterThan(0);
  });
});
