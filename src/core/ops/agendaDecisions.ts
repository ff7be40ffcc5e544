import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { formatDay } from '../measures/dates';
import { LANGUAGES } from '../i18n/language';
import { translator } from '../i18n/translate';
import { ActDecision, type AgendaSource, OutOfScopeReason } from '../schema/enums';
import { entityId, isoDate, prose, requiredShort, shortText } from '../schema/inputs';
import { truncateText } from '../text/escape';
import { defineOperation, refuse } from './context';
import { editText } from './common';
import { ideaToCycle, ideaToProject, setVote, triageIdea } from './ideas';
import { updateCycle } from './cycles';
import { addAnnotation } from './measures';
import { updateAction } from './actions';
import { agendaItemOf, openMeeting } from './meetings';

/**
 * What a meeting can do with the thing an agenda item is about, in the board's own operations: a new idea
 * is voted, accepted into a project or a test of change, parked or marked out of scope; a test of change
 * due gets its Study and its Act decision; a measure with a new signal gets a note on its chart; an action
 * is marked done or given a new due date.
 */
export const AgendaChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vote'), voterId: entityId }),
  z.object({ kind: z.literal('project'), title: requiredShort }),
  z.object({ kind: z.literal('test-of-change'), projectId: entityId }),
  z.object({ kind: z.literal('park') }),
  z.object({ kind: z.literal('out-of-scope'), reason: OutOfScopeReason, routedTo: requiredShort }),
  z.object({ kind: z.literal('study'), results: prose, learning: prose.default('') }),
  z.object({ kind: z.literal('act'), decision: ActDecision, next: prose.default('') }),
  z.object({ kind: z.literal('annotate'), date: isoDate, text: requiredShort }),
  z.object({ kind: z.literal('action-done') }),
  z.object({ kind: z.literal('action-due'), due: isoDate }),
]);
export type AgendaChoice = z.infer<typeof AgendaChoice>;

/** Which kind of agenda item each choice belongs to. */
const SOURCE_OF: Record<AgendaChoice['kind'], AgendaSource> = {
  vote: 'idea',
  project: 'idea',
  'test-of-change': 'idea',
  park: 'idea',
  'out-of-scope': 'idea',
  study: 'cycle',
  act: 'cycle',
  annotate: 'measure',
  'action-done': 'action',
  'action-due': 'action',
};

/**
 * Decides on an agenda item: applies the choice to the board through the same operation (and the same
 * checks) as anywhere else, and records it in the minutes as a decision against the item, in one
 * transaction. A vote changes the board but is not a decision, so it records none. Nothing is written when
 * any check fails. Returns the decision's id (null for a vote) and what the choice made (a project's id…).
 */
export const decideOnAgendaItem = defineOperation(
  'decideOnAgendaItem',
  // `language`: the words the minutes record the decision in, those of the person who made it.
  z.object({ meetingId: entityId, agendaItemId: entityId, by: shortText.default(''), choice: AgendaChoice, language: z.enum(LANGUAGES).default('en') }),
  (doc, input) => {
    openMeeting(doc, input.meetingId);
    const item = agendaItemOf(doc, input.meetingId, input.agendaItemId);
    const refId = item.get('refId');
    if (item.get('source') !== SOURCE_OF[input.choice.kind] || typeof refId !== 'string') throw refuse((tr) => tr.t('refuse.choiceMismatch'));
    return refId;
  },
  (doc, { meetingId, agendaItemId, by, choice, language }, ctx, refId) => {
    const tr = translator(language);
    let made: string | null = null;
    let text: string;
    switch (choice.kind) {
      case 'vote':
        setVote(doc, { ideaId: refId, voterId: choice.voterId, vote: true }, ctx);
        return { decisionId: null, made };
      case 'project':
        made = ideaToProject(doc, { ideaId: refId, title: choice.title }, ctx);
        text = tr.t('decided.project', { title: choice.title.trim() });
        break;
      case 'test-of-change': {
        made = ideaToCycle(doc, { ideaId: refId, projectId: choice.projectId }, ctx);
        const title = collection(doc, 'projects').get(choice.projectId)?.get('title');
        text = tr.t('decided.cycle', { project: String(title ?? '') });
        break;
      }
      case 'park':
        triageIdea(doc, { ideaId: refId, state: 'parked' }, ctx);
        text = tr.t('decided.park');
        break;
      case 'out-of-scope':
        triageIdea(doc, { ideaId: refId, state: 'out-of-scope', reason: choice.reason, routedTo: choice.routedTo }, ctx);
        text = tr.t('decided.outOfScope', { reason: tr.t(`outOfScope.${choice.reason}`).toLowerCase(), team: choice.routedTo.trim() });
        break;
      case 'study':
        editText(doc, { kind: 'cycles', id: refId, field: 'studyResults', value: choice.results }, ctx);
        if (choice.learning) editText(doc, { kind: 'cycles', id: refId, field: 'studyLearning', value: choice.learning }, ctx);
        text = tr.t('decided.study', { results: truncateText(choice.results.trim(), 160) });
        break;
      case 'act': {
        updateCycle(doc, { id: refId, actDecision: choice.decision }, ctx);
        if (choice.next) editText(doc, { kind: 'cycles', id: refId, field: 'actNext', value: choice.next }, ctx);
        const decision = tr.t(`actDecision.${choice.decision}`);
        text = choice.next ? tr.t('decided.actNext', { decision, next: truncateText(choice.next.trim(), 160) }) : tr.t('decided.act', { decision });
        break;
      }
      case 'annotate':
        made = addAnnotation(doc, { measureId: refId, date: choice.date, text: choice.text }, ctx);
        text = tr.t('decided.note', { day: formatDay(choice.date, true, language), text: choice.text.trim() });
        break;
      case 'action-done':
        updateAction(doc, { id: refId, done: true }, ctx);
        text = tr.t('decided.done');
        break;
      case 'action-due':
        updateAction(doc, { id: refId, due: choice.due }, ctx);
        text = tr.t('decided.due', { day: formatDay(choice.due, true, language) });
        break;
    }
    const decisionId = ctx.newId();
    collection(doc, 'decisions').set(
      decisionId,
      buildEntity('decisions', { id: decisionId, meetingId, agendaItemId, text: truncateText(text, 200), by, createdAt: ctx.now() }),
    );
    return { decisionId, made };
  },
);
