import * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { addIdea } from '../ops/ideas';
import { setVote } from '../ops/ideas';
import { OperationError, type OpContext } from '../ops/context';
import { entityId, prose, shortText, url } from '../schema/inputs';

/**
 * A capture: something a person sent to a team's board from a web page (or a +1 for an idea already there).
 * Its id is chosen when the person presses Save and travels with it through the durable queue, so applying
 * it twice (a retry after a crash) never makes a second idea.
 */
export const CaptureId = z.string().regex(/^cap-[A-Za-z0-9_-]{12,40}$/, 'is not a capture id');

export const Capture = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('idea'),
    id: CaptureId,
    boardId: entityId,
    text: prose.refine((t) => t.trim().length > 0, 'must not be empty'),
    note: shortText.default(''),
    author: shortText.default(''),
    sourceTitle: shortText.default(''),
    sourceUrl: url.default(''),
    createdAt: z.number(),
  }),
  z.object({
    type: z.literal('vote'),
    id: CaptureId,
    boardId: entityId,
    ideaId: entityId,
    voterId: entityId,
    createdAt: z.number(),
  }),
]);
export type Capture = z.infer<typeof Capture>;

export const newCaptureId = (random: () => string): string => `cap-${random()}`;

export type CaptureOutcome = 'added' | 'already-there' | 'voted';

/** Applies a capture to its board's document. Idempotent: the idea's id is the capture's id. */
export const applyCapture = (doc: Y.Doc, capture: Capture, origin: object, now: () => number = Date.now): CaptureOutcome => {
  const ctx: OpContext = { origin, newId: () => capture.id, now };
  if (capture.type === 'vote') {
    setVote(doc, { ideaId: capture.ideaId, voterId: capture.voterId, vote: true }, ctx);
    return 'voted';
  }
  if (collection(doc, 'ideas').has(capture.id)) return 'already-there';
  const id = addIdea(doc, { text: capture.text, author: capture.author, sourceTitle: capture.sourceTitle, sourceUrl: capture.sourceUrl, note: capture.note }, ctx);
  if (id !== capture.id) throw new OperationError('The captured idea was stored under another id.');
  return 'added';
};
