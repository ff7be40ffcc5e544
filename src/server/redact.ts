/** What stands in for a token in anything the server writes down (logs, `--record`). */
export const TOKEN_CENSOR = '[token]';

/** The JSON fields of the relay and signalling protocols that carry a capability. */
const SECRET_FIELDS = new Set(['token', 'readToken', 'writeToken', 'secret']);

const censor = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(censor);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, SECRET_FIELDS.has(key) ? TOKEN_CENSOR : censor(field)]));
};

/**
 * A protocol frame as it may be written down: every token replaced by {@link TOKEN_CENSOR}. A frame that is
 * not JSON is not recorded at all (it could be anything), only its length.
 */
export const withoutTokens = (text: string): string => {
  try {
    return JSON.stringify(censor(JSON.parse(text)));
  } catch {
    return JSON.stringify({ unreadable: text.length });
  }
};
