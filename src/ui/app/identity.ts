import { z } from 'zod';
import { randomId } from '../../core';

const Me = z.object({ id: z.string().min(1), name: z.string().default('') });
export type Me = z.infer<typeof Me>;
const KEY = 'ubt:me';

/**
 * Who is using this browser profile: a random id (for votes and agreement marks) and a display name.
 * Kept in the extension origin's localStorage, shared by the board tab and the side panel.
 */
export const loadMe = (): Me => {
  const parsed = Me.safeParse(safeJson(localStorage.getItem(KEY)));
  if (parsed.success) return parsed.data;
  const me = { id: randomId(), name: '' };
  localStorage.setItem(KEY, JSON.stringify(me));
  return me;
};

export const saveMyName = (name: string): Me => {
  const me = { ...loadMe(), name: name.trim() };
  localStorage.setItem(KEY, JSON.stringify(me));
  return me;
};

const safeJson = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};
