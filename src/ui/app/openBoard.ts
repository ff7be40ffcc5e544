import * as Y from 'yjs';
import { createBoardSession, type BoardSession } from '../model/session';
import { openReplica, type Replica } from '../../sync/replica';
import { boardDbName } from './library';

export interface OpenBoard {
  readonly boardId: string;
  readonly session: BoardSession;
  readonly replica: Replica;
  close(): void;
}

/** Loads a board from this browser's IndexedDB, keeps it in step with other pages, and builds its session. */
export const openBoard = async (boardId: string): Promise<OpenBoard> => {
  const doc = new Y.Doc();
  const replica = openReplica(boardDbName(boardId), doc);
  await replica.whenLoaded;
  const session = createBoardSession(doc);
  return {
    boardId,
    session,
    replica,
    close: () => {
      session.dispose();
      replica.destroy();
      doc.destroy();
    },
  };
};
