import { goToAgendaItem, type AgendaItem, type Meeting } from '../../core';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';
import { stopwatch } from './clock';
import { ItemChoices } from './ItemChoices';
import { RecordForm } from './RecordForm';
import { t, tParts } from '../i18n';

interface Props {
  session: BoardSession;
  boardId: string;
  meeting: Meeting;
  /** The agenda, in order. */
  items: AgendaItem[];
  me: string;
  /** The clock, ticking every second. */
  now: number;
}

/** The item the team is on: its time so far, the way to the next one, the choices it asks for, and what to record. */
export function CurrentItem({ session, boardId, meeting, items, me, now }: Props) {
  const currentIndex = items.findIndex((i) => i.id === meeting.currentItemId);
  const current = items[currentIndex] ?? null;
  const next = items.slice(currentIndex + 1).find((i) => !i.covered) ?? items[currentIndex + 1] ?? null;
  const turn = current && meeting.currentSince !== null ? Math.max(0, now - meeting.currentSince) : 0;
  const go = (itemId: string) => session.run(goToAgendaItem, { meetingId: meeting.id, itemId });
  return (
    <>
      {/* Announced when the item changes, never the clock: the timer below is outside any live region. */}
      <p class="visually-hidden" role="status">
        {current ? t('meeting.now', { number: currentIndex + 1, count: items.length, title: current.title }) : ''}
      </p>
      <section class="card current-item" aria-labelledby="current-item-title">
        {current ? (
          <>
            <p class="meta">
              {t('meeting.itemOf', { number: currentIndex + 1, count: items.length })} · {t(`agendaSource.${current.source}`)}
            </p>
            <h2 id="current-item-title">
              <bdi>{current.title}</bdi>
            </h2>
            {current.detail && (
              <p>
                <bdi>{current.detail}</bdi>
              </p>
            )}
            <p class="timer">
              <span class="timer-label">{t('meeting.timeOnItem')}</span> <span class="timer-value">{stopwatch(current.spentMs + turn)}</span>
            </p>
            <div class="row wrap">
              {next && (
                <button type="button" class="primary" onClick={() => go(next.id)}>
                  {tParts('meeting.next', { title: <bdi>{next.title}</bdi> })}
                </button>
              )}
              {current.refId && current.source !== 'free' && (
                <a href={hrefFor({ boardId, view: viewOf(current), itemId: projectOf(session, current) })}>{t('meeting.openInBoard')}</a>
              )}
            </div>
            <ItemChoices session={session} meeting={meeting} item={current} me={me} />
            <RecordForm session={session} meeting={meeting} item={current} me={me} />
          </>
        ) : (
          <>
            <h2 id="current-item-title">{t('meeting.noItem')}</h2>
            <p>{t('meeting.addToStart')}</p>
          </>
        )}
      </section>
    </>
  );
}

/** A test of change opens in its project. */
const projectOf = (session: BoardSession, item: AgendaItem): string | null => {
  if (item.source !== 'cycle' || !item.refId) return null;
  const cycle = session.collections.cycles.entity(item.refId).value;
  return cycle.ok ? cycle.value.projectId : null;
};

const viewOf = (item: AgendaItem) =>
  item.source === 'idea'
    ? 'ideas'
    : item.source === 'cycle'
      ? 'projects'
      : item.source === 'measure'
        ? 'measures'
        : item.source === 'action'
          ? 'actions'
          : 'meeting';
