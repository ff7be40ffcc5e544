import { LANGUAGES } from '../i18n/language';
import type * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { readBoard } from '../read/board';
import { readEntity } from '../read/entity';
import { buildAgenda, lastEndedMeeting, meetingInProgress } from '../meetings/agenda';
import { entityId, isoDate, requiredShort, shortText } from '../schema/inputs';
import type { Meeting } from '../schema/entities';
import { defineOperation, refuse, type OpContext } from './context';
import { orderAtEnd, requireEntity } from './common';
import { setChanged, setFlag } from './board';

const meetings = (doc: Y.Doc): Meeting[] => {
  const out: Meeting[] = [];
  collection(doc, 'meetings').forEach((value, id) => {
    const read = readEntity('meetings', id, value);
    if (read.ok) out.push(read.value);
  });
  return out;
};

/** The meeting, which must be in progress: a finished meeting's record is its minutes and stays as it was. */
export const openMeeting = (doc: Y.Doc, meetingId: string): Y.Map<unknown> => {
  const meeting = requireEntity(doc, 'meetings', meetingId);
  if (meeting.get('endedAt') !== null && meeting.get('endedAt') !== undefined) throw refuse((tr) => tr.t('refuse.meetingEnded'));
  return meeting;
};

export const agendaItemOf = (doc: Y.Doc, meetingId: string, itemId: string): Y.Map<unknown> => {
  const item = requireEntity(doc, 'agenda', itemId);
  if (item.get('meetingId') !== meetingId) throw refuse((tr) => tr.t('refuse.otherMeeting'));
  return item;
};

/** Closes the current item's turn: its time adds up and it counts as covered. */
const closeTurn = (doc: Y.Doc, meeting: Y.Map<unknown>, now: number): void => {
  const currentId = meeting.get('currentItemId');
  const since = meeting.get('currentSince');
  if (typeof currentId !== 'string') return;
  const item = collection(doc, 'agenda').get(currentId);
  if (!item) return;
  const spent = typeof item.get('spentMs') === 'number' ? (item.get('spentMs') as number) : 0;
  item.set('spentMs', spent + (typeof since === 'number' ? Math.max(0, now - since) : 0));
  if (item.get('covered') !== true) item.set('covered', true);
};

/**
 * Starts the team's meeting with an agenda built from the board (see `buildAgenda`), the first item
 * current, and "since last meeting" fixed at the previous meeting's end. One meeting at a time.
 */
export const startMeeting = defineOperation(
  'startMeeting',
  z.object({ today: isoDate, startedBy: shortText.default(''), language: z.enum(LANGUAGES).default('en') }),
  (doc) => {
    const { current } = meetingInProgress(meetings(doc));
    if (current) throw refuse((tr) => tr.t('refuse.meetingOn'));
  },
  (doc, input, ctx: OpContext) => {
    const id = ctx.newId();
    const now = ctx.now();
    const board = readBoard(doc);
    const since = lastEndedMeeting(board.meetings)?.endedAt ?? null;
    const items = buildAgenda(board, input.today, since, input.language);
    const agenda = collection(doc, 'agenda');
    let first: string | null = null;
    for (const draft of items) {
      const itemId = ctx.newId();
      first ??= itemId;
      agenda.set(
        itemId,
        buildEntity('agenda', { id: itemId, meetingId: id, ...draft, covered: false, spentMs: 0, order: orderAtEnd(doc, 'agenda'), createdAt: now }),
      );
    }
    collection(doc, 'meetings').set(
      id,
      buildEntity('meetings', {
        id,
        startedAt: now,
        startedBy: input.startedBy,
        endedAt: null,
        currentItemId: first,
        currentSince: first ? now : null,
        since,
        createdAt: now,
      }),
    );
    return id;
  },
);

/** Adds a typed-in item at the end of the agenda. */
export const addAgendaItem = defineOperation(
  'addAgendaItem',
  z.object({ meetingId: entityId, title: requiredShort, detail: shortText.default('') }),
  (doc, input) => openMeeting(doc, input.meetingId),
  (doc, input, ctx, meeting) => {
    const id = ctx.newId();
    const order = orderAtEnd(doc, 'agenda', (item) => item.get('meetingId') === input.meetingId);
    collection(doc, 'agenda').set(
      id,
      buildEntity('agenda', { id, ...input, source: 'free', refId: null, covered: false, spentMs: 0, order, createdAt: ctx.now() }),
    );
    // An agenda that was empty gets its first current item.
    if (meeting.get('currentItemId') === null) setChanged(meeting, { currentItemId: id, currentSince: ctx.now() });
    return id;
  },
);

export const updateAgendaItem = defineOperation(
  'updateAgendaItem',
  z.object({ meetingId: entityId, id: entityId, title: requiredShort.optional(), covered: z.boolean().optional() }).strict(),
  (doc, input) => {
    openMeeting(doc, input.meetingId);
    return agendaItemOf(doc, input.meetingId, input.id);
  },
  (_doc, { meetingId: _m, id: _id, ...patch }, _ctx, item) => setChanged(item, patch),
);

/** Makes an item current (the next one, or any other): the previous item's time adds up and it is covered. */
export const goToAgendaItem = defineOperation(
  'goToAgendaItem',
  z.object({ meetingId: entityId, itemId: entityId }),
  (doc, input) => {
    const meeting = openMeeting(doc, input.meetingId);
    agendaItemOf(doc, input.meetingId, input.itemId);
    return meeting;
  },
  (doc, input, ctx, meeting) => {
    if (meeting.get('currentItemId') === input.itemId) return;
    const now = ctx.now();
    closeTurn(doc, meeting, now);
    setChanged(meeting, { currentItemId: input.itemId, currentSince: now });
  },
);

export const setAttendance = defineOperation(
  'setAttendance',
  z.object({ meetingId: entityId, personId: entityId, present: z.boolean() }),
  (doc, input) => {
    requireEntity(doc, 'people', input.personId);
    return openMeeting(doc, input.meetingId);
  },
  (_doc, input, _ctx, meeting) => setFlag(meeting, 'attendees', input.personId, input.present),
);

/** Records a decision against an agenda item (or the meeting as a whole). */
export const addDecision = defineOperation(
  'addDecision',
  z.object({ meetingId: entityId, agendaItemId: entityId.nullable().default(null), text: requiredShort, by: shortText.default('') }),
  (doc, input) => {
    openMeeting(doc, input.meetingId);
    if (input.agendaItemId) agendaItemOf(doc, input.meetingId, input.agendaItemId);
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    collection(doc, 'decisions').set(id, buildEntity('decisions', { id, ...input, createdAt: ctx.now() }));
    return id;
  },
);

/** Ends the meeting: the current item's time adds up, and the record becomes the minutes. */
export const endMeeting = defineOperation(
  'endMeeting',
  z.object({ meetingId: entityId }),
  (doc, input) => openMeeting(doc, input.meetingId),
  (doc, _input, ctx, meeting) => {
    const now = ctx.now();
    closeTurn(doc, meeting, now);
    setChanged(meeting, { endedAt: now });
    meeting.set('currentItemId', null);
    meeting.set('currentSince', null);
  },
);
