import { useEffect, useState } from 'preact/hooks';
import { updateTeam } from '../../core';
import type { BoardSession } from '../model/session';

/** The department, regional and national goals the team's work supports: one per line, offered on every project. */
export function TeamGoals({ session }: { session: BoardSession }) {
  const goals = session.team.value.goals;
  const [draft, setDraft] = useState(goals.join('\n'));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(goals.join('\n'));
  }, [goals.join('\n'), focused]);
  const commit = () => {
    const next = draft
      .split('\n')
      .map((g) => g.trim())
      .filter(Boolean);
    if (next.join('\n') !== goals.join('\n')) session.run(updateTeam, { goals: next });
  };
  return (
    <section class="card" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals we support</h2>
      <div class="field">
        <label for="team-goals">Department, regional and national goals, one per line</label>
        <p class="hint" id="team-goals-hint">
          Each project can name the goal it supports; it shows on the Value Compass and in the report.
        </p>
        <textarea
          id="team-goals"
          rows={3}
          aria-describedby="team-goals-hint"
          value={draft}
          readOnly={session.readOnly.value}
          placeholder={'e.g. Regional goal: discharge before 11 am\nNational goal: zero falls with harm'}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commit();
          }}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
