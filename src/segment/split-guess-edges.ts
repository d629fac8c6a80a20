/**
 * Edges of jieba's guessed words that belong to the words beside them, where the guess is not a
 * name (split-glued-guesses.ts handles function characters):
 * - a measure word after a number belongs to the number (5处|围油, 270米|长, 4亿|人, 922双|鞋), and
 *   after a demonstrative it is a word of its own (这|条河 → 这|条|河);
 * - a noun counted by a quantity word or owned by a pronoun belongs to it (很多人|连, 四个人|挤,
 *   他们家|想), the rest of the guess is a word of its own;
 * - a surname before a title is the title's (应急处|张|处长: 张处长, Section Chief Zhang);
 * - the administrative level after a place name is the place's (八松|乡纳沟 → 八松乡|纳沟,
 *   河东|乡王 → 河东乡|王);
 * - a numeral a verb took from the number after it is the number's (唱十|几首歌 → 唱|十几首歌);
 * - the first character of a two-character guess that makes the word before it a longer word
 *   CC-CEDICT has is that word's (日本|人多 → 日本人|多, 马尾|港时 → 马尾港|时: session 21).
 * - a one-character noun of a case or an institution after a demonstrative of news (该 此 本 各) is what it points at, and the
 *   rest of the guess, or of jieba's dictionary phrase CC-CEDICT lacks, a word of its own (该|案开庭
 *   → 该|案|开庭: session 22).
 * - 月 after the measure word 个 is the months counted (三个|月工资 → 三个|月|工资: session 22), where the
 *   rest of jieba's word is a word of two characters or more (月饼, 月亮 stay: 三个月饼).
 * - 倍 after a number is the number's "-fold", not the adverb 倍加 "doubly" or the verb 倍增 (2|倍加|10元 →
 *   2|倍|加|10元: session 22).
 * CC-CEDICT's words stay whole, and so does a guess led by a surname after a quantity word
 * (两位|王芳: a name).
 */
import { MEASURE_CHARACTERS } from './measure-characters';
import { SURNAMES } from './name-characters';
import { isGuessedWord } from './split-glued-guesses';
import { isFunctionTag } from './word-classes';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** Titles that follow a surname in news (张处长, 李局长, 王主任). */
const TITLES = new Set([
  ...['处长', '局长', '科长', '所长', '厂长', '院长', '校长', '部长', '省长', '市长', '县长', '区长', '镇长'],
  ...['乡长', '村长', '站长', '队长', '馆长', '行长', '社长', '会长', '主任', '书记', '经理', '主席'],
  ...['总', '董', '老师', '教授', '医生', '律师', '警官', '师傅', '先生', '女士', '阿姨', '大爷'],
]);
/** Nouns a quantity counts (很多人, 一些钱, 他们家): as a guess's first character they are not its own. */
const COUNTED_NOUNS = new Set([...'人家钱事']);
const NUMBER = /^(\p{N}+|[零一二两三四五六七八九十百千万亿几多数]+)$/u;

export function splitGuessEdges(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    if (measureInPhrase(w, words[i - 1], lexicon)) {
      out.push({ word: w.word[0]!, tag: 'q' }, { word: w.word.slice(1), tag: lexicon.tagOf(w.word.slice(1)) });
      return;
    }
    if (nounAfterDemonstrative(w, words[i - 1], lexicon) || monthsCounted(w, words[i - 1], lexicon) || foldAfterNumber(w, words[i - 1], lexicon)) {
      out.push({ word: w.word[0]!, tag: lexicon.tagOf(w.word[0]!) }, { word: w.word.slice(1), tag: lexicon.tagOf(w.word.slice(1)) });
      return;
    }
    if (!isGuessedWord(w, lexicon) || lexicon.isKnownWord(w.word)) {
      out.push(w);
      return;
    }
    const prev = words[i - 1];
    const next = words[i + 1];
    const first = w.word[0]!;
    const last = w.word.at(-1)!;
    const piece = (p: string): TaggedWord => ({ word: p, tag: p.length > 1 && lexicon.tagOf(p) === 'x' ? 'x' : lexicon.tagOf(p) });
    const rest = w.word.slice(1);
    // 十四点八 is a number, 7点多钟 an approximate one: the guess stays.
    const numberGoesOn = /^[零一二两三四五六七八九十百千万亿多余来半]/u.test(rest);
    const place = out.at(-1);
    if (place && ADMINISTRATIVE_LEVELS.has(first) && placeName(place) && rest.length >= 1) {
      out[out.length - 1] = { word: place.word + first, tag: 'ns' };
      out.push(piece(rest));
    } else if (place && w.word.length === 2 && completesWord(place, first, lexicon)) {
      const tag = lexicon.tagOf(place.word + first);
      out[out.length - 1] = { word: place.word + first, tag: tag === 'x' ? 'n' : tag };
      out.push(piece(rest));
    } else if (verbAndMeasure(w, next, lexicon)) {
      out.push(piece(first), piece(last));
    } else if (prev && ((!numberGoesOn && measureAfterNumber(first, prev, lexicon)) || countedNoun(first, prev))) {
      out.push(piece(first), piece(rest));
    } else if (next && numeralOfNext(w.word, next, lexicon)) {
      out.push(piece(first), { word: last, tag: 'm' });
    } else if (next && TITLES.has(next.word) && SURNAMES.has(last) && !SURNAMES.has(first)) {
      out.push(piece(w.word.slice(0, -1)), piece(last));
    } else out.push(w);
  });
  return out;
}

/**
 * Whether `first` ends the word `before` (two characters or more, no glossary term) as a word
 * CC-CEDICT has: the guess took a character that word needed (年代|初起 → 年代初|起).
 */
function completesWord(before: TaggedWord, first: string, lexicon: WordLexicon): boolean {
  if (before.word.length < 2 || !/^\p{Script=Han}+$/u.test(before.word) || lexicon.isCustomWord(before.word)) return false;
  return lexicon.isKnownWord(before.word + first);
}

const NUMERAL = /^[一二两三四五六七八九十百千万几]$/u;

/**
 * 唱十|几首歌 → 唱|十几首歌: a verb of one character and the first numeral of the number after it,
 * guessed as one word: the numeral is the number's (session 19).
 */
function numeralOfNext(guess: string, next: TaggedWord, lexicon: WordLexicon): boolean {
  if (guess.length !== 2 || !NUMERAL.test(guess[1]!) || !next.tag.startsWith('m')) return false;
  return /^[\p{N}零一二两三四五六七八九十百千万几多余]/u.test(next.word) && lexicon.tagOf(guess[0]!).startsWith('v');
}

/** Levels of China's administration that end a place name: township, town, county, city, district. */
const ADMINISTRATIVE_LEVELS = new Set([...'乡镇县市区']);

/** A place jieba knows (ns) or a guess of two characters or more (八松, 河东). */
const placeName = (w: TaggedWord): boolean => /^\p{Script=Han}{2,}$/u.test(w.word) && (w.tag === 'ns' || w.tag === 'x') && !ADMINISTRATIVE_LEVELS.has(w.word.at(-1)!);

/**
 * 2|节车厢: jieba's dictionary also holds phrases of a measure word and a noun; after a number the
 * measure word is the number's and the noun a word of its own, when CC-CEDICT knows the noun but not
 * the phrase. After a demonstrative also a phrase of two (那|碗面 → 那|碗|面: 碗面 is "a bowl's surface").
 */
function measureInPhrase(w: TaggedWord, prev: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  const shortest = prev && DEMONSTRATIVES.has(prev.word) ? 2 : 3;
  if (!prev || w.word.length < shortest || w.tag === 'x' || /^m/.test(w.tag) || !/^\p{Script=Han}+$/u.test(w.word)) return false;
  // 碗 杯 瓶: measures of a container CC-CEDICT glosses as nouns; jieba tags them q.
  const measure = MEASURE_CHARACTERS.has(w.word[0]!) || lexicon.tagOf(w.word[0]!) === 'q';
  if (!measure || lexicon.isKnownWord(w.word) || !lexicon.isKnownWord(w.word.slice(1))) return false;
  return measureAfterNumber(w.word[0]!, prev, lexicon);
}

/** Demonstratives of written news that point at a one-character noun (该案, 此案, 本院, 各校). */
const WRITTEN_DEMONSTRATIVES = new Set([...'该此本各']);
/**
 * The one-character nouns written news puts after them: a case, an institution, a place or unit of
 * administration (该案, 该厂, 本院, 该村, 各校). Not any noun jieba tags n (该|创造物: 创 opens a word).
 */
const POINTED_NOUNS = new Set([...'案厂校院局村乡镇县市区省国部所馆站队团会社行店船车港场园户']);

/**
 * 该|案开庭: the guess (or jieba's phrase) starts with a one-character noun the demonstrative points at and goes on with
 * a word both dictionaries know (开庭): the noun stands alone, the word after it too.
 */
function nounAfterDemonstrative(w: TaggedWord, prev: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  const guess = w.word;
  if (!prev || guess.length < 3 || !WRITTEN_DEMONSTRATIVES.has(prev.word) || !/^\p{Script=Han}+$/u.test(guess)) return false;
  if (lexicon.isKnownWord(guess) || lexicon.isCustomWord(guess) || /^n[rst]/.test(w.tag)) return false;
  const rest = guess.slice(1);
  return POINTED_NOUNS.has(guess[0]!) && lexicon.tagOf(rest) !== 'x' && lexicon.isKnownWord(rest);
}

/** 六个|月工资, 每个|月收入: 个 counts the months, and the word after them is 工资, 收入. */
function monthsCounted(w: TaggedWord, prev: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  if (!prev?.word.endsWith('个') || !w.word.startsWith('月') || w.word.length < 3 || lexicon.isCustomWord(w.word)) return false;
  const rest = w.word.slice(1);
  return lexicon.tagOf(rest) !== 'x' && lexicon.isKnownWord(rest);
}

/** 2|倍加|利息: jieba's 倍 + a one-character verb (倍加, 倍增) right after a number is the number's 倍 and the verb. */
function foldAfterNumber(w: TaggedWord, prev: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  if (!prev || w.word.length !== 2 || w.word[0] !== '倍' || !lexicon.tagOf(w.word[1]!).startsWith('v')) return false;
  return NUMBER.test(prev.word) || /^[\p{N}.]+$/u.test(prev.word) || (prev.tag === 'm' && /[\p{N}零一二两三四五六七八九十百千万亿]$/u.test(prev.word));
}

/** 30来亩: 来 after a number is "about", not a verb. */
const APPROXIMATE = new Set([...'来']);

/**
 * 有个|窗, 找个|人: a verb and a measure word whose 一 was left out (有一个窗), before the noun
 * it counts; the measure word is the noun phrase's, not a word with the verb.
 */
function verbAndMeasure(w: TaggedWord, next: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  if (w.word.length !== 2 || !next || !/^\p{Script=Han}/u.test(next.word) || isFunctionTag(next.tag) || /^[vmq]/.test(next.tag)) return false;
  const measure = w.word[1]!;
  // Only what jieba tags as a measure word: CC-CEDICT's classifiers also hold 水 (闭|水, 来|水 are words) and 环.
  return lexicon.tagOf(w.word[0]!).startsWith('v') && !APPROXIMATE.has(w.word[0]!) && lexicon.tagOf(measure) === 'q';
}

/** Demonstratives a measure word follows as it follows a number (这|条|河, 那|口|井, 每|片|叶子). */
const DEMONSTRATIVES = new Set([...'这那哪每某']);

/** 5|处围, 这|条河: a measure word (jieba tags it q, or 种 号 双 as m/n) right after a number or a demonstrative. */
export function measureAfterNumber(first: string, prev: TaggedWord, lexicon: WordLexicon): boolean {
  const counted = NUMBER.test(prev.word) || (prev.tag === 'm' && /[\p{N}零一二两三四五六七八九十百千万亿]$/u.test(prev.word));
  if (!counted && !DEMONSTRATIVES.has(prev.word)) return false;
  const tag = lexicon.tagOf(first);
  return tag === 'q' || MEASURE_WORDS.has(first) || MEASURE_CHARACTERS.has(first);
}

/**
 * Measure words jieba does not tag as such and CC-CEDICT glosses otherwise (双 "pair", 包 "to
 * wrap", 亿 m); the rest come from CC-CEDICT (measure-characters.ts). Not 号: 11号线, 31号楼 are
 * names of a line and a building.
 */
const MEASURE_WORDS = new Set([...'双包亿万千百']);

/** 很多|人连, 四个|人挤, 他们|家想: a quantity (m) or a pronoun (r) before a counted noun. */
function countedNoun(first: string, prev: TaggedWord): boolean {
  return COUNTED_NOUNS.has(first) && (prev.tag === 'm' || prev.tag === 'mq' || prev.tag === 'r');
}
