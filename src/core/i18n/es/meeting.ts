import type { Translation } from '../catalogue';
import type { meeting as english } from '../en/meeting';

/** The team meeting: the agenda the board builds, the meeting in progress, the minutes on screen. */
export const meeting: Translation<typeof english> = {
  'agenda.emptyIdea': '(idea vacía)',
  'agenda.from': 'De {name}',
  'agenda.untitledCycle': 'Prueba de cambio sin título',
  'agenda.doEnded': '{project} · Hacer terminó el {day}',
  'agenda.signal': '{meaning}: {sentence}',
  'agenda.overdueSince': 'Vencida desde el {day}',
  'agenda.dueToday': 'Vence hoy',
  'agenda.due': 'Vence el {day}',
};
