import { useContext, useState } from 'preact/hooks';
import { defaultContext, practiceFromProject, publishPractice, readBoard, type PublishChoices, isolate } from '../../core';
import { withBoardDocument } from '../../sync/replica';
import { BoardListContext } from '../app/context';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';
import { t, tError } from '../i18n';

const PARTS: (keyof PublishChoices)[] = ['problem', 'aim', 'compass', 'changes', 'learnings', 'chart'];

/**
 * Publishes this project to a practice library the browser belongs to, as a read-only snapshot: the team
 * chooses what goes in (anything else stays on the board) and who other teams should contact.
 */
export function PublishPractice({ session, projectId }: { session: BoardSession; projectId: string }) {
  const boardList = useContext(BoardListContext);
  const libraries = boardList?.boards.value.filter((b) => b.kind === 'practice-library') ?? [];
  const [target, setTarget] = useState(libraries[0]?.id ?? '');
  const [choices, setChoices] = useState<PublishChoices>({ problem: true, aim: true, compass: true, changes: true, learnings: true, chart: true });
  const [contact, setContact] = useState(boardList?.settings.peek().displayName ?? '');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = libraries.find((l) => l.id === target) ?? libraries[0];
  const publish = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return;
    try {
      const snapshot = practiceFromProject(readBoard(session.doc), projectId, choices, contact.trim());
      await withBoardDocument(chosen.id, ({ doc }) => publishPractice(doc, snapshot, defaultContext({ publish: true })));
      setResult({
        ok: true,
        text: t('publish.done', { library: isolate(chosen.name) }),
      });
    } catch (error) {
      setResult({ ok: false, text: t('publish.failed', { error: tError(error) }) });
    }
  };
  return (
    <details class="card publish-practice">
      <summary>{t('publish.summary')}</summary>
      {libraries.length === 0 ? (
        <p class="empty">{t('publish.noLibrary')}</p>
      ) : (
        <form onSubmit={(e) => void publish(e)} aria-label={t('publish.form')}>
          <p class="hint">{t('publish.hint')}</p>
          {libraries.length > 1 && (
            <div class="field">
              <label for="publish-library">{t('publish.library')}</label>
              <select id="publish-library" value={chosen?.id} onChange={(e) => setTarget(e.currentTarget.value)}>
                {libraries.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset class="row wrap">
            <legend>{t('publish.what')}</legend>
            {PARTS.map((key) => (
              <label key={key} class="check">
                <input type="checkbox" checked={choices[key]} onChange={(e) => setChoices({ ...choices, [key]: e.currentTarget.checked })} />{' '}
                {t(`publish.${key}`)}
              </label>
            ))}
          </fieldset>
          <div class="row wrap">
            <div class="field grow">
              <label for="publish-contact">{t('publish.contact')}</label>
              <input id="publish-contact" maxLength={200} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
            </div>
            <button type="submit" class="primary">
              {libraries.length > 1 ? t('publish.toLibrary') : t('publish.to', { library: isolate(chosen?.name ?? '') })}
            </button>
          </div>
          {result && (
            <p class={`banner ${result.ok ? 'good' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
              {result.text}
              {result.ok && chosen && (
                <>
                  {' '}
                  <a href={hrefFor({ boardId: chosen.id, view: 'projects' })}>{t('publish.open')}</a>
                </>
              )}
            </p>
          )}
        </form>
      )}
    </details>
  );
}
