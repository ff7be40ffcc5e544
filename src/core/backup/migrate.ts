import type { z } from 'zod';
import { generateNKeysBetween } from 'fractional-indexing';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupV1 } from './format';

const flagsFrom = (value: unknown): Record<string, true> =>
  Array.isArray(value)
    ? Object.fromEntries(value.filter((v): v is string => typeof v === 'string').map((k) => [k, true]))
    : ((value as Record<string, true>) ?? {});

/**
 * Version 1 → 2: collections keyed by id become arrays (ordered by their `order`, or by creation), flag
 * arrays become records, and entities without an order key get one.
 */
export const migrateV1 = (v1: z.infer<typeof BackupV1>): unknown => {
  const entities = (record: Record<string, Record<string, unknown>>, flags: string[] = [], ordered = false) => {
    const list = Object.entries(record).map(([id, entity]) => {
      const out: Record<string, unknown> = { ...entity, id };
      for (const field of flags) out[field] = flagsFrom(entity[field]);
      return out;
    });
    list.sort((a, b) => String(a.order ?? '').localeCompare(String(b.order ?? '')) || Number(a.createdAt ?? 0) - Number(b.createdAt ?? 0));
    if (ordered) {
      const keys = generateNKeysBetween(null, null, list.length);
      list.forEach((entity, i) => {
        if (typeof entity.order !== 'string' || !entity.order) entity.order = keys[i];
      });
    }
    return list;
  };
  const b = v1.board;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: v1.exportedAt || new Date(0).toISOString(),
    board: {
      schemaVersion: b.schemaVersion,
      team: b.team,
      people: entities(b.people, [], true),
      charter: entities(b.charter, ['agreed']),
      ideas: entities(b.ideas, ['votes']),
      projects: entities(b.projects, ['compass', 'measureIds'], true),
      cycles: entities(b.cycles, [], true),
      measures: entities(b.measures, [], true),
      points: entities(b.points),
      actions: entities(b.actions, [], true),
      annotations: [],
      meetings: [],
      agenda: [],
      decisions: [],
    },
  };
};
