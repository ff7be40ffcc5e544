import { useState } from 'preact/hooks';
import { addAction, addDecision, projectOfAgendaItem, readBoard, type AgendaItem, type Meeting } from '../../core';
import { PastDate } from '../fields/PastDate';
import { PeopleOptions } from '../fields/PeopleOptions';
import type { BoardSession } from '../model/session';
import { Recorded } from './Recorded';
import { t } from '../i18n';

/** Decisions and actions for the current item, in a few keystrokes; what has been recorded so far. */
export function RecordForm({ session, meeting, item, me }: { session: BoardSession; meeting: Meeting; item: AgendaItem; me: string }) {
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const decisions = session.collections.decisions.live.value.filter((d) => d.agendaItemId === item.id);
  const actions = session.collections.actions.live.value.filter((a) => a.agendaItemId === item.id);
  // The action belongs to the project the item is about, so it shows there and in the project's report.
  void session.collections.ideas.all.value;
  void session.collections.cycles.all.value;
  void session.collections.projects.all.value;
  const projectId = projectOfAgendaItem(readBoard(session.doc), item);
  return (
    <div class="record">
      <form
        class="row wrap"
        aria-label={t('record.decisionForm')}
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addDecision, { meetingId: meeting.id, agendaItemId: item.id, text: decision, by: me }).ok) setDecision('');
        }}
      >
        <div class="field grow">
          <label for="decision-text">{t('record.decision')}</label>
          <input id="decision-text" value={decision} required maxLength={200} onInput={(e) => setDecision(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('record.recordDecision')}</button>
      </form>
      <form
        class="row wrap"
        aria-label={t('record.actionForm')}
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addAction, { text: action, owner, due, projectId, meetingId: meeting.id, agendaItemId: item.id }).ok) {
            setAction('');
            setOwner('');
            setDue('');
          }
        }}
      >
        <div class="field grow">
          <label for="meeting-action">{t('record.action')}</label>
          <input id="meeting-action" value={action} required maxLength={200} onInput={(e) => setAction(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="meeting-owner">{t('record.owner')}</label>
          <input id="meeting-owner" list="meeting-people" value={owner} maxLength={200} onInput={(e) => setOwner(e.currentTarget.value)} />
          <PeopleOptions session={session} id="meeting-people" />
        </div>
        <div class="field">
          <label for="meeting-due">{t('record.due')}</label>
          <input id="meeting-due" type="date" value={due} aria-describedby="meeting-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('record.addAction')}</button>
        <PastDate id="meeting-due-past" day={due} />
      </form>
      <Recorded decisions={decisions} actions={actions} label={t('record.recorded')} />
    </div>
  );
}
