import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addIdea, readBoard } from '../../src/core';
import { openReplica } from '../../src/sync/replica';
import { newBoard, testContext } from '../core/helpers';
import { ideasAfterReopening, storedRecords, twoPagesInStep, waitFor } from './replicaHelpers';

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
    expect(again.isLoaded()).toBe(false);
    await again.whenLoaded;
    expect(again.isLoaded()).toBe(true);
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
    const stored = async () => (await storedRecords('ubt-burst-test')).length;
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
    const { a, ra, b, rb } = await twoPagesInStep('quiet-apply-test');
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
    expect(await ideasAfterReopening('quiet-store-test')).toHaveLength(300);
  });
});
