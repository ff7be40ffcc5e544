import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { seriousViolations } from './axe';
import { browsersPerTest } from './browser';
import { everyView, LIBRARY, openView, publishToNewLibrary, restoreTeamBoard } from './everyView';
import { overflow } from './layout';
import { textOutsideCatalogue } from './pseudoCheck';

/**
 * Issue 26's evidence over every view of a board a team has used for a month: in the pseudo-locale nothing a
 * person sees or hears is left outside the catalogue; in Spanish no view overflows at projector or
 * side-panel width and axe finds nothing serious; the Spanish report and minutes print as PDFs.
 */
const browsers = browsersPerTest(afterEach);
mkdirSync('test-results', { recursive: true });

/** Month and weekday names as the pseudo-locale's dates write them (English, through Intl). */
const CALENDAR_WORDS = [
  ...Array.from({ length: 12 }, (_, m) => [
    new Date(Date.UTC(2026, m, 15)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
    new Date(Date.UTC(2026, m, 15)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }),
  ]).flat(),
  ...Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 10, 1 + d)).toLocaleString('en-GB', { weekday: 'long', timeZone: 'UTC' })),
];

describe('every view, in every language', () => {
  it('pseudo-locale: every word on every view, and in the invite dialog, comes from the catalogue', async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    const { boardId, projectId, meetingId, data } = await restoreTeamBoard(page);
    const base = page.url().split('#')[0]!.replace('board.html', 'board.html?pseudo');
    // Besides the team's words: key names, and each language's own name in the language choice.
    const words = [...data, ...CALENDAR_WORDS, 'AM', 'PM', 'UBT Board', 'UBT', 'Alt', 'English', 'Español'];
    const found: string[] = [];
    for (const [name, hash] of everyView(boardId, projectId, meetingId)) {
      await openView(page, base, hash);
      found.push(...(await textOutsideCatalogue(page, words)).map((f) => `${name}: ${f}`));
    }
    // The practice library, with the team's project published to it.
    const libraryId = await publishToNewLibrary(page, base, boardId, projectId, translator('pseudo'));
    await openView(page, base, `#/b/${libraryId}/projects`);
    await page.locator('.practice').first().waitFor();
    found.push(...(await textOutsideCatalogue(page, [...words, LIBRARY])).map((f) => `practice library: ${f}`));
    await openView(page, base, `#/b/${boardId}/team`);
    await page.getByRole('button', { name: translator('pseudo').t('shell.share'), exact: true }).click();
    await page.locator('dialog.share-dialog[open]').waitFor();
    found.push(...(await textOutsideCatalogue(page, words, ['dialog.share-dialog'])).map((f) => `invite dialog: ${f}`));
    expect(found).toEqual([]);
  });

  it('Spanish: every view at 1280 and 400 px, with no overflow and axe clean', async () => {
    const browser = await browsers.launch(undefined, { locale: 'es-MX' });
    const page = await browser.page('board.html');
    const { boardId, projectId, meetingId } = await restoreTeamBoardInSpanish(page);
    const base = page.url().split('#')[0]!;
    const problems: string[] = [];
    for (const [name, hash] of everyView(boardId, projectId, meetingId)) {
      await openView(page, base, hash);
      expect(await page.evaluate(() => document.documentElement.lang), name).toBe('es');
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        problems.push(...(await overflow(page)).widest.map((w) => `${name} at ${width} px: ${w}`));
        problems.push(...(await seriousViolations(page, `${name} at ${width} px`)));
        await page.screenshot({ path: `test-results/es-${name}-${width}.png`, fullPage: width === 400 });
      }
    }
    const libraryId = await publishToNewLibrary(page, base, boardId, projectId, translator('es'));
    await openView(page, base, `#/b/${libraryId}/projects`);
    await page.locator('.practice').first().waitFor();
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      problems.push(...(await overflow(page)).widest.map((w) => `practice library at ${width} px: ${w}`));
      problems.push(...(await seriousViolations(page, `practice library at ${width} px`)));
      await page.screenshot({ path: `test-results/es-practice-library-${width}.png`, fullPage: width === 400 });
    }
    expect(problems).toEqual([]);
    // The words are Spanish, not English that slipped through: a few headings read as a Spanish team would.
    await openView(page, base, `#/b/${boardId}/compass`);
    await page.getByRole('heading', { name: 'Brújula de Valor', level: 1 }).waitFor();
    await openView(page, base, `#/b/${boardId}/actions`);
    await page.getByRole('heading', { name: 'Acciones', level: 1 }).waitFor();
    expect(await page.getByText('Vencida', { exact: true }).count()).toBe(1);
  });

  it('Spanish: the report and the minutes print as PDFs, in Spanish from an English browser', async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    const { boardId, meetingId } = await restoreTeamBoard(page);
    const board = encodeURIComponent(boardId);
    for (const [name, params, heading] of [
      ['report', 'scope=board', /informe de mejora/i],
      ['minutes', `minutes=${encodeURIComponent(meetingId)}`, /reunión del equipo/i],
    ] as const) {
      const print = await browser.page(`print.html#b=${board}&${params}&lang=es`);
      await print.getByRole('heading', { name: heading }).first().waitFor();
      expect(await print.evaluate(() => document.documentElement.lang)).toBe('es');
      // The page's own button speaks the person's language; the document, the team's choice.
      expect(await print.getByRole('button', { name: translator('en').t('print.button') }).count()).toBe(1);
      expect(await seriousViolations(print, `Spanish ${name}`)).toEqual([]);
      const pdf = `test-results/${name}-spanish.pdf`;
      await print.pdf({ path: pdf, format: 'Letter' });
      // Each page of the PDF as an image, to look at; and its text, which must be Spanish.
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `test-results/${name}-spanish`]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      expect(text).toMatch(heading);
      expect(text).not.toMatch(/\b(Page \d+ of|Attendance|Decisions|Actions agreed|Measures|Projects)\b/);
      await print.close();
    }
  });
});

/** The same board restored from a browser set to Spanish, through the Spanish first-run page. */
const restoreTeamBoardInSpanish = (page: Parameters<typeof restoreTeamBoard>[0]) =>
  restoreTeamBoard(page, {
    label: translator('es').t('restore.label'),
    button: translator('es').t('restore.asNew'),
    sections: translator('es').t('shell.sections'),
  });
