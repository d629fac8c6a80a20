/**
 * 长 zhǎng "head of" in a unit's title: 楼长 (a building's head), 栋长, 舍长, 网格长, and the unit
 * titles jieba only guesses or the regrouping cuts out of a glue (楼|长冉 → 楼长|冉). pinyin-pro
 * lacks these words and reads the character alone, cháng "long", and so does the context model,
 * which has no such word either. A two-character word of a unit and 长 is the title; so is a
 * longer one ending in a unit a person lives or works in (网格长, 寝室长, 单元长).
 * Not 所长 (各展所长, "one's strong points", cháng) and no place or line that can be long
 * (河长, 路长, 街长: the river chief is zhǎng, but 河长约百里 is a long river).
 */

/** Units whose head is unit + 长 (a word of two characters). */
const UNITS = new Set([...'处科局组团排股司站队厅院部室楼村班连营社馆厂场栋舍屯户']);
/** Longer units (网格长, 寝室长, 单元长). */
const LONG_UNITS = ['网格', '寝室', '单元', '宿舍', '小组', '车间'];

function isHeadTitle(word: string): boolean {
  if (!word.endsWith('长')) return false;
  if (word.length === 2) return UNITS.has(word[0]!);
  return LONG_UNITS.some((unit) => word.length === unit.length + 1 && word.startsWith(unit));
}

/** A length after the word: 这栋楼长五十米, 楼长约, 楼长达 (the building is long). */
const LENGTH_AFTER = /^(?:[\p{N}〇一二三四五六七八九十百千两几数]|约|达|近|超|不到|不足)/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyHeadZhang(words: readonly string[], readings: string[][]): void {
  words.forEach((word, w) => {
    const last = readings[w]!.length - 1;
    if (!isHeadTitle(word) || readings[w]![last] !== 'chang2' || LENGTH_AFTER.test(words[w + 1] ?? '')) return;
    readings[w]![last] = 'zhang3';
  });
}
