import { createContext } from 'preact';
import type { LibraryModel } from './library';
import type { PresenceModel } from '../rooms/presenceModel';

/** The boards in this browser and this person's settings, for any view that needs them. */
export const LibraryContext = createContext<LibraryModel | null>(null);
/** Who else is on the open board and what they edit; null when no board is open. */
export const PresenceContext = createContext<PresenceModel | null>(null);
