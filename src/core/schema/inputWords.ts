import type { MessageKey } from '../i18n/en';
import { translator, type Translator } from '../i18n/translate';

type InputKey = Extract<MessageKey, `input.${string}`>;

const english = translator('en');
const known = new Map<string, readonly [InputKey, Readonly<Record<string, number>>]>();

/**
 * A schema's message for a bad value, in English (what zod keeps in the issue). It is remembered, so that
 * `inputWordsIn` can say the same thing in the language of the page that shows the refusal.
 */
export const inputWords = (key: InputKey, params: Readonly<Record<string, number>> = {}): string => {
  const text = english.t(key, params as never);
  known.set(text, [key, params]);
  return text;
};

/** An issue's message in another language when it is one of ours; zod's own words are localised by zod. */
export const inputWordsIn = (message: string, tr: Translator): string => {
  const found = known.get(message);
  return found ? tr.t(found[0], found[1] as never) : message;
};
