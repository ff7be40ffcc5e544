import * as Y from 'yjs';
import { signal, type ReadonlySignal } from '@preact/signals';
import {
  applyPolicy,
  defaultContext,
  NO_POLICY,
  forgetBoard,
  listBoards,
  observeBoardList,
  OperationError,
  ownSettings,
  randomId,
  readSettings,
  registerBoard,
  saveSettings,
  setBoardRoom,
  touchBoard,
  type DropCapability,
  type BoardListEntry,
  type Policy,
  type ReadCapability,
  type Settings,
} from '../../core';
import { openReplica, type Replica } from '../../sync/replica';
import { BOARD_LIST_DB } from '../../sync/names';
import { readPolicy, watchPolicy } from '../../platform/policy';
import { followLanguage } from '../i18n';
import { tError } from '../i18n';

export { BOARD_LIST_DB, boardDbName } from '../../sync/names';

export interface BoardListModel {
  readonly boards: ReadonlySignal<BoardListEntry[]>;
  readonly loaded: ReadonlySignal<boolean>;
  /** This person's name, role and servers, with the organisation's policy applied; see the options page. */
  readonly settings: ReadonlySignal<Settings>;
  /** What the organisation set by policy (Chrome's policy for extensions, Firefox's policies.json). */
  readonly policy: ReadonlySignal<Policy>;
  register(
    id: string,
    name: string,
    access?: { secret?: string; roomId?: string; read?: ReadCapability; drop?: DropCapability; dropRelay?: string | undefined },
  ): void;
  setRoom(id: string, room: { secret: string; roomId: string }): void;
  /** Saves settings; returns a message for the user when they are refused. */
  saveSettings(settings: Settings): string | null;
  touch(id: string, name?: string, kind?: 'board' | 'practice-library'): void;
  forget(id: string): void;
  dispose(): void;
}

/** The list of boards held in this browser, kept in step across the tab and the side panel. */
export const createBoardListModel = (): BoardListModel => {
  const doc = new Y.Doc();
  const replica: Replica = openReplica(BOARD_LIST_DB, doc);
  const ctx = defaultContext({ boardList: true });
  const boards = signal<BoardListEntry[]>([]);
  const loaded = signal(false);
  const fallbackUserId = legacyUserId() ?? randomId();
  const policy = signal<Policy>(NO_POLICY);
  const settings = signal<Settings>(readSettings(doc, fallbackUserId));
  const refresh = () => (boards.value = listBoards(doc));
  const stop = observeBoardList(doc, refresh);
  const settingsMap = doc.getMap('settings');
  const onSettings = () => (settings.value = applyPolicy(readSettings(doc, fallbackUserId), policy.value));
  settingsMap.observe(onSettings);
  const onPolicy = (next: Policy) => {
    policy.value = next;
    onSettings();
  };
  const stopPolicy = watchPolicy(onPolicy);
  const stopLanguage = followLanguage(settings);
  void Promise.all([replica.whenLoaded, readPolicy().then(onPolicy)]).then(() => {
    // First run in this profile: store the person's id so every page and the engine agree on it.
    if (!settingsMap.has('value')) saveSettings(doc, readSettings(doc, fallbackUserId), ctx);
    onSettings();
    refresh();
    loaded.value = true;
  });
  return {
    boards,
    loaded,
    settings,
    policy,
    register: (id, name, room) => registerBoard(doc, { id, name, ...room }, ctx),
    setRoom: (id, room) => setBoardRoom(doc, { id, ...room }, ctx),
    saveSettings: (next) => {
      try {
        saveSettings(doc, ownSettings(next, readSettings(doc, fallbackUserId), policy.peek()), ctx);
        return null;
      } catch (error) {
        if (error instanceof OperationError) return tError(error);
        throw error;
      }
    },
    touch: (id, name, kind) => touchBoard(doc, { id, name, kind }, ctx),
    forget: (id) => forgetBoard(doc, { id }, ctx),
    dispose: () => {
      stop();
      stopPolicy();
      stopLanguage();
      settingsMap.unobserve(onSettings);
      replica.destroy();
      doc.destroy();
    },
  };
};

/** Version 0.1 kept the person's id in localStorage; keep it so their votes stay theirs. */
const legacyUserId = (): string | null => {
  try {
    const id = (JSON.parse(localStorage.getItem('ubt:me') ?? 'null') as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id ? id : null;
  } catch {
    return null;
  }
};
