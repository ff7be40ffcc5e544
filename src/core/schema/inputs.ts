import { z } from 'zod';
import { inputWords } from './inputWords';

/** Building blocks for operation inputs, with messages a user can act on. */
export const MAX_SHORT = 200;
export const MAX_PROSE = 20_000;

export const shortText = z
  .string({ error: inputWords('input.text') })
  .trim()
  .max(MAX_SHORT, inputWords('input.shortMax', { max: MAX_SHORT }));
export const requiredShort = shortText.min(1, inputWords('input.notEmpty'));
export const prose = z.string({ error: inputWords('input.text') }).max(MAX_PROSE, inputWords('input.proseMax', { max: MAX_PROSE }));
/**
 * Ids: letters, digits, '-' and '_' (the 16-character random ids, and readable ids in tests and older boards),
 * never a name every JavaScript object already has (`__proto__`, `constructor`, …), which would make a lookup by id
 * find something that is not there.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));
export const isSafeId = (value: string): boolean => ID_PATTERN.test(value) && !RESERVED_IDS.has(value);
export const entityId = z.string({ error: inputWords('input.id') }).refine(isSafeId, inputWords('input.badId'));
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, inputWords('input.dateShape'))
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    inputWords('input.notADay'),
  );
export const optionalDate = z.union([isoDate, z.literal('')]);
export const finiteNumber = z.number({ error: inputWords('input.number') }).finite(inputWords('input.finite'));
/** Only http(s) addresses: a `javascript:` or `data:` source could run code when clicked. */
export const url = z.union([
  z.literal(''),
  z.string().max(2048, inputWords('input.tooLong')).url(inputWords('input.web')).refine(isWebAddress, inputWords('input.http')),
]);
export function isWebAddress(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
