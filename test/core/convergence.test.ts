import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { collection, OperationError, readBoard, type Kind, type OpContext } from '../../src/core';

/**
 * In the style of Yjs's own tests (tests/testHelper.js): N in-memory peers apply seeded random operations
 * through the public operation API while a lossy network delivers their updates late, twice and out of order.
 * Once everything is delivered, every peer must hold the same state and every entity must pass its schema.
 */
const SEEDS = Number(process.env.CONVERGENCE_SEEDS ?? 200);
const PEERS = 4;
const STEPS = 60;

/** mulberry32: a tiny seeded PRNG, so a failing seed can be replayed. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Peer { doc: Y.Doc; ctx: OpContext; inbox: Uint8Array[] }

const WORDS = ['discharge', 'huddle', 'falls', 'call light', 'wait', 'kits', 'transport', 'handoff', ''];

const runSeed = (seed: number): void => {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(items: readonly T[]): T | undefined => items[int(items.length)];
  const word = () => pick(WORDS)!;
  const peers: Peer[] = [];
  const origin = new Y.Doc();
  core.initBoard(origin, { boardId: 'b', team: { name: 'Team' } }, { origin: {}, newId: () => 'x', now: () => 0 });
  const start = Y.encodeStateAsUpdate(origin);
  for (let i = 0; i < PEERS; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start);
    let n = 0;
    const peer: Peer = { doc, ctx: { origin: { peer: i }, newId: () => `p${i}-${++n}`, now: () => 1_700_000_000_000 + n }, inbox: [] };
    doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from === 'network') return;
      for (const other of peers) {
        if (other === peer) continue;
        other.inbox.push(update);
        if (rand() < 0.2) other.inbox.push(update); // duplicated
      }
    });
    peers.push(peer);
  }
  const live = (doc: Y.Doc, kind: Kind): string[] => [...collection(doc, kind).keys()];
  const TEXT_TARGETS: [Kind, string][] = [['ideas', 'text'], ['projects', 'problem'], ['projects', 'aimWhat'], ['cycles', 'prediction'], ['cycles', 'actNext'], ['measures', 'definition'], ['charter', 'text']];

  const step = (peer: Peer): void => {
    const { doc, ctx } = peer;
    const id = (kind: Kind) => pick(live(doc, kind)) ?? 'missing';
    const ops: (() => unknown)[] = [
      () => core.addIdea(doc, { text: `idea ${word()} ${int(100)}` }, ctx),
      () => core.setVote(doc, { ideaId: id('ideas'), voterId: `v${int(3)}`, vote: rand() < 0.7 }, ctx),
      () => core.triageIdea(doc, { ideaId: id('ideas'), state: pick(core.IDEA_STATES)!, reason: pick(core.OUT_OF_SCOPE_REASONS)!, routedTo: word() }, ctx),
      () => core.ideaToProject(doc, { ideaId: id('ideas') }, ctx),
      () => core.addProject(doc, { title: `project ${int(100)}` }, ctx),
      () => core.updateProject(doc, { id: id('projects'), status: pick(core.PROJECT_STATUSES)! }, ctx),
      () => core.setCompassPoint(doc, { projectId: id('projects'), point: pick(core.COMPASS_POINTS)!, on: rand() < 0.6 }, ctx),
      () => core.addCycle(doc, { projectId: id('projects'), title: `cycle ${int(9)}` }, ctx),
      () => core.updateCycle(doc, { id: id('cycles'), actDecision: pick(core.ACT_DECISIONS)! }, ctx),
      () => core.startNextCycle(doc, { fromCycleId: id('cycles') }, ctx),
      () => core.addMeasure(doc, { name: `measure ${int(9)}`, better: rand() < 0.5 ? 'up' : 'down' }, ctx),
      () => core.addDataPoint(doc, { measureId: id('measures'), date: `2026-0${1 + int(9)}-1${int(9)}`, value: int(50) }, ctx),
      () => core.linkMeasure(doc, { projectId: id('projects'), measureId: id('measures'), linked: true }, ctx),
      () => core.addAction(doc, { text: `action ${word() || 'x'}`, owner: word() }, ctx),
      () => core.updateAction(doc, { id: id('actions'), done: rand() < 0.5 }, ctx),
      () => core.addPerson(doc, { name: `person ${int(9)}`, role: pick(core.ROLES)! }, ctx),
      () => core.moveEntity(doc, { kind: 'projects', id: id('projects'), after: null, before: rand() < 0.5 ? null : id('projects') }, ctx),
      () => core.deleteEntity(doc, { kind: pick(['ideas', 'projects', 'cycles', 'measures', 'points', 'actions'] as const)!, id: id('projects') }, ctx),
      () => {
        const kind = pick(['ideas', 'projects', 'cycles', 'points', 'actions'] as const)!;
        core.deleteEntity(doc, { kind, id: id(kind) }, ctx);
      },
      () => core.restoreEntity(doc, { kind: 'ideas', id: id('ideas') }, ctx),
      // Concurrent typing in one field: insert or delete a few characters somewhere.
      () => {
        const [kind, field] = pick(TEXT_TARGETS)!;
        const target = kind === 'charter' ? pick(core.CHARTER_SECTIONS)! : id(kind);
        const current = String(collection(doc, kind).get(target)?.get(field) ?? '');
        const at = int(current.length + 1);
        const value = rand() < 0.7 ? current.slice(0, at) + word() + current.slice(at) : current.slice(0, at) + current.slice(at + 1 + int(4));
        core.editText(doc, { kind, id: target, field, value }, ctx);
      },
    ];
    try {
      pick(ops)!();
    } catch (error) {
      // Operations may refuse (a deleted or missing target); anything else is a bug.
      if (!(error instanceof OperationError)) throw error;
    }
  };

  const deliver = (peer: Peer, all: boolean): void => {
    // Out of order: take messages from random positions; late: leave some for later.
    let count = all ? peer.inbox.length : int(peer.inbox.length + 1);
    while (count-- > 0 && peer.inbox.length) {
      const [update] = peer.inbox.splice(int(peer.inbox.length), 1);
      Y.applyUpdate(peer.doc, update!, 'network');
    }
  };

  for (let s = 0; s < STEPS; s++) {
    const peer = pick(peers)!;
    step(peer);
    if (rand() < 0.4) deliver(pick(peers)!, false);
  }
  for (const peer of peers) deliver(peer, true);

  const expected = readBoard(peers[0]!.doc);
  expect(expected.needsAttention, `seed ${seed}`).toEqual([]);
  for (const peer of peers.slice(1)) {
    expect(peer.doc.store.pendingStructs, `seed ${seed}: nothing left pending`).toBeNull();
    expect(readBoard(peer.doc), `seed ${seed}`).toEqual(expected);
    expect(Y.encodeStateVector(peer.doc), `seed ${seed}`).toEqual(Y.encodeStateVector(peers[0]!.doc));
  }
};

describe('convergence of random concurrent operations', () => {
  it(`converges for ${SEEDS} seeds × ${PEERS} peers with late, duplicated, reordered delivery`, () => {
    for (let seed = 1; seed <= SEEDS; seed++) runSeed(seed);
  });
});
