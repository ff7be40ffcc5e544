import { truncateText, type Idea, plural } from '../../core';

/** "Someone already suggested this": offer a +1 instead of a second copy of the same idea. */
export function SimilarIdeas({ matches, onVote, busy }: { matches: { idea: Idea; score: number }[]; onVote: (idea: Idea) => void; busy: boolean }) {
  if (matches.length === 0) return null;
  return (
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">Similar {matches.length === 1 ? 'idea' : 'ideas'} already on the board</h2>
      <ul>
        {matches.map(({ idea }) => {
          const votes = Object.keys(idea.votes).length;
          return (
            <li key={idea.id} class="row wrap">
              <span class="grow">
                “<bdi>{truncateText(idea.text, 140)}</bdi>” <span class="meta">{plural(votes, 'vote')}</span>
              </span>
              <button type="button" disabled={busy} onClick={() => onVote(idea)}>
                +1 that idea instead
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
