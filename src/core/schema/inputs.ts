import { z } from 'zod';

/** Building blocks for operation inputs, with messages a user can act on. */
export const MAX_SHORT = 200;
export const MAX_PROSE = 20_000;

export const shortText = z.string({ error: 'must be text' }).trim().max(MAX_SHORT, `must be at most ${MAX_SHORT} characters`);
export const requiredShort = shortText.min(1, 'must not be empty');
export const prose = z.string({ error: 'must be text' }).max(MAX_PROSE, `is too long (at most ${MAX_PROSE.toLocaleString('en')} characters); split it up`);
export const entityId = z.string({ error: 'must be an id' }).min(1, 'must be an id').max(64, 'is not a valid id');
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
