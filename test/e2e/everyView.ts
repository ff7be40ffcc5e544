import type { Page } from 'playwright-core';
import { addIdea, addProject, editText, exportBackup, localDay, readBoard, updateTeam } from '../../src/core';
import { buildBoardAfterMeeting } from '../fixtures/boards';
import { testContext } from '../core/helpers';
import { restoreThroughUi, type RestoreWords } from './flows';
import type { Translator } from '../../src/core/i18n';

/**
 * The ED board a month into its work, with the team's own Spanish beside the English (an idea, a project,
 * the charter), restored through the UI: what every view is checked on in the pseudo-locale and in Spanish.
 */
export const restoreTeamBoard = async (
  page: Page,
  words?: RestoreWords,
): Promise<{ boardId: string; projectId: string; meetingId: string; data: string[] }> => {
  const { doc, ids } = buildBoardAfterMeeting(localDay(), 'es');
  const ctx = testContext('v');
  updateTeam(
    doc,
    {
      department: 'Servicios de Emergencia',
      facility: 'Centro Médico de Oakland',
      region: 'Norte de California',
      goals: ['Meta regional: cero caídas con daño'],
    },
    ctx,
  );
  addIdea(doc, { text: 'Los carros de limpieza no caben en el ascensor de servicio entre las 7 y las 9 de la mañana', author: 'Rosa Elena Domínguez' }, ctx);
  addProject(doc, { title: 'Reducir el tiempo de limpieza de las habitaciones de aislamiento' }, ctx);
  editText(doc, { kind: 'charter', id: 'purpose', field: 'text', value: 'Ofrecer a cada paciente una sala limpia y segura, a tiempo.' }, ctx);
  await restoreThroughUi(page, JSON.stringify(exportBackup(doc).backup), 'ed-triage', words);
  const boardId = decodeURIComponent(/#\/b\/([^/]+)/.exec(page.url())?.[1] ?? '');
  const board = readBoard(doc);
  return { boardId, projectId: ids.project, meetingId: board.meetings[0]!.id, data: stringsIn(board) };
};

/** Every string the board holds: the team's own words, which no catalogue translates. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.trim()
      ? [value]
      : []
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

/** Every view of a board, by the address a person reaches it at. */
export const everyView = (boardId: string, projectId: string, meetingId: string): [name: string, hash: string][] => [
  ['team', `#/b/${boardId}/team`],
  ['ideas', `#/b/${boardId}/ideas`],
  ['projects', `#/b/${boardId}/projects`],
  ['project', `#/b/${boardId}/projects/${projectId}`],
  ['measures', `#/b/${boardId}/measures`],
  ['actions', `#/b/${boardId}/actions`],
  ['meeting', `#/b/${boardId}/meeting`],
  ['minutes', `#/b/${boardId}/meeting/${meetingId}`],
  ['compass', `#/b/${boardId}/compass`],
  ['report', `#/b/${boardId}/report`],
  ['overview', '#/overview'],
];

/** Opens one view and waits until it has drawn: its main heading, and no "Opening…" left. */
export const openView = async (page: Page, base: string, hash: string): Promise<void> => {
  await page.goto(`${base}${hash}`);
  await page.locator('main h1, .overview h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
};

/**
 * Through the header's dialog, a practice library for the facility; then the team's project published to
 * it from the project's page. Works in whatever language the page speaks (`tr`). Gives the library's id.
 */
export const publishToNewLibrary = async (page: Page, base: string, boardId: string, projectId: string, tr: Translator): Promise<string> => {
  await openView(page, base, `#/b/${boardId}/projects`);
  await page.getByRole('button', { name: tr.t('boards.newOrJoin') }).click();
  await page.getByLabel(tr.t('library.name')).fill(LIBRARY);
  await page.getByRole('button', { name: tr.t('library.create') }).click();
  await page.getByRole('heading', { name: new RegExp(LIBRARY) }).waitFor();
  const libraryId = decodeURIComponent(/#\/b\/([^/]+)/.exec(page.url())?.[1] ?? '');
  await openView(page, base, `#/b/${boardId}/projects/${projectId}`);
  await page.locator('.publish-practice summary').click();
  await page.locator('.publish-practice button[type=submit]').click();
  await page.locator('.publish-practice .banner.good').waitFor();
  return libraryId;
};
export const LIBRARY = 'Prácticas del Centro Médico de Oakland';
