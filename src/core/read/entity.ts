import * as Y from 'yjs';
import { KINDS, type Kind } from '../doc/layout';
import { toPlain, toPlainValue } from '../doc/entity';
import { MAX_PROSE } from '../schema/inputs';
import type { z } from 'zod';
import { readCanonicalPoint } from './point';

/** An entity that did not pass its schema: kept, shown with its raw content, never deleted. */
export interface NeedsAttention {
  /** An entity's kind, or the board's team section. */
  readonly kind: Kind | 'team';
  readonly id: string;
  readonly raw: Record<string, unknown>;
  readonly problem: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; issue: NeedsAttention };

/** What a value is, in words, for a message: "a number", "plain text", "a list". */
export const describeType = (value: unknown): string =>
  value instanceof Y.Text
    ? 'shared text'
    : value instanceof Y.Map
      ? 'a record'
      : value instanceof Y.Array
        ? 'a list'
        : typeof value === 'string'
          ? 'plain text'
          : value === null
            ? 'empty (null)'
            : Array.isArray(value)
              ? 'a list'
              : value instanceof Uint8Array
                ? 'bytes'
                : typeof value === 'object'
                  ? 'a plain object'
                  : `a ${typeof value}`;

/**
 * The longest text read as it is. Typing and imports stop at MAX_PROSE; co-leads typing into one field at
 * once can together go past it, but only a broken or hostile peer writes megabytes.
 */
export const MAX_READ_TEXT = 5 * MAX_PROSE;

/**
 * What the plain schema cannot see: a text field that is not shared text (the editor would show it blank
 * and typing would not merge), flags that are not a map, and an id that differs from the entity's key.
 */
const shapeProblems = (kind: Kind, key: string, map: Y.Map<unknown>): string[] => {
  const spec = KINDS[kind];
  const problems: string[] = [];
  for (const field of spec.texts as readonly string[]) {
    const value = map.get(field);
    if (value !== undefined && !(value instanceof Y.Text))
      problems.push(`${field}: is ${describeType(value)}, not shared text, so it cannot be shown or edited`);
    else if (value instanceof Y.Text && value.length > MAX_READ_TEXT)
      problems.push(
        `${field}: holds ${value.length.toLocaleString('en')} characters, far more than a field can (${MAX_PROSE.toLocaleString('en')}), so it is not shown`,
      );
  }
  for (const field of spec.flags as readonly string[]) {
    const value = map.get(field);
    if (value !== undefined && !(value instanceof Y.Map)) problems.push(`${field}: is ${describeType(value)}, not a map of flags`);
  }
  // Read into a plain object, it would become the object's prototype: every field it lacks would come from it.
  if (map.has('__proto__')) problems.push('__proto__: is not a field any version writes, and would change what the other fields read as');
  const id = map.get('id');
  if (typeof id === 'string' && id !== key) problems.push(`id: is “${id}” but the entity is stored under “${key}”`);
  return problems;
};

/** Reads one entity through its kind's schema. Never throws: bad data becomes a NeedsAttention. */
export const readEntity = <K extends Kind>(kind: K, id: string, value: unknown): ReadResult<z.infer<(typeof KINDS)[K]['schema']>> => {
  if (!(value instanceof Y.Map)) {
    // Show what is really there (a plain object, a list, text), never "[object Object]".
    return { ok: false, issue: { kind, id, raw: { value: toPlainValue(value) }, problem: `is ${describeType(value)}, not a record` } };
  }
  if (kind === 'points') {
    const point = readCanonicalPoint(value, id);
    if (point) return { ok: true, value: point as z.infer<(typeof KINDS)[K]['schema']> };
  }
  const raw = toPlain(value);
  const shape = shapeProblems(kind, id, value);
  if (shape.length) return { ok: false, issue: { kind, id, raw, problem: shape.join('; ') } };
  const parsed = KINDS[kind].schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<(typeof KINDS)[K]['schema']> };
  return { ok: false, issue: { kind, id, raw, problem: describeReadIssues(parsed.error, raw) } };
};

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'yes or no', array: 'a list', object: 'a record' };

/** The schema's words, and for a value of the wrong kind what is really there: "title: is a number, not text". */
const describeReadIssues = (error: z.ZodError, raw: Record<string, unknown>): string =>
  error.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return `${where}${issue.message}`;
      const value = issue.path.reduce<unknown>(
        (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
        raw,
      );
      const expected = issue.code === 'invalid_type' ? ` where ${EXPECTED[issue.expected] ?? `a ${issue.expected}`} belongs` : '';
      return `${where}is ${value === undefined ? 'missing' : describeType(value)}${expected}`;
    })
    .join('; ');

/** Sorts by fractional index, ties (from concurrent inserts) by id, so every peer shows the same order. */
export const byOrder = (a: { order: string; id: string }, b: { order: string; id: string }): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
