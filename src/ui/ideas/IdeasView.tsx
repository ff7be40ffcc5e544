import { useState } from 'preact/hooks';
import { addIdea, IDEA_STATE_LABELS, IDEA_STATES, type IdeaState, isolate } from '../../core';
import type { BoardSession } from '../model/session';
import { useContext } from 'preact/hooks';
import { BoardListContext } from '../app/context';
import { IdeaCard } from './IdeaCard';

const PAGE = 50;
type Filter = IdeaState | 'all';

/** The idea inbox: anyone adds an idea; co-leads vote and triage. */
export function IdeasView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [filter, setFilter] = useState<Filter>('new');
  const [sort, setSort] = useState<'newest' | 'votes'>('newest');
  const [shown, setShown] = useState(PAGE);
  const settings = useContext(BoardListContext)?.settings.value;
  const me = { id: settings?.userId ?? 'me', name: settings?.displayName ?? '' };
  const ideas = session.collections.ideas.live.value;
  const counts = Object.fromEntries(IDEA_STATES.map((s) => [s, ideas.filter((i) => i.state === s).length])) as Record<IdeaState, number>;
  const visible = ideas
    .filter((i) => filter === 'all' || i.state === filter)
    .sort((a, b) => (sort === 'votes' ? Object.keys(b.votes).length - Object.keys(a.votes).length : 0) || b.createdAt - a.createdAt);

  const add = (event: Event) => {
    event.preventDefault();
    if (session.run(addIdea, anonymous ? { text, anonymous: true } : { text, author: me.name }, { anonymous }).ok) {
      setText('');
      setFilter((f) => (f === 'all' ? f : 'new'));
    }
  };

  return (
    <div class="stack">
      {session.viewOnly ? (
        <section class="card" aria-labelledby="add-idea-title">
          <h1 id="add-idea-title">Ideas</h1>
          {session.viewOnly === 'staff' && (
            <p class="hint">
              To add an idea, use Add to team board on any page (right-click, Alt+Shift+U or the toolbar button): it goes sealed to the team’s inbox. ▲ gives an
              idea your +1 the same way.
            </p>
          )}
        </section>
      ) : (
        <form class="card add-idea" onSubmit={add} aria-labelledby="add-idea-title">
          <h1 id="add-idea-title">Ideas</h1>
          <div class="field">
            <label for="idea-text">New idea</label>
            <textarea
              id="idea-text"
              rows={2}
              value={text}
              placeholder="What could make our work better for patients, members or staff?"
              aria-describedby="idea-privacy-hint"
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && add(e)}
            />
          </div>
          <p class="hint" id="idea-privacy-hint">
            No patient names, record numbers or dates of birth: the board is for the work, not for patients' details.
          </p>
          <label class="check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} aria-describedby="anonymous-hint" /> Add without
            my name
          </label>
          <p class="hint" id="anonymous-hint">
            {anonymous
              ? 'This idea will show as “Anonymous”. The board does not record who added it: no name on the idea and none in its history.'
              : `It will show your name${me.name ? ` (${isolate(me.name)})` : ''}.`}
          </p>
          <button type="submit" class="primary" disabled={!text.trim() || session.readOnly.value}>
            Add idea
          </button>
        </form>
      )}
      <div class="filters" role="group" aria-label="Show ideas">
        {(['all', ...IDEA_STATES] as Filter[]).map((state) => (
          <button
            key={state}
            type="button"
            aria-pressed={filter === state}
            onClick={() => {
              setFilter(state);
              setShown(PAGE);
            }}
          >
            {state === 'all' ? 'All' : IDEA_STATE_LABELS[state]} <span class="count">{state === 'all' ? ideas.length : counts[state]}</span>
          </button>
        ))}
        <label class="sort">
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as 'newest' | 'votes')}>
            <option value="newest">Newest</option>
            <option value="votes">Most votes</option>
          </select>
        </label>
      </div>
      {visible.length === 0 && <p class="empty">No ideas here yet.</p>}
      <ul class="cards ideas">
        {visible.slice(0, shown).map((idea) => (
          <IdeaCard key={idea.id} session={session} boardId={boardId} idea={idea} meId={me.id} />
        ))}
      </ul>
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more of {visible.length - shown}
        </button>
      )}
    </div>
  );
}
