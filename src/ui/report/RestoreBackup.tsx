import { useContext, useRef, useState } from 'preact/hooks';
import { defaultContext, isEmptyBoard, randomId, readBackup, restoreBackup, type Backup, isolate } from '../../core';
import type { BoardSession } from '../model/session';
import { BoardListContext } from '../app/context';
import { withBoardDocument } from '../../sync/replica';
import { navigate } from '../app/route';

let instances = 0;

const summary = (backup: Backup) => {
  const b = backup.board;
  return `${isolate(b.team.name) || 'A board'}: ${b.projects.length} projects, ${b.cycles.length} tests of change, ${b.measures.length} measures with ${b.points.length} points, ${b.ideas.length} ideas, ${b.actions.length} actions.`;
};

/**
 * Restores a backup file: as a new board, or into the open board when it is still empty. The whole file is
 * checked first; a bad file gets a message saying what is wrong and where, and nothing is written.
 */
export function RestoreBackup({ session, boardId }: { session?: BoardSession; boardId?: string }) {
  const boardList = useContext(BoardListContext);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'error'; message: string } | { kind: 'ready'; backup: Backup; name: string; migrated: boolean }
  >({ kind: 'idle' });
  const intoThis = session && boardId && isEmptyBoard(session.doc);
  const inputId = useRef(`restore-file-${++instances}`).current;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = readBackup(await file.text());
    setState(
      result.ok ? { kind: 'ready', backup: result.backup, name: file.name, migrated: result.migratedFrom !== null } : { kind: 'error', message: result.error },
    );
  };
  const asNewBoard = async (backup: Backup) => {
    if (!boardList) return;
    const id = randomId();
    try {
      await withBoardDocument(id, ({ doc }) => restoreBackup(doc, { boardId: id, backup }, defaultContext({ restore: true })));
      boardList.register(id, backup.board.team.name || 'Restored board');
      navigate({ boardId: id, view: 'projects' });
    } catch (error) {
      // Nothing half-written: the new board's storage goes, and the person sees why.
      await withBoardDocument(id, ({ replica }) => replica.deleteLocalCopy()).catch(() => undefined);
      setState({ kind: 'error', message: `The backup could not be restored: ${error instanceof Error ? error.message : String(error)}.` });
    }
  };
  const intoOpenBoard = (backup: Backup) => {
    if (!session || !boardId) return;
    const result = session.run(restoreBackup, { boardId, backup });
    if (result.ok) navigate({ boardId, view: 'projects' });
  };
  return (
    <div class="restore">
      <div class="field">
        <label for={inputId}>Restore a backup (.ubt.json)</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {state.kind === 'error' && (
        <p class="banner error" role="alert">
          {state.message} Nothing was changed.
        </p>
      )}
      {state.kind === 'ready' && (
        <div class="banner good" role="status">
          <p>
            <bdi>{state.name}</bdi> is a valid backup{state.migrated ? ' from an earlier version (it will be brought up to date)' : ''}. {summary(state.backup)}
          </p>
          <div class="row wrap">
            <button type="button" class="primary" onClick={() => void asNewBoard(state.backup)}>
              Restore as a new board
            </button>
            {intoThis && (
              <button type="button" onClick={() => intoOpenBoard(state.backup)}>
                Restore into this empty board
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
