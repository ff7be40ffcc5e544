import { openBoardTab } from '../src/background/boardTab';
import { EnsureEngine, ensureOffscreenEngine } from '../src/background/engineHost';

export default defineBackground(() => {
  // The toolbar button opens (or focuses) the full-tab board; the side panel opens from Chrome's side panel menu.
  browser.action.onClicked.addListener(() => void openBoardTab());
  // Shared boards sync whenever the browser runs, not only while a board page is open.
  browser.runtime.onStartup.addListener(() => void ensureOffscreenEngine());
  browser.runtime.onInstalled.addListener(() => void ensureOffscreenEngine());
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!EnsureEngine.safeParse(message).success) return undefined;
    return ensureOffscreenEngine().then(() => ({ ok: true }));
  });
  void ensureOffscreenEngine();
});
