import type * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { IdeaState, OutOfScopeReason } from '../schema/enums';
import { entityId, prose, requiredShort, shortText, url } from '../schema/inputs';
import { defineOperation, refuse, requireCoLead, type OpContext } from './context';
import { orderAtEnd, requireEntity } from './common';
import { setChanged, setFlag } from './board';
import { recordDecision } from './decisions';
import { IDENTIFIER_KINDS } from '../capture/privacy';
import { inputWords } from '../schema/inputWords';

export const addIdea = defineOperation(
  'addIdea',
  z.object({
    text: prose.refine((value) => value.trim().length > 0, inputWords('input.notEmpty')),
    author: shortText.default(''),
    sourceTitle: shortText.default(''),
    sourceUrl: url.default(''),
    /** A short note added when capturing from a page. */
    note: shortText.default(''),
    /** Added without a name: no author is stored (run it with a context that has no actor, so no stamp names them either). */
    anonymous: z.boolean().default(false),
    /** Kinds of patient detail found in the text and kept by the sender: the board asks a co-lead to check. */
    privacy: z.array(z.enum(IDENTIFIER_KINDS)).max(IDENTIFIER_KINDS.length).default([]),
  }),
  (_doc, input) => {
    if (input.anonymous && input.author) throw refuse((tr) => tr.t('refuse.anonymousAuthor'));
  },
  (doc, { text, privacy, ...scalars }, ctx) => {
    if (scalars.anonymous && ctx.actor) throw refuse((tr) => tr.t('refuse.anonymousEditor'));
    const id = ctx.newId();
    collection(doc, 'ideas').set(
      id,
      buildEntity('ideas', { id, ...scalars, ...(privacy.length ? { privacy } : {}), state: 'new', createdAt: ctx.now() }, { text: text.trim() }),
    );
    return id;
  },
);

/** Adds or removes one person's vote; each voter counts once however often they click. */
export const setVote = defineOperation(
  'setVote',
  z.object({ ideaId: entityId, voterId: entityId, vote: z.boolean() }),
  (doc, input) => requireEntity(doc, 'ideas', input.ideaId),
  (_doc, input, _ctx, idea) => setFlag(idea, 'votes', input.voterId, input.vote),
);

export const triageIdea = defineOperation(
  'triageIdea',
  z
    .object({ ideaId: entityId, state: IdeaState, reason: OutOfScopeReason.nullable().default(null), routedTo: shortText.default('') })
    .refine((input) => input.state !== 'out-of-scope' || input.reason !== null, {
      message: inputWords('input.whyOut'),
      path: ['reason'],
    })
    .refine((input) => input.state !== 'out-of-scope' || input.routedTo.trim() !== '', {
      message: inputWords('input.routedTo'),
      path: ['routedTo'],
    }),
  (doc, input) => requireEntity(doc, 'ideas', input.ideaId),
  (_doc, input, ctx, idea) => {
    requireCoLead(ctx, 'coLeadOnly.triage');
    const outOfScope = input.state === 'out-of-scope';
    if (idea.get('state') !== input.state) recordDecision(idea, 'ideas', ctx);
    setChanged(idea, { state: input.state });
    // Out of scope keeps its reason and routing note; leaving that state keeps the routing note as history.
    if (outOfScope) setChanged(idea, { reason: input.reason, routedTo: input.routedTo });
    else if (idea.get('reason') !== null && idea.has('reason')) idea.set('reason', null);
  },
);

const acceptedIdea = (doc: Y.Doc, ideaId: string) => {
  const idea = requireEntity(doc, 'ideas', ideaId);
  if (idea.get('projectId') || idea.get('cycleId')) throw refuse((tr) => tr.t('refuse.alreadyBecame'));
  return idea;
};

const ideaText = (idea: Y.Map<unknown>): string => String(idea.get('text') ?? '');
/** The first line of an idea, shortened, as a title. */
export const titleFrom = (text: string): string => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77).trimEnd()}…` : line;
};

const newProject = (doc: Y.Doc, ctx: OpContext, title: string, problem: string, ideaId: string | null): string => {
  const id = ctx.newId();
  const project = buildEntity('projects', { id, title, status: 'planning', order: orderAtEnd(doc, 'projects'), ideaId, createdAt: ctx.now() }, { problem });
  collection(doc, 'projects').set(id, project);
  return id;
};

/**
 * Accepts an idea and turns it into a project in one step; the idea keeps a link to it. The title is the
 * one the co-lead gave, or else the idea's first line.
 */
export const ideaToProject = defineOperation(
  'ideaToProject',
  z.object({ ideaId: entityId, title: requiredShort.optional() }),
  (doc, input) => acceptedIdea(doc, input.ideaId),
  (doc, input, ctx, idea) => {
    requireCoLead(ctx, 'coLeadOnly.toProject');
    const text = ideaText(idea);
    const projectId = newProject(doc, ctx, input.title?.trim() || titleFrom(text), text, input.ideaId);
    setChanged(idea, { state: 'accepted', projectId });
    return projectId;
  },
);

/** Accepts an idea and makes it the next test of change in an existing project. */
export const ideaToCycle = defineOperation(
  'ideaToCycle',
  z.object({ ideaId: entityId, projectId: entityId }),
  (doc, input) => {
    requireEntity(doc, 'projects', input.projectId);
    return acceptedIdea(doc, input.ideaId);
  },
  (doc, input, ctx, idea) => {
    requireCoLead(ctx, 'coLeadOnly.toCycle');
    const text = ideaText(idea);
    const cycleId = ctx.newId();
    const order = orderAtEnd(doc, 'cycles', (cycle) => cycle.get('projectId') === input.projectId);
    collection(doc, 'cycles').set(
      cycleId,
      buildEntity(
        'cycles',
        { id: cycleId, projectId: input.projectId, title: titleFrom(text), order, ideaId: input.ideaId, previousCycleId: null, createdAt: ctx.now() },
        { objective: text },
      ),
    );
    setChanged(idea, { state: 'accepted', cycleId, projectId: input.projectId });
    return cycleId;
  },
);

export { newProject };
