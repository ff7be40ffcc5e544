import { z } from 'zod';
import { common } from '../i18n/en/common';
import { labels } from '../i18n/en/labels';

/** English names of a set of choices, read from the catalogue's `prefix.value` messages (so there is one source). */
const englishLabels = <const V extends string>(prefix: string, values: readonly V[]): Record<V, string> =>
  Object.fromEntries(values.map((v) => [v, (labels as Record<string, string>)[`${prefix}.${v}`]!])) as Record<V, string>;

/**
 * Roles a person can hold on a unit-based team, in the partnership's words: three co-leads (manager, union,
 * physician) and three kinds of sponsor who work as co-sponsors (management, union, physician). These are
 * the roles offered for new entries.
 */
export const ROLES = ['manager-co-lead', 'union-co-lead', 'physician-co-lead', 'management-sponsor', 'union-sponsor', 'physician-sponsor', 'member'] as const;
export const RoleChoice = z.enum(ROLES);
export type RoleChoice = z.infer<typeof RoleChoice>;
/**
 * A role as read from a board or settings: older boards wrote `labour-co-lead` (read as `union-co-lead`) and a
 * generic `sponsor`, kept as it is (which kind of sponsor was never recorded) until someone chooses one.
 */
export const LEGACY_ROLES: Record<string, (typeof ROLES)[number] | 'sponsor'> = {
  'labour-co-lead': 'union-co-lead',
  'labor-co-lead': 'union-co-lead',
  sponsor: 'sponsor',
};
export const Role = z.preprocess((value) => (typeof value === 'string' && value in LEGACY_ROLES ? LEGACY_ROLES[value] : value), z.enum([...ROLES, 'sponsor']));
export type Role = z.infer<typeof Role>;
/** Each role's name in English, as the message catalogue gives it (its `role.*` messages): one source for both. */
export const ROLE_LABELS: Record<Role, string> = Object.fromEntries(
  [...ROLES, 'sponsor'].map((role) => [role, common[`role.${role}` as `role.${Role}`]]),
) as Record<Role, string>;
export const isCoLead = (role: Role): boolean => role.endsWith('co-lead');

export const IDEA_STATES = ['new', 'accepted', 'parked', 'out-of-scope', 'done'] as const;
export const IdeaState = z.enum(IDEA_STATES);
export type IdeaState = z.infer<typeof IdeaState>;
export const IDEA_STATE_LABELS = englishLabels('ideaState', IDEA_STATES);

/** The four things unit-based teams do not work on (see shared/seeds/001). */
export const OUT_OF_SCOPE_REASONS = ['strategic-direction', 'scope-of-practice', 'labour-relations', 'legal-regulatory'] as const;
export const OutOfScopeReason = z.enum(OUT_OF_SCOPE_REASONS);
export type OutOfScopeReason = z.infer<typeof OutOfScopeReason>;
export const OUT_OF_SCOPE_LABELS = englishLabels('outOfScope', OUT_OF_SCOPE_REASONS);

export const COMPASS_POINTS = ['quality', 'service', 'affordability', 'workplace'] as const;
export const CompassPoint = z.enum(COMPASS_POINTS);
export type CompassPoint = z.infer<typeof CompassPoint>;
export const COMPASS_LABELS = englishLabels('compass', COMPASS_POINTS);

export const PROJECT_STATUSES = ['planning', 'testing', 'spreading', 'done', 'stopped'] as const;
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;
export const PROJECT_STATUS_LABELS = englishLabels('projectStatus', PROJECT_STATUSES);

export const MEASURE_TYPES = ['outcome', 'process', 'balancing'] as const;
export const MeasureType = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof MeasureType>;
export const MEASURE_TYPE_LABELS = englishLabels('measureType', MEASURE_TYPES);

export const DIRECTIONS = ['up', 'down'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const ACT_DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export const ActDecision = z.enum(ACT_DECISIONS);
export type ActDecision = z.infer<typeof ActDecision>;
export const ACT_DECISION_LABELS = englishLabels('actDecision', ACT_DECISIONS);

export const DO_AS_PLANNED = ['yes', 'partly', 'no'] as const;
export const DoAsPlanned = z.enum(DO_AS_PLANNED);
export type DoAsPlanned = z.infer<typeof DoAsPlanned>;

export const CHARTER_SECTIONS = ['purpose', 'goals', 'scope', 'decisionMaking', 'groundRules'] as const;
export const CharterSection = z.enum(CHARTER_SECTIONS);
export type CharterSection = z.infer<typeof CharterSection>;
export const CHARTER_LABELS = englishLabels('charter', CHARTER_SECTIONS);

export const CHART_KINDS = ['run', 'xmr'] as const;
export const ChartKind = z.enum(CHART_KINDS);
export type ChartKind = z.infer<typeof ChartKind>;
export const CHART_LABELS = englishLabels('chartKind', CHART_KINDS);

/** Where an agenda item came from: the board's own lists, or typed in. */
export const AGENDA_SOURCES = ['idea', 'cycle', 'measure', 'action', 'free'] as const;
export const AgendaSource = z.enum(AGENDA_SOURCES);
export type AgendaSource = z.infer<typeof AgendaSource>;
export const AGENDA_SOURCE_LABELS = englishLabels('agendaSource', AGENDA_SOURCES);
