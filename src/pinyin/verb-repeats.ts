/**
 * A verb of one character said again, "do it a little" (转一转, 教教他, 数一数): only an action is
 * repeated so, never a thing or a state, so the character takes its action verb's reading. jieba
 * makes such repeats guesses or nouns (转一转/x, 教教/n), and the model, meeting the character
 * inside a word it never saw, read 转 zhuǎn and 教 jiào there (QA26: 转 "go round" zhuàn, 教 "teach").
 *
 * The verb readings are verb-readings.ts's (教 jiāo, 数 shǔ, 量 liáng …) and, for characters whose
 * readings are all verbs, the one a repeat takes: 转 zhuàn "go round, stroll" (CC-CEDICT's 转转 zhuàn
 * zhuan), 挑 tiāo "pick" (挑一挑 the best). Not 看看-like words the dictionary reads: those are in no
 * doubt, and neutral-tones.ts makes the repeat light.
 */
import toneWords from './tone-words.json';
import { VERB_READINGS } from './verb-readings';

/** 哄 is left out: its doubled form is the noise of 闹哄哄, 乱哄哄 (hōng), however jieba cuts them. */
const REPEAT_READINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...VERB_READINGS, 转: 'zhuan4', 挑: 'tiao1' }).filter(([c]) => c !== '哄'),
);
/** Doubled words CC-CEDICT reads in full and glosses as no verb (种种 "all kinds", 切切 "earnestly"). */
const STATE_REPEATS: ReadonlySet<string> = new Set(toneWords.stateRepeats.match(/../g));
/** After a number, a measure, a demonstrative or 的 the doubled character is a thing (一个圈圈). */
const BEFORE_NOUN_TAGS = /^(?:m|q|mq|uj)$/;
const DEMONSTRATIVES = new Set(['这', '那', '该', '本', '每', '各', '某', '此', '哪', '其', '这个', '那个']);

/** Where the repeated verb stands in `word` (XX, X一X): its units, else undefined. */
function repeatUnits(word: string): number[] | undefined {
  if (word.length === 2 && word[0] === word[1]) return [0, 1];
  if (word.length === 3 && word[1] === '一' && word[0] === word[2]) return [0, 2];
  return undefined;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyVerbRepeats(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const verb = REPEAT_READINGS.get(word[0]!);
    if (!verb || STATE_REPEATS.has(word) || BEFORE_NOUN_TAGS.test(tags?.[w - 1] ?? '') || DEMONSTRATIVES.has(words[w - 1] ?? '')) continue;
    const units = repeatUnits(word);
    if (units) for (const u of units) readings[w]![u] = verb;
    else if (word.length === 1 && words[w + 1] === '一' && words[w + 2] === word) {
      // 转|一|转: the repeat cut apart.
      readings[w]![0] = verb;
      readings[w + 2]![0] = verb;
    } else if (word.length === 1 && words[w + 1] === `一${word}`) {
      readings[w]![0] = verb;
      readings[w + 1]![1] = verb;
    }
  }
}
