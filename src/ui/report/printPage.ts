import * as Y from 'yjs';
import {
  dropBoxLink,
  readDropBox,
  applyPolicy,
  readSettings,
  buildMinutes,
  buildReport,
  listBoards,
  readBoard,
  renderInvitePosterHtml,
  isLanguage,
  type Language,
  renderMinutesHtml,
  renderReportHtml,
} from '../../core';
import { readPolicy } from '../../platform/policy';
import { openReplica } from '../../sync/replica';
import { BOARD_LIST_DB } from '../../sync/names';
import { withBoardDocument } from '../../sync/replica';
import { scopeFromParam } from './scope';
import { t, uiLanguage } from '../i18n';

/**
 * The printable report (or a meeting's minutes) in its own tab: the same HTML as the downloaded report, shown with a small toolbar
 * (not printed) to print or save as PDF. The report markup comes only from the pure renderer, where every
 * text from the board is escaped.
 */
export const showPrintableReport = async (params: URLSearchParams): Promise<void> => {
  const boardId = params.get('b');
  const target = document.getElementById('report')!;
  if (!boardId) {
    target.textContent = t('printPage.noBoard');
    return;
  }
  // The printout's language, chosen beside its button; else the person's own.
  const lang = params.get('lang');
  const language = isLanguage(lang) ? lang : uiLanguage.peek();
  if (params.get('poster')) {
    const html = await invitePoster(boardId, language);
    if (!html) {
      target.textContent = t('printPage.noDropBox');
      return;
    }
    return show(html, target);
  }
  const meetingId = params.get('minutes');
  const html = await withBoardDocument(boardId, ({ doc }) => {
    const board = readBoard(doc);
    if (!meetingId) return renderReportHtml(buildReport(board, scopeFromParam(params.get('scope')), new Date(), language));
    const minutes = buildMinutes(board, meetingId, language);
    return minutes ? renderMinutesHtml(minutes) : null;
  });
  if (html === null) {
    target.textContent = t('printPage.noMeeting');
    return;
  }
  show(html, target);
};

/** The poster for the break room: the board's team name and invite, read from this browser's library. */
const invitePoster = async (boardId: string, language: Language): Promise<string | null> => {
  const boardList = new Y.Doc();
  const replica = openReplica(BOARD_LIST_DB, boardList);
  try {
    await replica.whenLoaded;
    const entry = listBoards(boardList).find((b) => b.id === boardId);
    if (!entry?.secret) return null;
    const relay = applyPolicy(readSettings(boardList, 'poster'), await readPolicy()).relays[0];
    // The poster holds the drop box only: whoever photographs the wall can add an idea, and nothing more.
    const found = await withBoardDocument(boardId, ({ doc }) => ({ team: readBoard(doc).team.name || entry.name, drop: readDropBox(doc) }));
    if (!found.drop || !relay) return null;
    return renderInvitePosterHtml({ team: found.team, link: dropBoxLink(relay, found.drop), language });
  } finally {
    replica.destroy();
    boardList.destroy();
  }
};

const show = (html: string, target: HTMLElement) => {
  const report = new DOMParser().parseFromString(html, 'text/html');
  document.title = report.title;
  // The document's language (a Spanish poster from an English browser): screen readers and hyphenation follow it.
  document.documentElement.lang = report.documentElement.lang || 'en';
  for (const style of report.head.querySelectorAll('style')) document.head.append(document.adoptNode(style));
  target.replaceChildren(...[...report.body.childNodes].map((node) => document.adoptNode(node)));
  const toolbar = document.getElementById('print-toolbar')!;
  const style = document.createElement('style');
  style.textContent =
    '#print-toolbar{display:flex;gap:8px;justify-content:flex-end;padding:8px 0}#print-toolbar button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #1f5f8b;background:#1f5f8b;color:#fff;cursor:pointer}@media print{#print-toolbar{display:none}}';
  document.head.append(style);
  const button = document.createElement('button');
  button.type = 'button';
  // The toolbar is the person's, in their language, whatever the document's.
  toolbar.lang = uiLanguage.peek();
  button.textContent = t('print.button');
  button.addEventListener('click', () => print());
  toolbar.replaceChildren(button);
};
