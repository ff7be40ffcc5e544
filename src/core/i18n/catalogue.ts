/**
 * The shape of the message catalogue. A message is a string with `{name}` placeholders, or a plural: one
 * string per plural category of the language (Intl.PluralRules), each with a `{count}` placeholder. The
 * English catalogue is the source; every other language must give the same keys, the same kind of message
 * and the same placeholders (test/core/i18n/catalogue.test.ts compares them).
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type Message = string | PluralMessage;
export type Catalogue = Readonly<Record<string, Message>>;

/** The placeholder names in a message's text: 'Saved to {team}’s ideas' → 'team'. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type ParamsOf<M> = M extends string ? Placeholders<M> : M extends PluralMessage ? 'count' | Placeholders<Extract<M[keyof M], string>> : never;

/** Another language's catalogue: every key of the source, each a string where the source has a string and a plural where it has one. */
export type Translation<Source extends Catalogue> = { readonly [K in keyof Source]: Source[K] extends string ? string : PluralMessage };

/** A `{name}` placeholder in a message text. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The placeholder names a message text uses, in order of first use. */
export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];

/**
 * A message text with its placeholders filled: strings and numbers become text, anything else (a piece of
 * markup from the UI) is kept as a part of its own, so a translation can move it within the sentence.
 */
export const fillParts = <T>(text: string, params: Readonly<Record<string, T | string | number>>, formatNumber: (n: number) => string): (string | T)[] => {
  const out: (string | T)[] = [];
  let at = 0;
  // Scanned by hand rather than with PLACEHOLDER: every sentence of every chart passes through here.
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    const close = text.indexOf('}', open + 1);
    if (close === -1) break;
    const name = text.slice(open + 1, close);
    const value = NAME.test(name) ? params[name] : undefined;
    if (value === undefined) continue; // A missing value leaves the placeholder as written: visible, never a crash.
    if (open > at) out.push(text.slice(at, open));
    out.push(typeof value === 'number' ? formatNumber(value) : value);
    at = close + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out.filter((part) => part !== '');
};
