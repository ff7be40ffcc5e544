import * as Y from 'yjs';
import { signal, type ReadonlySignal } from '@preact/signals';
import {
  defaultContext,
  editText,
  isReadOnly,
  KIND_NAMES,
  metaMap,
  OperationError,
  readTeam,
  teamMap,
  topLevelTypes,
  type Kind,
  type NeedsAttention,
  type OpContext,
  type Role,
  type Team,
} from '../../core';
import { createCollectionModel, type CollectionModel } from './collection';
import { t, tError } from '../i18n';

type Collections = { [K in Kind]: CollectionModel<K> };
export type RunResult<R> = { ok: true; value: R } | { ok: false; error: string };
type Operation<I, R> = (doc: Y.Doc, input: I, ctx: OpContext) => R;

/**
 * One open board: its document, the collections as signals, the user's own undo history, and `run`,
 * through which every edit goes. Owns every observer it creates; `dispose` releases them.
 */
export interface BoardSession {
  readonly doc: Y.Doc;
  readonly collections: Collections;
  readonly team: ReadonlySignal<Team>;
  /** Team fields of the wrong type, read as empty and listed under "needs attention". */
  readonly teamIssues: ReadonlySignal<NeedsAttention[]>;
  readonly readOnly: ReadonlySignal<boolean>;
  /** Opened with a read or staff invite (not a newer format): why the board is read-only. */
  readonly viewOnly: 'read' | 'staff' | null;
  /** False until the board's document has been set up here or has arrived from a co-lead. */
  readonly ready: ReadonlySignal<boolean>;
  /** The last refused edit, in words for the user; cleared by the next successful one. */
  readonly error: ReadonlySignal<string | null>;
  readonly canUndo: ReadonlySignal<boolean>;
  readonly canRedo: ReadonlySignal<boolean>;
  /**
   * Runs an operation as this page's user; a refusal is shown to the user through `error`. `anonymous` runs it
   * without the user's name, so nothing it writes is stamped with who did it.
   */
  run<I, R>(operation: Operation<I, R>, input: I, options?: { anonymous?: boolean }): RunResult<R>;
  undo(): void;
  redo(): void;
  clearError(): void;
  dispose(): void;
}

/** Who is editing here, from Settings, read at each edit: their display name, user id and role. */
export interface Identity {
  readonly displayName: string;
  readonly userId: string;
  readonly role: Role;
}

/**
 * `identity` names the person editing here; operations stamp the name and check the role and user (only
 * co-leads decide and delete, only a person ticks their own agreement). Without one, nothing is limited.
 */
export const createBoardSession = (
  doc: Y.Doc,
  origin: object = { local: true },
  identity?: () => Identity,
  /** Opened with a read invite: every operation is refused here (and the relay would refuse it too). */
  viewOnly?: 'read' | 'staff',
): BoardSession => {
  const base = defaultContext(origin);
  const ctx: OpContext = {
    ...base,
    get actor() {
      return identity?.().displayName || undefined;
    },
    get userId() {
      return identity?.().userId;
    },
    get role() {
      return identity?.().role;
    },
  };
  // "Without my name" drops the name, not the limits of the role.
  const anonymous: OpContext = {
    ...base,
    get userId() {
      return identity?.().userId;
    },
    get role() {
      return identity?.().role;
    },
  };
  const collections = Object.fromEntries(KIND_NAMES.map((kind) => [kind, createCollectionModel(doc, kind)])) as Collections;
  const first = readTeam(doc);
  const team = signal(first.team);
  const teamIssues = signal(first.issues);
  const readOnly = signal(isReadOnly(doc) || !!viewOnly);
  const ready = signal(metaMap(doc).has('schemaVersion'));
  const error = signal<string | null>(null);
  const onTeam = () => {
    const read = readTeam(doc);
    team.value = read.team;
    teamIssues.value = read.issues;
  };
  const onMeta = () => {
    readOnly.value = isReadOnly(doc) || !!viewOnly;
    ready.value = metaMap(doc).has('schemaVersion');
  };
  teamMap(doc).observe(onTeam);
  metaMap(doc).observe(onMeta);

  // Only edits made here (tagged with this page's origin) are undone: never a co-lead's.
  const undoManager = new Y.UndoManager(topLevelTypes(doc), { trackedOrigins: new Set([origin]), captureTimeout: 600 });
  const canUndo = signal(false);
  const canRedo = signal(false);
  const onStack = () => {
    canUndo.value = undoManager.undoStack.length > 0;
    canRedo.value = undoManager.redoStack.length > 0;
  };
  for (const name of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) undoManager.on(name, onStack);

  return {
    doc,
    collections,
    team,
    teamIssues,
    readOnly,
    viewOnly: viewOnly ?? null,
    ready,
    error,
    canUndo,
    canRedo,
    run: (operation, input, options) => {
      if (viewOnly) {
        const message = t(viewOnly === 'staff' ? 'readOnly.staff' : 'readOnly.read');
        error.value = message;
        return { ok: false, error: message };
      }
      try {
        // Typing merges into one undo step per pause; every other edit is an undo step of its own.
        const discrete = (operation as unknown) !== editText;
        if (discrete) undoManager.stopCapturing();
        const value = operation(doc, input, options?.anonymous ? anonymous : ctx);
        if (discrete) undoManager.stopCapturing();
        if (error.peek()) error.value = null;
        return { ok: true, value };
      } catch (caught) {
        if (!(caught instanceof OperationError)) throw caught;
        const message = tError(caught);
        error.value = message;
        return { ok: false, error: message };
      }
    },
    undo: () => void undoManager.undo(),
    redo: () => void undoManager.redo(),
    clearError: () => (error.value = null),
    dispose: () => {
      for (const model of Object.values(collections)) model.dispose();
      teamMap(doc).unobserve(onTeam);
      metaMap(doc).unobserve(onMeta);
      undoManager.destroy();
    },
  };
};
