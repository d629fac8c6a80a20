/**
 * 切 before a negation of what may or must be done (切不可, 切不要, 切不能, 切莫, 切勿, 切忌) is the adverb
 * qiè "by all means (not)"; the model, which learnt the lone 切 as the verb qiē "cut", reads qiē (SIGHAN's
 * news: 切不可等闲视之). 切不开 "cannot be cut" keeps qiē: only a modal after 不 makes the adverb.
 */
const MODALS = new Set(['可', '要', '能', '宜', '得', '可以', '能够', '应', '应该']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyFirmlyQie(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w + 1 < words.length; w++) {
    if (words[w] !== '切' || readings[w]![0] !== 'qie1') continue;
    const next = words[w + 1]!;
    // jieba cuts 切|不|可, 切|不可, 切|莫, 切|勿.
    const negated = next === '莫' || next === '勿' || next === '忌' || (next.startsWith('不') && MODALS.has(next.length > 1 ? next.slice(1) : (words[w + 2] ?? '')));
    if (negated) readings[w]![0] = 'qie4';
  }
}
