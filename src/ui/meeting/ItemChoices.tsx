import { type AgendaChoice, type AgendaItem, decideOnAgendaItem, type Meeting } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';

import { ActionChoices } from './ActionChoices';
import { CycleChoices } from './CycleChoices';
import { IdeaChoices } from './IdeaChoices';
import { MeasureChoices } from './MeasureChoices';
import { uiLanguage } from '../i18n';

interface Props {
  session: BoardSession;
  meeting: Meeting;
  item: AgendaItem;
  /** The display name recorded as who decided. */
  me: string;
}

/**
 * What the meeting can do about the current item, applied to the board and recorded in the minutes at once
 * (`decideOnAgendaItem`): an idea's triage, a test of change's Study and Act, a note on a measure's chart,
 * an action done or moved. Free items have none: their decisions are typed below.
 */
export function ItemChoices({ session, meeting, item, me }: Props) {
  const decide = (choice: AgendaChoice) =>
    session.run(decideOnAgendaItem, { meetingId: meeting.id, agendaItemId: item.id, by: me, choice, language: uiLanguage.value }).ok;
  const { coLead } = useMe();
  if (!item.refId) return null;
  const props = { session, refId: item.refId, decide, coLead };
  switch (item.source) {
    case 'idea':
      return <IdeaChoices {...props} />;
    case 'cycle':
      return <CycleChoices {...props} />;
    case 'measure':
      return <MeasureChoices {...props} />;
    case 'action':
      return <ActionChoices {...props} />;
    default:
      return null;
  }
}
