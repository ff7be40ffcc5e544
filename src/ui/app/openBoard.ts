import * as Y from 'yjs';
import { createBoardSession, type BoardSession, type Identity } from '../model/session';
import { openReplica, type Replica } from '../../sync/replica';
import { boardDbName } from './boardList';
import { createPresenceModel, type PresenceModel } from '../rooms/presenceModel';
import { ensureEngine } from '../rooms/engine';

export interface OpenBoard {
  readonly boardId: string;
  readonly session: BoardSession;
  readonly replica: Replica;
  readonly presence: PresenceModel;
  close(): void;
}

/** Loads a board from this browser's IndexedDB, keeps it in step with other pages, and builds its session. */
export const openBoard = async (boardId: string, identity?: () => Identity, viewOnly?: 'read' | 'staff'): Promise<OpenBoard> => {
  const doc = new Y.Doc();
  const replica = openReplica(boardDbName(boardId), doc);
  await replica.whenLoaded;
  const session = createBoardSession(doc, undefined, identity, viewOnly);
  // Test build only: the browser tests play a broken or hostile peer by writing raw Yjs into this document.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { ubtTestBoardDoc: doc });
  const presence = createPresenceModel(boardId);
  void ensureEngine();
  return {
    boardId,
    session,
    replica,
    presence,
    close: () => {
      presence.dispose();
      session.dispose();
      replica.destroy();
      doc.destroy();
    },
  };
};
