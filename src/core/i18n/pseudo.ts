import { type Catalogue, type Message, placeholdersIn } from './catalogue';

/**
 * A pseudo-locale for tests: every catalogue text accented and bracketed, ⟦Šàvé⟧, placeholders kept, so
 * a page shown in it reveals at a glance (and to a test, exactly) any text that does not come from the
 * catalogue. Never offered to a person.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'aàeéiíoóuúAÀEÉIÍOÓUÚcçCÇnñNÑsšSŠzžZŽyýYÝ'].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!]] : [])),
);
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accent = (text: string): string => [...text].map((c) => ACCENTED[c] ?? c).join('');

/**
 * Each run of the message's own words is accented and bracketed on its own, and placeholders stay outside:
 * "Saved to {team}'s ideas." → "⟦Šàvéd tó ⟧{team}⟦'š ídéàš.⟧". So whatever fills a placeholder (a team's
 * name, a piece of markup) shows up as what it is, and every text node the catalogue made is bracketed whole.
 */
export const pseudoText = (text: string): string => {
  const kept = new Set(placeholdersIn(text).map((name) => `{${name}}`));
  return text
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((part) => (kept.has(part) ? part : part === '' ? '' : `${PSEUDO_OPEN}${accent(part)}${PSEUDO_CLOSE}`))
    .join('');
};

const pseudoMessage = (message: Message): Message => {
  if (typeof message === 'string') return pseudoText(message);
  const { other, ...categories } = message;
  return { other: pseudoText(other), ...Object.fromEntries(Object.entries(categories).map(([category, text]) => [category, pseudoText(text)])) };
};

export const pseudoCatalogue = (source: Catalogue): Catalogue =>
  Object.fromEntries(Object.entries(source).map(([key, message]) => [key, pseudoMessage(message)]));
