import type * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { orderAtEnd } from '../ops/common';
import { titleFrom } from '../ops/ideas';
import { defineOperation } from '../ops/context';
import { entityId, MAX_SHORT } from '../schema/inputs';
import type { AdoptedFrom } from '../schema/entities';
import { isolate } from '../text/bidi';

import { StoredEntry, type PracticeChange } from './schema';

/**
 * What the adopted test of change is called: the change's own name, or, when that is only the board's
 * default ("Cycle 2"), the first line of what was done, which says more.
 */
const adoptedTitle = (change: PracticeChange): string => {
  const generic = /^(cycle|test of change)\s*\d*$/i.test(change.title.trim()) || !change.title.trim();
  return generic && change.plan.trim() ? titleFrom(change.plan) : change.title;
};

/**
 * Adopts a published practice into this team's board: a new project with the practice's problem, aim and
 * Value Compass points, whose first test of change starts from the published change, with attribution.
 */
export const adoptPractice = defineOperation(
  'adoptPractice',
  z.object({ libraryId: entityId, libraryName: z.string().max(MAX_SHORT).default(''), entry: StoredEntry }),
  () => undefined,
  (doc, { libraryId, libraryName, entry }, ctx) => {
    const projectId = ctx.newId();
    const adoptedFrom: AdoptedFrom = { libraryId, libraryName, entryId: entry.id, title: entry.title, team: entry.team, contact: entry.contact };
    const project = buildEntity(
      'projects',
      { id: projectId, title: entry.title, status: 'planning', order: orderAtEnd(doc, 'projects'), ideaId: null, createdAt: ctx.now(), adoptedFrom },
      { problem: entry.problem, aimWhat: entry.aim },
    );
    collection(doc, 'projects').set(projectId, project);
    const compass = project.get('compass') as Y.Map<boolean>;
    for (const point of entry.compass) compass.set(point, true);
    const change = entry.changes[0] ?? { title: entry.title, plan: '' };
    const cycleId = ctx.newId();
    const from = [entry.team, entry.facility].filter(Boolean).map(isolate).join(', ');
    collection(doc, 'cycles').set(
      cycleId,
      buildEntity(
        'cycles',
        {
          id: cycleId,
          projectId,
          title: `Try: ${adoptedTitle(change)}`.slice(0, MAX_SHORT),
          order: orderAtEnd(doc, 'cycles', (c) => c.get('projectId') === projectId),
          previousCycleId: null,
          createdAt: ctx.now(),
        },
        {
          objective: `Test, on a small scale here, the change ${from ? `${from} tested` : 'published'}: ${isolate(change.title)}`,
          planWhat: change.plan || change.title,
          prediction: entry.learnings
            .map((l) => (l.learning ? `${l.title}: ${l.learning}` : ''))
            .filter(Boolean)
            .join('\n'),
        },
      ),
    );
    return projectId;
  },
);
