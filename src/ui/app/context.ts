import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { isCoLead, type Role } from '../../core';
import type { BoardListModel } from './boardList';
import type { PresenceModel } from '../rooms/presenceModel';

/** The boards in this browser and this person's settings, for any view that needs them. */
export const BoardListContext = createContext<BoardListModel | null>(null);
/** Who else is on the open board and what they edit; null when no board is open. */
export const PresenceContext = createContext<PresenceModel | null>(null);

/**
 * Who is using this page, from Settings: their user id, role, and whether they make the team's decisions
 * (co-leads triage, decide Act and status, and delete; staff add and vote). Outside a library (tests), a co-lead.
 */
export const useMe = (): { userId: string; role: Role; coLead: boolean } => {
  const settings = useContext(BoardListContext)?.settings.value;
  const role = settings?.role ?? 'manager-co-lead';
  return { userId: settings?.userId ?? '', role, coLead: isCoLead(role) };
};
