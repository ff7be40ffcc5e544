import * as Y from 'yjs';
import { KINDS, type Kind, type EntityMap } from './layout';
import { changedRegionAt } from './textDiff';

/** Turns an entity's Y.Map into a plain object: Y.Text → string, nested Y.Map → record. */
export const toPlain = (map: Y.Map<unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = Object.create(null);
  map.forEach((value, key) => {
    out[key] = toPlainValue(value);
  });
  return out;
};

export const toPlainValue = (value: unknown): unknown => {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) return toPlain(value);
  if (value instanceof Y.Array) return value.toArray().map(toPlainValue);
  if (value instanceof Y.AbstractType) return `(${value.constructor.name})`;
  return value;
};

/** Builds a new entity map with every text and flag field of its kind present, so peers never race to create them. */
export const buildEntity = (kind: Kind, scalars: Record<string, unknown>, texts: Record<string, string> = {}): EntityMap => {
  const spec = KINDS[kind];
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(scalars)) if (value !== undefined) map.set(key, value);
  for (const field of spec.texts) map.set(field, new Y.Text(texts[field] ?? ''));
  for (const field of spec.flags) map.set(field, new Y.Map<boolean>());
  return map;
};

/**
 * Replaces the content of a Y.Text with `next` by deleting and inserting only the part that changed,
 * so a concurrent edit elsewhere in the same field survives.
 */
export const replaceText = (text: Y.Text, next: string, caret?: number): void => {
  const prev = text.toString();
  if (prev === next) return;
  const { start, endOld, endNew } = changedRegionAt(prev, next, caret);
  if (endOld > start) text.delete(start, endOld - start);
  if (endNew > start) text.insert(start, next.slice(start, endNew));
};
