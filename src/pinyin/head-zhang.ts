/**
 * 长 zhǎng "head of" in a unit's title: 楼长 (a building's head), 栋长, 舍长, 网格长, and the unit
 * titles jieba only guesses or the regrouping cuts out of a glue (楼|长冉 → 楼长|冉). pinyin-pro
 * lacks these words and reads the character alone, cháng "long", and so does the context model,
 * which has no such word either. A two-character word of a unit and 长 is the title; so is a
 * longer one ending in a unit a person lives or works in (网格长, 寝室长, 单元长).
 * No place or line that can be long (河长, 路长, 街长: the river chief is zhǎng, but 河长约百里 is a long river).
 *
 * Two words CC-CEDICT reads both ways by sense (session 28: a scan of such words over the corpus and SIGHAN
 * found them misread 14 times in news): 所长 is the head of an institute or a station (研究所所长, 房管所所长,
 * 派出所所长 zhǎng), one's strong points (各有所长, 各尽所长, 发挥所长 cháng) only after a verb of having,
 * giving or showing, or 其 / 之; 总长 is a total length (线路总长达到1.4万公里, 总长79.8公里, 总长占
 * cháng) before a number or a verb of measuring, the chief (参谋总长 zhǎng) otherwise, left to the model.
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

/** What one has, gives full play to or shows: 各有|所长, 各尽|所长, 发挥|所长, 扬其|所长. */
const STRENGTHS_AFTER = /(?:有|尽|展|挥|用|扬|施|其|之|各|取|补|避)$/u;
/** A length measured after 总长 (占 "makes up" a share of it). */
const MEASURED = new Set(['达到', '为', '约为', '占', '超过', '逾', '有']);

/** 总长 + a number, a verb of measuring, or 的 + a number (线路总长的31%). */
function measuredAfter(words: readonly string[], w: number): boolean {
  const next = words[w + 1] ?? '';
  return LENGTH_AFTER.test(next) || MEASURED.has(next) || (next === '的' && LENGTH_AFTER.test(words[w + 2] ?? ''));
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyHeadZhang(words: readonly string[], readings: string[][]): void {
  words.forEach((word, w) => {
    const own = readings[w]!;
    if (word === '所长' && own[1] === 'chang2' && !STRENGTHS_AFTER.test(words[w - 1] ?? '')) own[1] = 'zhang3';
    if (word === '总长' && own[1] === 'zhang3' && measuredAfter(words, w)) own[1] = 'chang2';
    const last = readings[w]!.length - 1;
    if (!isHeadTitle(word) || readings[w]![last] !== 'chang2' || LENGTH_AFTER.test(words[w + 1] ?? '')) return;
    readings[w]![last] = 'zhang3';
  });
}
