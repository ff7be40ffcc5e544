import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import {
  formatDay,
  formatMoment,
  formatValue,
  type Language,
  type MessageKey,
  OperationError,
  type ParamsFor,
  type PartsFor,
  resolveLanguage,
  speakPseudoEverywhere,
  type Settings,
  translator,
} from '../core';

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

/**
 * The language this page shows. It follows the browser until the person's settings are read, then their
 * choice; a component that calls `t` re-renders when it changes, since reading the signal subscribes it.
 */
export const uiLanguage = signal<Language>(resolveLanguage('auto', browserLanguages()));

/**
 * Test builds only: a page opened with `?pseudo` shows the pseudo-locale (⟦Šàvé⟧), so a browser test can
 * find any text a person sees that does not come from the catalogue (test/e2e/pseudo.e2e.ts).
 */
const pseudo = import.meta.env.MODE === 'test' && typeof location !== 'undefined' && new URLSearchParams(location.search).has('pseudo');
if (pseudo) speakPseudoEverywhere();
const current = () => translator(uiLanguage.value);

/** A message in the page's language. */
export const t = <K extends MessageKey>(key: K, ...params: ParamsFor<K>): string => current().t(key, ...params);

/** A message as parts, where a placeholder may be markup: `tParts('capture.kept', { title: <strong>…</strong> })`. */
export const tParts = <K extends MessageKey, T>(key: K, ...params: PartsFor<K, T>): (string | T)[] => current().parts<K, T>(key, ...params);

/** A list in the page's language: "a, b and c", "a, b y c". */
export const tList = (items: readonly string[]): string => current().list(items);

/** What went wrong, for a person: a refusal in the page's language, any other error as it came. */
export const tError = (error: unknown): string =>
  error instanceof OperationError ? error.say(uiLanguage.value) : error instanceof Error ? error.message : String(error);

/** A number in the page's language. */
export const tNumber = (n: number): string => current().number(n);

/** A calendar day (YYYY-MM-DD) as the page's language writes it: "3 March 2026", "3 de marzo de 2026". */
export const tDay = (iso: string, withYear = true): string => formatDay(iso, withYear, uiLanguage.value);

/** A moment (ms) as the page's language writes its day, with the browser's clock. */
export const tMoment = (ms: number): string => formatMoment(ms, uiLanguage.value);

/** A measured value as the page's language writes numbers: 1,250.5 min, 1250,5 min. */
export const tValue = (n: number, unit = ''): string => formatValue(n, unit, uiLanguage.value);

/** Sets the window's title, in the page's language. */
export const usePageTitle = (title: string): void => {
  useEffect(() => {
    document.title = title;
  }, [title]);
};

/** Keeps the page's language, and its `lang` attribute (screen readers pronounce by it), in step with the settings. */
export const followLanguage = (settings: ReadonlySignal<Settings>): (() => void) =>
  effect(() => {
    const language = resolveLanguage(settings.value.language, browserLanguages());
    uiLanguage.value = language;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
