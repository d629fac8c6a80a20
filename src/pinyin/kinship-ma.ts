/**
 * 阿嬷 (Traditional 阿嬤, Taiwan's and Fujian's word for a grandmother) is ā mā in CC-CEDICT; 嬷 alone is
 * mó (嬷嬷 "an old nurse"). jieba rarely keeps 阿嬷 whole: it cuts 阿|嬷 or glues it into a name or its
 * verb (林阿嬷, 阿嬷接), and each piece alone reads mó (QA23's class: a Taiwanese grandmother read mó).
 * After 阿, in whatever word, 嬷 is the kinship term's mā.
 */

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyKinshipMa(words: readonly string[], readings: string[][]): void {
  let previous = '';
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      if (word[i] === '嬷' && previous === '阿' && readings[w]![i] === 'mo2') readings[w]![i] = 'ma1';
      previous = word[i]!;
    }
  }
}
