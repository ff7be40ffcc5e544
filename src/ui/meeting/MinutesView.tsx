import { useState } from 'preact/hooks';
import { buildMinutes, isolate, itemMeta, LANGUAGE_NAMES, LANGUAGES, readBoard, localDay, type Language } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor } from '../app/route';
import { downloadText, fileStem } from '../report/download';
import { renderMinutesMarkdown } from '../../core';
import { openPrintPage } from '../report/printLink';
import { Recorded } from './Recorded';
import { SelectField } from '../fields/Inputs';
import { t, tDay, tParts, uiLanguage } from '../i18n';

/** A past meeting's minutes: attendees, each agenda item with its time, decisions and actions; export and print. */
export function MinutesView({ session, boardId, meetingId }: { session: BoardSession; boardId: string; meetingId: string }) {
  // The minutes' language for the download and the printout, whatever the person's own.
  const [language, setLanguage] = useState<Language>(uiLanguage.peek());
  void session.collections.meetings.all.value;
  void session.collections.agenda.all.value;
  void session.collections.decisions.all.value;
  void session.collections.actions.all.value;
  const minutes = buildMinutes(readBoard(session.doc), meetingId, uiLanguage.value);
  if (!minutes)
    return (
      <div class="stack">
        <h1>{t('minutesView.title')}</h1>
        <p class="empty">
          {t('minutesView.gone')} <a href={hrefFor({ boardId, view: 'meeting' })}>{t('minutesView.back')}</a>
        </p>
      </div>
    );
  const m = minutes.meeting;
  const day = tDay(localDay(m.startedAt));
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  return (
    <div class="stack minutes">
      <p>
        <a href={hrefFor({ boardId, view: 'meeting' })}>{t('minutesView.meetingPage')}</a>
      </p>
      <h1>{t('minutesView.heading', { day })}</h1>
      <p class="meta">
        {t('minutes.covered', { covered: minutes.coveredCount, count: minutes.items.length })}
        {m.startedBy && <> · {tParts('minutes.startedBy', { name: <bdi>{m.startedBy}</bdi> })}</>}
      </p>
      <div class="row wrap">
        <SelectField label={t('minutesView.language')} value={language} options={LANGUAGES} labels={LANGUAGE_NAMES} onChange={setLanguage} />
        <button
          type="button"
          onClick={() => {
            const inLanguage = buildMinutes(readBoard(session.doc), meetingId, language) ?? minutes;
            downloadText(`${fileStem(minutes.team, new Date(m.startedAt))}-minutes.md`, renderMinutesMarkdown(inLanguage), 'text/markdown');
          }}
        >
          {t('minutesView.download')}
        </button>
        <button type="button" onClick={() => openPrintPage(boardId, { minutes: meetingId, lang: language })}>
          {t('minutesView.print')}
        </button>
      </div>
      <section class="card">
        <h2>{t('minutesView.attendees')}</h2>
        {minutes.attendees.length ? <p>{minutes.attendees.map(isolate).join(', ')}</p> : <p class="empty">{t('minutesView.noAttendance')}</p>}
        {minutes.absent.length > 0 && (
          <p>
            <strong>{t('minutes.absent')}</strong> {minutes.absent.map(isolate).join(', ')}
          </p>
        )}
      </section>
      <section class="card">
        <h2>{t('minutes.agenda')}</h2>
        <ol class="minutes-items">
          {minutes.items.map(({ item, decisions, actions }) => (
            <li key={item.id} class={item.covered ? '' : 'not-covered'}>
              <strong>
                <bdi>{item.title}</bdi>
              </strong>
              {!item.covered && <span class="meta"> {t('minutes.notCovered')}</span>}
              <div class="meta">
                <bdi>{itemMeta(item, uiLanguage.value)}</bdi>
              </div>
              <Recorded decisions={decisions} actions={actions} />
            </li>
          ))}
        </ol>
      </section>
      {minutes.decisions.length > 0 && (
        <section class="card">
          <h2>{t('minutes.otherDecisions')}</h2>
          <Recorded decisions={minutes.decisions} actions={[]} />
        </section>
      )}
      <section class="card">
        <h2>{t('minutes.actions')}</h2>
        {allActions.length === 0 ? <p class="empty">{t('minutesView.noActions')}</p> : <Recorded decisions={[]} actions={allActions} />}
      </section>
    </div>
  );
}
