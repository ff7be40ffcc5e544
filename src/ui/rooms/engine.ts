import { sendMessage } from '../../platform/messages';

/** Asks the background to start the sync engine if it is not running (it does so at browser start too). */
export const ensureEngine = async (): Promise<void> => {
  try {
    await sendMessage('ubt:ensure-engine', {});
  } catch (error) {
    console.warn('UBT Board: could not reach the background to start syncing', error);
  }
};
