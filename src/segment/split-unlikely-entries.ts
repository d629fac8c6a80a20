/**
 * jieba's dictionary holds many two-character phrases of a function character and the character
 * beside it, at the lowest count it gives (已于, 可到, 应以, 很远, 这段, 降至). Its best-path cut
 * never takes such an entry over its two characters; the entry only comes out when the path left
 * both single and jieba's new-word guessing hands the pair back as the entry it happens to be. So
 * an entry that jieba's own dictionary cut splits when it stands alone, and that CC-CEDICT does not
 * know, is cut in two when one half is a function character:
 * - the first: an adverb, preposition, conjunction or pronoun (已|于, 按|次, 并|于, 这|段), 之 (之|久),
 *   a degree adverb, modal or negation (很|远, 可|到, 不|应, 没|人);
 * - the second: a preposition after a verb or an adjective (死|于, 降|至, 难|用), not after a noun
 *   (原为, 南至: the noun may end a name before it).
 * The rest of such entries are more often words of their own that CC-CEDICT lacks (家系, 经师,
 * 后殿, 前海), so they stay. README "Words and readings on news" has the changes, judged by hand.
 */
import {
  DEGREE_ADVERBS,
  LEADING_MODALS,
  MISTAGGED_FUNCTION_WORDS,
  MODALS,
  NEGATIONS,
} from './split-glued-guesses';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const HAN_PAIR = /^\p{Script=Han}{2}$/u;

export function splitUnlikelyEntries(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    if (isUnlikelyFunctionPair(w, lexicon)) out.push(...[...w.word].map((c) => ({ word: c, tag: lexicon.tagOf(c) })));
    else out.push(w);
  }
  return out;
}

function isUnlikelyFunctionPair(w: TaggedWord, lexicon: WordLexicon): boolean {
  if (w.tag === 'x' || !HAN_PAIR.test(w.word)) return false;
  // tagOf answers 'x' when jieba's dictionary cut of the pair alone is not the pair. Asked first:
  // it is a cached answer that rules out most pairs, where a dictionary lookup is not.
  if (lexicon.tagOf(w.word) !== 'x') return false;
  const [first, second] = [...w.word] as [string, string];
  if (!leadsAsFunctionWord(first, lexicon.tagOf(first)) && !followsAsPreposition(lexicon.tagOf(first), lexicon.tagOf(second))) return false;
  return !lexicon.isKnownWord(w.word) && !lexicon.isCustomWord(w.word);
}

function leadsAsFunctionWord(c: string, tag: string): boolean {
  if (tag === 'd' || tag === 'p' || tag === 'c' || tag === 'r' || c === '之') return true;
  return DEGREE_ADVERBS.has(c) || MISTAGGED_FUNCTION_WORDS.has(c) || LEADING_MODALS.has(c) || MODALS.has(c) || NEGATIONS.has(c);
}

function followsAsPreposition(firstTag: string, secondTag: string): boolean {
  return secondTag === 'p' && !firstTag.startsWith('n');
}
