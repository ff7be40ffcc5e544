import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { effect } from '@preact/signals';
import { addCycle, addProject, editText, readBoard, updateProject } from '../../src/core';
import { createBoardSession } from '../../src/ui/model/session';
import { newBoard, testContext } from '../core/helpers';

const peerOf = (doc: Y.Doc) => {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(peer, u, 'me'));
  peer.on('update', (u: Uint8Array, origin: unknown) => origin !== 'me' && Y.applyUpdate(doc, u, 'peer'));
  return peer;
};

describe('board session', () => {
  it('undoes and redoes only its own edits, never a co-lead’s', () => {
    const { doc } = newBoard();
    const session = createBoardSession(doc);
    const peer = peerOf(doc);
    const made = session.run(addProject, { title: 'Timely discharge' });
    if (!made.ok) throw new Error(made.error);
    session.run(updateProject, { id: made.value, status: 'testing' });
    editText(peer, { kind: 'projects', id: made.value, field: 'problem', value: 'Typed by the co-lead' }, testContext('peer'));
    session.undo();
    expect(readBoard(doc).projects[0]).toMatchObject({ status: 'planning', problem: 'Typed by the co-lead' });
    session.undo();
    expect(readBoard(doc).projects).toEqual([]);
    session.redo();
    session.redo();
    expect(readBoard(peer).projects[0]).toMatchObject({ status: 'testing', problem: 'Typed by the co-lead' });
    session.dispose();
  });

  it('reports a refused edit as a message and writes nothing', () => {
    const { doc } = newBoard();
    const session = createBoardSession(doc);
    const result = session.run(addProject, { title: '' });
    expect(result.ok).toBe(false);
    expect(session.error.value).toBe('Add project: title: must not be empty');
    expect(readBoard(doc).projects).toEqual([]);
    session.run(addProject, { title: 'Fine' });
    expect(session.error.value).toBeNull();
  });

  it('does not touch entity or list signals when someone types in a prose field', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'P' }, ctx);
    const c1 = addCycle(doc, { projectId: p, title: 'C1' }, ctx);
    const c2 = addCycle(doc, { projectId: p, title: 'C2' }, ctx);
    const session = createBoardSession(doc);
    const cycles = session.collections.cycles;
    let listRuns = 0;
    let c1Runs = 0;
    let c2Runs = 0;
    const stops = [
      effect(() => {
        void cycles.live.value;
        listRuns++;
      }),
      effect(() => {
        void cycles.entity(c1).value;
        c1Runs++;
      }),
      effect(() => {
        void cycles.entity(c2).value;
        c2Runs++;
      }),
    ];
    editText(doc, { kind: 'cycles', id: c1, field: 'prediction', value: 'typing…' }, ctx);
    expect([listRuns, c1Runs, c2Runs]).toEqual([1, 1, 1]);
    session.run(updateProject, { id: p, title: 'Renamed' });
    expect([listRuns, c1Runs, c2Runs]).toEqual([1, 1, 1]);
    session.run((d, input: { id: string }, x) => addCycle(d, { projectId: input.id, title: 'C3' }, x), { id: p });
    expect(listRuns).toBe(2);
    expect([c1Runs, c2Runs]).toEqual([1, 1]);
    for (const stop of stops) stop();
    session.dispose();
  });
});
