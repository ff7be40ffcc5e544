import { localDay, updateTeam } from '../../core';
import { ShortField } from '../fields/Inputs';
import type { BoardSession } from '../model/session';
import { t, tDay } from '../i18n';

/** When the team meets next: shown in the board's navigation, and the agenda looks ahead to it. */
export function NextMeeting({ session }: { session: BoardSession }) {
  const next = session.team.value.nextMeeting;
  const today = localDay();
  return (
    <section class="card next-meeting" aria-labelledby="next-meeting-title">
      <h2 id="next-meeting-title">{t('next.title')}</h2>
      <div class="row wrap">
        <ShortField label={t('next.date')} type="date" value={next} onCommit={(nextMeeting) => session.run(updateTeam, { nextMeeting })} />
        <p class="meta">{next === '' ? t('next.notSet') : next < today ? t('next.passed', { day: tDay(next) }) : t('next.set', { day: tDay(next) })}</p>
      </div>
    </section>
  );
}
