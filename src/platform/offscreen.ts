import { browser } from 'wxt/browser';

let creating: Promise<void> | null = null;

/**
 * Makes sure the sync engine runs. On Chrome it lives in the one offscreen document an extension may have
 * (reason WEB_RTC); concurrent callers share one creation.
 */
export const ensureOffscreenEngine = async (): Promise<void> => {
  // Firefox has no offscreen API: its background page runs the engine itself.
  const offscreen = browser.offscreen as typeof browser.offscreen | undefined;
  if (!offscreen) return;
  if ((await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['WEB_RTC'],
      justification: 'Keeps team boards in sync with co-leads over peer-to-peer WebRTC connections.',
    })
    .catch((error: unknown) => {
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
};
