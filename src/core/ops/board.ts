import * as Y from 'yjs';
import { z } from 'zod';
import { collection, metaMap, SCHEMA_VERSION, teamMap } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { CHARTER_SECTIONS, CharterSection, Role, RoleChoice } from '../schema/enums';
import { entityId, optionalDate, requiredShort, shortText } from '../schema/inputs';
import { defineOperation, refuse, requireCoLead, requireSelf } from './context';
import { orderAtEnd, requireEntity } from './common';
import { inputWords } from '../schema/inputWords';

const TeamPatch = z
  .object({
    name: requiredShort,
    department: shortText,
    facility: shortText,
    region: shortText,
    /** Department, regional or national goals the team's projects can say they support. */
    goals: z
      .array(requiredShort)
      .max(30, inputWords('input.maxGoals', { max: 30 }))
      .transform((goals) => [...new Set(goals)]),
    /** The day of the team's next meeting (YYYY-MM-DD, '' when not set): the agenda looks ahead to it. */
    nextMeeting: optionalDate,
  })
  .partial()
  .strict();
const TeamFields = z.object({
  name: requiredShort,
  department: shortText.default(''),
  facility: shortText.default(''),
  region: shortText.default(''),
});

/** Sets up an empty document as a team's board: meta, team and the five charter sections. */
export const initBoard = defineOperation(
  'initBoard',
  z.object({ boardId: entityId, team: TeamFields }),
  (doc) => {
    if (metaMap(doc).has('schemaVersion')) throw refuse((tr) => tr.t('refuse.boardSetUp'));
  },
  (doc, input, ctx) => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('boardId', input.boardId);
    meta.set('createdAt', ctx.now());
    const team = teamMap(doc);
    for (const [key, value] of Object.entries(input.team)) team.set(key, value);
    const charter = collection(doc, 'charter');
    for (const section of CHARTER_SECTIONS) charter.set(section, buildEntity('charter', { id: section }));
  },
);

/** Renames the team (and so the board) or changes its department, facility or region. */
export const updateTeam = defineOperation(
  'updateTeam',
  TeamPatch,
  () => undefined,
  (doc, input) => {
    const team = teamMap(doc);
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (Array.isArray(value) ? JSON.stringify(team.get(key)) !== JSON.stringify(value) : team.get(key) !== value) team.set(key, value);
    }
  },
);

export const addPerson = defineOperation(
  'addPerson',
  z.object({ name: requiredShort, role: RoleChoice, /** This browser's user, when the person added is the one adding. */ userId: entityId.optional() }),
  () => undefined,
  (doc, input, ctx) => {
    requireCoLead(ctx, 'coLeadOnly.addPeople');
    const id = ctx.newId();
    collection(doc, 'people').set(id, buildEntity('people', { id, ...input, order: orderAtEnd(doc, 'people'), createdAt: ctx.now() }));
    return id;
  },
);

export const updatePerson = defineOperation(
  'updatePerson',
  z.object({ id: entityId, name: requiredShort.optional(), role: RoleChoice.optional() }).strict(),
  (doc, input) => requireEntity(doc, 'people', input.id),
  (_doc, { id: _id, ...patch }, ctx, person) => {
    if (patch.role !== undefined && patch.role !== person.get('role')) requireCoLead(ctx, 'coLeadOnly.role');
    setChanged(person, patch);
  },
);

/**
 * "This is me": ties a person on the board to this browser's user, so that only they tick their agreement.
 * A person already claimed by someone else stays theirs, and one user is one person on a board.
 */
export const claimPerson = defineOperation(
  'claimPerson',
  z.object({ personId: entityId }),
  (doc, input) => requireEntity(doc, 'people', input.personId),
  (doc, input, ctx, person) => {
    if (!ctx.userId) throw refuse((tr) => tr.t('refuse.noUser'));
    const owner = person.get('userId');
    if (owner && owner !== ctx.userId) throw refuse((tr) => tr.t('refuse.someoneElse', { name: String(person.get('name')) }));
    let mine: string | null = null;
    collection(doc, 'people').forEach((p, id) => {
      if (id !== input.personId && p.get('userId') === ctx.userId && p.get('deleted') !== true) mine = String(p.get('name'));
    });
    const already: string | null = mine;
    if (already) throw refuse((tr) => tr.t('refuse.alreadyYou', { name: already }));
    if (owner !== ctx.userId) person.set('userId', ctx.userId);
  },
);

/** Marks a charter section as agreed (or not) by one co-lead. */
export const setCharterAgreement = defineOperation(
  'setCharterAgreement',
  z.object({ section: CharterSection, personId: entityId, agreed: z.boolean() }),
  (doc, input) => {
    const person = requireEntity(doc, 'people', input.personId);
    const role = Role.safeParse(person.get('role'));
    if (!role.success || !role.data.endsWith('co-lead')) {
      throw refuse((tr) => tr.t('refuse.charterCoLead'));
    }
    return requireEntity(doc, 'charter', input.section);
  },
  (doc, input, ctx, section) => {
    requireSelf(ctx, requireEntity(doc, 'people', input.personId));
    setFlag(section, 'agreed', input.personId, input.agreed);
  },
);

/** Writes only the keys whose value differs, so an unchanged field does not overwrite a peer's concurrent edit. */
export const setChanged = (entity: Y.Map<unknown>, patch: Record<string, unknown>): void => {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && entity.get(key) !== value) entity.set(key, value);
  }
};

/** Sets or clears one key of a nested flag map (votes, compass points, linked measures). */
export const setFlag = (entity: Y.Map<unknown>, field: string, key: string, on: boolean): void => {
  let flags = entity.get(field);
  if (!(flags instanceof Y.Map)) {
    flags = new Y.Map<boolean>();
    entity.set(field, flags);
  }
  const map = flags as Y.Map<boolean>;
  if (on) map.set(key, true);
  else map.delete(key);
};
