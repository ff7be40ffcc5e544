import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIdea, readBoard } from '../../src/core';
import { applyPassingOn } from '../../src/sync/applyPassingOn';
import { newBoard, testContext } from '../core/helpers';

const ORIGIN = Symbol('relay');

/** A board's history as entries, as a relay holds it: its creation, then two batches of ideas. */
const entries = () => {
  const { doc } = newBoard();
  const out = [Y.encodeStateAsUpdate(doc)];
  for (const batch of [0, 1]) {
    const sv = Y.encodeStateVector(doc);
    const ctx = testContext(`b${batch}`);
    for (let i = 0; i < 40; i++) addIdea(doc, { text: `Batch ${batch}, idea ${i}: shorter waits at registration · esperas más cortas` }, ctx);
    out.push(Y.encodeStateAsUpdate(doc, sv));
  }
  return { source: doc, updates: out };
};

const listen = (doc: Y.Doc) => {
  const heard: { update: Uint8Array; origin: unknown }[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => heard.push({ update, origin }));
  return heard;
};

describe('applying a catch-up and passing its entries on', () => {
  it('hands every update listener the entries as they came, after one transaction, and Yjs writes no update of its own', () => {
    const { source, updates } = entries();
    const doc = new Y.Doc();
    const heard = listen(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(applyPassingOn(doc, updates, ORIGIN, () => {})).toEqual([]);
    expect(transactions).toBe(1);
    expect(heard.map((h) => h.update)).toEqual(updates);
    expect(heard.every((h) => h.update === updates[heard.indexOf(h)] && h.origin === ORIGIN)).toBe(true);
    expect(readBoard(doc)).toEqual(readBoard(source));
    // The listeners are back: a later edit reaches them as usual.
    addIdea(doc, { text: 'After the catch-up' }, testContext('later'));
    expect(heard).toHaveLength(updates.length + 1);
    expect(heard.at(-1)!.origin).not.toBe(ORIGIN);
  });

  it('hands on one update of everything when an observer edits meanwhile, so that edit is not lost', () => {
    const { updates } = entries();
    const doc = new Y.Doc();
    const heard = listen(doc);
    let reacted = false;
    doc.getMap('ideas').observe(() => {
      if (reacted) return;
      reacted = true;
      addIdea(doc, { text: 'Added by an observer as the board arrived' }, testContext('observer'));
    });
    applyPassingOn(doc, updates, ORIGIN, () => {});
    expect(heard).toHaveLength(1);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, heard[0]!.update);
    expect(readBoard(elsewhere)).toEqual(readBoard(doc));
    expect(readBoard(elsewhere).ideas.map((i) => i.text)).toContain('Added by an observer as the board arrived');
  });

  it('skips an unreadable entry alone, says which, and hands on what did apply', () => {
    const { updates } = entries();
    const doc = new Y.Doc();
    const heard = listen(doc);
    const skipped: number[] = [];
    const broken = [updates[0]!, new Uint8Array([9, 9, 9, 250, 1, 2]), updates[1]!, updates[2]!];
    expect(applyPassingOn(doc, broken, ORIGIN, (i) => skipped.push(i))).toEqual([1]);
    expect(skipped).toEqual([1]);
    expect(readBoard(doc).ideas).toHaveLength(80);
    expect(heard).toHaveLength(1);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, heard[0]!.update);
    expect(readBoard(elsewhere)).toEqual(readBoard(doc));
  });
});
