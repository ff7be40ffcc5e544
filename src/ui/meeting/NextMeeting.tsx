import { formatDay, localDay, updateTeam } from '../../core';
import { ShortField } from '../fields/Inputs';
import type { BoardSession } from '../model/session';

/** When the team meets next: shown in the board's navigation, and the agenda looks ahead to it. */
export function NextMeeting({ session }: { session: BoardSession }) {
  const next = session.team.value.nextMeeting;
  const today = localDay();
  return (
    <section class="card next-meeting" aria-labelledby="next-meeting-title">
      <h2 id="next-meeting-title">Next meeting</h2>
      <div class="row wrap">
        <ShortField label="Date of the next meeting" type="date" value={next} onCommit={(nextMeeting) => session.run(updateTeam, { nextMeeting })} />
        <p class="meta">
          {next === ''
            ? 'Not set yet. Set it and the next agenda takes in the actions due before then.'
            : next < today
              ? `${formatDay(next)} has passed: set the next one.`
              : `${formatDay(next)}. Actions due before then come up on its agenda.`}
        </p>
      </div>
    </section>
  );
}
