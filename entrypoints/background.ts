import { openBoardTab } from '../src/platform/boardTab';
import { ensureOffscreenEngine } from '../src/platform/offscreen';
import { sendMessage, serveMessages } from '../src/platform/messages';
import { readPolicy, watchPolicy } from '../src/platform/policy';
import { COMMAND, createContextMenu, onCaptureCommand, onContextMenuClick, onSaveCapture, openQuickAdd, openQuickAddWindow } from '../src/background/capture';

export default defineBackground(() => {
  // Chrome: the engine lives in an offscreen document. Firefox: this background page hosts it.
  const engine = import.meta.env.FIREFOX
    ? import('../src/sync/engine/engine').then((m) => m.startEngine(undefined, { read: readPolicy, watch: watchPolicy }))
    : null;
  const ensureEngine = async () => {
    if (engine) await engine;
    else await ensureOffscreenEngine();
  };
  const notifyEngine = async () => {
    if (engine) return (await engine).drainCaptures();
    await ensureOffscreenEngine();
    await sendMessage('ubt:drain-captures', {});
  };

  // The toolbar button opens the quick-add popup, which links to the board tab and the side panel.
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu();
    void ensureEngine();
    // Test build only: WebDriver BiDi may not navigate to moz-extension:// pages, so Firefox tests start here.
    if (import.meta.env.MODE === 'test' && import.meta.env.FIREFOX) void browser.tabs.create({ url: browser.runtime.getURL('/board.html') });
  });
  // Shared boards sync and queued captures land whenever the browser runs, not only while a board is open.
  browser.runtime.onStartup.addListener(() => void ensureEngine());
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab, openQuickAdd));
  browser.commands.onCommand.addListener((command, tab) => void onCaptureCommand(command, tab, openQuickAdd));
  serveMessages({
    'ubt:ensure-engine': async () => {
      await ensureEngine();
      return { ok: true };
    },
    'ubt:capture': (request) => onSaveCapture(request, notifyEngine),
    'ubt:open-board': async () => {
      await openBoardTab();
      return { ok: true };
    },
    'ubt:policy': async () => ({ policy: await readPolicy() }),
  });
  // Chrome: the offscreen engine hears of a new policy from here (Firefox's engine watches it itself).
  if (!engine)
    watchPolicy((policy) => {
      void ensureOffscreenEngine().then(() => sendMessage('ubt:policy-changed', { policy }).catch(() => {}));
    });
  void ensureEngine();
  // Only in the build for browser tests (`wxt build --mode test`): the handlers a right-click or the shortcut
  // call. Headless Chromium opens the toolbar popup where automation cannot reach it, so tests ask for the
  // same page in a small window. The production build has no such global (scripts/test-all.mjs checks).
  if (import.meta.env.MODE === 'test') {
    Object.assign(globalThis, {
      ubtTestHooks: {
        onContextMenuClick: (info: never, tab: never) => onContextMenuClick(info, tab, openQuickAddWindow),
        onCommand: (tab: never) => onCaptureCommand(COMMAND, tab, openQuickAddWindow),
      },
    });
  }
});
