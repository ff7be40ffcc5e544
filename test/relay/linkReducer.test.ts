import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialModel, statusOf, type LinkContext, type LinkModel } from '../../src/sync/relay/linkModel';
import type { Frame, LinkEffect, LinkEvent } from '../../src/sync/relay/linkEvents';
import type { SavedLink } from '../../src/sync/relay/savedLink';
import { reduce } from '../../src/sync/relay/linkReducer';
import { PUSH_MAX_DELAY_MS } from '../../src/sync/relay/outbox';
import { RELAY_LIMITS } from '../../src/sync/relay/protocol';

/** The relay link's rules with no socket, no timer and no IndexedDB: events in, model and effects out. */
const SAVED: SavedLink = { roomId: 'room-1', since: 0, relayStateVector: new Uint8Array([0]), dirty: false, lastSyncAt: null };
const WELCOME: Frame<'welcome'> = {
  type: 'welcome',
  room: 'room-1',
  access: 'write',
  head: 0,
  snapshotCovers: 0,
  limits: { entryBytes: RELAY_LIMITS.entryBytes, roomBytes: RELAY_LIMITS.roomBytes },
};

const harness = (writer = true, doc = new Y.Doc()) => {
  let clock = 1_000_000;
  const ctx: LinkContext = {
    now: () => clock,
    docAhead: (sv) => [...Y.decodeStateVector(Y.encodeStateVector(doc))].some(([client, n]) => n > (sv.get(client) ?? 0)),
    docHasDeletions: () => Y.createDeleteSetFromStructStore(doc.store).clients.size > 0,
    snapshotAfter: { bytes: 1e9, entries: 3 },
  };
  let model: LinkModel = initialModel(writer);
  const step = (event: LinkEvent): LinkEffect[] => {
    const before = model;
    const next = reduce(model, event, ctx);
    // The reducer never changes the model it was given.
    expect(model).toBe(before);
    model = next.model;
    return next.effects;
  };
  const connect = (saved: Partial<SavedLink> = {}, welcome: Partial<Frame<'welcome'>> = {}) => {
    const s = { ...SAVED, ...saved };
    step({ type: 'loaded', saved: s, relaySv: new Map(Y.decodeStateVector(s.relayStateVector)) });
    step({ type: 'connecting' });
    step({ type: 'open' });
    return step({ ...WELCOME, ...welcome });
  };
  return {
    doc,
    ctx,
    step,
    connect,
    tick: (ms: number) => (clock += ms),
    get model() {
      return model;
    },
  };
};

const kinds = (effects: LinkEffect[]) => effects.map((e) => (e.type === 'dispatch' ? `dispatch:${e.event.type}` : e.type));
const updateOf = (client: number, text: string) => {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getMap('ideas').set(text, text);
  return Y.encodeStateAsUpdate(doc);
};
const entry = (seq: number, plain: Uint8Array | null, kind: 'update' | 'snapshot' = 'update') => ({ type: 'entry', seq, kind, plain, size: 400 }) as const;
const synced = (head: number) => ({ type: 'synced', head, logBytes: 0, logEntries: 0 }) as const;

describe('the relay link reducer', () => {
  it('holds a catch-up’s entries, applies them together once synced, then pushes what the relay lacks', () => {
    const h = harness();
    h.doc.getMap('ideas').set('local', 'written before connecting');
    expect(kinds(h.connect({}, { head: 2 }))).toEqual([]);
    expect(h.step({ type: 'open' })).toContainEqual({ type: 'hello', since: 0 });
    const a = updateOf(11, 'a');
    expect(kinds(h.step(entry(1, a)))).toEqual(['hold']);
    expect(kinds(h.step(entry(2, updateOf(12, 'b'))))).toEqual(['hold']);
    expect(h.model.connection).toBe('catching-up');
    expect(kinds(h.step(synced(2)))).toEqual(['apply-held', 'dispatch:caught-up']);
    // Held entries count towards the relay's state once applied (link.ts says what they covered), added
    // to what was known, never replacing it.
    expect(h.model.relaySv.size).toBe(0);
    h.step({ type: 'held-applied', covered: new Map([[11, 1]]) });
    h.step({
      type: 'held-applied',
      covered: new Map([
        [12, 1],
        [11, 0],
      ]),
    });
    const caughtUp = h.step({ type: 'caught-up', head: 2, logBytes: 800, logEntries: 2 });
    expect(kinds(caughtUp)).toEqual(['healthy', 'persist', 'dispatch:push-now', 'dispatch:consider-snapshot', 'changed']);
    expect(h.model).toMatchObject({ connection: 'synced', saved: { since: 2, lastSyncAt: null } });
    expect(h.model.relaySv).toEqual(
      new Map([
        [11, 1],
        [12, 1],
      ]),
    );
    expect(h.step({ type: 'push-now' })).toContainEqual({ type: 'seal-push', base: h.model.relaySv });
  });

  it('on a first sync, sends deletions made here, but not those of a board that came whole from the relay', () => {
    // The board after its catch-up: an idea added and deleted again, all of it from the relay's entries.
    const relayed = () => {
      const doc = new Y.Doc();
      doc.clientID = 31;
      doc.getMap('ideas').set('gone', 'deleted a year ago');
      doc.getMap('ideas').delete('gone');
      return doc;
    };
    const firstSync = (whole: boolean | undefined) => {
      const doc = relayed();
      const h = harness(true, doc);
      h.connect({}, { head: 1 });
      h.step(entry(1, Y.encodeStateAsUpdate(doc)));
      h.step(synced(1));
      h.step({ type: 'held-applied', covered: new Map(Y.decodeStateVector(Y.encodeStateVector(doc))), whole });
      return { h, effects: kinds(h.step({ type: 'caught-up', head: 1, logBytes: 400, logEntries: 1 })) };
    };
    const newcomer = firstSync(true);
    expect(newcomer.effects).not.toContain('dispatch:push-now');
    expect(newcomer.h.model.saved).toMatchObject({ dirty: false, lastSyncAt: 1_000_000 });
    expect(newcomer.h.model.wholeFromRelay).toBe(false);
    // A board that held something before (or whose stored copy was not read yet): its deletions may be news.
    for (const whole of [false, undefined]) {
      const other = firstSync(whole);
      expect(other.effects).toContain('dispatch:push-now');
      expect(other.h.model.saved).toMatchObject({ dirty: true, lastSyncAt: null });
    }
  });

  it('counts an entry as received only when every one before it is: out-of-order entries wait', () => {
    const h = harness();
    h.connect();
    h.step(synced(0));
    h.step({ type: 'caught-up', head: 0, logBytes: 0, logEntries: 0 });
    h.step(entry(2, updateOf(2, 'two')));
    h.step(entry(4, updateOf(4, 'four')));
    expect(h.model.saved!.since).toBe(0);
    const effects = h.step(entry(1, updateOf(1, 'one')));
    expect(h.model.saved!.since).toBe(2);
    expect(effects).toContainEqual({ type: 'persist', saved: expect.objectContaining({ since: 2 }) });
    h.step(entry(3, updateOf(3, 'three')));
    expect(h.model.saved!.since).toBe(4);
  });

  it('starts over when the relay holds less than it once did (restored from an older copy)', () => {
    const h = harness();
    const effects = h.connect({ since: 40, relayStateVector: Y.encodeStateVector(new Map([[7, 30]])) }, { head: 12 });
    expect(kinds(effects)).toEqual(['log', 'persist', 'reconnect']);
    expect(h.model.saved).toMatchObject({ since: 0, dirty: true });
    expect(h.model.relaySv.size).toBe(0);
  });

  it('sends the whole board again when the relay’s log has a hole (entries missing after the last snapshot)', () => {
    const h = harness();
    h.connect({}, { head: 5 });
    h.step(entry(1, updateOf(1, 'one')));
    const effects = h.step(entry(3, updateOf(3, 'three')));
    expect(effects).toContainEqual({ type: 'log', line: expect.stringContaining('jumps from 1 to 3') });
    expect(h.model.saved!.dirty).toBe(true);
    expect(h.model.relaySv.size).toBe(0);
  });

  it('an acknowledged push marks the board clean only if no edit came after it', () => {
    const h = harness();
    h.connect();
    h.step(synced(0));
    h.step({ type: 'caught-up', head: 0, logBytes: 0, logEntries: 0 });
    h.doc.getMap('ideas').set('x', 'first');
    const edit = h.step({ type: 'edit' });
    expect(kinds(edit)).toEqual(['persist', 'timer']);
    h.step({ type: 'push-now' });
    const sv = new Map(Y.decodeStateVector(Y.encodeStateVector(h.doc)));
    const sent = h.step({ type: 'sealed-push', sv, sealed: new Uint8Array(300) });
    expect(sent[0]).toMatchObject({ type: 'send', frame: { type: 'push', id: 'p1' } });
    expect(statusOf(h.model, 'wss://relay', h.ctx).pending).toBe(true);
    h.step({ type: 'edit' });
    h.step({ type: 'ack', id: 'p1', seq: 1 });
    expect(h.model.saved!.dirty).toBe(true);
    h.step({ type: 'push-now' });
    h.step({ type: 'sealed-push', sv, sealed: new Uint8Array(300) });
    h.step({ type: 'ack', id: 'p2', seq: 2 });
    expect(h.model.saved).toMatchObject({ dirty: false, since: 2, lastSyncAt: 1_000_000 });
    expect(statusOf(h.model, 'wss://relay', h.ctx)).toMatchObject({ connection: 'synced', pending: false, problem: null });
  });

  it('batches edits, but never holds the first one back longer than the maximum delay', () => {
    const h = harness();
    h.connect();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const timer = h.step({ type: 'edit' }).find((e) => e.type === 'timer');
      waits.push(timer && timer.type === 'timer' ? timer.ms : -1);
      h.tick(200);
    }
    expect(waits).toEqual([250, 250, 250, 250, 200, 0]);
    expect(waits.reduce((sum, ms, i) => Math.max(sum, i * 200 + ms), 0)).toBeLessThanOrEqual(PUSH_MAX_DELAY_MS);
  });

  it('a rate-limited push is sent again after the wait the relay asked for; a refusal stops the link', () => {
    const h = harness();
    h.connect();
    h.step(synced(0));
    h.step({ type: 'caught-up', head: 0, logBytes: 0, logEntries: 0 });
    h.step({ type: 'sealed-push', sv: new Map([[1, 1]]), sealed: new Uint8Array(10) });
    const limited = h.step({ type: 'error', id: 'p1', code: 'rate-limited', message: 'slow down', retryAfterMs: 1500 });
    expect(limited).toContainEqual({ type: 'timer', ms: 1000 });
    expect(h.model.inflight).toEqual([]);
    h.step({ type: 'error', code: 'unauthorized', message: 'This board moved to a new secret.' });
    expect(statusOf(h.model, 'wss://relay', h.ctx)).toMatchObject({ connection: 'refused', problem: 'This board moved to a new secret.' });
    h.step({ type: 'closed' });
    expect(h.model.connection).toBe('refused');
  });

  it('a push larger than the relay accepts is not sent, and says why', () => {
    const h = harness();
    h.connect({}, { limits: { entryBytes: 1000, roomBytes: 1e6 } });
    h.step(synced(0));
    h.step({ type: 'caught-up', head: 0, logBytes: 0, logEntries: 0 });
    const effects = h.step({ type: 'sealed-push', sv: new Map(), sealed: new Uint8Array(2000) });
    expect(kinds(effects)).toEqual(['log', 'changed']);
    expect(h.model.problem).toMatch(/larger than the relay accepts/);
  });

  it('a writer that meets an unreadable entry repairs the relay: the whole board, then a snapshot over it', () => {
    const h = harness();
    h.doc.getMap('ideas').set('mine', 'the board as this co-lead holds it');
    h.connect({}, { head: 3 });
    h.step(entry(1, updateOf(1, 'one')));
    h.step(entry(2, null));
    h.step(entry(3, updateOf(3, 'three')));
    h.step(synced(3));
    const caughtUp = h.step({ type: 'caught-up', head: 3, logBytes: 0, logEntries: 3 });
    expect(h.model.saved!.since).toBe(1);
    expect(kinds(caughtUp)).toEqual(['healthy', 'log', 'persist', 'dispatch:push-now', 'dispatch:mark-repair-push', 'dispatch:consider-snapshot', 'changed']);
    expect(h.model.relaySv.size).toBe(0);
    h.step({ type: 'sealed-push', sv: new Map([[1, 1]]), sealed: new Uint8Array(10) });
    h.step({ type: 'mark-repair-push' });
    expect(h.step({ type: 'ack', id: 'p1', seq: 4 })).toContainEqual({ type: 'seal-snapshot', covers: 4 });
    h.step({ type: 'sealed-snapshot', covers: 4, sealed: new Uint8Array(10) });
    h.step({ type: 'ack', id: 's2', seq: 4 });
    expect(h.model).toMatchObject({ repairing: false, firstUnreadable: 0, saved: { since: 4 } });
  });

  it('a reader pushes nothing and never repairs; it says the board may be incomplete', () => {
    const h = harness(false);
    h.doc.getMap('ideas').set('x', 'y');
    h.connect({}, { head: 1 });
    expect(h.step({ type: 'edit' })).toEqual([]);
    h.step(entry(1, null));
    h.step(synced(1));
    const effects = h.step({ type: 'caught-up', head: 1, logBytes: 0, logEntries: 1 });
    expect(kinds(effects)).not.toContain('dispatch:push-now');
    expect(h.step({ type: 'push-now' })).not.toContainEqual(expect.objectContaining({ type: 'seal-push' }));
    expect(statusOf(h.model, 'wss://relay', h.ctx)).toMatchObject({ pending: false, unreadable: 1 });
    expect(statusOf(h.model, 'wss://relay', h.ctx).problem).toMatch(/may be incomplete/);
  });

  it('uploads a snapshot once enough entries pass the last one, and not while one is unacknowledged', () => {
    const h = harness();
    h.connect();
    h.step(synced(0));
    h.step({ type: 'caught-up', head: 0, logBytes: 0, logEntries: 0 });
    for (let seq = 1; seq <= 3; seq++) {
      expect(h.step({ type: 'consider-snapshot' }), `after ${seq - 1} entries`).toEqual([]);
      h.step(entry(seq, updateOf(seq, `e${seq}`)));
    }
    expect(h.step({ type: 'consider-snapshot' })).toEqual([{ type: 'seal-snapshot', covers: 3 }]);
    h.step({ type: 'sealed-snapshot', covers: 3, sealed: new Uint8Array(10) });
    expect(h.step({ type: 'consider-snapshot' })).toEqual([]);
  });
});
