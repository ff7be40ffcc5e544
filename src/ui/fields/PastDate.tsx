import { localDay } from '../../core';
import { t, tDay } from '../i18n';

/**
 * Says, as a due date is chosen, that the day has already passed. It may be meant (an action recorded late),
 * so it is not refused; the live region is always there so the words are announced when they appear.
 */
export function PastDate({ id, day }: { id: string; day: string }) {
  const past = day !== '' && day < localDay();
  return (
    <p id={id} class="warning-text" role="status">
      {past ? t('field.pastDay', { day: tDay(day) }) : ''}
    </p>
  );
}
