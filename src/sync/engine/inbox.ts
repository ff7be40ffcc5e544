import type * as Y from 'yjs';
import { applyCapture, OperationError, openSubmission, readDropBox, submissionToCapture, unwrapDropBox } from '../../core';
import type { Replica } from '../replica';
import type { RelayLink } from '../relay/link';

export interface DropInbox {
  /** The room's relay link: the inbox is opened through it once its key is known. */
  attach(link: RelayLink): void;
  dropped(inbox: string, seq: number, box: Uint8Array): void;
  stop(): void;
}

/**
 * A writer's side of the board's drop box: follows the `dropBox` record in the board, unwraps its private
 * key with the write secret, receives sealed submissions from the relay, and applies each one through the
 * capture checks (a new idea or a +1, nothing else). Entries are cleared on the relay once the board has
 * them on disk; one that cannot be opened is cleared too, and logged.
 */
export const openInbox = (options: { boardId: string; secret: string; doc: Y.Doc; replica: Replica; log: (line: string) => void }): DropInbox => {
  const { boardId, secret, doc, replica, log } = options;
  let link: RelayLink | null = null;
  let current: { inbox: string; publicKey: string; key: CryptoKey; token: string } | null = null;
  let previousToken: string | null = null;
  let queue = Promise.resolve();
  let stopped = false;
  const origin = { capture: true, dropBox: true };

  const follow = async () => {
    const record = readDropBox(doc);
    if (!record || record.inbox === current?.inbox) return;
    const opened = await unwrapDropBox(secret, record.inbox, record.wrapped);
    if (!opened) return log(`${boardId}: the drop box's key is not wrapped for this secret; another co-lead will open it`);
    const previous = record.previousInbox && record.previousWrapped ? await unwrapDropBox(secret, record.previousInbox, record.previousWrapped) : null;
    if (stopped) return;
    current = { inbox: record.inbox, publicKey: record.publicKey, ...opened };
    previousToken = previous?.token ?? null;
    link?.watchInbox({ inbox: current.inbox, token: current.token });
    if (previousToken) link?.closeInbox(previousToken);
  };
  const onChange = () => void replica.whenLoaded.then(follow).catch((error: unknown) => log(`${boardId}: drop box: ${String(error)}`));
  doc.getMap('dropBox').observe(onChange);
  onChange();

  return {
    attach: (next) => {
      link = next;
      if (current) {
        next.watchInbox({ inbox: current.inbox, token: current.token });
        if (previousToken) next.closeInbox(previousToken);
      }
    },
    dropped: (inbox, seq, box) => {
      queue = queue
        .then(async () => {
          if (!current || inbox !== current.inbox || stopped) return;
          const submission = await openSubmission(current.key, current, box);
          if (!submission) log(`${boardId}: drop box entry ${seq} could not be opened (not sealed to this board, or not an idea); removed`);
          else {
            try {
              const outcome = applyCapture(doc, submissionToCapture(submission, boardId), origin);
              log(`${boardId}: drop box entry ${seq}: ${outcome}`);
            } catch (error) {
              if (!(error instanceof OperationError)) throw error;
              log(`${boardId}: drop box entry ${seq} was refused (${error.message}); removed`);
            }
            await replica.flush();
          }
          link?.clearInbox(current.token, seq);
        })
        .catch((error: unknown) => log(`${boardId}: drop box entry ${seq} will be tried again: ${String(error)}`));
    },
    stop: () => {
      stopped = true;
      doc.getMap('dropBox').unobserve(onChange);
    },
  };
};
