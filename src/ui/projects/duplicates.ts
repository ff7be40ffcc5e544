import { duplicateProjects, type DuplicateProject } from '../../core';
import type { BoardSession } from '../model/session';

/** Projects made twice from one idea by co-leads at the same moment (core/read/invariants), from the live board. */
export const duplicatesOf = (session: BoardSession): DuplicateProject[] =>
  duplicateProjects(session.collections.projects.live.value, (ideaId) => {
    const idea = session.collections.ideas.entity(ideaId).value;
    return idea.ok ? (idea.value.projectId ?? null) : null;
  });
