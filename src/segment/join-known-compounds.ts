/**
 * Words CC-CEDICT has and jieba's dictionary lacks come out of jieba in pieces: 人|社部, 羊角|锤,
 * 隔|油池, 低|碳, 流浪|猫, 副|部长. Two or three neighbouring pieces that spell such a headword
 * are joined into it when the pieces are content words (a function word, a number, a measure word
 * a negation or a degree adverb among them makes a phrase CC-CEDICT also lists: 并|不, 有|的,
 * 中|的, 一个|人, 没|办法, 不|可能, 较|好) and at least one piece is a single character or a guess (two dictionary
 * words side by side, 经济|发展, 研究|中心, are a phrase the reader may draw either way: jieba's
 * cut stands). A one-character adjective or verb before a dictionary word of its own is a phrase
 * too (大|公司, 新|阶段, 好|朋友; 出|问题, 做|工作), unless the word is a name (新|京报).
 * Affixes and complements are left as jieba cut them: a reader draws 孩子~们, 副~部长, 中国~人,
 * 送~去 either way (the gold set's convention), and SIGHAN's standards cut them. A measure word
 * after a number or a demonstrative stays apart (这|出|戏, session 19).
 */
import { measureAfterNumber } from './split-guess-edges';
import type { TaggedWord } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN_WORD = /^\p{Script=Han}+$/u;
/** A compound joined here has at most four characters: longer headwords are mostly phrases. */
const MAX_CHARACTERS = 4;
const NEGATIONS = new Set([...'不没未别无非']);
/** Degree adverbs jieba tags as morphemes (较/zg, 很/zg): 较|好 is an adverb and an adjective. */
const DEGREE_ADVERBS = new Set([...'较很挺更最太极']);

export function joinKnownCompounds(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const content = (w: TaggedWord | undefined): w is TaggedWord =>
    w !== undefined &&
    HAN_WORD.test(w.word) &&
    !lexicon.isCustomWord(w.word) &&
    !isFunctionTag(w.tag) &&
    !/^[mq]/.test(w.tag) &&
    ![...w.word].some((c) => NEGATIONS.has(c)) &&
    !(w.word.length === 1 && (GLUED_VERBS.has(w.word) || DEGREE_ADVERBS.has(w.word)));
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; ) {
    let joined: TaggedWord | undefined;
    let taken = 0;
    // The longest join first: 危|重|病人 → 危重病人 rather than 危重|病人.
    for (let k = 3; k >= 2 && !joined; k--) {
      const pieces = words.slice(i, i + k);
      if (pieces.length < k || !pieces.every(content)) continue;
      const word = pieces.map((w) => w.word).join('');
      if (word.length > MAX_CHARACTERS || !pieces.some((w) => w.word.length === 1 || w.tag === 'x')) continue;
      if (modifierAndWord(pieces) || affixOrComplement(pieces) || countsNext(pieces[0]!, words[i - 1], lexicon)) continue;
      // Known to CC-CEDICT, unknown to jieba's dictionary (whose own cut of it is the pieces).
      if (!lexicon.isKnownWord(word) || lexicon.tagOf(word) !== 'x') continue;
      joined = { word, tag: pieces.at(-1)!.tag };
      taken = k;
    }
    if (joined) {
      out.push(joined);
      i += taken;
    } else out.push(words[i++]!);
  }
  return out;
}

/**
 * 这|出|戏, 三|本|书: a measure word after a demonstrative or a number counts the noun after it and
 * is a word of its own (split-guess-edges.ts), though CC-CEDICT lists 出戏 "to break character".
 */
function countsNext(first: TaggedWord, prev: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  return prev !== undefined && first.word.length === 1 && measureAfterNumber(first.word, prev, lexicon);
}

/** 大|公司, 出|问题: an adjective or a verb of one character, then a dictionary word that is no name. */
function modifierAndWord(pieces: readonly TaggedWord[]): boolean {
  const first = pieces[0]!;
  if (first.word.length !== 1 || !/^[av]/.test(first.tag)) return false;
  // 排|起|长队: the phrase goes on past a complement to its object.
  return pieces.slice(1).some((w) => w.word.length >= 2 && w.tag !== 'x' && !/^n[rstz]/.test(w.tag));
}

/** Result and direction complements of a one-character verb (送|去, 吃|完, 挂|起, 听|清). */
const COMPLEMENTS = new Set([...'来去起出回开完掉清到住走上下进过成大']);

/** 孩子|们 (a suffix, k), 副|部长 (a prefix, b), 中国|人 (a place's people), 送|去 and 做|小 (verb and complement). */
function affixOrComplement(pieces: readonly TaggedWord[]): boolean {
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  if (pieces.some((w) => w.tag === 'k' || (w.word.length === 1 && w.tag === 'b'))) return true;
  if (last.word === '人' && first.tag.startsWith('ns')) return true;
  // 做|小, 弄|坏: an adjective after a one-character verb is its result.
  return pieces.length === 2 && first.word.length === 1 && first.tag.startsWith('v') && (COMPLEMENTS.has(last.word) || last.tag.startsWith('a'));
}
