import { updateTeam } from '../../core';
import type { BoardSession } from '../model/session';
import { t } from '../i18n';
import { useDraft } from '../fields/draft';

/** The department, regional and national goals the team's work supports: one per line, offered on every project. */
export function TeamGoals({ session }: { session: BoardSession }) {
  const goals = session.team.value.goals;
  const { draft, setDraft, ref, onFocus, onBlurred } = useDraft<HTMLTextAreaElement>(goals.join('\n'));
  // What the field holds when it is left, read from the field itself (a blur can come before the draft's render).
  const commit = (text: string) => {
    const next = text
      .split('\n')
      .map((g) => g.trim())
      .filter(Boolean);
    if (next.join('\n') !== goals.join('\n')) session.run(updateTeam, { goals: next });
  };
  return (
    <section class="card" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('goals.title')}</h2>
      <div class="field">
        <label for="team-goals">{t('goals.label')}</label>
        <p class="hint" id="team-goals-hint">
          {t('goals.hint')}
        </p>
        <textarea
          ref={ref}
          id="team-goals"
          rows={3}
          aria-describedby="team-goals-hint"
          value={draft}
          readOnly={session.readOnly.value}
          placeholder={t('goals.placeholder')}
          onFocus={onFocus}
          onBlur={(e) => {
            onBlurred();
            commit(e.currentTarget.value);
          }}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
