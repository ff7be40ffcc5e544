import * as Y from 'yjs';
import { z } from 'zod';
import { collection, KINDS, metaMap, SCHEMA_VERSION, teamMap, type Kind } from '../doc/layout';
import { defineOperation, refuse } from '../ops/context';
import { entityId } from '../schema/inputs';
import { BackupV2, COLLECTION_KEYS } from './format';

/** Builds an entity's Y.Map from its backup form: prose as Y.Text, flags as nested maps, the rest as values. */
export const entityFromPlain = (kind: Kind, plain: Record<string, unknown>): Y.Map<unknown> => {
  const spec = KINDS[kind];
  const texts = spec.texts as readonly string[];
  const flags = spec.flags as readonly string[];
  const map = new Y.Map<unknown>();
  // A Y.Map not yet in a document cannot be read, so remember what was set.
  const written = new Set<string>();
  for (const [key, value] of Object.entries(plain)) {
    if (value === undefined) continue;
    written.add(key);
    if (texts.includes(key)) map.set(key, new Y.Text(String(value)));
    else if (flags.includes(key)) {
      const nested = new Y.Map<boolean>();
      for (const [flag, on] of Object.entries((value ?? {}) as Record<string, unknown>)) if (on === true) nested.set(flag, true);
      map.set(key, nested);
    } else map.set(key, value);
  }
  for (const field of texts) if (!written.has(field)) map.set(field, new Y.Text());
  for (const field of flags) if (!written.has(field)) map.set(field, new Y.Map<boolean>());
  return map;
};

/** A board that has been set up but holds nothing yet: no people, ideas, projects, … and an empty charter. */
export const isEmptyBoard = (doc: Y.Doc): boolean => {
  for (const key of COLLECTION_KEYS) {
    if (key === 'charter') continue;
    if (collection(doc, key).size > 0) return false;
  }
  let empty = true;
  collection(doc, 'charter').forEach((section) => {
    const text = section.get('text');
    const agreed = section.get('agreed');
    if ((text instanceof Y.Text && text.length > 0) || (agreed instanceof Y.Map && agreed.size > 0)) empty = false;
  });
  return empty;
};

/**
 * Restores a validated backup into a document that is new or holds an empty board, in one transaction.
 * The board keeps the target's id; everything else (team, charter, every entity, order keys, dates) comes
 * from the backup.
 */
export const restoreBackup = defineOperation(
  'restoreBackup',
  z.object({ boardId: entityId, backup: BackupV2 }),
  (doc) => {
    if (metaMap(doc).has('schemaVersion') && !isEmptyBoard(doc)) {
      throw refuse((tr) => tr.t('refuse.hasContent'));
    }
  },
  (doc, { boardId, backup }, ctx) => {
    const { board } = backup;
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('boardId', boardId);
    meta.set('createdAt', board.createdAt || ctx.now());
    meta.set('restoredAt', ctx.now());
    const team = teamMap(doc);
    for (const [key, value] of Object.entries(board.team)) if (value !== undefined) team.set(key, value);
    collection(doc, 'charter').clear();
    for (const key of COLLECTION_KEYS) {
      const target = collection(doc, key);
      for (const entity of board[key] as Record<string, unknown>[]) target.set(String(entity.id), entityFromPlain(key, entity));
    }
  },
);
