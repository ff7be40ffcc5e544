/** Team meetings run from the board: the agenda built from it, "since last meeting", and the minutes. */
export { buildAgenda, meetingInProgress, lastEndedMeeting, shortTitle, projectOfAgendaItem, type AgendaDraft } from './agenda';
export { changesSince, CHANGE_KINDS, CHANGE_KIND_LABELS, type BoardChange, type ChangeKind } from './since';
export { buildMinutes, renderMinutesMarkdown, renderMinutesHtml, formatDuration, itemMeta, type Minutes, type MinutesItem } from './minutes';
export { boardRollup, SIGNAL_WINDOW_DAYS, type BoardRollup } from './rollup';
