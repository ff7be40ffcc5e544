import { signal } from '@preact/signals';

export const VIEWS = ['team', 'ideas', 'projects', 'measures', 'actions', 'meeting', 'compass', 'report'] as const;
export type View = (typeof VIEWS)[number];
export interface Route {
  boardId: string | null;
  view: View;
  /** A project's id when one is open; a past meeting's id on the meeting view. */
  itemId: string | null;
  /** An invite opened as a link: `#/join/ubt1.…`. */
  join?: string | null;
  /** Every board in this browser at a glance (`#/overview`), for sponsors. */
  overview?: boolean;
}

/** `#/b/<boardId>/<view>/<itemId>`: plain hash routes, so a board tab can be bookmarked and reloaded. */
export const parseRoute = (hash: string): Route => {
  const [, b, boardId, view, itemId] = hash.replace(/^#/, '').split('/');
  if (b === 'overview') return { boardId: null, view: 'projects', itemId: null, overview: true };
  if (b === 'join' && boardId) return { boardId: null, view: 'projects', itemId: null, join: decodeURIComponent(boardId) };
  if (b !== 'b' || !boardId) return { boardId: null, view: 'projects', itemId: null };
  const known = (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'projects';
  return { boardId: decodeURIComponent(boardId), view: known, itemId: itemId ? decodeURIComponent(itemId) : null };
};

export const hrefFor = (route: Partial<Route> & { boardId: string }): string =>
  `#/b/${encodeURIComponent(route.boardId)}/${route.view ?? 'projects'}${route.itemId ? `/${encodeURIComponent(route.itemId)}` : ''}`;

export const OVERVIEW_HREF = '#/overview';

export const route = signal<Route>(parseRoute(location.hash));

export const startRouting = (): (() => void) => {
  const onHash = () => (route.value = parseRoute(location.hash));
  addEventListener('hashchange', onHash);
  return () => removeEventListener('hashchange', onHash);
};

export const navigate = (next: Partial<Route> & { boardId: string }): void => {
  location.hash = hrefFor(next);
};
