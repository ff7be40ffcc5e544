/**
 * "Someone already had this idea": a light word-overlap score, good enough to catch the same idea worded
 * a little differently, with no model and nothing leaving the browser.
 */
const STOP = new Set(
  'a an and are as at be but by for from has have in into is it its of on or our so than that the their them then there these they this to too was we were what when which who will with you your should could would can do does not no more less very just also about after before over under up down out all any some'.split(
    ' ',
  ),
);

const stem = (word: string): string => word.replace(/(?:ing|edly|ed|es|s)$/, '').replace(/(.)\1$/, '$1');

/** The meaningful words of a text, lower-cased and roughly stemmed. */
export const keywords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map(stem),
  );

/** Overlap of two texts' keywords (Dice coefficient, 0 to 1). */
export const similarity = (a: string, b: string): number => {
  const ka = keywords(a);
  const kb = keywords(b);
  if (ka.size === 0 || kb.size === 0) return 0;
  let shared = 0;
  for (const word of ka) if (kb.has(word)) shared++;
  return (2 * shared) / (ka.size + kb.size);
};

export const SIMILAR_THRESHOLD = 0.5;

/** The ideas most like `text`, best first, above the threshold. */
export const similarIdeas = <T extends { id: string; text: string }>(text: string, ideas: readonly T[], limit = 3): { idea: T; score: number }[] =>
  ideas
    .map((idea) => ({ idea, score: similarity(text, idea.text) }))
    .filter((x) => x.score >= SIMILAR_THRESHOLD)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
