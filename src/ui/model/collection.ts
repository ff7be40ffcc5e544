import * as Y from 'yjs';
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { collection, MAX_READ_TEXT, readEntity, type Kind, type KINDS, type ReadResult } from '../../core';
import type { z } from 'zod';

export type EntityOf<K extends Kind> = z.infer<(typeof KINDS)[K]['schema']>;

/**
 * Signals over one top-level collection of a board. Each entity has its own signal, refreshed when its
 * scalar fields or flags change. Typing into a Y.Text does not touch these signals (unless the text grows past
 * MAX_READ_TEXT): text fields are
 * bound to their Y.Text directly (see fields/TextField), so a keystroke re-renders one field.
 */
export interface CollectionModel<K extends Kind> {
  entity(id: string): ReadonlySignal<ReadResult<EntityOf<K>>>;
  /** Every entity of the kind, read through its schema (valid, deleted and needing attention alike). */
  readonly all: ReadonlySignal<ReadResult<EntityOf<K>>[]>;
  /** Valid, not deleted entities. */
  readonly live: ReadonlySignal<EntityOf<K>[]>;
  /** The ids in the collection now, without reading any of them. */
  ids(): string[];
  /** Goes up whenever an entity of the kind is added, removed or changes what it reads as. */
  readonly version: ReadonlySignal<number>;
  dispose(): void;
}

export const createCollectionModel = <K extends Kind>(doc: Y.Doc, kind: K): CollectionModel<K> => {
  const map = collection(doc, kind);
  const signals = new Map<string, Signal<ReadResult<EntityOf<K>>>>();
  const version = signal(0);
  const read = (id: string) => readEntity(kind, id, map.get(id)) as ReadResult<EntityOf<K>>;
  const entity = (id: string) => {
    let s = signals.get(id);
    if (!s) {
      s = signal(read(id));
      signals.set(id, s);
    }
    return s;
  };

  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === map) for (const key of event.changes.keys.keys()) changed.add(key);
      else if (typeof event.path[0] !== 'string') continue;
      else if (event.target instanceof Y.Text) {
        // Typing is not re-read, except a text grown past what is shown (a hostile peer's megabytes), or one
        // shrinking back from it.
        if (event.target.length > MAX_READ_TEXT || signals.get(event.path[0])?.peek().ok === false) changed.add(event.path[0]);
      }
      // The `updatedAt` stamp that comes with typing changes nothing anyone sees.
      else if (!(event.path.length === 1 && [...event.changes.keys.keys()].every((key) => key === 'updatedAt'))) changed.add(event.path[0]);
    }
    if (changed.size === 0) return;
    batch(() => {
      for (const id of changed) {
        const s = signals.get(id);
        if (s) s.value = read(id);
      }
      version.value++;
    });
  };
  map.observeDeep(onChange);

  const all = computed(() => {
    void version.value;
    return [...map.keys()].map((id) => entity(id).peek());
  });
  const live = computed(() => {
    const out: EntityOf<K>[] = [];
    for (const result of all.value) {
      if (result.ok && !(result.value as { deleted?: boolean }).deleted) out.push(result.value);
    }
    return out;
  });

  return { entity, all, live, ids: () => [...map.keys()], version, dispose: () => map.unobserveDeep(onChange) };
};
