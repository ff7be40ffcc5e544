import { truncateText, type Idea } from '../../core';
import { t } from '../i18n';

/** "Someone already suggested this": offer a +1 instead of a second copy of the same idea. */
export function SimilarIdeas({ matches, onVote, busy }: { matches: { idea: Idea; score: number }[]; onVote: (idea: Idea) => void; busy: boolean }) {
  if (matches.length === 0) return null;
  return (
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similar.title', { count: matches.length })}</h2>
      <ul>
        {matches.map(({ idea }) => {
          const votes = Object.keys(idea.votes).length;
          return (
            <li key={idea.id} class="row wrap">
              <span class="grow">
                “<bdi>{truncateText(idea.text, 140)}</bdi>” <span class="meta">{t('count.votes', { count: votes })}</span>
              </span>
              <button type="button" disabled={busy} onClick={() => onVote(idea)}>
                {t('similar.vote')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
