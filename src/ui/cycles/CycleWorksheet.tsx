import { ACT_DECISIONS, DO_AS_PLANNED, deleteEntity, isolate, nameFromText, updateCycle, type Cycle, type TextFieldOf } from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ChoiceField, ShortField } from '../fields/Inputs';
import { TextField } from '../fields/TextField';
import { DecisionRecord } from '../fields/DecisionRecord';

const DECISIONS = { adopt: 'Adopt: keep the change', adapt: 'Adapt: change it and test again', abandon: 'Abandon: stop this change' };
const AS_PLANNED = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** Every field of a PDSA worksheet, in the order a team fills it in. */
export function CycleWorksheet({ session, cycle }: { session: BoardSession; cycle: Cycle }) {
  const me = useMe();
  const text = (field: TextFieldOf<'cycles'>, label: string, hint?: string) => (
    <TextField session={session} kind="cycles" id={cycle.id} field={field} label={label} hint={hint} />
  );
  const update = (patch: Omit<Parameters<typeof updateCycle>[1], 'id'>) => session.run(updateCycle, { id: cycle.id, ...patch });
  return (
    <article class="worksheet" data-cycle={cycle.id} aria-label={`Worksheet for ${cycle.title}`}>
      <div class="row wrap">
        <div class="grow">
          <ShortField label="Cycle title" value={cycle.title} onCommit={(title) => update({ title })} />
        </div>
        <ShortField label="Start date" type="date" value={cycle.startDate} onCommit={(startDate) => update({ startDate })} />
        <ShortField label="End date" type="date" value={cycle.endDate} onCommit={(endDate) => update({ endDate })} />
      </div>
      <div class="pdsa">
        <section class="phase plan" aria-label="Plan">
          <h3>Plan</h3>
          {text('objective', 'Objective of this cycle')}
          {text('questions', 'Questions we want answered')}
          {text('prediction', 'Prediction, and why we think so')}
          <div class="grid-2">
            {text('planWho', 'Who')}
            {text('planWhat', 'What')}
            {text('planWhen', 'When')}
            {text('planWhere', 'Where')}
          </div>
          {text('dataToCollect', 'Data to collect', 'What we will count or observe, and who collects it.')}
        </section>
        <section class="phase do" aria-label="Do">
          <h3>Do</h3>
          <ChoiceField
            label="Carried out as planned?"
            value={cycle.doAsPlanned ?? ''}
            placeholder="Not yet"
            options={DO_AS_PLANNED}
            labels={AS_PLANNED}
            onChange={(doAsPlanned) => update({ doAsPlanned })}
          />
          {text('doWhatHappened', 'What happened')}
          {text('doUnexpected', 'Unexpected observations')}
        </section>
        <section class="phase study" aria-label="Study">
          <h3>Study</h3>
          {text('studyResults', 'Results compared with the prediction')}
          {text('studyLearning', 'What we learned')}
        </section>
        <section class="phase act" aria-label="Act">
          <h3>Act</h3>
          <ChoiceField
            label="Decision"
            value={cycle.actDecision ?? ''}
            placeholder="Not decided"
            options={ACT_DECISIONS}
            labels={DECISIONS}
            disabled={!me.coLead}
            onChange={(actDecision) => update({ actDecision })}
          />
          {cycle.actDecision && (
            <DecisionRecord
              session={session}
              kind="cycles"
              id={cycle.id}
              what={DECISIONS[cycle.actDecision].split(':')[0] ?? ''}
              decidedBy={cycle.actDecidedBy}
              decidedAt={cycle.actDecidedAt}
              agreed={cycle.actAgreed}
              about={`test of change “${isolate(nameFromText(cycle.title || 'Untitled'))}”`}
            />
          )}
          {text('actNext', 'Next step: what the next cycle changes')}
        </section>
      </div>
      {me.coLead && (
        <button type="button" class="quiet danger" onClick={() => session.run(deleteEntity, { kind: 'cycles', id: cycle.id })}>
          Delete this cycle
        </button>
      )}
    </article>
  );
}
