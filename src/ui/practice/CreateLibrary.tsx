import { useState } from 'preact/hooks';
import { defaultContext, initPracticeLibrary, OperationError, randomId } from '../../core';
import { openBoardDocument } from '../../sync/replica';
import type { BoardListModel } from '../app/boardList';
import { navigate } from '../app/route';
import { t, tError } from '../i18n';

/** Creates a practice library: a shared room where many teams publish and adopt what works. */
export function CreateLibrary({ boardList, onDone }: { boardList: BoardListModel; onDone?: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const id = randomId();
    const { doc, replica, release } = openBoardDocument(id);
    try {
      await replica.whenLoaded;
      initPracticeLibrary(doc, { libraryId: id, name }, defaultContext({ create: true }));
      boardList.register(id, name.trim());
      boardList.touch(id, name.trim(), 'practice-library');
      setName('');
      onDone?.();
      navigate({ boardId: id, view: 'projects' });
    } catch (caught) {
      setError(caught instanceof OperationError ? tError(caught) : t('library.failed', { reason: String(caught) }));
      await replica.deleteLocalCopy();
    } finally {
      release();
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="create-library-title">
      <h2 id="create-library-title">{t('library.createTitle')}</h2>
      <p class="meta">{t('library.createHint')}</p>
      {error && (
        <p role="alert" class="banner error">
          {error}
        </p>
      )}
      <div class="row wrap">
        <div class="field grow">
          <label for="new-library-name">{t('library.name')}</label>
          <input
            id="new-library-name"
            required
            maxLength={200}
            placeholder={t('library.namePlaceholder')}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t('library.create')}</button>
      </div>
    </form>
  );
}
