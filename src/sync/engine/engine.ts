import * as Y from 'yjs';
import {
  applyPolicy,
  defaultContext,
  deriveRoomId,
  listBoards,
  NO_POLICY,
  observeBoardList,
  randomId,
  readSettings,
  setBoardRoom,
  type Policy,
  type Settings,
} from '../../core';
import { openReplica, type Replica } from '../replica';
import { actAsEngineWindow } from '../localChannel';
import { boardDbName, ENGINE_LOG_CHANNEL, BOARD_LIST_DB } from '../names';
import { openRoom, type Room } from './room';
import { createCaptureDrain } from './captures';
import { forgetSavedLinks } from '../relay/savedLink';
import { keepCopies } from '../autoBackup';
import type { RelayAccess } from '../relay/crypto';
import { openInbox, type DropInbox } from './inbox';
import { speakSyncIn } from '../words';

/** Edits quiet this long before the recent copy is checked. */
const COPY_AFTER_QUIET = 30_000;
/** A board's records are checked for copies of the same updates this long after the engine opened it. */
const COMPACT_AFTER_MS = 20_000;

interface Connected {
  /** What the room was opened with: the write secret, or `read <token>` for a read-only board. */
  readonly secret: string;
  readonly doc: Y.Doc;
  readonly replica: Replica;
  room: Room;
  inbox: DropInbox | null;
}

export interface Engine {
  /** Board ids with an open room, for tests and diagnostics. */
  rooms(): string[];
  /** Applies captures waiting in the durable queue. */
  drainCaptures(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The sync engine: one per browser profile (Chrome's offscreen document, Firefox's background page).
 * It holds every shared board's document, persistence and WebRTC room, following the local library:
 * sharing a board connects it, leaving closes it, rotating the secret moves it, and changing the
 * servers in the options reconnects every room. Pages are replicas that sync with it over BroadcastChannel.
 */
const logChannel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(ENGINE_LOG_CHANNEL);
const defaultLog = (line: string) => {
  console.info(`[ubt engine] ${line}`);
  logChannel?.postMessage(`${new Date().toISOString()} ${line}`);
};

/** Where the engine learns the organisation's policy: storage in Firefox's background, the background in Chrome. */
export interface PolicySource {
  read(): Promise<Policy>;
  watch(onChange: (policy: Policy) => void): () => void;
}
const noPolicy: PolicySource = { read: async () => NO_POLICY, watch: () => () => {} };

export const startEngine = async (log: (line: string) => void = defaultLog, policySource: PolicySource = noPolicy): Promise<Engine> => {
  actAsEngineWindow();
  const boardList = new Y.Doc();
  const boardListReplica = openReplica(BOARD_LIST_DB, boardList, log);
  await boardListReplica.whenLoaded;
  const ctx = defaultContext({ engine: true });
  const engineUserId = randomId();
  const connected = new Map<string, Connected>();
  let policy = await policySource.read().catch(() => NO_POLICY);
  const inForce = () => applyPolicy(readSettings(boardList, engineUserId), policy);
  let settings: Settings = inForce();
  const browserLanguages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  speakSyncIn(settings, browserLanguages);
  let settingsKey = JSON.stringify(settings);
  let queue = Promise.resolve();

  const connect = (boardId: string, access: RelayAccess, roomId: string, movedBy: string, existing?: Connected): Connected => {
    const doc = existing?.doc ?? new Y.Doc();
    const replica = existing?.replica ?? openReplica(boardDbName(boardId), doc, log);
    const secret = access.kind === 'write' ? access.secret : `read ${access.read.readToken}`;
    const inbox = access.kind === 'write' ? openInbox({ boardId, secret: access.secret, doc, replica, log }) : null;
    const room = openRoom({
      boardId,
      roomId,
      access,
      doc,
      settings,
      movedBy,
      log,
      isLoaded: replica.isLoaded,
      onPeerMoved: (next, by) => {
        void deriveRoomId(next).then((nextRoomId) => setBoardRoom(boardList, { id: boardId, secret: next, roomId: nextRoomId, rotatedBy: by }, ctx));
      },
      onDropped: (id, seq, box) => inbox?.dropped(id, seq, box),
    });
    if (room.relay) inbox?.attach(room.relay);
    const entry = { secret, doc, replica, room, inbox };
    if (!existing) {
      replica.onDeleted(() => void disconnect(boardId));
      void replica.whenLoaded.then(() => {
        keepCopy(boardId, doc);
        // Once, a while after the board opened (not while its page is drawing): a board stored twice by an
        // older version is stored once.
        const compact = setTimeout(() => {
          void replica
            .compactIfDuplicated()
            .then((did) => did && log(`stored ${boardId} once, in place of copies of the same updates`))
            .catch((error: unknown) => log(`could not compact ${boardId}: ${String(error)}`));
        }, COMPACT_AFTER_MS);
        doc.on('destroy', () => clearTimeout(compact));
        // The recent copy follows the board: checked once edits have been quiet for a while.
        let quiet: ReturnType<typeof setTimeout> | undefined;
        doc.on('update', () => {
          clearTimeout(quiet);
          quiet = setTimeout(() => keepCopy(boardId, doc), COPY_AFTER_QUIET);
        });
        doc.on('destroy', () => clearTimeout(quiet));
      });
    }
    log(`connected ${boardId} to room ${roomId}`);
    return entry;
  };

  const keepCopy = (boardId: string, doc: Y.Doc) =>
    void keepCopies(boardId, doc)
      .then((wrote) => {
        if (wrote.daily) log(`kept today's copy of ${boardId}`);
        if (wrote.recent) log(`kept a recent copy of ${boardId}`);
      })
      .catch((error: unknown) => log(`could not keep a copy of ${boardId}: ${String(error)}`));
  // A board open for days still gets one copy a day.
  const copies = setInterval(() => {
    for (const [boardId, entry] of connected) keepCopy(boardId, entry.doc);
  }, 60 * 60_000);

  const disconnect = async (boardId: string) => {
    const entry = connected.get(boardId);
    if (!entry) return;
    connected.delete(boardId);
    entry.inbox?.stop();
    await entry.room.close();
    entry.replica.destroy();
    entry.doc.destroy();
    log(`left room of ${boardId}`);
  };

  /** Brings the open rooms in line with the library; runs one at a time. */
  const reconcile = () =>
    (queue = queue
      .then(async () => {
        const nextSettings = inForce();
        const nextKey = JSON.stringify(nextSettings);
        const settingsChanged = nextKey !== settingsKey;
        settings = nextSettings;
        settingsKey = nextKey;
        speakSyncIn(settings, browserLanguages);
        const wanted = new Map(
          listBoards(boardList)
            .filter((b) => (b.secret && b.roomId) || b.read)
            .map((b) => [b.id, b]),
        );
        for (const boardId of [...connected.keys()]) {
          if (wanted.has(boardId)) continue;
          await disconnect(boardId);
          await forgetSavedLinks(boardId).catch(() => {});
        }
        for (const [boardId, board] of wanted) {
          const current = connected.get(boardId);
          const access: RelayAccess = board.secret && board.roomId ? { kind: 'write', secret: board.secret } : { kind: 'read', read: board.read! };
          const secret = access.kind === 'write' ? access.secret : `read ${access.read.readToken}`;
          const roomId = access.kind === 'write' ? board.roomId! : `read-${access.read.readToken}`;
          if (!current) connected.set(boardId, connect(boardId, access, roomId, board.rotatedBy));
          else if (current.secret !== secret) {
            const old = current.room.relay;
            // Rotated here (tell the others, and delete the old relay room) or followed a co-lead's rotation.
            if (board.rotatedBy === '' && access.kind === 'write' && !current.secret.startsWith('read ')) {
              const forgotten = await old?.forget(5000);
              if (old) log(forgotten ? `deleted the old relay room of ${boardId}` : `could not delete the old relay room of ${boardId} (it expires unused)`);
              await current.room.moveTo(secret);
            } else await current.room.close();
            current.inbox?.stop();
            connected.set(boardId, connect(boardId, access, roomId, board.rotatedBy, current));
          } else if (settingsChanged) {
            current.inbox?.stop();
            await current.room.close();
            connected.set(boardId, connect(boardId, access, roomId, board.rotatedBy, current));
          }
        }
      })
      .catch((error: unknown) => log(`could not update rooms: ${String(error)}`)));

  const stopObserving = observeBoardList(boardList, () => void reconcile());
  boardList.getMap('settings').observe(() => void reconcile());
  // IT changed the policy while the browser runs: every room reconnects with the servers now in force.
  const stopPolicy = policySource.watch((next) => {
    policy = next;
    void reconcile();
  });
  await reconcile();

  const captures = createCaptureDrain({
    log,
    boardExists: (boardId) => listBoards(boardList).some((b) => b.id === boardId),
    dropFor: (boardId) => {
      const board = listBoards(boardList).find((b) => b.id === boardId);
      if (!board || (board.secret && board.roomId) || !board.drop) return null;
      return { drop: board.drop, relay: board.dropRelay || settings.relays[0] || null };
    },
    openBoard: (boardId) => {
      const entry = connected.get(boardId);
      return entry ? { doc: entry.doc, replica: entry.replica, release: () => {} } : null;
    },
  });
  // Captures saved while the engine was not running (browser closed, worker stopped) go in now.
  void captures.drain();

  return {
    rooms: () => [...connected.keys()],
    drainCaptures: () => captures.drain(),
    stop: async () => {
      clearInterval(copies);
      stopObserving();
      stopPolicy();
      await queue;
      for (const boardId of [...connected.keys()]) await disconnect(boardId);
      boardListReplica.destroy();
      boardList.destroy();
    },
  };
};
