import { useContext, useState } from 'preact/hooks';
import { isolate, titleFrom, nameFromText } from '../../core';
import { BoardListContext } from '../app/context';
import { OutOfScopeForm } from '../ideas/OutOfScopeForm';
import { focusOnMount } from '../fields/focusOnMount';
import { Gone, type ChoiceProps } from './choiceParts';
import { t, tParts } from '../i18n';

/** An idea on the agenda: +1 it (anyone); co-leads make it a project or a test of change in one, park it, or send it out of scope. */
export function IdeaChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const idea = session.collections.ideas.entity(refId).value;
  const boardList = useContext(BoardListContext);
  const projects = session.collections.projects.live.value;
  const [open, setOpen] = useState<'project' | 'cycle' | 'scope' | null>(null);
  const [title, setTitle] = useState('');
  const [projectId, setProjectId] = useState('');
  if (!idea.ok) return <Gone />;
  const { value } = idea;
  const votes = Object.keys(value.votes).length;
  const voterId = boardList?.settings.value.userId ?? '';
  const name = isolate(nameFromText(value.text));
  if (value.state !== 'new')
    return (
      <p class="choice-done" role="status">
        {tParts(value.state === 'out-of-scope' && value.routedTo ? 'choice.ideaRouted' : 'choice.ideaIsNow', {
          state: <strong>{t(`ideaState.${value.state}`).toLowerCase()}</strong>,
          team: <bdi>{value.routedTo}</bdi>,
        })}
      </p>
    );
  return (
    <div class="choices" role="group" aria-label={t('choice.ideaGroup', { idea: name })}>
      <div class="row wrap">
        <button type="button" aria-pressed={value.votes[voterId] === true} disabled={!voterId} onClick={() => decide({ kind: 'vote', voterId })}>
          {t('choice.vote', { votes: t('count.votes', { count: votes }) })}
        </button>
        {coLead && (
          <>
            <button
              type="button"
              aria-expanded={open === 'project'}
              onClick={() => {
                setTitle(titleFrom(value.text));
                setOpen(open === 'project' ? null : 'project');
              }}
            >
              {t('choice.makeProject')}
            </button>
            {projects.length > 0 && (
              <button type="button" aria-expanded={open === 'cycle'} onClick={() => setOpen(open === 'cycle' ? null : 'cycle')}>
                {t('choice.makeCycle')}
              </button>
            )}
            <button type="button" onClick={() => decide({ kind: 'park' })}>
              {t('choice.park')}
            </button>
            <button type="button" aria-expanded={open === 'scope'} onClick={() => setOpen(open === 'scope' ? null : 'scope')}>
              {t('choice.outOfScope')}
            </button>
          </>
        )}
      </div>
      {open === 'project' && (
        <form
          class="row wrap"
          aria-label={t('choice.nameProject')}
          onSubmit={(e) => {
            e.preventDefault();
            if (decide({ kind: 'project', title })) setOpen(null);
          }}
        >
          <div class="field grow">
            <label for="choice-project-title">{t('choice.projectTitle')}</label>
            <input id="choice-project-title" ref={focusOnMount} value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            {t('choice.createProject')}
          </button>
        </form>
      )}
      {open === 'cycle' && (
        <form
          class="row wrap"
          aria-label={t('choice.cycleForm')}
          onSubmit={(e) => {
            e.preventDefault();
            if (projectId && decide({ kind: 'test-of-change', projectId })) setOpen(null);
          }}
        >
          <div class="field grow">
            <label for="choice-cycle-project">{t('choice.inProject')}</label>
            <select id="choice-cycle-project" ref={focusOnMount} required value={projectId} onChange={(e) => setProjectId(e.currentTarget.value)}>
              <option value="">{t('choice.chooseProject')}</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary">
            {t('choice.makeCycleButton')}
          </button>
        </form>
      )}
      {open === 'scope' && (
        <OutOfScopeForm
          idPrefix={`meeting-${refId}`}
          label={t('choice.ideaLabel', { idea: name })}
          onSave={(reason, routedTo) => (reason ? decide({ kind: 'out-of-scope', reason, routedTo }) : false)}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
