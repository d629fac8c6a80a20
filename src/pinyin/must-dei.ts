/**
 * 得 "must, need, take" is děi where it stands between what it is said of and a verb phrase: after
 * its subject (我得走了, 这道题得先算, 房租得按时交), after an adverb that leads a modal (还得, 也得, 就得,
 * 可得), or opening its clause (，得跟领导汇报); and before a cost or a length of time (得多少钱, 得多长
 * 时间, 得一百多块), where it says what a thing takes. The context model reads it de or dé there where
 * jieba tags the 得 ud and the verb after it a noun (这事得问他, 问/n), and inside the words jieba guesses of
 * 得 and the verb after it (还|得求|着, 咱们|得省|着, 包子，|得排), which no dictionary has, it reads dé.
 *
 * What tells the other 得s (complement-de.ts decides those after a verb or an adjective):
 * - the complement de follows its verb or adjective (跑得快, 高兴得跳起来), so a verb or adjective
 *   before 得 leaves it alone; a one-character noun does too unless a demonstrative, a measure or 的
 *   shows it is a subject (这病得住院 děi; 他病得很重 de: 病 is what he is);
 * - dé "obtain" takes an aspect or an object (他得了满分, 得过大奖, 得的是慢性病), so a verb must follow
 *   (after adverbs or a preposition), or a lone character that is no particle, number or measure; a
 *   degree adverb after 得 (很, 太, 越来越) is the complement's;
 * - after a modal verb 得 is dé (能得多少分, 可以得奖), so only the adverbs below lead děi (可 "really"
 *   among them: 你可得小心).
 */
const MODAL_LEADS = new Set(['还', '也', '就', '都', '总', '可', '又', '只', '那', '非', '总得', '还是', '那就', '就是', '是', '倒是']);
/** Adverbs of degree that open a complement (病得很重, 哭得太伤心, 跑得越来越快). */
const DEGREE = new Set(['很', '太', '非常', '十分', '特别', '真', '挺', '好', '极', '越来越', '更', '更加', '比较', '相当', '最']);
/** A likeness after 得 is the complement's (装点得如节日一般, 红得像苹果). */
const LIKE = new Set(['如', '像', '似', '若', '好像', '宛如', '犹如', '仿佛', '好似']);
/** Words that open a cost or a length of time asked after or said (得多少钱, 得几天, 得多久). */
const HOW_MUCH = new Set(['多少', '几', '多久', '多长时间', '多少钱', '多少天', '多少年']);
/** What a score is counted in, after 多少 or a number: 得多少分, 得了二十分 are dé. */
const SCORE = /^(?:分|票|奖|名)/u;
/** A number of money or of time units (一百多块, 三天, 两个小时). */
const COST_OR_TIME = /^[0-9０-９一二两三四五六七八九十百千万几半多]+(?:块|元|万|天|年|个月|月|周|星期|小时|个小时|分钟)(?:钱)?$/u;
const ASPECTS = new Set(['着', '了', '过']);
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
const VERB_TAG = /^(?:v|vd|vi|vn|l|i)$/;
/** Tags of a subject of two or more characters: a noun, a name, a time, a place, an abbreviation. */
const SUBJECT_TAG = /^(?:n|nr|nrt|ns|nt|nz|t|s|j)$/;
/** Tags that never open a verb phrase straight after 得: particles, numbers, measures, localisers. */
const NOT_A_VERB = /^(?:u|ul|uj|uz|ug|ud|uv|y|m|mq|q|f|x|c|e|o)/;

function disposes(words: readonly string[], w: number): boolean {
  for (let k = w - 2; k >= 0 && !PUNCTUATION.test(words[k]!); k--) if (words[k] === '把' || words[k] === '将') return true;
  return false;
}

/** 得 is said of what comes before it: a subject, a modal's adverb, or nothing (a clause's start). */
function saidOf(words: readonly string[], tags: readonly string[], w: number): boolean {
  const prev = words[w - 1];
  if (prev === undefined || PUNCTUATION.test(prev)) return true;
  if (MODAL_LEADS.has(prev)) return true;
  // 把/将 + what is handled + its verb + 得 (将坝区装点得…): the verb before 得 may be tagged a noun.
  if (disposes(words, w)) return false;
  const tag = tags[w - 1] ?? '';
  if (tag.startsWith('r')) return true;
  if (prev.length >= 2) return SUBJECT_TAG.test(tag);
  // 这道题得…, 这病得…, 电费的钱得…: a one-character noun marked as a subject by what precedes it.
  if (!tag.startsWith('n') && tag !== 'zg') return false;
  const before = words[w - 2] ?? '';
  const beforeTag = tags[w - 2] ?? '';
  return beforeTag === 'q' || beforeTag === 'mq' || before === '的' || /^(?:这|那|每|哪)/u.test(before);
}

const opensVerb = (word: string, tag: string): boolean => VERB_TAG.test(tag) || (tag === 'x' && word.length === 2);

/** A verb phrase follows 得 in its clause: a verb, after adverbs or a preposition and its object. */
function verbAhead(words: readonly string[], tags: readonly string[], w: number): boolean {
  const next = words[w + 1] ?? '';
  const tag = tags[w + 1] ?? '';
  if (next === '' || PUNCTUATION.test(next) || DEGREE.has(next) || LIKE.has(next)) return false;
  if (HOW_MUCH.has(next)) return !SCORE.test(words[w + 2] ?? '');
  if (COST_OR_TIME.test(next)) return true;
  // jieba's guess of a verb and its result (带足, 算出) is a verb phrase too.
  if (opensVerb(next, tag)) return true;
  // 得问/n 他, 得省/n 着花: a lone character jieba tags otherwise, shown a verb by its object or aspect after it
  // (美国得州 "Texas": 州 takes neither).
  if (next.length === 1 && !NOT_A_VERB.test(tag) && !/^[rpd]/.test(tag)) {
    return ASPECTS.has(words[w + 2] ?? '') || (tags[w + 2] ?? '').startsWith('r');
  }
  if (!tag.startsWith('d') && !tag.startsWith('p')) return false;
  // 得先算, 得赶紧送, 得跟领导汇报, 得按时交: adverbs, or a preposition and its object, then the verb.
  for (let k = w + 2; k < Math.min(words.length, w + 5) && !PUNCTUATION.test(words[k]!); k++) {
    if (opensVerb(words[k]!, tags[k] ?? '')) return true;
  }
  return false;
}

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyMustDei(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const own = readings[w]!;
    if (word === '得') {
      if (own[0] !== 'dei3' && saidOf(words, tags, w) && verbAhead(words, tags, w)) own[0] = 'dei3';
    } else if (word.length === 2 && word[0] === '得' && tags[w] === 'x' && own[0] === 'de2' && w > 0 && !PUNCTUATION.test(words[w - 1]!) && saidOf(words, tags, w)) {
      // jieba's guess of 得 and a verb (得排, 得省, 得求): no dictionary word, so the verb is the rest. Not at
      // a clause's start, where the guess is as often dé and what was got (，得子俞国华).

      own[0] = 'dei3';
    }
  }
}
