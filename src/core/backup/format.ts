import { z } from 'zod';
import { Action, AgendaItem, Annotation, CharterEntry, Cycle, DataPoint, Decision, Idea, Measure, Meeting, Person, Project, Team } from '../schema/entities';
import { SCHEMA_VERSION } from '../doc/layout';
import { MAX_SHORT } from '../schema/inputs';

/**
 * The JSON backup of one board. Version 2 (this one): every collection an array of entities in board
 * order, flags as records of `true`. Version 1 (UBT Board 0.1 drafts): collections keyed by id, flags as
 * arrays; it is migrated on import. See docs/BACKUP.md.
 */
export const BACKUP_FORMAT = 'ubt-board-backup';
export const BACKUP_VERSION = 2;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
export const MAX_ENTITIES = 100_000;

const list = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_ENTITIES, `has more than ${MAX_ENTITIES.toLocaleString('en')} entries`);

export const BoardContent = z.object({
  schemaVersion: z
    .number({ error: 'should be a number' })
    .int()
    .min(1)
    .max(SCHEMA_VERSION, `is from a newer UBT Board (this one reads board format ${SCHEMA_VERSION}); update the extension to restore it`),
  boardId: z.string().default(''),
  createdAt: z.number().default(0),
  /** The team's fields as typing allows them: a longer name could not be registered or renamed here. */
  team: Team.extend({
    name: z
      .string()
      .max(MAX_SHORT, `is longer than ${MAX_SHORT} characters, which a team name can hold; shorten it in the file or in the board it came from`)
      .default(''),
    department: z.string().max(MAX_SHORT, `is longer than ${MAX_SHORT} characters`).default(''),
    facility: z.string().max(MAX_SHORT, `is longer than ${MAX_SHORT} characters`).default(''),
    region: z.string().max(MAX_SHORT, `is longer than ${MAX_SHORT} characters`).default(''),
  }),
  people: list(Person).default([]),
  charter: list(CharterEntry).default([]),
  ideas: list(Idea).default([]),
  projects: list(Project).default([]),
  cycles: list(Cycle).default([]),
  measures: list(Measure).default([]),
  points: list(DataPoint).default([]),
  actions: list(Action).default([]),
  annotations: list(Annotation).default([]),
  meetings: list(Meeting).default([]),
  agenda: list(AgendaItem).default([]),
  decisions: list(Decision).default([]),
});
export type BoardContent = z.infer<typeof BoardContent>;

export const BackupV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  board: BoardContent,
});
export type Backup = z.infer<typeof BackupV2>;

export const COLLECTION_KEYS = [
  'people',
  'charter',
  'ideas',
  'projects',
  'cycles',
  'measures',
  'points',
  'actions',
  'annotations',
  'meetings',
  'agenda',
  'decisions',
] as const;
export type CollectionKey = (typeof COLLECTION_KEYS)[number];

/** Version 1: `{ [id]: entity }` collections, flag fields as arrays of keys, no notes or rates yet. */
const byId = z.record(z.string(), z.record(z.string(), z.unknown()));
export const BackupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().default(''),
  board: z.object({
    schemaVersion: z.number().default(1),
    team: z.record(z.string(), z.unknown()),
    people: byId.default({}),
    charter: byId.default({}),
    ideas: byId.default({}),
    projects: byId.default({}),
    cycles: byId.default({}),
    measures: byId.default({}),
    points: byId.default({}),
    actions: byId.default({}),
  }),
});
