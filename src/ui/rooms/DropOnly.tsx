import { CAPABILITY_WORDS, type BoardListEntry } from '../../core';
import type { BoardListModel } from '../app/boardList';
import { openQuickAddFromPage } from '../capture/openers';

/**
 * A board this browser may only add ideas to (the poster's invite): there is no board here to show, by
 * design. It says so, and how to add an idea.
 */
export function DropOnly({ entry, boardList }: { entry: BoardListEntry; boardList: BoardListModel }) {
  return (
    <main class="drop-only stack" aria-labelledby="drop-only-title">
      <h1 id="drop-only-title">{entry.name}</h1>
      <p class="banner info" role="status">
        <strong>{CAPABILITY_WORDS.drop.title}.</strong> This browser holds the team’s drop box, not the board: {CAPABILITY_WORDS.drop.can.toLowerCase()}
      </p>
      <p>
        Your ideas are sealed so that only the team’s co-leads can open them, and they appear on the board the next time a co-lead has it open. You cannot see
        the board from here, or read back what you sent.
      </p>
      <h2>To add an idea</h2>
      <ul>
        <li>On any page, select the text, right-click and choose Add to team board, or press Alt+Shift+U.</li>
        <li>Or use the UBT Board button in the toolbar.</li>
      </ul>
      <p>
        <button type="button" class="primary" onClick={() => void openQuickAddFromPage()}>
          Add an idea now
        </button>{' '}
        <button type="button" onClick={() => boardList.forget(entry.id)}>
          Remove this drop box from this browser
        </button>
      </p>
    </main>
  );
}
