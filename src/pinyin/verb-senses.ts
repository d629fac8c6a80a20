/**
 * A dictionary word read one way as a verb and otherwise as a thing (教会 jiāo huì "to teach" /
 * jiào huì "church", 结实 jiē shí "to bear fruit" / jiē shi "sturdy", 转车 zhuǎn chē "change trains" /
 * zhuàn chē "lathe", 铺盖 pū gài "to spread over" / pù gai "bedding"; verb-words.json, built from
 * CC-CEDICT by scripts/pinyin/build-verb-words.ts) is the verb where the sentence uses it as one: before
 * an aspect particle with more of the clause after it (教会了我游泳, 高中了状元). The model, which saw
 * such words as whole headwords, picks by the characters around and read 爸爸教会了我游泳 as the
 * church (QA26's class: 教 "teach" read jiào). Not after a verb or a preposition, whose object the
 * word then is (考上|高中|了没有, 在|教会|过…), and not before a person alone: 在高中我学会了 is the school.
 */
import verbWords from './verb-words.json';

const VERB_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  verbWords.verbWords.split('|').map((entry) => {
    const [word, reading] = entry.split(':');
    return [word!, reading!.split(' ')];
  }),
);
const ASPECT = new Set(['了', '着', '过']);
const HAN = /^\p{Script=Han}/u;

function usedAsVerb(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (!ASPECT.has(words[w + 1] ?? '') || /^[vp]/.test(tags[w - 1] ?? '')) return false;
  const after = words[w + 2] ?? '';
  return HAN.test(after) && !['的', '吗', '呢', '吧', '没有', '没'].includes(after);
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyVerbSenses(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const verb = VERB_WORDS.get(words[w]!);
    if (verb && usedAsVerb(words, tags, w)) verb.forEach((r, k) => (readings[w]![k] = r));
  }
}
