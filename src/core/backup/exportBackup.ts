import type * as Y from 'yjs';
import { collection, metaMap, schemaVersionOf, type Kind } from '../doc/layout';
import { readEntity, byOrder } from '../read/entity';
import { readTeam } from '../read/team';
import { byDate, CHARTER_ORDER, newestFirst } from '../read/board';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type CollectionKey } from './format';

type Sortable = { id: string; order?: string; createdAt?: number; date?: string };
const SORT: Record<CollectionKey, (a: Sortable, b: Sortable) => number> = {
  people: byOrder as never,
  charter: (a, b) => CHARTER_ORDER.indexOf(a.id) - CHARTER_ORDER.indexOf(b.id),
  ideas: newestFirst as never,
  projects: byOrder as never,
  cycles: byOrder as never,
  measures: byOrder as never,
  points: byDate as never,
  actions: byOrder as never,
  annotations: byDate as never,
  meetings: ((a: { startedAt: number; id: string }, b: { startedAt: number; id: string }) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1)) as never,
  agenda: byOrder as never,
  decisions: newestFirst as never,
};

/**
 * The whole board as a backup: every valid entity, deleted ones included (they can still be restored),
 * in board order. Entities that need attention cannot be validated and are counted in `skipped`.
 */
export const exportBackup = (doc: Y.Doc, now: Date = new Date()): { backup: Backup; skipped: number } => {
  let skipped = 0;
  const read = <K extends CollectionKey>(kind: K) => {
    const out: Sortable[] = [];
    collection(doc, kind as Kind).forEach((value, id) => {
      const result = readEntity(kind as Kind, id, value);
      if (result.ok) out.push(result.value as Sortable);
      else skipped++;
    });
    return out.sort(SORT[kind]);
  };
  const { team } = readTeam(doc);
  const meta = metaMap(doc);
  const board = {
    schemaVersion: schemaVersionOf(doc) ?? 1,
    boardId: String(meta.get('boardId') ?? ''),
    createdAt: Number(meta.get('createdAt') ?? 0),
    team,
    people: read('people'),
    charter: read('charter'),
    ideas: read('ideas'),
    projects: read('projects'),
    cycles: read('cycles'),
    measures: read('measures'),
    points: read('points'),
    actions: read('actions'),
    annotations: read('annotations'),
    meetings: read('meetings'),
    agenda: read('agenda'),
    decisions: read('decisions'),
  };
  return { backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), board } as Backup, skipped };
};
