import type * as Y from 'yjs';
import { applyCapture, OperationError, type Capture } from '../../core';
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
  log: (line: string) => void;
}) => {
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

  return {
    drain: () => (running = running.then(drainOnce).catch((error: unknown) => options.log(`Captures will be retried: ${String(error)}`))),
  };
};

const temporaryBoard = (boardId: string, log: (line: string) => void): BoardHandle => {
  const { doc, replica, release } = openBoardDocument(boardId, log);
  // Give other pages a moment to receive the update over the channel before closing.
  return { doc, replica, release: () => release(500) };
};
