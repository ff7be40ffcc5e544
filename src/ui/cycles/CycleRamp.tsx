import { useState } from 'preact/hooks';
import { addCycle, startNextCycle, type Cycle, byOrder } from '../../core';
import type { BoardSession } from '../model/session';
import { CycleWorksheet } from './CycleWorksheet';
import { focusWhenShown } from '../fields/focusOnMount';
import { t, tParts } from '../i18n';

/** A project's tests of change as a ramp: cycles in order, each one a full PDSA worksheet. */
export function CycleRamp({ session, projectId }: { session: BoardSession; projectId: string }) {
  const cycles = session.collections.cycles.live.value.filter((c) => c.projectId === projectId).sort(byOrder);
  const [title, setTitle] = useState('');
  const [openId, setOpenId] = useState<string | null>(cycles.at(-1)?.id ?? null);
  const last = cycles.at(-1);
  const add = (event: Event) => {
    event.preventDefault();
    const made = session.run(addCycle, { projectId, title: title || t('ramp.cycle', { number: cycles.length + 1 }) });
    if (made.ok) {
      setTitle('');
      open(made.value);
    }
  };
  const next = (from: Cycle) => {
    const made = session.run(startNextCycle, { fromCycleId: from.id });
    if (made.ok) open(made.value);
  };
  /** Opens a new cycle's worksheet and takes the focus to its first field, above the form that made it. */
  const open = (cycleId: string) => {
    setOpenId(cycleId);
    focusWhenShown(() => document.querySelector<HTMLElement>(`[data-cycle="${CSS.escape(cycleId)}"] input`));
  };
  return (
    <section class="card" aria-labelledby="ramp-title">
      <h2 id="ramp-title">{t('ramp.title')}</h2>
      {cycles.length === 0 ? (
        <p class="empty">{t('ramp.none')}</p>
      ) : (
        <ol class="ramp" aria-label={t('ramp.order')}>
          {cycles.map((cycle, index) => (
            <li key={cycle.id} class={`ramp-step decision-${cycle.actDecision ?? 'open'}`}>
              <button type="button" aria-expanded={openId === cycle.id} onClick={() => setOpenId(openId === cycle.id ? null : cycle.id)}>
                <span class="ramp-number">{index + 1}</span>
                <span class="ramp-title">{cycle.title}</span>
                <span class="ramp-decision">{cycle.actDecision ? t(`ramp.${cycle.actDecision}`) : t('ramp.inProgress')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {cycles
        .filter((c) => c.id === openId)
        .map((cycle) => (
          <CycleWorksheet key={cycle.id} session={session} cycle={cycle} />
        ))}
      <div class="row wrap">
        {last?.actDecision && (
          <button type="button" class="primary" onClick={() => next(last)}>
            {tParts('ramp.next', { title: <bdi>{last.title}</bdi> })}
          </button>
        )}
        <form class="row add" onSubmit={add} aria-label={t('ramp.addForm')}>
          <div class="field">
            <label for={`cycle-title-${projectId}`}>{t('ramp.new')}</label>
            <input
              id={`cycle-title-${projectId}`}
              value={title}
              placeholder={t('ramp.cycle', { number: cycles.length + 1 })}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={session.readOnly.value}>
            {t('ramp.add')}
          </button>
        </form>
      </div>
    </section>
  );
}
