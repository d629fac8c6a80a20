/**
 * A three-character name whose last given character jieba left alone with the tag of its everyday
 * use (石长|根/p, 李德|胜/v; after split-glued-guesses took 说 back out of 根说), which joinNames
 * does not trust mid-sentence. Two pieces of evidence, both required: jieba guessed or tagged the
 * surname and first given character as a name-like word of two (石长, 李德), and a verb of stating
 * follows the character (石长|根|表示, 李德|胜|说, perhaps after an adverb): the person spoke.
 */
import { SURNAMES } from './name-characters';
import { isGuessedWord } from './split-glued-guesses';
import { NOT_GIVEN, STATING_ADVERBS, STATING_VERBS } from './title-names';
import type { TaggedWord } from './types';
import { isUnitTitle } from './unit-head-titles';
import { GLUED_VERBS } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;

const states = (w: TaggedWord | undefined, after: TaggedWord | undefined): boolean =>
  w !== undefined && (STATING_VERBS.has(w.word) || (STATING_ADVERBS.has(w.word) && STATING_VERBS.has(after?.word ?? '')));

/** A surname-led guess of two (石长): a name's start, not a unit's head (楼长) nor a verb's (能住). */
const nameStart = (w: TaggedWord, lexicon: WordLexicon): boolean =>
  w.word.length === 2 && SURNAMES.has(w.word[0]!) && !GLUED_VERBS.has(w.word[0]!) && !NOT_GIVEN.has(w.word[0]!) &&
  (isGuessedWord(w, lexicon) || w.tag === 'nr') && !lexicon.isKnownWord(w.word) && !isUnitTitle(w.word);

/**
 * A character that can end a given name before a verb of stating: no number, pronoun or particle,
 * and no adverb, which a speaker's verb often follows (尧森|常|说 "often says"). A preposition may
 * (石长|根/p|表示): one cannot stand before 说 without its object.
 */
const givenCharacter = (c: string, lexicon: WordLexicon): boolean =>
  HAN.test(c) && !NOT_GIVEN.has(c) && !GLUED_VERBS.has(c) && !STATING_ADVERBS.has(c) && !/^(m|q|r|d|c|f|u.*|y)$/.test(lexicon.tagOf(c));

export function joinGivenNameEnds(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next?.word.length === 1 && nameStart(w, lexicon) && givenCharacter(next.word, lexicon) && states(words[i + 2], words[i + 3])) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
    } else out.push(w);
  }
  return out;
}
