import { z } from 'zod';

/** Building blocks for operation inputs, with messages a user can act on. */
export const MAX_SHORT = 200;
export const MAX_PROSE = 20_000;

export const shortText = z.string({ error: 'must be text' }).trim().max(MAX_SHORT, `must be at most ${MAX_SHORT} characters`);
export const requiredShort = shortText.min(1, 'must not be empty');
export const prose = z.string({ error: 'must be text' }).max(MAX_PROSE, `is too long (at most ${MAX_PROSE.toLocaleString('en')} characters); split it up`);
/**
 * Ids: letters, digits, '-' and '_' (the 16-character random ids, and readable ids in tests and older boards),
 * never a name every JavaScript object already has (`__proto__`, `constructor`, …), which would make a lookup by id
 * find something that is not there.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));
export const isSafeId = (value: string): boolean => ID_PATTERN.test(value) && !RESERVED_IDS.has(value);
export const entityId = z.string({ error: 'must be an id' }).refine(isSafeId, 'is not a valid id (letters, digits, - and _, up to 64)');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-14')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'is not a real calendar date',
  );
export const optionalDate = z.union([isoDate, z.literal('')]);
export const finiteNumber = z.number({ error: 'must be a number' }).finite('must be a finite number');
/** Only http(s) addresses: a `javascript:` or `data:` source could run code when clicked. */
export const url = z.union([
  z.literal(''),
  z.string().max(2048, 'is too long').url('must be a web address').refine(isWebAddress, 'must be an http:// or https:// address'),
]);
export function isWebAddress(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
