import { type Catalogue, type Message, PLACEHOLDER } from './catalogue';

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
  // Placeholders stay as they are; each run of words between them is accented and bracketed.
  let out = '';
  let at = 0;
  const run = (part: string) => (part === '' ? '' : `${PSEUDO_OPEN}${accent(part)}${PSEUDO_CLOSE}`);
  for (const match of text.matchAll(PLACEHOLDER)) {
    out += run(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + run(text.slice(at));
};

const pseudoMessage = (message: Message): Message => {
  if (typeof message === 'string') return pseudoText(message);
  const { other, ...categories } = message;
  return { other: pseudoText(other), ...Object.fromEntries(Object.entries(categories).map(([category, text]) => [category, pseudoText(text)])) };
};

export const pseudoCatalogue = (source: Catalogue): Catalogue =>
  Object.fromEntries(Object.entries(source).map(([key, message]) => [key, pseudoMessage(message)]));
