import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  CAPABILITY_WORDS,
  capabilityCode,
  createSecret,
  deriveRoomId,
  dropBoxLink,
  inviteLink,
  issueDropBox,
  readCapabilityOf,
  readDropBox,
  rewrapDropBox,
  setDropBox,
  typeableCode,
  type DropBoxRecord,
  type InviteKind,
  type BoardListEntry,
  type ReadCapability,
} from '../../core';
import type { BoardListModel } from '../app/boardList';
import type { BoardSession } from '../model/session';
import { ensureEngine } from './engine';
import { openPrintPage } from '../report/printLink';
import { PrintLanguage } from '../report/PrintLanguage';
import { t } from '../i18n';

const boardPageUrl = () => browser.runtime.getURL('/board.html');
const LINK_LABELS: Record<InviteKind, string> = {
  write: 'Co-leads’ invite link',
  read: 'Sponsors’ read-only link',
  staff: 'Staff invite link',
  drop: 'Drop-box link (the poster)',
};
const joinLink = (code: string) => `${boardPageUrl()}#/join/${code}`;

const useDropBox = (session: BoardSession): DropBoxRecord | null => {
  const [record, setRecord] = useState(() => readDropBox(session.doc));
  useEffect(() => {
    const map = session.doc.getMap('dropBox');
    const update = () => setRecord(readDropBox(session.doc));
    map.observe(update);
    return () => map.unobserve(update);
  }, [session]);
  return record;
};

/**
 * Share a board with the whole unit (staff, stewards, physicians, managers: everyone in the natural work group is
 * the team), each person with what their part needs: the poster adds ideas only, staff see the board and add
 * ideas, sponsors read, and co-leads write. Also: print the poster, issue a new drop box, rotate the secret.
 */
export function ShareDialog({ boardList, boardId, session }: { boardList: BoardListModel; boardId: string; session: BoardSession }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const entry: BoardListEntry | undefined = boardList.boards.value.find((b) => b.id === boardId);
  const secret = entry?.secret ?? null;
  const drop = useDropBox(session);
  const [read, setRead] = useState<ReadCapability | null>(null);
  useEffect(() => {
    setRead(null);
    if (secret) void readCapabilityOf(secret).then(setRead);
  }, [secret]);
  const relay = boardList.settings.value.relays[0] ?? null;

  const issue = async (forSecret: string) => {
    const result = session.run(setDropBox, await issueDropBox(forSecret, readDropBox(session.doc)));
    return result.ok;
  };
  const share = async (rotating: boolean) => {
    const next = createSecret();
    if (rotating && secret && drop) {
      // The same drop box (the poster on the wall) keeps working, its key now wrapped for the new secret.
      const rewrapped = await rewrapDropBox(drop, secret, next);
      if (rewrapped) session.run(setDropBox, rewrapped);
    }
    if (!rotating || !drop) await issue(next);
    boardList.setRoom(boardId, { secret: next, roomId: await deriveRoomId(next) });
    await ensureEngine();
    setNotice(
      rotating
        ? 'New secret made. Everyone connected now moved with you, and the old copy on the relay is deleted; old invites no longer work (co-leads’, staff and sponsors’), so send the new ones. The poster still works.'
        : null,
    );
    setCopied(null);
  };
  const newDropBox = async () => {
    if (secret && (await issue(secret)))
      setNotice('New drop box made: print the new poster and send the new staff invite. The old poster and staff invites stop adding ideas.');
  };
  const copy = async (what: string, text: string) => {
    await navigator.clipboard.writeText(text).catch(() => undefined);
    setCopied(what);
  };

  const kinds: { kind: InviteKind; link: string | null; missing: string }[] = secret
    ? [
        {
          kind: 'drop',
          link: drop && relay ? dropBoxLink(relay, drop) : null,
          missing: relay ? 'This board has no drop box yet.' : 'A drop box needs a relay: set one in Settings.',
        },
        {
          kind: 'staff',
          link: drop && read ? joinLink(capabilityCode({ kind: 'staff', read, drop })) : null,
          missing: 'The staff invite needs the drop box.',
        },
        { kind: 'read', link: read ? joinLink(capabilityCode({ kind: 'read', read })) : null, missing: 'Working out the read invite…' },
        { kind: 'write', link: inviteLink(boardPageUrl(), secret), missing: '' },
      ]
    : [];

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {secret ? t('shell.invite') : t('shell.share')}
      </button>
      <dialog ref={dialog} class="dialog share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{secret ? 'Invite your whole team' : 'Share this board with your team'}</h2>
        {!secret ? (
          <>
            <p>
              Everyone in your unit is on the team: staff, stewards, physicians and managers. Sharing connects this board directly to the browsers of co-leads
              online with you, and the relay keeps a copy for the others, encrypted so that it cannot read it. You then get four kinds of invite, from a poster
              that only adds ideas to a co-lead’s invite that changes everything.
            </p>
            <button type="button" class="primary" onClick={() => void share(false)}>
              Create the invites
            </button>
          </>
        ) : (
          <>
            <p>Give each person the invite their part needs. Each one holds only what it says; send them by a private channel.</p>
            {kinds.map(({ kind, link, missing }) => (
              <section key={kind} class="invite-kind" aria-labelledby={`invite-${kind}-title`}>
                <h3 id={`invite-${kind}-title`}>{CAPABILITY_WORDS[kind].title}</h3>
                <p class="meta">
                  <strong>Can:</strong> {CAPABILITY_WORDS[kind].can} <strong>Cannot:</strong> {CAPABILITY_WORDS[kind].cannot}
                </p>
                {link ? (
                  <div class="row wrap">
                    <label class="visually-hidden" for={`invite-${kind}`}>
                      {LINK_LABELS[kind]}
                    </label>
                    <input id={`invite-${kind}`} class="grow" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                    <button type="button" class={kind === 'write' ? 'primary' : undefined} onClick={() => void copy(LINK_LABELS[kind].toLowerCase(), link)}>
                      Copy<span class="visually-hidden"> the {LINK_LABELS[kind].toLowerCase()}</span>
                    </button>
                  </div>
                ) : (
                  <p class="hint">{missing}</p>
                )}
                {kind === 'drop' && (
                  <p class="row wrap">
                    <PrintLanguage label={t('print.poster')} disabled={!link} onPrint={(lang) => openPrintPage(boardId, { poster: '1', lang })} />
                    {!drop && relay && (
                      <button type="button" onClick={() => void newDropBox()}>
                        Make the drop box
                      </button>
                    )}
                  </p>
                )}
                {kind === 'write' && (
                  <p class="hint">
                    Or the code, <code class="invite-code">{typeableCode(secret)}</code>, typed under Join a board. Case and dashes do not matter.
                  </p>
                )}
              </section>
            ))}
            <p role="status" class="meta">
              {copied ? `The ${copied} is on the clipboard.` : ''}
            </p>
            {notice && (
              <p class="banner warning" role="status">
                {notice}
              </p>
            )}
            {drop && (
              <details class="rotate">
                <summary>New drop box (a new poster)</summary>
                <p>
                  Use this if the poster went somewhere it should not, or ideas you do not want arrive. The old poster and the old staff invites stop adding
                  ideas; the co-leads’ and sponsors’ invites keep working.
                </p>
                <button type="button" class="danger" onClick={() => void newDropBox()}>
                  Make a new drop box
                </button>
              </details>
            )}
            <details class="rotate">
              <summary>Rotate the secret</summary>
              <p>
                Use this if a co-lead, staff or sponsor invite went to the wrong person. Everyone connected right now moves to the new secret with you, and the
                old copy on the relay is deleted. Anyone offline, and every staff member and sponsor, needs the new invite. The poster keeps working.
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
