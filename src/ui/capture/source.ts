import { browser } from 'wxt/browser';
import { takeDraft, takeWaitingDraft, type Draft } from '../../platform/drafts';
import { draftFrom, readSelection } from '../../platform/pageSelection';

export interface CaptureStart {
  draft: Draft;
  /** The window the person was in, to open the side panel there. */
  windowId: number | null;
}

/**
 * What the quick-add form starts from: a draft left by the right-click menu or the shortcut, or else the
 * selection of the active tab (the toolbar click grants `activeTab` for it). Pages the extension may not
 * read (the browser's own pages) start with an empty form.
 */
export const loadCaptureStart = async (): Promise<CaptureStart> => {
  // A fresh pick comes first; an idea picked before any board was joined waits until one is.
  const draft = (await takeDraft()) ?? (await takeWaitingDraft());
  const openedAsWindow = new URLSearchParams(location.search).has('window');
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: !openedAsWindow, windowType: 'normal' }).catch(() => []);
  const windowId = tab?.windowId ?? null;
  if (draft) return { draft, windowId };
  if (tab?.id === undefined) return { draft: draftFrom('', '', ''), windowId };
  const page = await readSelection(tab.id).catch(() => ({ text: '', title: tab.title ?? '', url: tab.url ?? '' }));
  return { draft: draftFrom(page.text, page.title, page.url), windowId };
};
