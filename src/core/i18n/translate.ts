import { type Catalogue, fillParts, type Message, type ParamsOf, type PluralMessage } from './catalogue';
import { en, type English, type MessageKey } from './en';
import { es } from './es';
import { INTL_LOCALE, type Language } from './language';
import { pseudoCatalogue } from './pseudo';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, es };

/** What a message needs filled in: nothing, or one value per placeholder (a plural's `count` is a number). */
export type ParamsFor<K extends MessageKey> = [ParamsOf<English[K]>] extends [never]
  ? []
  : [params: { readonly [P in ParamsOf<English[K]>]: P extends 'count' ? number : string | number }];

/** The same, where a value may also be a piece of the UI's markup (see `Translator.parts`). */
export type PartsFor<K extends MessageKey, T> = [ParamsOf<English[K]>] extends [never]
  ? []
  : [params: { readonly [P in ParamsOf<English[K]>]: P extends 'count' ? number : string | number | T }];

/** A message that needs nothing filled in. */
export type PlainMessageKey = { [K in MessageKey]: ParamsFor<K> extends [] ? K : never }[MessageKey];

export interface Translator {
  readonly language: Language;
  /** The message in this language, its placeholders filled. */
  t<K extends MessageKey>(key: K, ...params: ParamsFor<K>): string;
  /** The message as parts, so a placeholder may be markup (a <strong>, a link) wherever the language puts it. */
  parts<K extends MessageKey, T>(key: K, ...params: PartsFor<K, T>): (string | T)[];
  /** A number as this language writes it: 1,250 in English, 1250 and 12.500 in Spanish. */
  number(n: number): string;
  /** "a, b and c" as this language joins a list. */
  list(items: readonly string[]): string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
/** One Intl object per language, made on first use. */
const cachedPer =
  <T>(cache: Map<Language, T>, make: (locale: string) => T) =>
  (language: Language): T => {
    const found = cache.get(language);
    if (found) return found;
    const made = make(INTL_LOCALE[language]);
    cache.set(language, made);
    return made;
  };
const rulesFor = cachedPer(pluralRules, (locale) => new Intl.PluralRules(locale));
const numbersFor = cachedPer(numberFormats, (locale) => new Intl.NumberFormat(locale));
const listFormats = new Map<Language, Intl.ListFormat>();
const listsFor = cachedPer(listFormats, (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** The text of a message for a count: the language's plural category, else `other`. */
const pick = (message: Message, language: Language, count: unknown): string => {
  if (typeof message === 'string') return message;
  const category = rulesFor(language).select(typeof count === 'number' ? count : Number.NaN) as keyof PluralMessage;
  return message[category] ?? message.other;
};

const translators = new Map<Language | 'pseudo', Translator>();
let pseudoEverywhere = false;

/**
 * Test builds only (a page opened with `?pseudo`): every translator, whatever language it is asked for,
 * speaks the pseudo-locale, so that words built in the core (chart sentences, agenda reasons, minutes) are
 * bracketed like the UI's own and a browser test can find any text that bypasses the catalogue.
 */
export const speakPseudoEverywhere = (): void => {
  pseudoEverywhere = true;
  translators.clear();
};

/**
 * The translator for one language: the UI's own, or the one a report or poster is made in. 'pseudo' is
 * the tests' pseudo-locale (English, accented and bracketed), never a person's.
 */
export const translator = (asked: Language | 'pseudo'): Translator => {
  const choice = pseudoEverywhere ? 'pseudo' : asked;
  const cached = translators.get(choice);
  if (cached) return cached;
  const language: Language = choice === 'pseudo' ? 'en' : choice;
  const catalogue = choice === 'pseudo' ? pseudoCatalogue(en) : CATALOGUES[language];
  const number = (n: number) => numbersFor(language).format(n);
  // A key no catalogue has (only possible past the compiler) shows itself: visible, never a crash.
  const textOf = (key: MessageKey, params: Record<string, unknown> | undefined) => {
    const message: Message | undefined = catalogue[key] ?? en[key];
    return message === undefined ? key : pick(message, language, params?.count);
  };
  const made: Translator = {
    language,
    t: (key, ...[params]) => {
      const text = textOf(key, params);
      // Most messages have nothing to fill: they are returned as they are (charts ask for hundreds).
      return text.includes('{') ? fillParts(text, (params ?? {}) as Record<string, string | number>, number).join('') : text;
    },
    parts: <K extends MessageKey, T>(key: K, ...[params]: PartsFor<K, T>) =>
      fillParts<T>(textOf(key, params), (params ?? {}) as Record<string, T | string | number>, number),
    number,
    list: (items) => listsFor(language).format(items),
  };
  translators.set(choice, made);
  return made;
};
