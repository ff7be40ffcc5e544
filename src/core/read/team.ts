import type * as Y from 'yjs';
import { teamMap } from '../doc/layout';
import { toPlain } from '../doc/entity';
import { Team } from '../schema/entities';
import { describeType, type NeedsAttention } from './entity';

const FIELDS = ['name', 'department', 'facility', 'region'] as const;

/**
 * The team section, field by field: a field of the wrong type (a peer wrote a number as the team's name)
 * reads as empty and is reported, while the other fields and unknown keys stay as they are. One bad field
 * never blanks the whole section.
 */
export const readTeam = (doc: Y.Doc): { team: Team; issues: NeedsAttention[] } => {
  const raw = toPlain(teamMap(doc));
  const issues: NeedsAttention[] = [];
  const team: Record<string, unknown> = { ...raw };
  for (const field of FIELDS) {
    const value = raw[field];
    if (value === undefined || typeof value === 'string') continue;
    team[field] = '';
    issues.push({ kind: 'team', id: field, raw: { [field]: value }, problem: `the team's ${field} is ${describeType(value)}, not text` });
  }
  return { team: Team.parse(team), issues };
};
