import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi } from './flows';
import { startPageServer } from './pageServer';
import { openQuickAddFromMenu, selectOnIntranetPage } from './captureFlows';
import { seriousViolations } from './axe';
import { overflow } from './layout';

/**
 * Spanish (issue 26), so far for quick-add and the language setting: a browser set to Spanish gets Spanish,
 * and a person can choose the language in Settings whatever the browser's.
 */
let site: { url: string; close(): Promise<void> };
beforeAll(async () => (site = await startPageServer()));
afterAll(async () => site.close());
const browsers = browsersPerTest(afterEach);

describe('UBT Board in Spanish', () => {
  it('quick-add follows a browser set to Spanish: words, plurals, numbers, the privacy guard and its markers', async () => {
    const browser = await browsers.launch(undefined, { locale: 'es-MX' });
    const board = await browser.page('board.html');
    // The first run is in Spanish too.
    await board.getByLabel('Nombre del equipo (obligatorio)').fill('Servicios Ambientales 3 Norte');
    await board.getByLabel('Su nombre').fill('Rosa Elena Domínguez');
    await board.getByRole('button', { name: 'Crear el tablero' }).click();
    await board.getByRole('heading', { name: 'Servicios Ambientales 3 Norte', level: 1 }).waitFor();
    await board.close();
    const page = await selectOnIntranetPage(browser, site.url, 'phi-es');
    const form = await openQuickAddFromMenu(browser, page);
    await form.getByRole('heading', { name: 'Añadir al tablero del equipo' }).waitFor();
    expect(await form.evaluate(() => document.documentElement.lang)).toBe('es');
    await form.getByRole('heading', { name: 'Esto puede contener datos de pacientes' }).waitFor();
    expect(await form.locator('.findings mark').allTextContents()).toEqual([
      'Paciente: María José Hernández',
      'nacida el 3 de mayo de 1948',
      'expediente 00482913',
      '612 34 56 78',
    ]);
    expect(await form.getByRole('button', { name: 'Guardar', exact: true }).isDisabled()).toBe(true);
    for (const width of [1280, 400]) {
      await form.setViewportSize({ width, height: 800 });
      expect((await overflow(form)).widest, `${width} px`).toEqual([]);
      expect(await seriousViolations(form, `quick-add in Spanish at ${width} px`)).toEqual([]);
    }
    await form.screenshot({ path: 'test-results/quick-add-spanish-400.png', fullPage: true });

    await form.getByRole('button', { name: 'Quitar los 4' }).click();
    const text = await form.getByLabel('Idea', { exact: true }).inputValue();
    expect(text).toBe(
      '[nombre o etiqueta del paciente: eliminado], [fecha de nacimiento: eliminado], [número de expediente: eliminado], llamar a la hija al [número de teléfono: eliminado] por el transporte.',
    );
    await form.getByLabel('Idea', { exact: true }).fill('Los carros de limpieza no caben en el ascensor de servicio por la mañana.');
    await form.getByRole('button', { name: 'Guardar', exact: true }).click();
    await form.getByText('Guardada en las ideas de Servicios Ambientales 3 Norte.').waitFor();
  });

  it('a person chooses Español in Settings in an English browser, and back', async () => {
    const browser = await browsers.launch();
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Imaging 1 East', me: 'Dana Lee' });
    await board.close();
    const options = await browser.page('options.html');
    await options.getByLabel('Language').waitFor();
    // No policy is set in this browser, so nothing is said about one.
    expect(await options.getByText("Your organisation's policy").count()).toBe(0);
    await options.getByLabel('Language').selectOption('es');
    await options.getByRole('button', { name: 'Save settings' }).click();
    // The page speaks Spanish at once, and says so to screen readers.
    await options.getByLabel('Idioma').waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await options.getByLabel('Idioma').locator('option:checked').textContent()).toBe('Español');
    expect(await options.getByLabel('Idioma').locator('option[value="auto"]').textContent()).toBe('Como el navegador (English)');

    const page = await selectOnIntranetPage(browser, site.url, 'idea');
    const form = await openQuickAddFromMenu(browser, page);
    await form.getByRole('heading', { name: 'Añadir al tablero del equipo' }).waitFor();
    expect(await form.getByRole('button', { name: 'Abrir el tablero' }).count()).toBe(1);
    await form.close();

    expect(await options.title()).toBe('Configuración de UBT Board');
    // The board's frame follows: its sections, toolbar and window title, at projector and side-panel width.
    const spanishBoard = await browser.page('board.html');
    await spanishBoard.getByRole('navigation', { name: 'Secciones del tablero' }).getByRole('link', { name: 'Proyectos' }).waitFor();
    expect(await spanishBoard.title()).toMatch(/^(Equipo y carta|Proyectos) · Imaging 1 East · UBT Board$/);
    expect(await spanishBoard.getByRole('button', { name: 'Deshacer' }).count()).toBe(1);
    for (const width of [1280, 400]) {
      await spanishBoard.setViewportSize({ width, height: 800 });
      expect((await overflow(spanishBoard)).widest, `board at ${width} px`).toEqual([]);
    }
    await spanishBoard.screenshot({ path: 'test-results/board-frame-spanish-400.png' });
    await spanishBoard.close();
    await options.getByLabel('Idioma').selectOption('auto');
    await options.getByRole('button', { name: 'Guardar la configuración' }).click();
    await options.getByLabel('Language').waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
