import type * as Y from 'yjs';
import { applyCapture, captureToSubmission, OperationError, type Capture, type DropCapability } from '../../core';
import { sendDrop } from '../relay/drop';

const DROP_RETRY_MS = 30_000;
import { openBoardDocument, type Replica } from '../replica';
import { pendingCaptures, removeCapture } from '../captureQueue';

export interface BoardHandle {
  readonly doc: Y.Doc;
  readonly replica: Replica;
  release(): void;
}

/**
 * Applies every waiting capture to its board, then removes it from the queue once the board has it on
 * disk. A board that is open in the engine is used as it is (so connected co-leads get the idea at once);
 * any other board is opened from IndexedDB for the moment. Runs one drain at a time.
 */
export const createCaptureDrain = (options: {
  openBoard: (boardId: string) => BoardHandle | null;
  boardExists: (boardId: string) => boolean;
  /** For a board this browser may only add ideas to: its drop box and the relay to send to. */
  dropFor?: (boardId: string) => { drop: DropCapability; relay: string | null } | null;
  log: (line: string) => void;
}) => {
  let retry: ReturnType<typeof setTimeout> | null = null;
  const retryLater = () => {
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      void drain();
    }, DROP_RETRY_MS);
  };
  let running: Promise<void> = Promise.resolve();
  const origin = { capture: true };

  const drainOnce = async () => {
    const { valid, invalid } = await pendingCaptures();
    for (const id of invalid) {
      options.log(`Removed an unreadable capture (${id}) from the queue.`);
      await removeCapture(id);
    }
    for (const capture of valid) await deliver(capture);
  };

  const deliver = async (capture: Capture) => {
    if (!options.boardExists(capture.boardId)) {
      options.log(`A capture was for a board that is no longer in this browser; it was dropped.`);
      await removeCapture(capture.id);
      return;
    }
    const drop = options.dropFor?.(capture.boardId);
    if (drop) return sendToDropBox(capture, drop);
    const handle = options.openBoard(capture.boardId) ?? temporaryBoard(capture.boardId, options.log);
    try {
      await handle.replica.whenLoaded;
      try {
        applyCapture(handle.doc, capture, origin);
      } catch (error) {
        if (!(error instanceof OperationError)) throw error;
        options.log(`A capture could not be added (${error.message}); it was dropped.`);
      }
      await handle.replica.flush();
      await removeCapture(capture.id);
    } finally {
      handle.release();
    }
  };

  /** Sealed to the board's drop box; kept in the queue until the relay acknowledges it. */
  const sendToDropBox = async (capture: Capture, { drop, relay }: { drop: DropCapability; relay: string | null }) => {
    if (!relay) {
      options.log('An idea waits for a relay: this board takes ideas only through its drop box, and no relay is set in Settings.');
      return;
    }
    const result = await sendDrop(relay, drop, captureToSubmission(capture));
    if (result.ok) {
      options.log(`Sent a capture to the drop box of ${capture.boardId} (inbox entry ${result.seq}).`);
      await removeCapture(capture.id);
    } else if (result.retry) {
      options.log(`A capture for ${capture.boardId} will be sent again: ${result.error}`);
      retryLater();
    } else {
      options.log(`The drop box refused a capture (${result.error}); it was dropped.`);
      await removeCapture(capture.id);
    }
  };

  const drain = () => (running = running.then(drainOnce).catch((error: unknown) => options.log(`Captures will be retried: ${String(error)}`)));
  return { drain };
};

const temporaryBoard = (boardId: string, log: (line: string) => void): BoardHandle => {
  const { doc, replica, release } = openBoardDocument(boardId, log);
  // Give other pages a moment to receive the update over the channel before closing.
  return { doc, replica, release: () => release(500) };
};
