/**
 * 琢磨 is zuó mo "turn over in one's mind, ponder" (琢磨了半天, 琢磨着怎么开口, 琢磨出一个办法) unless what it
 * works on is jade, stone or a piece of writing, where it is zhuó mó "carve and polish; polish (a text)"
 * (经过琢磨的宝石, 反复琢磨字句): CC-CEDICT and 现代汉语词典 give the two readings by these senses. pinyin-pro
 * and the dictionaries' first entry read zhuó mó everywhere, though pondering is what news and
 * people's stories mean by it (QA27's 琢磨 read zhuó). A name (佐藤琢磨, tagged nr) is left alone.
 */
const MATERIAL = /[玉石钻]|文章|字句|词句|稿|作品|诗/u;
const CLAUSE_END = /^[^\p{L}\p{N}]+$/u;

function worksMaterial(words: readonly string[], w: number): boolean {
  for (let k = w + 1; k < words.length && !CLAUSE_END.test(words[k]!); k++) if (MATERIAL.test(words[k]!)) return true;
  for (let k = w - 1; k >= 0 && !CLAUSE_END.test(words[k]!); k--) if (MATERIAL.test(words[k]!)) return true;
  return false;
}

/** Said of 琢磨 as a verb: an aspect, a result or a direction after it (琢磨了, 琢磨出, 琢磨一下). */
const VERB_NEXT = /^(?:了|着|过|出|出来|一下|起来|来|去|透|明白|清楚)$/u;

/**
 * 佐藤琢磨 (a name, CPP: read either way): after a name jieba tags, unless what follows makes it the
 * verb (老师傅/nr 琢磨出 一个办法).
 */
const namePart = (words: readonly string[], tags: readonly string[], w: number): boolean =>
  /^nr/.test(tags[w - 1] ?? '') && !VERB_NEXT.test(words[w + 1] ?? '');

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyPonderZuo(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] !== '琢磨' || !(tags[w] ?? '').startsWith('v') || namePart(words, tags, w)) continue;
    if (readings[w]![0] === 'zhuo2' && !worksMaterial(words, w)) readings[w]![0] = 'zuo2';
  }
}
