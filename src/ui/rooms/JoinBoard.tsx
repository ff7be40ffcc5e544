import { useState } from 'preact/hooks';
import type { BoardListModel } from '../app/boardList';
import { navigate } from '../app/route';
import { joinBoard } from './join';
import { t } from '../i18n';

/** Paste an invite link or code from a co-lead to join their board. */
export function JoinBoard({ boardList, onDone }: { boardList: BoardListModel; onDone?: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await joinBoard(boardList, text);
    if (!result.ok) return setError(result.error);
    setText('');
    setError(null);
    onDone?.();
    navigate({ boardId: result.boardId, view: 'projects' });
  };
  return (
    <form class="card join-board" onSubmit={submit} aria-labelledby="join-title">
      <h2 id="join-title">{t('join.title')}</h2>
      <div class="field">
        <label for="invite-text">{t('join.label')}</label>
        <input
          id="invite-text"
          value={text}
          placeholder={t('join.placeholder')}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'invite-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p role="alert" id="invite-error" class="banner error">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {t('join.submit')}
      </button>
    </form>
  );
}
