import * as Y from 'yjs';
import { signal, type ReadonlySignal } from '@preact/signals';
import { defaultContext, forgetBoard, listBoards, observeLibrary, registerBoard, touchBoard, type LibraryEntry } from '../../core';
import { openReplica, type Replica } from '../../sync/replica';

export const LIBRARY_DB = 'ubt-library';
export const boardDbName = (boardId: string): string => `ubt-board-${boardId}`;

export interface LibraryModel {
  readonly boards: ReadonlySignal<LibraryEntry[]>;
  readonly loaded: ReadonlySignal<boolean>;
  register(id: string, name: string): void;
  touch(id: string, name?: string): void;
  forget(id: string): void;
  dispose(): void;
}

/** The list of boards held in this browser, kept in step across the tab and the side panel. */
export const createLibraryModel = (): LibraryModel => {
  const doc = new Y.Doc();
  const replica: Replica = openReplica(LIBRARY_DB, doc);
  const ctx = defaultContext({ library: true });
  const boards = signal<LibraryEntry[]>([]);
  const loaded = signal(false);
  const refresh = () => (boards.value = listBoards(doc));
  const stop = observeLibrary(doc, refresh);
  void replica.whenLoaded.then(() => {
    refresh();
    loaded.value = true;
  });
  return {
    boards,
    loaded,
    register: (id, name) => registerBoard(doc, { id, name }, ctx),
    touch: (id, name) => touchBoard(doc, { id, name }, ctx),
    forget: (id) => forgetBoard(doc, { id }, ctx),
    dispose: () => {
      stop();
      replica.destroy();
      doc.destroy();
    },
  };
};
