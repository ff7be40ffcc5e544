import { signal, type ReadonlySignal } from '@preact/signals';
import { collection, readEntity, type Idea } from '../../core';
import { openBoardDocument } from '../../sync/replica';

/** The live ideas of one board, for the similar-ideas hint; a replica that is closed with `dispose`. */
export const watchBoardIdeas = (boardId: string): { ideas: ReadonlySignal<Idea[]>; dispose(): void } => {
  const { doc, replica, release } = openBoardDocument(boardId);
  const ideas = signal<Idea[]>([]);
  const map = collection(doc, 'ideas');
  const refresh = () => {
    const out: Idea[] = [];
    map.forEach((value, id) => {
      const result = readEntity('ideas', id, value);
      if (result.ok && !result.value.deleted) out.push(result.value);
    });
    ideas.value = out;
  };
  map.observeDeep(refresh);
  void replica.whenLoaded.then(refresh);
  return {
    ideas,
    dispose: () => {
      map.unobserveDeep(refresh);
      release();
    },
  };
};
