import type * as Y from 'yjs';
import { collection } from '../doc/layout';
import { addIdea } from '../ops/ideas';
import { setVote } from '../ops/ideas';
import { refuse, type OpContext } from '../ops/context';
import type { Capture } from './schema';
import { findIdentifiers } from './privacy';

export { Capture, CaptureId, newCaptureId } from './schema';

export type CaptureOutcome = 'added' | 'already-there' | 'voted';

/** Applies a capture to its board's document. Idempotent: the idea's id is the capture's id. */
export const applyCapture = (doc: Y.Doc, capture: Capture, origin: object, now: () => number = Date.now): CaptureOutcome => {
  const ctx: OpContext = { origin, newId: () => capture.id, now };
  if (capture.type === 'vote') {
    setVote(doc, { ideaId: capture.ideaId, voterId: capture.voterId, vote: true }, ctx);
    return 'voted';
  }
  if (collection(doc, 'ideas').has(capture.id)) return 'already-there';
  const id = addIdea(
    doc,
    {
      text: capture.text,
      ...(capture.anonymous ? { anonymous: true } : { author: capture.author }),
      sourceTitle: capture.sourceTitle,
      sourceUrl: capture.sourceUrl,
      note: capture.note,
      privacy: [...new Set([...capture.privacy, ...findIdentifiers(capture.text).map((f) => f.kind)])],
    },
    ctx,
  );
  if (id !== capture.id) throw refuse((tr) => tr.t('refuse.captureId'));
  return 'added';
};
