/**
 * 了了 before what was settled: the first 了 is the verb liǎo "settle, finish", the second the
 * particle le (终于了了一桩心愿, 算了了一件心事 "counts as having settled"). jieba cuts 算了|了 or
 * 了|了 and both are read le (QA22's class). A doubled 了 with nothing settled after it is left alone
 * (小时了了, 不了了之 is one word), and 了解, 了却 are words of their own, so 为了|了解 never meets this.
 */
const HAN = /^\p{Script=Han}/u;
/** What follows a settled thing: a number or measure (一桩), a demonstrative, a noun (心愿). */
const OBJECT_TAG = /^(?:m|q|n|r)/;
const NOT_AN_OBJECT = new Set(['之', '的', '吗', '吧', '呢', '啊']);

function settles(words: readonly string[], tags: readonly string[], next: number): boolean {
  const object = words[next];
  return object !== undefined && HAN.test(object) && !NOT_AN_OBJECT.has(object) && OBJECT_TAG.test(tags[next] ?? '');
}

/**
 * Function words ending in the particle 了, which no sentence reads liǎo (为了 wèi le "in order to", 除了 chú le
 * "except", 罢了 bà le): session 33, the s32 retrain read 为了|了解 wèi liǎo.
 */
const PARTICLE_LE = new Set(['为了', '除了', '罢了']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applySettleLiao(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (PARTICLE_LE.has(word) && readings[w]![1]?.startsWith('liao')) readings[w]![1] = 'le5';
    if (word === '了了' && settles(words, tags, w + 1)) {
      readings[w]![0] = 'liao3';
      readings[w]![1] = 'le5';
    } else if (word.endsWith('了') && words[w + 1] === '了' && settles(words, tags, w + 2)) {
      readings[w]![word.length - 1] = 'liao3';
      readings[w + 1]![0] = 'le5';
    }
  }
}
