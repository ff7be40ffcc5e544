import * as Y from 'yjs';
import { KINDS, type Kind, type EntityMap } from './layout';

/** Turns an entity's Y.Map into a plain object: Y.Text → string, nested Y.Map → record. */
export const toPlain = (map: Y.Map<unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = Object.create(null);
  map.forEach((value, key) => {
    out[key] = toPlainValue(value);
  });
  return out;
};

const toPlainValue = (value: unknown): unknown => {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) return toPlain(value);
  if (value instanceof Y.Array) return value.toArray().map(toPlainValue);
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
export const replaceText = (text: Y.Text, next: string): void => {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  // Do not split a surrogate pair.
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  if (endPrev < prev.length && isLowSurrogate(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  if (endPrev > start) text.delete(start, endPrev - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
};

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
