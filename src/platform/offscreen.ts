import { browser } from 'wxt/browser';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

/**
 * Makes sure the sync engine runs. On Chrome it lives in the one offscreen document an extension may have
 * (reason WEB_RTC); concurrent callers share one creation.
 */
export const ensureOffscreenEngine = async (): Promise<void> => {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) return;
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  if ((await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) return;
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
