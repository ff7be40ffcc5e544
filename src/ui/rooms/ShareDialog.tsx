import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
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
import { t, tParts } from '../i18n';

const boardPageUrl = () => browser.runtime.getURL('/board.html');
const linkLabel = (kind: InviteKind) => t(`invite.${kind}.link`);
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
    setNotice(rotating ? t('invite.rotated') : null);
    setCopied(null);
  };
  const newDropBox = async () => {
    if (secret && (await issue(secret))) setNotice(t('invite.newDropBoxDone'));
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
          missing: relay ? t('invite.noDropBox') : t('invite.needsRelay'),
        },
        {
          kind: 'staff',
          link: drop && read ? joinLink(capabilityCode({ kind: 'staff', read, drop })) : null,
          missing: t('invite.staffNeedsDrop'),
        },
        { kind: 'read', link: read ? joinLink(capabilityCode({ kind: 'read', read })) : null, missing: t('invite.readWorking') },
        { kind: 'write', link: inviteLink(boardPageUrl(), secret), missing: '' },
      ]
    : [];

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {secret ? t('shell.invite') : t('shell.share')}
      </button>
      <dialog ref={dialog} class="dialog share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{secret ? t('invite.titleShared') : t('invite.titleShare')}</h2>
        {!secret ? (
          <>
            <p>{t('invite.explain')}</p>
            <button type="button" class="primary" onClick={() => void share(false)}>
              {t('invite.create')}
            </button>
          </>
        ) : (
          <>
            <p>{t('invite.each')}</p>
            {kinds.map(({ kind, link, missing }) => (
              <section key={kind} class="invite-kind" aria-labelledby={`invite-${kind}-title`}>
                <h3 id={`invite-${kind}-title`}>{t(`invite.${kind}.title`)}</h3>
                <p class="meta">
                  <strong>{t('invite.can')}</strong> {t(`invite.${kind}.can`)} <strong>{t('invite.cannot')}</strong> {t(`invite.${kind}.cannot`)}
                </p>
                {link ? (
                  <div class="row wrap">
                    <label class="visually-hidden" for={`invite-${kind}`}>
                      {linkLabel(kind)}
                    </label>
                    <input id={`invite-${kind}`} class="grow" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                    <button type="button" class={kind === 'write' ? 'primary' : undefined} onClick={() => void copy(linkLabel(kind).toLowerCase(), link)}>
                      {t('invite.copy')}
                      <span class="visually-hidden">{t('invite.copyWhat', { link: linkLabel(kind).toLowerCase() })}</span>
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
                        {t('invite.makeDropBox')}
                      </button>
                    )}
                  </p>
                )}
                {kind === 'write' && <p class="hint">{tParts('invite.code', { code: <code class="invite-code">{typeableCode(secret)}</code> })}</p>}
              </section>
            ))}
            <p role="status" class="meta">
              {copied ? t('invite.copied', { link: copied }) : ''}
            </p>
            {notice && (
              <p class="banner warning" role="status">
                {notice}
              </p>
            )}
            {drop && (
              <details class="rotate">
                <summary>{t('invite.newDropBox')}</summary>
                <p>{t('invite.newDropBoxWhy')}</p>
                <button type="button" class="danger" onClick={() => void newDropBox()}>
                  {t('invite.newDropBoxDo')}
                </button>
              </details>
            )}
            <details class="rotate">
              <summary>{t('invite.rotate')}</summary>
              <p>{t('invite.rotateWhy')}</p>
              <button type="button" class="danger" onClick={() => void share(true)}>
                {t('invite.rotate')}
              </button>
            </details>
          </>
        )}
        <p>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('invite.close')}
          </button>
        </p>
      </dialog>
    </>
  );
}
