import type { AgendaChoice } from '../../core';
import type { BoardSession } from '../model/session';
import { t } from '../i18n';

/** What every kind of item's choices is given. */
export interface ChoiceProps {
  session: BoardSession;
  refId: string;
  decide: (choice: AgendaChoice) => boolean;
  /** Co-leads decide; everyone else in the meeting can only +1 an idea. */
  coLead: boolean;
}

/** The item is gone from the board (deleted since the agenda was built): nothing to decide on. */
export const Gone = () => <p class="meta">{t('choice.gone')}</p>;
