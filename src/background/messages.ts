import { z } from 'zod';

/** The quick-add popup asks the background to open (or focus) the board tab. */
export const OpenBoard = z.object({ type: z.literal('ubt:open-board') });
