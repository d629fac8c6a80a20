/**
 * 地 standing alone is the noun dì "land, ground, field" where a noun's place is the only one it can
 * fill (session 26, QA25's 地 "ground" read de). The manner particle de closes an adverbial phrase
 * before a verb (高兴地, 慢慢地, 一个劲地): it follows an adjective, an adverb or a verb phrase, so
 * these places are the noun's alone:
 * - after 的 (他家的地, 院子里的地, 村里的地): a 的 phrase modifies a noun; the particle never follows it;
 * - after 把 or 将 straight before it (把地卖给了开发商): what 把 handles is a thing;
 * - after a measure word of land or a count of it (几亩地, 一大片地, 二十亩地) or a pointer (这块地, 那片地,
 *   tagged a pronoun), unless the measure
 *   is said twice (一块块地, 一片片地, 一步一步地: "piece by piece", an adverb of manner, de);
 * - after 在 and before a localiser or the clause's end (在|地|上铺, 倒在|地|，), where jieba took the
 *   localiser into the next word.
 * jieba tags every lone 地 as the particle (uv), and the context model reads de after it.
 *
 * Session 29 (QA28's 地 read de where the ground turns, 地在转): the particle is an enclitic, so two more
 * places are the noun's, where 地 opens what follows it as its subject:
 * - at a clause's start (，地滑，; 地在摇，…): nothing before it for the particle to close;
 * - straight after a verb of perceiving or thinking that takes a clause (觉得|地|在晃, 感到|地|在摇晃): such
 *   a verb is no manner of doing, so what comes after it is its clause, with 地 as that clause's subject.
 * And the other way: after a word said twice or a count said twice (一点点, 一步步, 一圈|一圈), an adverb
 * of manner, 地 is the particle, standing alone or opening jieba's guess of it and the next verb
 * (一圈一圈|地转|着, 一点点|地黑|了), where the model reads the guess as a word of the ground. In jieba's guess
 * 地转 or 天转 at a clause's end or before an aspect (天转地转。, 地转着), 转 is zhuàn "spin", as 天旋地转 has it.
 *
 * Session 33 (the s32 retrain read 更进一步|地|了解 and 发挥|地|相当|不错 dì, where the shipped model read de):
 * a lone 地 between an adverbial phrase of two characters or more (an adverb, idiom, fixed phrase, adjective,
 * or a verb as in 发挥地相当不错, 得 written 地) and a verb, adjective or adverb is the particle de, unless a
 * noun's place above names the ground. Not after a time or place word or a noun (雨后|地|很|滑: the ground
 * of a clause), and not before a localiser or a noun.
 */

/** Measures of land and of fields. 分 is left out: 十分地 is "very", an adverb before the particle. */
const LAND_MEASURES = /[亩块片垧畦顷]$/u;
/** A pointer and a measure, which jieba tags a pronoun (这块, 那片, 这几亩): as a count, it measures a noun. */
const POINTED = /^[这那哪每某该此][几]?[亩块片垧畦顷]$/u;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Localisers jieba may glue onto the next word (上铺, 下面): the ground's 上 or 下. */
const LOCALISER_START = /^[上下里]/u;
/** Punctuation a clause opens after; not a closing quote, after which the particle may close a quoted adverb (“慢慢”地). */
const CLAUSE_OPENER = /^[，。！？；：、（“「『…—\s,.!?;:]+$/u;
/** Verbs of perceiving or thinking that take a clause as their object. */
const PERCEIVING: ReadonlySet<string> = new Set([
  ...['觉得', '感觉', '感到', '觉着', '发觉', '只觉', '只觉得', '总觉得', '就觉得', '好像', '仿佛', '似乎'],
  ...['发现', '看见', '看到', '听见', '听到', '以为', '认为'],
]);
/** jieba's guess of the particle or the ground and a one-character verb or adjective (地转, 地黑), tagged x. */
const GUESS = /^地\p{Script=Han}$/u;
/** jieba's guess of the sky or the ground and 转 "spin" (天转地转). */
const SPIN_GUESS = /^[天地]转$/u;
const SPIN_AFTER = /^(?:[^\p{L}\p{N}]+|着|了|个|得|起来|不停)$/u;

/** Tags of what the particle closes: adverbs, idioms, fixed phrases, adjectives, descriptives, verbs. */
const MANNER_TAG = /^(?:d|l|i|a|ad|z|v|vd)$/;
/** Tags of what the particle opens: a verb, an adjective or an adverb before them. */
const MANNER_NEXT_TAG = /^(?:v|vd|a|ad|d|b)$/;
/** Degree adverbs jieba may tag a number (十分/m): they close a manner phrase whatever their tag (十分地高兴). */
const DEGREE = new Set(['十分', '万分', '非常', '格外', '特别', '极其', '相当', '更加', '分外', '越发']);

/** 地 between an adverbial phrase and the verb phrase it modifies (更进一步|地|了解, 发挥|地|相当|不错). */
function closesManner(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (prev.length < 2 || !/^\p{Script=Han}+$/u.test(prev) || !(MANNER_TAG.test(tags[w - 1] ?? '') || DEGREE.has(prev))) return false;
  const next = words[w + 1] ?? '';
  return /^\p{Script=Han}/u.test(next) && MANNER_NEXT_TAG.test(tags[w + 1] ?? '') && !LOCALISER_START.test(next);
}

/** 一块块, 一片片, 一块一块: a measure said twice, an adverb of manner. */
function repeated(word: string): boolean {
  return (word.length >= 2 && word.at(-1) === word.at(-2)) || (word.length === 4 && word.slice(0, 2) === word.slice(2));
}

function namesLand(words: readonly string[], tags: readonly string[], w: number): boolean {
  if (w === 0 || CLAUSE_OPENER.test(words[w - 1]!)) return true;
  if (PERCEIVING.has(words[w - 1]!)) return true;
  const prev = words[w - 1] ?? '';
  const prevTag = tags[w - 1] ?? '';
  const next = words[w + 1] ?? '';
  if (prev === '的' || prev === '把' || prev === '将') return true;
  if (/^(?:m|q|mq)$/.test(prevTag) && LAND_MEASURES.test(prev) && !repeated(prev) && !repeated((words[w - 2] ?? '') + prev)) return true;
  if (POINTED.test(prev)) return true;
  if (prev === '在') return next === '' || PUNCTUATION.test(next) || LOCALISER_START.test(next);
  return false;
}

/** An adverb of manner said twice: 一点点, 慢慢, 一步步 as one word, or a count said twice as two (一圈|一圈). */
function saidTwice(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1] ?? '';
  if (!/^\p{Script=Han}+$/u.test(prev)) return false;
  return repeated(prev) || (prev.length >= 2 && prev === words[w - 2] && /^(?:m|q|mq)$/.test(tags[w - 1] ?? ''));
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyLandDi(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const own = readings[w]!;
    if (word === '地' && own[0] === 'de5' && namesLand(words, tags, w)) own[0] = 'di4';
    else if (word === '地' && own[0] === 'di4' && w > 0 && !namesLand(words, tags, w) && closesManner(words, tags, w)) own[0] = 'de5';
    else if ((word === '地' || (GUESS.test(word) && tags[w] === 'x')) && own[0] === 'di4' && w > 0 && saidTwice(words, tags, w)) own[0] = 'de5';
    if (SPIN_GUESS.test(word) && tags[w] === 'x' && own[1] === 'zhuan3' && (SPIN_AFTER.test(words[w + 1] ?? '。') || SPIN_GUESS.test(words[w + 1] ?? ''))) own[1] = 'zhuan4';
  }
}
