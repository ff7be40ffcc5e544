import { ACT_DECISIONS, DO_AS_PLANNED, deleteEntity, isolate, nameFromText, updateCycle, type Cycle, type TextFieldOf } from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ChoiceField, ShortField } from '../fields/Inputs';
import { TextField } from '../fields/TextField';
import { DecisionRecord } from '../fields/DecisionRecord';
import { t } from '../i18n';

const decisionLabel = (decision: (typeof ACT_DECISIONS)[number]) => t(`sheet.${decision}`);
const asPlannedLabel = (answer: (typeof DO_AS_PLANNED)[number]) => t(`sheet.${answer}`);

/** Every field of a PDSA worksheet, in the order a team fills it in. */
export function CycleWorksheet({ session, cycle }: { session: BoardSession; cycle: Cycle }) {
  const me = useMe();
  const text = (field: TextFieldOf<'cycles'>, label: string, hint?: string) => (
    <TextField session={session} kind="cycles" id={cycle.id} field={field} label={label} hint={hint} />
  );
  const update = (patch: Omit<Parameters<typeof updateCycle>[1], 'id'>) => session.run(updateCycle, { id: cycle.id, ...patch });
  return (
    <article class="worksheet" data-cycle={cycle.id} aria-label={t('sheet.label', { title: cycle.title })}>
      <div class="row wrap">
        <div class="grow">
          <ShortField label={t('sheet.title')} value={cycle.title} onCommit={(title) => update({ title })} />
        </div>
        <ShortField label={t('sheet.start')} type="date" value={cycle.startDate} onCommit={(startDate) => update({ startDate })} />
        <ShortField label={t('sheet.end')} type="date" value={cycle.endDate} onCommit={(endDate) => update({ endDate })} />
      </div>
      <div class="pdsa">
        <section class="phase plan" aria-label={t('sheet.plan')}>
          <h3>{t('sheet.plan')}</h3>
          {text('objective', t('sheet.objective'))}
          {text('questions', t('sheet.questions'))}
          {text('prediction', t('sheet.prediction'))}
          <div class="grid-2">
            {text('planWho', t('sheet.who'))}
            {text('planWhat', t('sheet.what'))}
            {text('planWhen', t('sheet.when'))}
            {text('planWhere', t('sheet.where'))}
          </div>
          {text('dataToCollect', t('sheet.data'), t('sheet.dataHint'))}
        </section>
        <section class="phase do" aria-label={t('sheet.do')}>
          <h3>{t('sheet.do')}</h3>
          <ChoiceField
            label={t('sheet.asPlanned')}
            value={cycle.doAsPlanned ?? ''}
            placeholder={t('sheet.notYet')}
            options={DO_AS_PLANNED}
            labels={asPlannedLabel}
            onChange={(doAsPlanned) => update({ doAsPlanned })}
          />
          {text('doWhatHappened', t('sheet.happened'))}
          {text('doUnexpected', t('sheet.unexpected'))}
        </section>
        <section class="phase study" aria-label={t('sheet.study')}>
          <h3>{t('sheet.study')}</h3>
          {text('studyResults', t('sheet.results'))}
          {text('studyLearning', t('sheet.learned'))}
        </section>
        <section class="phase act" aria-label={t('sheet.act')}>
          <h3>{t('sheet.act')}</h3>
          <ChoiceField
            label={t('sheet.decision')}
            value={cycle.actDecision ?? ''}
            placeholder={t('sheet.notDecided')}
            options={ACT_DECISIONS}
            labels={decisionLabel}
            disabled={!me.coLead}
            onChange={(actDecision) => update({ actDecision })}
          />
          {cycle.actDecision && (
            <DecisionRecord
              session={session}
              kind="cycles"
              id={cycle.id}
              what={t(`act.${cycle.actDecision}`)}
              decidedBy={cycle.actDecidedBy}
              decidedAt={cycle.actDecidedAt}
              agreed={cycle.actAgreed}
              about={t('sheet.about', { title: isolate(nameFromText(cycle.title || t('sheet.untitled'))) })}
            />
          )}
          {text('actNext', t('sheet.next'))}
        </section>
      </div>
      {me.coLead && (
        <button type="button" class="quiet danger" onClick={() => session.run(deleteEntity, { kind: 'cycles', id: cycle.id })}>
          {t('sheet.delete')}
        </button>
      )}
    </article>
  );
}
