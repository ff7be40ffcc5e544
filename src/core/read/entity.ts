import * as Y from 'yjs';
import { KINDS, type Kind } from '../doc/layout';
import { toPlain } from '../doc/entity';
import { describeIssues } from '../ops/context';
import type { z } from 'zod';

/** An entity that did not pass its schema: kept, shown with its raw content, never deleted. */
export interface NeedsAttention {
  readonly kind: Kind;
  readonly id: string;
  readonly raw: Record<string, unknown>;
  readonly problem: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; issue: NeedsAttention };

/** Reads one entity through its kind's schema. Never throws: bad data becomes a NeedsAttention. */
export const readEntity = <K extends Kind>(kind: K, id: string, value: unknown): ReadResult<z.infer<(typeof KINDS)[K]['schema']>> => {
  if (!(value instanceof Y.Map)) {
    return { ok: false, issue: { kind, id, raw: { value: String(value) }, problem: 'is not a record' } };
  }
  const raw = toPlain(value);
  const parsed = KINDS[kind].schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<(typeof KINDS)[K]['schema']> };
  return { ok: false, issue: { kind, id, raw, problem: describeIssues(parsed.error) } };
};

/** Sorts by fractional index, ties (from concurrent inserts) by id, so every peer shows the same order. */
export const byOrder = (a: { order: string; id: string }, b: { order: string; id: string }): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
