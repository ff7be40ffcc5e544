import { z } from 'zod';

/**
 * The languages the whole product speaks. A person chooses one in Settings, or leaves it to follow the
 * browser ('auto'); a report, the minutes or a poster may be made in either, whatever the person's own.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LanguageChoice = z.enum(['auto', ...LANGUAGES]);
export type LanguageChoice = z.infer<typeof LanguageChoice>;

/** Each language by its own name, as a language menu shows them: never translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** The locale Intl formats each language's days and numbers with: English days read "3 March 2026". */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The language to show: the person's choice, or else the first of the browser's preferred languages this
 * product speaks ("es-MX" is Spanish), or else English.
 */
export const resolveLanguage = (choice: LanguageChoice, browserLanguages: readonly string[]): Language => {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
};
