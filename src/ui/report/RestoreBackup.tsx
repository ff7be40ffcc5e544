import { useContext, useRef, useState } from 'preact/hooks';
import { defaultContext, isEmptyBoard, randomId, readBackup, restoreBackup, type Backup, isolate } from '../../core';
import type { BoardSession } from '../model/session';
import { BoardListContext } from '../app/context';
import { withBoardDocument } from '../../sync/replica';
import { navigate } from '../app/route';
import { t, tError, tParts, uiLanguage } from '../i18n';

let instances = 0;

const summary = (backup: Backup) => {
  const b = backup.board;
  return t('restore.summary', {
    team: isolate(b.team.name) || t('restore.aBoard'),
    projects: b.projects.length,
    cycles: b.cycles.length,
    measures: b.measures.length,
    points: b.points.length,
    ideas: b.ideas.length,
    actions: b.actions.length,
  });
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
    const result = readBackup(await file.text(), uiLanguage.value);
    setState(
      result.ok ? { kind: 'ready', backup: result.backup, name: file.name, migrated: result.migratedFrom !== null } : { kind: 'error', message: result.error },
    );
  };
  const asNewBoard = async (backup: Backup) => {
    if (!boardList) return;
    const id = randomId();
    try {
      await withBoardDocument(id, ({ doc }) => restoreBackup(doc, { boardId: id, backup }, defaultContext({ restore: true })));
      boardList.register(id, backup.board.team.name || t('restore.restoredName'));
      navigate({ boardId: id, view: 'projects' });
    } catch (error) {
      // Nothing half-written: the new board's storage goes, and the person sees why.
      await withBoardDocument(id, ({ replica }) => replica.deleteLocalCopy()).catch(() => undefined);
      setState({ kind: 'error', message: t('restore.failed', { reason: tError(error) }) });
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
        <label for={inputId}>{t('restore.label')}</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {state.kind === 'error' && (
        <p class="banner error" role="alert">
          {t('restore.nothingChanged', { problem: state.message })}
        </p>
      )}
      {state.kind === 'ready' && (
        <div class="banner good" role="status">
          <p>{tParts(state.migrated ? 'restore.validMigrated' : 'restore.valid', { file: <bdi>{state.name}</bdi>, summary: summary(state.backup) })}</p>
          <div class="row wrap">
            <button type="button" class="primary" onClick={() => void asNewBoard(state.backup)}>
              {t('restore.asNew')}
            </button>
            {intoThis && (
              <button type="button" onClick={() => intoOpenBoard(state.backup)}>
                {t('restore.intoThis')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
