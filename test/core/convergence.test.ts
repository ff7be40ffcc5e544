import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { readBoard, type OpContext } from '../../src/core';
import { prng, randomStep } from './randomOps';

/**
 * In the style of Yjs's own tests (tests/testHelper.js): N in-memory peers apply seeded random operations
 * through the public operation API while a lossy network delivers their updates late, twice and out of order.
 * Once everything is delivered, every peer must hold the same state and every entity must pass its schema.
 */
const SEEDS = Number(process.env.CONVERGENCE_SEEDS ?? 200);
const PEERS = 4;
const STEPS = 60;

interface Peer { doc: Y.Doc; ctx: OpContext; inbox: Uint8Array[] }

const runSeed = (seed: number): void => {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(items: readonly T[]): T | undefined => items[int(items.length)];
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
  const step = (peer: Peer): void => randomStep(peer.doc, peer.ctx, rand);

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
