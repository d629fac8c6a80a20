/**
 * 地 dì "places" counted or listed: 多地 "many places", 三地, 十余地, and 北京、天津等地 closing a
 * list. jieba cuts these 多|地, 三|地, 等|地 and tags 地 as the manner particle (uv), and the context
 * model reads de there as it does after an adverb (不停地, 开心地): the number, not a manner word,
 * is what comes before. Applied over the model's readings, like the surname layer.
 *
 * Not taken: a quantity a degree adverb leads (更多地, 较多地, 尽可能多地, 越来越多地 are "more"
 * doing something: de), and quantities longer than these words (一步一步地, 三三两两地: de).
 */

/** What counts places right before 地: 多, 几, 数, a numeral from 三 up (两地 is jieba's own word), 十余. */
const COUNT = /^(?:[多几数三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十|十余|十多|数十)$/;
/** A list of places closed by 等 (or 等等). */
const LIST_END = new Set(['等', '等等']);

/** Whether the 地 standing alone as word `w` counts or lists places. */
function countsPlaces(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1];
  if (prev === undefined) return false;
  if (LIST_END.has(prev)) return true;
  // 更|多|地, 尽可能|多|地: "more" before a verb, the manner de.
  return COUNT.test(prev) && !(tags[w - 2] ?? '').startsWith('d');
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyPlaceReadings(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 1; w < words.length; w++) {
    if (words[w] === '地' && readings[w]![0] === 'de5' && countsPlaces(words, tags, w)) readings[w]![0] = 'di4';
  }
}
