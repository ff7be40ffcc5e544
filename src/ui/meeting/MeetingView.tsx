import { buildAgenda, lastEndedMeeting, localDay, meetingInProgress, readBoard, startMeeting, type Meeting } from '../../core';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';
import { InProgress } from './InProgress';
import { MinutesView } from './MinutesView';
import { NextMeeting } from './NextMeeting';
import { SinceLastMeeting } from './SinceLastMeeting';
import { t, tMoment, uiLanguage } from '../i18n';

interface Props {
  session: BoardSession;
  boardId: string;
  /** A past meeting's id: its minutes. */
  meetingId: string | null;
  me: string;
}

/**
 * The team's standing meeting, run from the board by both co-leads at once: an agenda built from the board,
 * the current item and its timer shared live, attendance, decisions and actions recorded against the item,
 * what changed since the last meeting, and minutes when it ends.
 */
export function MeetingView({ session, boardId, meetingId, me }: Props) {
  const meetings = session.collections.meetings.live.value;
  const { current, duplicates } = meetingInProgress(meetings);
  if (meetingId && meetingId !== current?.id) return <MinutesView session={session} boardId={boardId} meetingId={meetingId} />;
  if (!current) return <NoMeeting session={session} boardId={boardId} me={me} meetings={meetings} />;
  return <InProgress session={session} boardId={boardId} meeting={current} duplicates={duplicates} me={me} />;
}

function NoMeeting({ session, boardId, me, meetings }: { session: BoardSession; boardId: string; me: string; meetings: Meeting[] }) {
  // Read on render: the preview follows the board while this page is open.
  void session.collections.ideas.all.value;
  void session.collections.cycles.all.value;
  void session.collections.actions.all.value;
  void session.collections.points.all.value;
  const board = readBoard(session.doc);
  const last = lastEndedMeeting(meetings);
  const preview = buildAgenda(board, localDay(), last?.endedAt ?? null, uiLanguage.value);
  const past = meetings.filter((m) => m.endedAt !== null).sort((a, b) => b.startedAt - a.startedAt);
  return (
    <div class="stack meeting">
      <h1>{t('meeting.title')}</h1>
      <section class="card">
        <h2>{t('meeting.start')}</h2>
        <p>{t('meeting.builds', { waiting: preview.length === 0 ? t('meeting.nothingWaiting') : t('count.items', { count: preview.length }) })}</p>
        {preview.length > 0 && (
          <ul class="agenda-preview">
            {preview.map((item) => (
              <li key={`${item.source}-${item.refId}`}>
                <span class="badge">{t(`agendaSource.${item.source}`)}</span> <bdi>{item.title}</bdi>
                {item.detail && <span class="meta"> · {item.detail}</span>}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          class="primary"
          disabled={session.readOnly.value}
          onClick={() => session.run(startMeeting, { today: localDay(), startedBy: me, language: uiLanguage.peek() })}
        >
          {t('meeting.startButton')}
        </button>
      </section>
      <NextMeeting session={session} />
      <SinceLastMeeting session={session} since={last?.endedAt ?? null} />
      <section class="card">
        <h2>{t('meeting.past')}</h2>
        {past.length === 0 ? (
          <p class="empty">{t('meeting.none')}</p>
        ) : (
          <ul>
            {past.map((m) => (
              <li key={m.id}>
                <a href={hrefFor({ boardId, view: 'meeting', itemId: m.id })}>{tMoment(m.startedAt)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
