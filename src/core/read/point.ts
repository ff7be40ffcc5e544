import type * as Y from 'yjs';
import { toPlainValue } from '../doc/entity';
import { isSafeId } from '../schema/inputs';
import type { DataPoint } from '../schema/entities';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = ['id', 'createdAt', 'deleted', 'updatedAt', 'createdBy', 'updatedBy', 'measureId', 'date', 'value', 'note', 'numerator', 'denominator'] as const;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A data point read straight from its Y.Map when it is exactly what this version writes, else null and
 * the caller reads it through the DataPoint schema. Points are most of a board (6,000 on the bench's large
 * board, tens of thousands after years of daily measures), and in an extension page zod cannot compile
 * its checks (no eval), so reading them one field at a time through the schema was 20-30 ms of every
 * opening of the Measures view (bench open-large-board, measured in the page).
 *
 * It gives what `DataPoint.parse(toPlain(map))` gives, defaults and unknown fields alike
 * (test/core/read/point.test.ts compares the two on random points, broken ones too); anything it is unsure
 * of (a field of another type, a value left undefined) goes to the schema, which words the problem.
 */
export const readCanonicalPoint = (map: Y.Map<unknown>, key: string): DataPoint | null => {
  const known: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
  const extras: [string, unknown][] = [];
  let unsure = false as boolean;
  map.forEach((value, field) => {
    if (value === undefined) unsure = true;
    else if ((FIELDS as readonly string[]).includes(field)) known[field as (typeof FIELDS)[number]] = value;
    else if (field === '__proto__') unsure = true;
    else extras.push([field, value]);
  });
  const { id, measureId, date, value, createdAt = 0, deleted = false, note = '', numerator = null, denominator = null } = known;
  if (unsure || id !== key || typeof id !== 'string' || !isSafeId(id) || typeof measureId !== 'string' || !isSafeId(measureId)) return null;
  if (typeof date !== 'string' || !DATE.test(date) || !isNumber(value) || !isNumber(createdAt) || typeof deleted !== 'boolean') return null;
  if (typeof note !== 'string' || !(numerator === null || isNumber(numerator)) || !(denominator === null || isNumber(denominator))) return null;
  // In the schema's order: its fields, then any a newer version wrote, kept as they are (looseObject).
  const out: Record<string, unknown> = { id, createdAt, deleted };
  if (known.updatedAt !== undefined) {
    if (!isNumber(known.updatedAt)) return null;
    out.updatedAt = known.updatedAt;
  }
  for (const stamp of ['createdBy', 'updatedBy'] as const) {
    if (known[stamp] === undefined) continue;
    if (typeof known[stamp] !== 'string') return null;
    out[stamp] = known[stamp];
  }
  Object.assign(out, { measureId, date, value, note, numerator, denominator });
  for (const [field, extra] of extras) out[field] = toPlainValue(extra);
  return out as DataPoint;
};
