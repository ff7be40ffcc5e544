import { z } from 'zod';
import { entityId, prose, shortText, url } from '../schema/inputs';
import { IDENTIFIER_KINDS } from './privacy';
import { inputWords } from '../schema/inputWords';

/**
 * A capture: something a person sent to a team's board from a web page (or a +1 for an idea already there).
 * Its id is chosen when the person presses Save and travels with it through the durable queue, so applying
 * it twice (a retry after a crash) never makes a second idea.
 */
export const CaptureId = z.string().regex(/^cap-[A-Za-z0-9_-]{12,40}$/, 'is not a capture id');

/** What a new idea carries, from the person's own browser (a capture) or through the drop box (a submission). */
export const IDEA_FIELDS = {
  text: prose.refine((t) => t.trim().length > 0, inputWords('input.notEmpty')),
  note: shortText.default(''),
  author: shortText.default(''),
  /** Added without a name: no author is stored, and nothing the capture writes names who sent it. */
  anonymous: z.boolean().default(false),
  sourceTitle: shortText.default(''),
  sourceUrl: url.default(''),
  /** Kinds of patient detail the privacy check found and the sender chose to keep (kept on the idea for a co-lead to check). */
  privacy: z.array(z.enum(IDENTIFIER_KINDS)).max(IDENTIFIER_KINDS.length).default([]),
  createdAt: z.number(),
};

export const Capture = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('idea'),
    id: CaptureId,
    boardId: entityId,
    ...IDEA_FIELDS,
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
