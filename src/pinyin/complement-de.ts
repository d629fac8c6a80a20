/**
 * 得 straight after a verb or an adjective is the complement de (穿|得|暴露, 撵|得|没处躲, 干|得|值得),
 * never děi "must": děi follows its subject or an adverb (我们得早点走, 还得靠大家, 就得交). The context
 * model reads děi where jieba tags what follows 得 as a verb (暴露/v, 值得/v) and has no feature
 * for this order, so the reading is corrected over the model's, like the surname layer.
 *
 * Left alone: 得 after a modal or a copula, which děi can follow (关键是得靠, 可得小心), and after
 * anything else (a noun, a pronoun, punctuation), where děi or dé may be right.
 */

/** jieba's tags for a verb, an adjective or a distinguishing word jieba gives manner words (高兴/b). */
const VERB_OR_ADJECTIVE = new Set(['v', 'vd', 'vn', 'vi', 'a', 'ad', 'an', 'b', 'zg']);
/** Verbs děi may follow: modals and the copula (是得靠自己, 要得早点去). */
const NOT_BEFORE_COMPLEMENT: ReadonlySet<string> = new Set([
  ...['是', '就是', '也是', '还是', '总是', '可是', '倒是', '真是', '只是', '都是', '又是', '便是', '要是', '算是'],
  ...['会', '能', '要', '可', '应', '该', '将', '敢', '肯', '需', '别', '可能', '可以', '应该', '应当', '能够', '需要', '必须', '总'],
]);
const HAN = /^\p{Script=Han}+$/u;

function afterVerbOrAdjective(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1]!;
  if (NOT_BEFORE_COMPLEMENT.has(prev) || !HAN.test(prev)) return false;
  // A guessed word (x) that jieba glued from a verb's neighbours (时|累 → 时累) counts as what it ends in.
  return VERB_OR_ADJECTIVE.has(tags[w - 1] ?? '') || (tags[w - 1] === 'x' && prev.length <= 2);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyComplementDe(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] === '得' && readings[w]![0] === 'dei3' && afterVerbOrAdjective(words, tags, w)) readings[w]![0] = 'de5';
  }
}
