/**
 * Neutral tones as the dictionary writes them, applied over the decided readings: a syllable
 * CC-CEDICT reads neutral in its word or in the word that ends it (书记 shū ji, 县委书记, 困难
 * kùn nan, 告诉 gào su; the model file's neutral section), and the aspect particle 过 after a verb,
 * standing alone (见|过) or in a verb + 过 word jieba makes that the dictionary lacks (打过), which
 * 现代汉语词典 writes ·guo. The syllable is kept, only its tone changes.
 *
 * The CPP benchmark labels citation tones in such words (困难 nan2, 写过 guo4), so it is scored on
 * the readings before this step (see scripts/pinyin/bench.ts).
 */
import type { PolyphoneModel } from './model';
import toneWords from './tone-words.json';

const neutral = (reading: string): string => reading.replace(/[1-4]$/, '5');

/**
 * Modal and auxiliary verbs jieba tags v like any verb: a 过 after them is no aspect particle but
 * "too" before an adjective or the verb "to pass, to live" (会|过|快, 能|过|卡车, 要|过|好日子).
 */
const MODALS: ReadonlySet<string> = new Set([
  ...['会', '能', '要', '可', '应', '该', '将', '敢', '肯', '需', '别'],
  ...['可能', '可以', '应该', '应当', '能够', '需要', '必须', '愿意', '不会', '不能', '不要', '不可', '不该', '不得', '不宜'],
]);

const lexicalGuoOf = new WeakMap<PolyphoneModel, ReadonlySet<string>>();

function wordsEndingInGuo(model: PolyphoneModel): ReadonlySet<string> {
  let set = lexicalGuoOf.get(model);
  if (!set) lexicalGuoOf.set(model, (set = new Set(model.header.wordsEndingInGuo ?? [])));
  return set;
}

/**
 * Dictionary words that read in full what a word ending them reads neutral (大学生 dà xué shēng,
 * 小朋友, 人际关系): the tooltip shows the whole word's entry, so the ruby follows it.
 */
const KEEPS_TONES: ReadonlySet<string> = new Set(toneWords.keepTones.split(' '));

/**
 * The full tones of KEEPS_TONES words where a word ending them is neutral (参考消息 xiāo xī, 中学生 shēng), by
 * position (scripts/pinyin/neutral-words.ts, buildKeptTones): given back where the model read the syllable
 * neutral itself, so the ruby agrees with the tooltip's entry.
 */
const KEPT_TONES: ReadonlyMap<string, readonly [number, string][]> = new Map(
  toneWords.keptTones.split('|').map((entry) => {
    const [word, at] = entry.split(':');
    return [word!, at!.split(',').map((pt) => [Number(pt.split('=')[0]), pt.split('=')[1]!] as [number, string])];
  }),
);

/**
 * Dictionary words whose neutral tone the compounds they start keep (合同 in 合同工), with their
 * readings (scripts/pinyin/neutral-words.ts, buildNeutralPrefixes).
 */
const NEUTRAL_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map(
  toneWords.neutralPrefixes.split('|').map((entry) => {
    const [word, readings] = entry.split(':');
    return [word!, readings!.split(' ')];
  }),
);

/**
 * Doubled characters CC-CEDICT has as words of their own, read in full and glossed as no verb (整整
 * "whole", 足足, 处处, 满满; scripts/pinyin/neutral-words.ts, buildStateRepeats): no verb's repeat,
 * however jieba tags them (整整/vn, as it tags 谈谈).
 */
const STATE_REPEATS: ReadonlySet<string> = new Set(toneWords.stateRepeats.match(/../g));

/**
 * 住 as the result of a verb ("firmly, to a stop": 抓住, 挡住, 保住) keeps its tone: CC-CEDICT reads it
 * in full in 58 of its 61 verb + 住 words, and neutral only in 守住, 记住 and 迷住, where 现代汉语词典
 * and the reader's other 58 words say zhù (QA26: 守住 shown ˙ㄓㄨ on a zhuyin page).
 */
const keepsTone = (word: string, p: number): boolean => p > 0 && word[p] === '住';

/** Whether the reading decided for a unit is the word's: its syllable where the word is neutral, else the same. */
const readAs = (decided: string, word: string): boolean =>
  word.endsWith('5') ? decided.slice(0, -1) === word.slice(0, -1) : decided === word;

/**
 * Whether the dictionary reads `word`'s unit at `p` neutral: in the word itself, or, for a word it
 * lacks, in a dictionary word that ends it (县委书记 ends with 书记 shū ji, 总书记 too) or in one of
 * NEUTRAL_PREFIXES that starts it and is read as that word there (合同工, 合同期 hé tong), or, before a
 * place's 村, 镇 or 乡, in what the place is named for (大码头村 dà mǎ tou cūn).
 */
function neutralIn(model: PolyphoneModel, word: string, own: readonly string[], p: number): boolean {
  if (model.neutral(word, p)) return true;
  if (KEEPS_TONES.has(word)) return false;
  for (let k = 1; k <= p && word.length - k >= 2; k++) if (model.neutral(word.slice(k), p - k)) return true;
  for (let e = Math.max(p + 1, 2); e < word.length; e++) {
    const readings = NEUTRAL_PREFIXES.get(word.slice(0, e));
    if (readings?.every((r, i) => readAs(own[i]!, r)) && model.neutral(word.slice(0, e), p)) return true;
  }
  // A place named for a noun, with its 村, 镇 or 乡 (大码头村, 石头村: session 33's place names): the noun's tones.
  if (word.length >= 3 && p < word.length - 1 && PLACE_UNITS.has(word.at(-1)!) && !model.neutral(word, word.length - 1)) {
    return neutralIn(model, word.slice(0, -1), own, p);
  }
  return false;
}

/** A village, a town, a township: the last character of a place named for the noun before it. */
const PLACE_UNITS: ReadonlySet<string> = new Set([...'村镇乡']);

/**
 * Directional complements CC-CEDICT reads two ways, in full as verbs (出来 chū lái "come out") and
 * neutral as complements (chu lai): after a verb, standing alone (分|出来, 发|不|出来, 醒|过来) or in
 * jieba's word with it (挑出来, 说不出来), the complement's reading, as 现代汉语词典 writes it
 * (·chu·lai). Words it reads one way keep it (下去 xià qù, 进来 jìn lái). Not 过去 (guò qu): after a
 * verb it is as often "the past" (已成过去, 是过去一所大学). The test checks these against CC-CEDICT.
 */
export const COMPLEMENT_READINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['出来', ['chu5', 'lai5']],
  ['过来', ['guo4', 'lai5']],
]);

/** Whether word `w` follows a verb, straight or through the potential 不 / 得 (发|不|出来). */
function afterVerb(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = w > 0 ? words[w - 1]! : '';
  if (prev === '不' || prev === '得') return (tags[w - 2] ?? '').startsWith('v');
  // 只能|出来, 不会|出来: after a modal 出来 is the verb itself.
  return (tags[w - 1] ?? '').startsWith('v') && !MODALS.has(prev) && !MODALS.has(prev.at(-1) ?? '');
}

/**
 * Where a directional complement starts in word `w`: 0 for the complement standing alone after a
 * verb, 1 or 2 in a word jieba makes of a verb of one character, perhaps 不 or 得, and the
 * complement (挑出来, 说不出来) unless the dictionary reads the word itself (反过来 fǎn guo lái); -1.
 */
function complementAt(model: PolyphoneModel, words: readonly string[], tags: readonly string[] | undefined, w: number): number {
  const word = words[w]!;
  if (!tags) return -1;
  if (COMPLEMENT_READINGS.has(word)) return afterVerb(words, tags, w) ? 0 : -1;
  const at = word.length - 2;
  if (at < 1 || at > 2 || !COMPLEMENT_READINGS.has(word.slice(at)) || (at === 2 && !'不得'.includes(word[1]!))) return -1;
  return [...word].some((_, p) => model.neutral(word, p)) ? -1 : at;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyNeutralTones(
  model: PolyphoneModel,
  words: readonly string[],
  readings: string[][],
  tags?: readonly string[],
): void {
  const lexicalGuo = wordsEndingInGuo(model);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const own = readings[w]!;
    if (word.length > 1) {
      for (const [p, tone] of KEPT_TONES.get(word) ?? []) if (own[p]?.endsWith('5')) own[p] = own[p]!.slice(0, -1) + tone;
      for (let p = 0; p < word.length; p++) {
        if (own[p] && !keepsTone(word, p) && neutralIn(model, word, own, p)) own[p] = neutral(own[p]!);
      }
      // 打过, 见过 as one word: the aspect particle, unless the dictionary has the word (通过, 走过).
      if (word.length === 2 && word[1] === '过' && own[1] === 'guo4' && tags?.[w]?.startsWith('v') && !lexicalGuo.has(word)) {
        own[1] = 'guo5';
      }
      const at = complementAt(model, words, tags, w);
      const complement = COMPLEMENT_READINGS.get(word.slice(at));
      if (at >= 0 && complement?.every((r, p) => own[at + p]!.slice(0, -1) === r.slice(0, -1))) {
        complement.forEach((r, p) => (own[at + p] = r));
      }
    } else if (word === '过' && own[0] === 'guo4' && tags && w > 0 && tags[w - 1]!.startsWith('v') && !MODALS.has(words[w - 1]!)) {
      own[0] = 'guo5';
    }
    applyVerbRepeat(words, readings, tags, w);
  }
}

/**
 * A verb of one character said again, "do it a little": the repeat is light (坐坐 zuò zuo, 想想),
 * and so is the 一 between (忍一忍 rěn yi rěn, 试一试), as 现代汉语词典 writes them; CC-CEDICT
 * writes some (看看 kàn kan) and not others (谈谈). Only a verb's repeat: 常常, 人人, 天天 keep tones,
 * and so do the doubled words the dictionary glosses as no verb (整整三年, 足足, 处处).
 */
function applyVerbRepeat(words: readonly string[], readings: string[][], tags: readonly string[] | undefined, w: number): void {
  const word = words[w]!;
  const own = readings[w]!;
  const verb = (k: number): boolean => (tags?.[k] ?? '').startsWith('v');
  if (word.length === 2 && word[0] === word[1] && verb(w) && !STATE_REPEATS.has(word) && own[1]) own[1] = neutral(own[1]);
  else if (word.length === 3 && word[1] === '一' && word[0] === word[2] && word[0] !== '一' && own[1] === 'yi1') own[1] = 'yi5';
  else if (word === '一' || (word.length === 2 && word[0] === '一')) {
    // 忍|一|忍 or 忍|一忍, as jieba may cut it.
    const before = words[w - 1];
    const again = word.length === 2 ? word[1] : words[w + 1];
    if (before?.length === 1 && before === again && verb(w - 1) && own[0] === 'yi1') own[0] = 'yi5';
  }
}
