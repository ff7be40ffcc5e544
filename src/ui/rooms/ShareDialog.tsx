import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createSecret, deriveRoomId, inviteLink, typeableCode, type LibraryEntry } from '../../core';
import type { LibraryModel } from '../app/library';
import { ensureEngine } from './engine';
import { openPrintPage } from '../report/printLink';

const boardPageUrl = () => browser.runtime.getURL('/board.html');

/**
 * Share a board with the whole unit (staff, stewards, physicians, managers: everyone in the natural work group is
 * the team): create an invite, copy it, print it as a poster for the break room, rotate its secret.
 */
export function ShareDialog({ library, boardId }: { library: LibraryModel; boardId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [rotated, setRotated] = useState(false);
  const entry: LibraryEntry | undefined = library.boards.value.find((b) => b.id === boardId);
  const secret = entry?.secret ?? null;

  const share = async (rotating: boolean) => {
    const next = createSecret();
    library.setRoom(boardId, { secret: next, roomId: await deriveRoomId(next) });
    await ensureEngine();
    setRotated(rotating);
    setCopied(null);
  };
  const copy = async (what: string, text: string) => {
    await navigator.clipboard.writeText(text).catch(() => undefined);
    setCopied(what);
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {secret ? 'Invite' : 'Share'}
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="share-title">
        <h2 id="share-title">{secret ? 'Invite your whole team' : 'Share this board with your team'}</h2>
        {!secret ? (
          <>
            <p>
              Everyone in your unit is on the team: staff, stewards, physicians and managers. Sharing connects this board directly to the browsers of those
              online with you, and the relay keeps a copy for the others, encrypted with the invite's secret so that it cannot read it. The signalling server
              only introduces the browsers to each other; everything between them is encrypted.
            </p>
            <button type="button" class="primary" onClick={() => void share(false)}>
              Create an invite
            </button>
          </>
        ) : (
          <>
            <p>
              Send this invite to everyone in the unit, by a private channel, or print the poster for the staff break room. Anyone with it can read and change
              the board, so keep it inside the unit.
            </p>
            <div class="field">
              <label for="invite-link">Invite link</label>
              <input id="invite-link" readOnly value={inviteLink(boardPageUrl(), secret)} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            </div>
            <div class="row wrap">
              <button type="button" class="primary" onClick={() => void copy('link', inviteLink(boardPageUrl(), secret))}>
                Copy link
              </button>
              <button type="button" onClick={() => void copy('code', typeableCode(secret))}>
                Copy code only
              </button>
              <span role="status" class="meta">
                {copied ? `The ${copied} is on the clipboard.` : ''}
              </span>
            </div>
            <p class="hint">
              The code, <code class="invite-code">{typeableCode(secret)}</code>, works in any browser with UBT Board: Join a board, then type or paste it. Case
              and dashes do not matter, and a mistyped character is caught.
            </p>
            <p>
              <button type="button" onClick={() => openPrintPage(boardId, { poster: '1' })}>
                Print a poster for the break room
              </button>
            </p>
            {rotated && (
              <p class="banner warning" role="status">
                New secret made. Everyone connected now moved with you; old invites no longer work, so send this new one to anyone else.
              </p>
            )}
            <details class="rotate">
              <summary>Rotate the secret</summary>
              <p>
                Use this if an invite went to the wrong person. Old invites stop working for anyone who has not joined yet. Everyone connected right now moves
                to the new secret with you; anyone offline needs the new invite.
              </p>
              <button type="button" class="danger" onClick={() => void share(true)}>
                Rotate the secret
              </button>
            </details>
          </>
        )}
        <p>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </p>
      </dialog>
    </>
  );
}
