import { useContext, useState } from 'preact/hooks';
import { defaultContext, practiceFromProject, publishPractice, readBoard, type PublishChoices, isolate } from '../../core';
import { withBoardDocument } from '../../sync/replica';
import { BoardListContext } from '../app/context';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';

const PARTS: [keyof PublishChoices, string][] = [
  ['problem', 'Problem statement'],
  ['aim', 'Aim'],
  ['compass', 'Value Compass points'],
  ['changes', 'Changes tested'],
  ['learnings', 'What we learned, with adopt / adapt / abandon'],
  ['chart', 'The main measure’s chart'],
];

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
        text: `Published to “${isolate(chosen.name)}”. Teams in that library can find it and adopt it; what you left out stays on this board.`,
      });
    } catch (error) {
      setResult({ ok: false, text: `Not published: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <details class="card publish-practice">
      <summary>Share with a practice library</summary>
      {libraries.length === 0 ? (
        <p class="empty">This browser is in no practice library yet. Create one, or join one with its invite, from “New or join” at the top.</p>
      ) : (
        <form onSubmit={(e) => void publish(e)} aria-label="Publish this project to a practice library">
          <p class="hint">Other teams see a read-only copy of what you tick, as it is now. Keep patient details out of it.</p>
          {libraries.length > 1 && (
            <div class="field">
              <label for="publish-library">Library</label>
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
            <legend>What to publish</legend>
            {PARTS.map(([key, label]) => (
              <label key={key} class="check">
                <input type="checkbox" checked={choices[key]} onChange={(e) => setChoices({ ...choices, [key]: e.currentTarget.checked })} /> {label}
              </label>
            ))}
          </fieldset>
          <div class="row wrap">
            <div class="field grow">
              <label for="publish-contact">Contact co-lead</label>
              <input id="publish-contact" maxLength={200} value={contact} onInput={(e) => setContact(e.currentTarget.value)} />
            </div>
            <button type="submit" class="primary">
              Publish to {libraries.length > 1 ? 'the library' : `“${isolate(chosen?.name ?? '')}”`}
            </button>
          </div>
          {result && (
            <p class={`banner ${result.ok ? 'good' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
              {result.text}
              {result.ok && chosen && (
                <>
                  {' '}
                  <a href={hrefFor({ boardId: chosen.id, view: 'projects' })}>Open the library</a>
                </>
              )}
            </p>
          )}
        </form>
      )}
    </details>
  );
}
