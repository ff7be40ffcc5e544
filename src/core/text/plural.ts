/**
 * "1 vote", "2 votes", "1,200 points": a count and the word that goes with it, chosen by the language's
 * plural rules (Intl.PluralRules), from one place for the whole product.
 */
const rules = new Intl.PluralRules('en');
const counts = new Intl.NumberFormat('en');

export const plural = (n: number, one: string, many = `${one}s`): string => `${counts.format(n)} ${rules.select(n) === 'one' ? one : many}`;
