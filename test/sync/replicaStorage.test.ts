import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIdea, readBoard } from '../../src/core';
import { applyPassingOn } from '../../src/sync/applyPassingOn';
import { openReplica } from '../../src/sync/replica';
import { newBoard, testContext } from '../core/helpers';
import { ideasAfterReopening, storedRecords, twoPagesInStep, waitFor } from './replicaHelpers';

/** What goes between the pages of one browser, and what each writes, when updates are large or many. */
describe('replicas passing large updates between pages', () => {
  it('send a catch-up handed on entry by entry in one message, applied by the other page in one transaction', async () => {
    const { a, ra, b, rb } = await twoPagesInStep('batch-test');
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
    const records = async () => (await storedRecords('ubt-entries-test')).length;
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
    expect(await ideasAfterReopening('ubt-entries-test')).toHaveLength(300);
  });

  it('keep a large update from one page once in IndexedDB, written by the page that made it', async () => {
    const { a, ra, b, rb } = await twoPagesInStep('ubt-once-test');
    const ctx = testContext('import');
    a.transact(() => {
      for (let i = 0; i < 300; i++) addIdea(a, { text: `Imported ${i}: ${'Door-to-doc time · tiempo puerta-médico '.repeat(8)}` }, ctx);
    });
    await waitFor(() => readBoard(b).ideas.length === 301);
    await Promise.all([ra.flush(), rb.flush()]);
    const sizes = await storedRecords('ubt-once-test');
    expect(sizes.filter((size) => size >= 64 * 1024)).toHaveLength(1);
    ra.destroy();
    rb.destroy();
    expect(await ideasAfterReopening('ubt-once-test')).toHaveLength(301);
  });

  it('store once a board an older version stored twice, and keep an edit made meanwhile', async () => {
    // As before December 2026: the engine and the page each wrote the catch-up they shared.
    const { doc: elsewhere } = newBoard();
    const ctx = testContext('twice');
    for (let i = 0; i < 300; i++) addIdea(elsewhere, { text: `Idea ${i}: ${'Quiet hours on 4 West · horas de silencio '.repeat(8)}` }, ctx);
    const board = Y.encodeStateAsUpdate(elsewhere);
    const first = new Y.Doc();
    const older = openReplica('ubt-twice-test', first);
    await older.whenLoaded;
    const engine = new BroadcastChannel('ubt:ubt-twice-test');
    engine.postMessage({ type: 'update', from: 'the engine', update: board });
    await waitFor(() => readBoard(first).ideas.length === 300);
    engine.close();
    await older.flush();
    older.destroy();
    const write = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('ubt-twice-test');
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve) => {
      const tx = write.transaction('updates', 'readwrite');
      tx.objectStore('updates').add(board);
      tx.oncomplete = () => resolve();
    });
    write.close();
    expect((await storedRecords('ubt-twice-test')).filter((size) => size >= 64 * 1024)).toHaveLength(2);

    const doc = new Y.Doc();
    const replica = openReplica('ubt-twice-test', doc);
    await replica.whenLoaded;
    const compacting = replica.compactIfDuplicated();
    addIdea(doc, { text: 'Typed while the copies were being merged' }, testContext('meanwhile'));
    expect(await compacting).toBe(true);
    await replica.flush();
    expect((await storedRecords('ubt-twice-test')).filter((size) => size >= 64 * 1024)).toHaveLength(1);
    // Nothing more to do the next time.
    expect(await replica.compactIfDuplicated()).toBe(false);
    replica.destroy();
    expect(await ideasAfterReopening('ubt-twice-test')).toHaveLength(301);
  });
});
