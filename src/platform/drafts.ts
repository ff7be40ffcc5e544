import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * What was just picked from a page, waiting for the person to review it in the quick-add form. Kept in
 * `storage.session` (memory only, cleared when the browser closes): nothing is written to disk, synced or
 * logged until the person saves, which is where the privacy check happens.
 */
export const Draft = z.object({
  text: z.string().max(100_000),
  sourceTitle: z.string().max(500).default(''),
  sourceUrl: z.string().max(2048).default(''),
  createdAt: z.number(),
});
export type Draft = z.infer<typeof Draft>;

const KEY = 'ubt:draft';
/** A draft older than this was abandoned; the form starts from the page instead. */
const FRESH_MS = 2 * 60_000;

export const saveDraft = async (draft: Draft): Promise<void> => {
  await browser.storage.session.set({ [KEY]: Draft.parse(draft) });
};

/**
 * A draft picked before this browser had any board: it waits (in memory, like every draft) until the
 * person has joined their team's board and opens quick-add again, however long that takes.
 */
const WAITING = 'ubt:draft-waiting';
export const keepDraftUntilJoined = async (draft: Draft): Promise<void> => {
  await browser.storage.session.set({ [WAITING]: Draft.parse(draft) });
};
export const takeWaitingDraft = async (): Promise<Draft | null> => {
  const stored = (await browser.storage.session.get(WAITING))[WAITING];
  await browser.storage.session.remove(WAITING);
  const parsed = Draft.safeParse(stored);
  return parsed.success ? parsed.data : null;
};

export const takeDraft = async (now = Date.now()): Promise<Draft | null> => {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  await browser.storage.session.remove(KEY);
  const parsed = Draft.safeParse(stored);
  return parsed.success && now - parsed.data.createdAt < FRESH_MS ? parsed.data : null;
};
