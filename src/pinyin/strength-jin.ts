/**
 * 劲 standing alone is the noun jìn "strength, effort" where a verb takes it as its object, after 了,
 * a measure word or a verb ending in 足 (使足了劲, 鼓足劲, 加一把劲, 一股劲), or where it heads a 的
 * phrase (双手的劲来加速). The model, which learnt 劲 from 强劲, 劲敌 and 劲旅 (jìng), reads it jìng
 * there. Before a noun it is left to the model (埋伏|劲|骑, 的|劲|椎: jìng in CPP's classical and
 * medical sentences); CC-CEDICT's words (使劲, 干劲, 强劲) are read as the dictionaries read them.
 *
 * 劲 before the diminutive 儿 is always jìn (session 26, QA25's 劲儿 read jìngr): the jìng of 强劲, 劲敌,
 * 苍劲 is a written word for "strong, vigorous" that never takes the spoken suffix, so 劲儿, 使劲儿,
 * 较上了劲儿, 一股倔劲儿 are "strength, zest" however jieba cut them (劲儿 is one of its words, read jìng by
 * the model).
 */

const HAN = /^\p{Script=Han}/u;
/** A count jieba tags as one number word (一把): its last character is a measure, not a numeral. */
const COUNTED = /[^\d一二三四五六七八九十百千万亿两零几]$/u;

function isObject(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  const prevTag = tags[w - 1] ?? '';
  const measured = prevTag === 'q' || prevTag === 'mq' || (prevTag === 'm' && prev.length > 1 && COUNTED.test(prev));
  const taken = prev === '了' || prev === '的' || measured || (prev.length > 1 && prev.endsWith('足') && !prevTag.startsWith('n'));
  return taken && !(HAN.test(words[w + 1] ?? '') && (tags[w + 1] ?? '').startsWith('n'));
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyStrengthJin(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let k = word.indexOf('劲'); k >= 0; k = word.indexOf('劲', k + 1)) {
      const after = k + 1 < word.length ? word[k + 1] : words[w + 1]?.[0];
      if (after === '儿' && readings[w]![k] === 'jing4') readings[w]![k] = 'jin4';
    }
  }
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === '劲' && readings[w]![0] === 'jing4' && isObject(words, tags, w)) readings[w]![0] = 'jin4';
  }
}
