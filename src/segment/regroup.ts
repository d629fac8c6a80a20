/**
 * The regrouping stage: jieba's words, tagged, redrawn where a reader would draw them otherwise.
 * Each rule is its own file; the order matters (a name can only be joined once 崔说 gave back 说).
 */
import { splitAdverbEdges } from './adverb-edges';
import { returnClosingCharacters } from './closing-characters';
import { joinBodyAbbreviations } from './body-abbreviations';
import { joinBoundSuffixes } from './bound-suffixes';
import { joinFamiliarTitles } from './familiar-titles';
import { joinFishNames } from './fish-names';
import { splitFromTimeWords } from './from-time-words';
import { joinYiFormulas } from './yi-formulas';
import { keepCustomWordsWhole } from './custom-word-edges';
import { splitDayFromNextWord } from './date-days';
import { joinKnownCompounds } from './join-known-compounds';
import { joinGivenNameEnds } from './given-name-ends';
import { joinNames } from './join-names';
import { joinTransliterations } from './join-transliterations';
import { joinPotentialComplements } from './potential-complements';
import { joinRoundNumbers } from './number-phrases';
import { joinNumberPieces } from './number-groups';
import { joinNumberedPlans } from './numbered-plans';
import { splitNounPredicates } from './noun-predicates';
import { joinPlaceNames } from './place-names';
import { joinPlaceHeads } from './place-heads';
import { reuseNamesInText } from './same-name-in-text';
import { joinStatedNames } from './stated-names';
import { joinSomeAtClauseStart } from './some-at-clause-start';
import { rejoinLocaliserVerbs } from './localiser-verbs';
import { splitConjunctionPlaces } from './conjunction-places';
import { splitModalDui } from './modal-dui';
import { recutNoOne } from './no-one';
import { recutSelfAndPlaceEntries } from './self-and-place-entries';
import { regroupByModel, REGROUP_MARGIN } from './model-regroup-check';
import { joinReduplicatedWords } from './reduplicated-words';
import { rescoreAmbiguities } from './rescore-ambiguities';
import type { TaggedWord, WordModel } from './types';
import { splitDictionaryPhrases } from './split-dictionary-phrases';
import { splitGluedGuesses } from './split-glued-guesses';
import { splitSetPhrases } from './split-set-phrases';
import { splitSubjectPredicates } from './subject-predicates';
import { recutStrandedCharacters } from './stranded-characters';
import { splitGuessEdges } from './split-guess-edges';
import { returnGuessStarts, splitLooseGuesses } from './split-loose-guesses';
import { splitUnlikelyEntries } from './split-unlikely-entries';
import { splitTitlesFromNames, splitUnitHeadTitles } from './unit-head-titles';
import type { WordLexicon } from './word-lexicon';

/**
 * `model`, when given, first re-cuts jieba's dictionary words where the sentence reads better
 * otherwise, and last checks the groupings that rest on a guess (model-regroup-check.ts;
 * `checkMargin` only to measure other margins, Infinity to leave the check out).
 */
export function regroupWords(
  words: readonly TaggedWord[],
  lexicon: WordLexicon,
  model?: WordModel,
  margin?: number,
  checkMargin = REGROUP_MARGIN,
): TaggedWord[] {
  let out = model ? rescoreAmbiguities(words, lexicon, model, margin) : [...words];
  out = splitUnlikelyEntries(out, lexicon);
  out = recutNoOne(out);
  out = rejoinLocaliserVerbs(out, lexicon);
  out = splitConjunctionPlaces(out, lexicon, model);
  out = splitUnitHeadTitles(out, lexicon);
  out = splitGluedGuesses(out, lexicon, model);
  out = splitGuessEdges(out, lexicon);
  out = splitAdverbEdges(out, lexicon);
  // After the edges of guesses went back (每个人|发 from 每个|人发): what is left of a guess is judged whole.
  out = splitLooseGuesses(out, lexicon);
  out = returnGuessStarts(out, lexicon);
  out = splitSubjectPredicates(out, lexicon);
  out = splitNounPredicates(out, lexicon);
  out = joinBodyAbbreviations(out, lexicon);
  out = splitDayFromNextWord(out, lexicon);
  out = splitTitlesFromNames(out, lexicon);
  out = joinNames(out, lexicon);
  out = joinGivenNameEnds(out, lexicon, model);
  out = joinStatedNames(out, lexicon);
  out = joinFamiliarTitles(out, lexicon);
  out = joinTransliterations(out);
  out = joinPlaceNames(out, lexicon);
  out = joinPlaceHeads(out, lexicon);
  out = joinBoundSuffixes(out, lexicon);
  out = joinFishNames(out);
  out = joinYiFormulas(out, lexicon);
  out = splitFromTimeWords(out, lexicon);
  out = reuseNamesInText(out, lexicon);
  // After the names: a name's characters are not a compound's (刘|家庄 is the place's).
  out = joinKnownCompounds(out, lexicon);
  out = joinReduplicatedWords(out, lexicon);
  out = joinNumberedPlans(out);
  out = joinNumberPieces(out);
  out = joinRoundNumbers(out);
  out = joinPotentialComplements(out);
  out = joinSomeAtClauseStart(out);
  // Last, so the function character it frees joins no name (年少|时|随父, not 时随父).
  out = splitDictionaryPhrases(out, lexicon);
  out = splitModalDui(out, lexicon);
  out = splitSetPhrases(out, lexicon);
  out = recutSelfAndPlaceEntries(out, lexicon);
  out = returnClosingCharacters(out, lexicon);
  out = recutStrandedCharacters(out, lexicon, model);
  if (model && checkMargin < Infinity) out = regroupByModel(out, lexicon, model, checkMargin);
  return keepCustomWordsWhole(out, lexicon);
}
