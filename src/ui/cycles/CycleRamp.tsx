import { useState } from 'preact/hooks';
import { addCycle, startNextCycle, type Cycle, byOrder } from '../../core';
import type { BoardSession } from '../model/session';
import { CycleWorksheet } from './CycleWorksheet';
import { focusWhenShown } from '../fields/focusOnMount';

const DECISION_MARK = { adopt: '✓ Adopt', adapt: '↻ Adapt', abandon: '✕ Abandon' } as const;

/** A project's tests of change as a ramp: cycles in order, each one a full PDSA worksheet. */
export function CycleRamp({ session, projectId }: { session: BoardSession; projectId: string }) {
  const cycles = session.collections.cycles.live.value.filter((c) => c.projectId === projectId).sort(byOrder);
  const [title, setTitle] = useState('');
  const [openId, setOpenId] = useState<string | null>(cycles.at(-1)?.id ?? null);
  const last = cycles.at(-1);
  const add = (event: Event) => {
    event.preventDefault();
    const made = session.run(addCycle, { projectId, title: title || `Cycle ${cycles.length + 1}` });
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
      <h2 id="ramp-title">Tests of change (PDSA ramp)</h2>
      {cycles.length === 0 ? (
        <p class="empty">No tests of change yet. Start small: one nurse, one shift, one day.</p>
      ) : (
        <ol class="ramp" aria-label="Cycles in order">
          {cycles.map((cycle, index) => (
            <li key={cycle.id} class={`ramp-step decision-${cycle.actDecision ?? 'open'}`}>
              <button type="button" aria-expanded={openId === cycle.id} onClick={() => setOpenId(openId === cycle.id ? null : cycle.id)}>
                <span class="ramp-number">{index + 1}</span>
                <span class="ramp-title">{cycle.title}</span>
                <span class="ramp-decision">{cycle.actDecision ? DECISION_MARK[cycle.actDecision] : 'In progress'}</span>
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
            Start the next cycle from “<bdi>{last.title}</bdi>”
          </button>
        )}
        <form class="row add" onSubmit={add} aria-label="Add a test of change">
          <div class="field">
            <label for={`cycle-title-${projectId}`}>New test of change</label>
            <input id={`cycle-title-${projectId}`} value={title} placeholder={`Cycle ${cycles.length + 1}`} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={session.readOnly.value}>
            Add test of change
          </button>
        </form>
      </div>
    </section>
  );
}
