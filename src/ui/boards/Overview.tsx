import { useEffect, useState } from 'preact/hooks';
import { boardRollup, localDay, readBoard, SIGNAL_WINDOW_DAYS, type BoardRollup } from '../../core';
import { withBoardDocument } from '../../sync/replica';
import { accessOf } from '../../core';
import type { BoardListModel } from '../app/boardList';
import { hrefFor } from '../app/route';
import { t, tDay, tNumber } from '../i18n';

type Row = { id: string; name: string } & ({ state: 'loading' } | { state: 'ready'; rollup: BoardRollup } | { state: 'failed'; error: string });

/**
 * Every board in this browser at a glance, for a sponsor who follows several teams: one row a team, read
 * from this browser's copy of each board (what the last sync brought). Each row opens that board; the page
 * prints as it is.
 */
export function Overview({ boardList }: { boardList: BoardListModel }) {
  // A drop box alone has no board to sum up.
  const boards = boardList.boards.value.filter((b) => b.kind !== 'practice-library' && accessOf(b) !== 'drop');
  const [rows, setRows] = useState<Row[]>([]);
  const key = boards.map((b) => b.id).join();
  useEffect(() => {
    let stopped = false;
    const day = localDay();
    setRows(boards.map((b) => ({ id: b.id, name: b.name, state: 'loading' })));
    // A few boards at a time: a sponsor may hold dozens, and each opens its IndexedDB copy.
    const queue = [...boards];
    const worker = async () => {
      for (let b = queue.shift(); b; b = queue.shift()) {
        const board = b;
        const row: Row = await withBoardDocument(board.id, ({ doc }) => boardRollup(readBoard(doc), day)).then(
          (rollup) => ({ id: board.id, name: board.name, state: 'ready', rollup }),
          (error: unknown) => ({ id: board.id, name: board.name, state: 'failed', error: String(error) }),
        );
        if (stopped) return;
        setRows((current) => current.map((r) => (r.id === row.id ? row : r)));
      }
    };
    for (let i = 0; i < 4; i++) void worker();
    return () => {
      stopped = true;
    };
  }, [key]);

  return (
    <div class="overview stack">
      <header class="overview-head">
        <h1>{t('overview.title')}</h1>
        <p class="meta">{t('overview.asOf', { day: tDay(localDay()), days: tNumber(SIGNAL_WINDOW_DAYS) })}</p>
        <div class="row wrap no-print">
          <button type="button" onClick={() => print()}>
            {t('overview.print')}
          </button>
          {boards[0] && <a href={hrefFor({ boardId: boards[0].id, view: 'projects' })}>{t('overview.back')}</a>}
        </div>
      </header>
      {boards.length === 0 ? (
        <p class="empty">{t('overview.none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="overview-table">
            <caption class="visually-hidden">{t('overview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.team')}</th>
                <th scope="col">{t('overview.activeProjects')}</th>
                <th scope="col">{t('overview.inProgress')}</th>
                <th scope="col">{t('overview.overdue')}</th>
                <th scope="col">{t('overview.signals')}</th>
                <th scope="col">{t('overview.lastMeeting')}</th>
                <th scope="col">{t('overview.pastDue')}</th>
                <th scope="col">{t('overview.toTriage')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={hrefFor({ boardId: row.id, view: 'projects' })}>
                      <bdi class="clamp">{row.state === 'ready' ? row.rollup.team || row.name : row.name || t('overview.unnamed')}</bdi>
                    </a>
                    {row.state === 'ready' && row.rollup.unit && (
                      <div class="meta">
                        <bdi>{row.rollup.unit}</bdi>
                      </div>
                    )}
                  </th>
                  {row.state === 'loading' && (
                    <td colSpan={7} class="meta">
                      {t('overview.reading')}
                    </td>
                  )}
                  {row.state === 'failed' && (
                    <td colSpan={7} class="bad-text">
                      {t('overview.failed', { error: row.error })}
                    </td>
                  )}
                  {row.state === 'ready' && <Cells rollup={row.rollup} />}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Cells({ rollup: r }: { rollup: BoardRollup }) {
  return (
    <>
      <td>{tNumber(r.activeProjects)}</td>
      <td>{tNumber(r.cyclesInProgress)}</td>
      <td class={r.cyclesOverdue ? 'attention' : undefined}>{tNumber(r.cyclesOverdue)}</td>
      <td>
        {r.improving.length + r.concerning.length === 0 && <span class="meta">{t('overview.noneSignal')}</span>}
        {r.improving.map((name) => (
          <div key={`i-${name}`}>
            <span class="badge good">{t('overview.improvement')}</span> <bdi>{name}</bdi>
          </div>
        ))}
        {r.concerning.map((name) => (
          <div key={`c-${name}`}>
            <span class="badge bad">{t('overview.concern')}</span> <bdi>{name}</bdi>
          </div>
        ))}
      </td>
      <td>{r.meetingNow ? t('overview.meetingNow') : r.lastMeeting ? tDay(localDay(r.lastMeeting)) : <span class="meta">{t('overview.noMeeting')}</span>}</td>
      <td class={r.actionsPastDue ? 'attention' : undefined}>{tNumber(r.actionsPastDue)}</td>
      <td>{tNumber(r.ideasToTriage)}</td>
    </>
  );
}
