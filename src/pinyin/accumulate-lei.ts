/**
 * 累 is lěi "to pile up, repeated, to involve" in the words CC-CEDICT reads so (累犯, 累计, 积累, 拖累, 带累,
 * 连篇累牍, 负债累累): the tooltip shows that entry. pinyin-pro's complete list reads some of them lèi
 * "tired" (累犯, 带累, 成千累万), so the model file's lexicon, which keeps only the readings both lists agree
 * on, says nothing there, and a model can follow pinyin-pro's guess (session 33: the s32 retrain read 累犯
 * lèi fàn in a corpus paragraph where the shipped model read lěi). The words are pinned to CC-CEDICT's
 * reading; 硕果累累 is left out (CC-CEDICT lěi lěi, pinyin-pro and 现代汉语词典 léi léi "in clusters").
 * The unit test checks every word against cc-cedict.
 */
export const LEI3_WORDS: ReadonlySet<string> = new Set(
  (
    '事危累卵 伤痕累累 危如累卵 带累 常年累月 弹痕累累 成千累万 成年累月 拖累 拖累症 整年累月 日积月累 牵累 盈箱累箧 ' +
    '积年累月 积德累功 积累 积累性 积累毒性 积金累玉 累加器 累加总数 累及 累犯 累积 累积剂量 累计 累进 经年累月 ' +
    '罪行累累 芜累 血债累累 负债累累 赤字累累 连篇累牍 长年累月 长篇累牍'
  ).split(' '),
);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyAccumulateLei(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w < words.length; w++) {
    if (!LEI3_WORDS.has(words[w]!)) continue;
    const own = readings[w]!;
    for (let k = 0; k < own.length; k++) if (words[w]![k] === '累' && own[k]?.startsWith('lei')) own[k] = 'lei3';
  }
}
