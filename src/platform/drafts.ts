import { storage } from 'wxt/utils/storage';
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

/** Both kept by @wxt-dev/storage under `session:` (the same keys as before, so nothing is lost on update). */
const draftItem = storage.defineItem<unknown>('session:ubt:draft');
/** A draft older than this was abandoned; the form starts from the page instead. */
const FRESH_MS = 2 * 60_000;

export const saveDraft = async (draft: Draft): Promise<void> => {
  await draftItem.setValue(Draft.parse(draft));
};

/** Reads a stored draft once: it is removed as it is read, so it fills one form only. */
const take = async (item: typeof draftItem): Promise<Draft | null> => {
  const stored = await item.getValue();
  await item.removeValue();
  const parsed = Draft.safeParse(stored);
  return parsed.success ? parsed.data : null;
};

/**
 * A draft picked before this browser had any board: it waits (in memory, like every draft) until the
 * person has joined their team's board and opens quick-add again, however long that takes.
 */
const waitingItem = storage.defineItem<unknown>('session:ubt:draft-waiting');
export const keepDraftUntilJoined = async (draft: Draft): Promise<void> => {
  await waitingItem.setValue(Draft.parse(draft));
};
export const takeWaitingDraft = (): Promise<Draft | null> => take(waitingItem);

export const takeDraft = async (now = Date.now()): Promise<Draft | null> => {
  const draft = await take(draftItem);
  return draft && now - draft.createdAt < FRESH_MS ? draft : null;
};
