/**
 * 得 "must" is děi after an adverb that leads a modal (还得, 也得, 就得, 都得) and before a verb. The
 * model reads a lone 得 there děi, but jieba often guesses a word of 得 and the verb after it (还|得求|着,
 * 还|得治), which no dictionary has, and inside it the model reads dé (session 12's sample: 还得求着).
 * Dictionary words stay as they are read (得救, 得奖, 得知 dé: jieba tags them, not x).
 */
const MODAL_LEADS = new Set(['还', '也', '就', '都', '总', '可', '又', '只', '总得', '还是', '那就', '就是']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyMustDei(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    if (word.length === 2 && word[0] === '得' && tags[w] === 'x' && readings[w]![0] === 'de2' && MODAL_LEADS.has(words[w - 1]!)) readings[w]![0] = 'dei3';
  }
}
