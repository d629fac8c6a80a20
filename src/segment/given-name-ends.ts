/**
 * A three-character name whose last given character jieba left alone with the tag of its everyday
 * use (石长|根/p, 李德|胜/v; after split-glued-guesses took 说 back out of 根说), which joinNames
 * does not trust mid-sentence. Two pieces of evidence, both required: jieba guessed or tagged the
 * surname and first given character as a name-like word of two (石长, 李德), and a verb of stating
 * follows the character (石长|根|表示, 李德|胜|说, perhaps after an adverb): the person spoke.
 * And the other way, a verb glued onto a name before 着 goes back to the verb (nameAndVerb).
 */
import { SURNAMES } from './name-characters';
import { isGuessedWord } from './split-glued-guesses';
import { NOT_GIVEN, STATING_ADVERBS, STATING_VERBS } from './title-names';
import type { TaggedWord, WordModel } from './types';
import { isUnitTitle } from './unit-head-titles';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
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

/** The one-character verb or function word jieba glued after a given character (林站 → 站), or ''. */
function gluedRest(next: TaggedWord, lexicon: WordLexicon): string {
  if (next.word.length !== 2 || !isGuessedWord(next, lexicon) || lexicon.isKnownWord(next.word)) return '';
  const tag = lexicon.tagOf(next.word[1]!);
  return tag.startsWith('v') || isFunctionTag(tag) ? next.word[1]! : '';
}

/** Whether the language model reads `character` with the name start before it rather than with `after`. */
const belongsLeft = (model: WordModel | undefined, start: string, character: string, after: string): boolean =>
  model?.junctionFit !== undefined && model.junctionFit(start, character, false, false) > model.junctionFit(character, after, false, false);

/** 小燕, 阿强, 王芳: the start of a guess that may be a name, a surname's or a familiar one. */
const FAMILIAR = new Set([...'小阿']);

/**
 * 小燕唱|着 → 小燕|唱|着: a guess of three, a name of two and a verb of one character jieba glued
 * on before the durative 着, where the language model reads the verb with 着 and what follows
 * rather than with the name (session 19). 着 only: before 了 a name's last character is as often
 * a verb's (王建成|了 is 王建|成了 or 王建成|了).
 */
function nameAndVerb(w: TaggedWord, next: TaggedWord | undefined, after: TaggedWord | undefined, lexicon: WordLexicon, model?: WordModel): boolean {
  if (w.word.length !== 3 || next?.word !== '着' || !isGuessedWord(w, lexicon) || lexicon.isKnownWord(w.word)) return false;
  if (!(SURNAMES.has(w.word[0]!) || FAMILIAR.has(w.word[0]!)) || !lexicon.tagOf(w.word[2]!).startsWith('v')) return false;
  return model?.junctionFit !== undefined && !belongsLeft(model, w.word.slice(0, 2), w.word[2]!, '着' + (after?.word ?? ''));
}

export function joinGivenNameEnds(words: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (nameAndVerb(w, next, words[i + 2], lexicon, model)) {
      out.push({ word: w.word.slice(0, 2), tag: 'nr' }, { word: w.word[2]!, tag: lexicon.tagOf(w.word[2]!) });
      continue;
    }
    if (!next || !nameStart(w, lexicon) || !givenCharacter(next.word[0]!, lexicon)) {
      out.push(w);
      continue;
    }
    const rest = gluedRest(next, lexicon);
    if (next.word.length === 1 && states(words[i + 2], words[i + 3])) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
    } else if (rest && belongsLeft(model, w.word, next.word[0]!, rest + (words[i + 2]?.word ?? ''))) {
      out.push({ word: w.word + next.word[0], tag: 'nr' }, { word: rest, tag: lexicon.tagOf(rest) });
      i++;
    } else out.push(w);
  }
  return out;
}
