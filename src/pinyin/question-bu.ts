/**
 * The 不 of an A-not-A question (来不来, 说不说, 难不难, 合不合适, 算不算) is light, as 现代汉语词典 reads
 * it (·bu) and pinyin-pro's complete list writes its 41 such words (算不算 suàn bu suàn): a 不 between a
 * character and the same character again, however jieba cut it (来|不|来, 难|不难, 合|不|合适, 算不算).
 * CC-CEDICT writes a few of these words with bù (是不是, 对不对, 会不会, and 先不先, 时不时, which ask
 * nothing): the tooltip shows that entry, so the ruby keeps it there. Page only: CPP labels the citation
 * tone, and the neutral tones as the dictionary writes them are off for the benchmark (index.ts).
 * Session 33: the retrain of s32 read 算不算 bù where the shipped model read bu.
 */

/** A-not-A words CC-CEDICT writes with 不 bù (checked against cc-cedict in the unit test). */
export const FULL_TONE_A_NOT_A: ReadonlySet<string> = new Set(['是不是', '对不对', '会不会', '先不先', '时不时']);
const HAN = /\p{Script=Han}/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyQuestionBu(words: readonly string[], readings: string[][]): void {
  const text = words.join('');
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let k = 0; k < word.length; k++) {
      const i = at + k;
      if (word[k] !== '不' || readings[w]![k] !== 'bu4') continue;
      const before = text[i - 1];
      if (!before || before !== text[i + 1] || !HAN.test(before) || before === '一' || before === '不') continue;
      if (FULL_TONE_A_NOT_A.has(text.slice(i - 1, i + 2))) continue;
      readings[w]![k] = 'bu5';
    }
    at += word.length;
  }
}
