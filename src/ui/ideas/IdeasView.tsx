import { useState } from 'preact/hooks';
import { addIdea, IDEA_STATES, type IdeaState, isolate } from '../../core';
import type { BoardSession } from '../model/session';
import { useContext } from 'preact/hooks';
import { BoardListContext } from '../app/context';
import { IdeaCard } from './IdeaCard';
import { t } from '../i18n';

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
          <h1 id="add-idea-title">{t('ideas.title')}</h1>
          {session.viewOnly === 'staff' && <p class="hint">{t('ideas.staffHint')}</p>}
        </section>
      ) : (
        <form class="card add-idea" onSubmit={add} aria-labelledby="add-idea-title">
          <h1 id="add-idea-title">{t('ideas.title')}</h1>
          <div class="field">
            <label for="idea-text">{t('ideas.new')}</label>
            <textarea
              id="idea-text"
              rows={2}
              value={text}
              placeholder={t('ideas.placeholder')}
              aria-describedby="idea-privacy-hint"
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && add(e)}
            />
          </div>
          <p class="hint" id="idea-privacy-hint">
            {t('ideas.privacyHint')}
          </p>
          <label class="check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} aria-describedby="anonymous-hint" />{' '}
            {t('ideas.anonymous')}
          </label>
          <p class="hint" id="anonymous-hint">
            {anonymous ? t('ideas.anonymousHint') : me.name ? t('ideas.namedHint', { name: isolate(me.name) }) : t('ideas.namedHintNoName')}
          </p>
          <button type="submit" class="primary" disabled={!text.trim() || session.readOnly.value}>
            {t('ideas.add')}
          </button>
        </form>
      )}
      <div class="filters" role="group" aria-label={t('ideas.show')}>
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
            {state === 'all' ? t('ideas.all') : t(`ideaState.${state}`)} <span class="count">{state === 'all' ? ideas.length : counts[state]}</span>
          </button>
        ))}
        <label class="sort">
          {t('ideas.sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as 'newest' | 'votes')}>
            <option value="newest">{t('ideas.newest')}</option>
            <option value="votes">{t('ideas.mostVotes')}</option>
          </select>
        </label>
      </div>
      {visible.length === 0 && <p class="empty">{t('ideas.none')}</p>}
      <ul class="cards ideas">
        {visible.slice(0, shown).map((idea) => (
          <IdeaCard key={idea.id} session={session} boardId={boardId} idea={idea} meId={me.id} />
        ))}
      </ul>
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('ideas.more', { shown: Math.min(PAGE, visible.length - shown), count: visible.length - shown })}
        </button>
      )}
    </div>
  );
}
