import { openBoardTab } from '../src/background/boardTab';

export default defineBackground(() => {
  // The toolbar button opens (or focuses) the full-tab board; the side panel opens from Chrome's side panel menu.
  browser.action.onClicked.addListener(() => void openBoardTab());
});
