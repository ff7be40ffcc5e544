import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addIdea, readBoard } from '../../src/core';
import { openReplica } from '../../src/sync/replica';
import { applyPassingOn } from '../../src/sync/applyPassingOn';
import { newBoard, testContext } from '../core/helpers';

const waitFor = async (check: () => boolean, ms = 2000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('replicas of one board in one browser', () => {
  it('persist to IndexedDB and reload after every page is closed', async () => {
    const { doc } = newBoard();
    const replica = openReplica('persist-test', doc);
    await replica.whenLoaded;
    addIdea(doc, { text: 'Survives a restart' }, testContext());
    await new Promise((r) => setTimeout(r, 50));
    replica.destroy();

    const reopened = new Y.Doc();
    const again = openReplica('persist-test', reopened);
    await again.whenLoaded;
    expect(readBoard(reopened).ideas.map((i) => i.text)).toEqual(['Survives a restart']);
    expect(readBoard(reopened).team.name).toBe('Med-Surg 4 West');
    again.destroy();
  });

  it('keep two open pages in step both ways, including edits made before the second opened', async () => {
    const { doc: a } = newBoard();
    const ra = openReplica('step-test', a);
    await ra.whenLoaded;
    addIdea(a, { text: 'Before B opened' }, testContext('a'));
    const b = new Y.Doc();
    const rb = openReplica('step-test', b);
    await rb.whenLoaded;
    await waitFor(() => readBoard(b).ideas.length === 1);
    addIdea(b, { text: 'From B' }, testContext('b'));
    await waitFor(() => readBoard(a).ideas.length === 2);
    expect(readBoard(a)).toEqual(readBoard(b));
    ra.destroy();
    rb.destroy();
  });

  it('ignores malformed messages and broken updates without changing the board', async () => {
    const { doc } = newBoard();
    const log = vi.fn();
    const replica = openReplica('bad-test', doc, log);
    await replica.whenLoaded;
    const before = JSON.stringify(readBoard(doc));
    const intruder = new BroadcastChannel('ubt:bad-test');
    intruder.postMessage({ type: 'update', from: 'x', update: 'not bytes' });
    intruder.postMessage({ type: 'update', from: 'x', update: new Uint8Array([1, 2, 3, 250, 7]) });
    intruder.postMessage({ type: 'launch-missiles' });
    await waitFor(() => log.mock.calls.length >= 3);
    expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/malformed/),
      expect.stringMatching(/broken update/),
      expect.stringMatching(/malformed/),
    ]);
    expect(JSON.stringify(readBoard(doc))).toBe(before);
    intruder.close();
    replica.destroy();
  });

  it('load without an update listener, and keep an edit made while loading', async () => {
    const { doc } = newBoard();
    const first = openReplica('quiet-test', doc);
    await first.whenLoaded;
    addIdea(doc, { text: 'Stored before' }, testContext());
    await first.flush();
    first.destroy();

    const reopened = new Y.Doc();
    const listening: number[] = [];
    let edited = false;
    reopened.on('afterTransaction', (transaction) => {
      if (transaction.origin?.constructor?.name !== 'IndexeddbPersistence' || edited) return;
      // The loading transaction (y-indexeddb's): Yjs wrote no update message for it.
      listening.push((reopened as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size ?? 0);
      edited = true;
      queueMicrotask(() => addIdea(reopened, { text: 'Typed while loading' }, testContext('b')));
    });
    const again = openReplica('quiet-test', reopened);
    await again.whenLoaded;
    await again.flush();
    expect(listening).toEqual([0]);
    expect(
      readBoard(reopened)
        .ideas.map((i) => i.text)
        .sort(),
    ).toEqual(['Stored before', 'Typed while loading']);
    again.destroy();

    const third = new Y.Doc();
    const last = openReplica('quiet-test', third);
    await last.whenLoaded;
    expect(
      readBoard(third)
        .ideas.map((i) => i.text)
        .sort(),
    ).toEqual(['Stored before', 'Typed while loading']);
    last.destroy();
  });

  it('write a burst of edits once, after the task that made them, and at once when flushed or closed', async () => {
    const stored = () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('ubt-burst-test');
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      });
    const { doc } = newBoard();
    const replica = openReplica('ubt-burst-test', doc);
    await replica.whenLoaded;
    const before = await stored();
    const ctx = testContext('burst');
    for (const text of ['Quiet hours after 10 pm', 'Horas de silencio después de las 22:00', 'Whiteboard in every room']) addIdea(doc, { text }, ctx);
    // One record for the three edits of one task.
    await replica.flush();
    expect(await stored()).toBe(before + 1);
    addIdea(doc, { text: 'Typed just before the page closed' }, ctx);
    replica.destroy();

    const reopened = new Y.Doc();
    const again = openReplica('ubt-burst-test', reopened);
    await again.whenLoaded;
    expect(
      readBoard(reopened)
        .ideas.map((i) => i.text)
        .sort(),
    ).toEqual(['Horas de silencio después de las 22:00', 'Quiet hours after 10 pm', 'Typed just before the page closed', 'Whiteboard in every room']);
    again.destroy();
  });

  it('apply a large update from another page without their update listeners, and still send an edit an observer made meanwhile', async () => {
    const { doc: a } = newBoard();
    const ra = openReplica('quiet-apply-test', a);
    await ra.whenLoaded;
    const b = new Y.Doc();
    const rb = openReplica('quiet-apply-test', b);
    await rb.whenLoaded;
    // The hello's round trip is over once an edit made now reaches b (a late one would carry b's edit too).
    addIdea(a, { text: 'Made after b opened' }, testContext('first'));
    await waitFor(() => readBoard(b).ideas.length === 1);
    const listening: number[] = [];
    let reacted = false;
    b.getMap('ideas').observe(() => {
      listening.push((b as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size ?? 0);
      if (reacted) return;
      reacted = true;
      addIdea(b, { text: 'Added by this page as the big update arrived' }, testContext('observer'));
    });
    const ctx = testContext('big');
    a.transact(() => {
      for (let i = 0; i < 300; i++) addIdea(a, { text: `Idea ${i}: ${'Patient flow huddle · reunión de flujo '.repeat(8)}` }, ctx);
    });
    await waitFor(() => readBoard(b).ideas.length === 302);
    await waitFor(() => readBoard(a).ideas.length === 302);
    expect(listening[0]).toBe(0);
    ra.destroy();
    rb.destroy();
  });

  it('store a large update only another page sent, as it came', async () => {
    const b = new Y.Doc();
    const rb = openReplica('quiet-store-test', b);
    await rb.whenLoaded;
    const { doc: elsewhere } = newBoard();
    const ctx = testContext('big');
    for (let i = 0; i < 300; i++) addIdea(elsewhere, { text: `Idea ${i}: ${'Patient flow huddle · reunión de flujo '.repeat(8)}` }, ctx);
    const sender = new BroadcastChannel('ubt:quiet-store-test');
    sender.postMessage({ type: 'update', from: 'another page', update: Y.encodeStateAsUpdate(elsewhere) });
    await waitFor(() => readBoard(b).ideas.length === 300);
    await rb.flush();
    rb.destroy();
    sender.close();
    const reopened = new Y.Doc();
    const again = openReplica('quiet-store-test', reopened);
    await again.whenLoaded;
    expect(readBoard(reopened).ideas).toHaveLength(300);
    again.destroy();
  });

  it('send a catch-up handed on entry by entry in one message, applied by the other page in one transaction', async () => {
    const { doc: a } = newBoard();
    const ra = openReplica('batch-test', a);
    await ra.whenLoaded;
    const b = new Y.Doc();
    const rb = openReplica('batch-test', b);
    await rb.whenLoaded;
    addIdea(a, { text: 'Made after b opened' }, testContext('first'));
    await waitFor(() => readBoard(b).ideas.length === 1);
    const heard: string[] = [];
    const listener = new BroadcastChannel('ubt:batch-test');
    listener.onmessage = (event: MessageEvent) => heard.push(`${event.data.type}${event.data.updates ? ` ×${event.data.updates.length}` : ''}`);
    let applied = 0;
    b.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === rb.remoteOrigin) applied++;
    });
    // Three entries from the relay, made by a co-lead elsewhere on this board.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(a));
    const entries = ['Warm blankets in triage', 'Mantas calientes en triaje', 'Call lights answered in 2 minutes'].map((text, i) => {
      const sv = Y.encodeStateVector(elsewhere);
      addIdea(elsewhere, { text }, testContext(`entry${i}`));
      return Y.encodeStateAsUpdate(elsewhere, sv);
    });
    applyPassingOn(a, entries, Symbol('relay'), () => {});
    await waitFor(() => readBoard(b).ideas.length === 4);
    expect(heard).toEqual(['updates ×3']);
    expect(applied).toBe(1);
    // An edit made alone goes at once, in a message of its own.
    addIdea(a, { text: 'Made alone' }, testContext('alone'));
    await waitFor(() => readBoard(b).ideas.length === 5);
    expect(heard).toEqual(['updates ×3', 'update']);
    listener.close();
    ra.destroy();
    rb.destroy();
  });

  it('store the large updates of one message as they came, one record each, not merged', async () => {
    const b = new Y.Doc();
    const rb = openReplica('ubt-entries-test', b);
    await rb.whenLoaded;
    await rb.flush();
    const records = () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('ubt-entries-test');
        open.onsuccess = () => {
          const count = open.result.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      });
    const before = await records();
    const { doc: elsewhere } = newBoard();
    const ctx = testContext('entries');
    const first = Y.encodeStateAsUpdate(elsewhere);
    const sv = Y.encodeStateVector(elsewhere);
    for (let i = 0; i < 300; i++) addIdea(elsewhere, { text: `Idea ${i}: ${'Patient flow huddle · reunión de flujo '.repeat(8)}` }, ctx);
    const second = Y.encodeStateAsUpdate(elsewhere, sv);
    const sender = new BroadcastChannel('ubt:ubt-entries-test');
    sender.postMessage({ type: 'updates', from: 'the engine', updates: [first, second] });
    await waitFor(() => readBoard(b).ideas.length === 300);
    await rb.flush();
    expect(await records()).toBe(before + 2);
    rb.destroy();
    sender.close();
    const reopened = new Y.Doc();
    const again = openReplica('ubt-entries-test', reopened);
    await again.whenLoaded;
    expect(readBoard(reopened).ideas).toHaveLength(300);
    again.destroy();
  });
});
