/**
 * Scoring a polyphone's candidate readings, shared by training (weights in a Map) and the reader
 * (weights in the shipped binary), so both score exactly the same features.
 */
import { contextFeatures, type FeatureContext } from './features';
import { RELATION, charPrefixHash, continueHash, hashFeature, keyOf } from './model';

/** What the model sees of one occurrence: hashed context features and pinyin-pro's guess. */
export interface Occurrence {
  char: string;
  featureHashes: number[];
  /** pinyin-pro's numbered reading in this sentence, or undefined when not a feature (dictionary examples). */
  guess: string | undefined;
  /** The dictionaries' reading of this unit of its word, when the lexicon has the word. */
  lexicon?: string | undefined;
  /**
   * The syllable (no tone) pinyin-pro or the lexicon reads in the neutral tone past a word's first
   * unit (认识 shi5). CPP labels the citation tone there (shi2), and the page gets the dictionary's
   * neutral tone after the model (neutral-tones.ts), so "this candidate is that syllable's citation
   * tone" is a feature the model weighs, also per character (the 子 of 牌子 stays zi5).
   */
  neutralSyllable?: string;
  /** The per-character key of that feature, hashed once per occurrence. */
  citationKey?: number;
  /**
   * pinyin-pro's reading of this unit with the segmenter's word read alone, when it differs from
   * its reading in the sentence (the two cut words differently): both are then evidence, each
   * with its own weight, instead of the sentence's guess alone.
   */
  wordGuess?: string;
}

export function describeOccurrence(
  char: string,
  context: FeatureContext,
  guess: string | undefined,
  lexicon?: string,
  wordGuess?: string,
): Occurrence {
  // A neutral tone on the first unit of a longer word is pinyin-pro losing its way (音调调高 read
  // … diào diao gāo): no evidence at all, rather than evidence for a reading no word starts with.
  if (guess?.endsWith('5') && context.at === context.wordStart && context.wordEnd - context.wordStart > 1) guess = undefined;
  const features = contextFeatures(context);
  features.push('z'); // per-character bias
  if (guess !== undefined) features.push(`P${guess}`);
  if (lexicon !== undefined) features.push(`L${lexicon}`);
  const prefix = charPrefixHash(char);
  const featureHashes = new Array<number>(features.length);
  for (let i = 0; i < features.length; i++) featureHashes[i] = continueHash(prefix, features[i]!);
  const o: Occurrence = { char, featureHashes, guess, lexicon };
  if (guess !== undefined && wordGuess !== undefined && wordGuess !== guess) {
    o.wordGuess = wordGuess;
    featureHashes.push(continueHash(prefix, `Q${guess}>${wordGuess}`));
  }
  const neutral = guess?.endsWith('5') ? guess : lexicon?.endsWith('5') ? lexicon : undefined;
  if (neutral !== undefined && context.at > context.wordStart) {
    o.neutralSyllable = neutral.slice(0, -1);
    o.citationKey = keyOf(continueHash(prefix, '=ct'), RELATION);
  }
  return o;
}

/** Whether `reading` is the citation-tone twin of the occurrence's neutral syllable (shi2 for shi5). */
function isCitationTwin(o: Occurrence, reading: string): boolean {
  const s = o.neutralSyllable;
  return s !== undefined && reading.length === s.length + 1 && reading.startsWith(s) && !reading.endsWith('5');
}

const AGREES_ALL = hashFeature('*', '=pp');
/** The sentence's guess when the word read alone says otherwise, and the word alone's reading. */
const SENTENCE_ALL = hashFeature('*', '=ps');
const WORD_ALL = hashFeature('*', '=pw');
const LEXICON_ALL = hashFeature('*', '=lx');
const CITATION_ALL = keyOf(hashFeature('*', '=ct'), RELATION);

/** The lexicon's reading when there is one, and pinyin-pro's guess, joined to a char's candidates. */
export function withEvidence(own: readonly string[], o: Occurrence): readonly string[] {
  let options = own;
  if (o.guess && !options.includes(o.guess)) options = [...options, o.guess];
  if (o.wordGuess && !options.includes(o.wordGuess)) options = [...options, o.wordGuess];
  if (o.lexicon && !options.includes(o.lexicon)) options = [...options, o.lexicon];
  return options;
}

/** Keys firing for candidate `index` (reading `reading`) of this occurrence. */
export function candidateKeys(o: Occurrence, index: number, reading: string): number[] {
  const keys = o.featureHashes.map((h) => keyOf(h, index));
  if (o.guess !== undefined && o.guess === reading) {
    // "pinyin-pro says so": once for all characters, once per character (how far to trust it here).
    if (o.wordGuess === undefined) keys.push(keyOf(AGREES_ALL, RELATION), keyOf(hashFeature(o.char, '=pp'), RELATION));
    else keys.push(keyOf(SENTENCE_ALL, RELATION), keyOf(hashFeature(o.char, '=ps'), RELATION));
  }
  if (o.wordGuess !== undefined && o.wordGuess === reading) {
    keys.push(keyOf(WORD_ALL, RELATION), keyOf(hashFeature(o.char, '=pw'), RELATION));
  }
  if (o.lexicon !== undefined && o.lexicon === reading) {
    keys.push(keyOf(LEXICON_ALL, RELATION), keyOf(hashFeature(o.char, '=lx'), RELATION));
  }
  if (isCitationTwin(o, reading)) keys.push(CITATION_ALL, o.citationKey!);
  return keys;
}

/**
 * Index of the best candidate; ties go to the earlier one. With `margin` > 0, pinyin-pro's guess is
 * kept unless another candidate beats it by at least `margin` (the model must be sure to overrule).
 */
export function bestCandidate(
  o: Occurrence,
  readings: readonly string[],
  weight: (key: number) => number,
  margin = 0,
): number {
  let best = 0;
  let bestScore = -Infinity;
  let guessAt = -1;
  let guessScore = 0;
  const hashes = o.featureHashes;
  for (let j = 0; j < readings.length; j++) {
    // Same keys as candidateKeys, summed without building the array (this is the hot loop).
    let score = 0;
    for (let f = 0; f < hashes.length; f++) score += weight(keyOf(hashes[f]!, j));
    if (o.guess !== undefined && o.guess === readings[j]) {
      score +=
        o.wordGuess === undefined
          ? weight(keyOf(AGREES_ALL, RELATION)) + weight(keyOf(hashFeature(o.char, '=pp'), RELATION))
          : weight(keyOf(SENTENCE_ALL, RELATION)) + weight(keyOf(hashFeature(o.char, '=ps'), RELATION));
      guessAt = j;
      guessScore = score;
    }
    if (o.wordGuess !== undefined && o.wordGuess === readings[j]) {
      score += weight(keyOf(WORD_ALL, RELATION)) + weight(keyOf(hashFeature(o.char, '=pw'), RELATION));
      if (guessAt === j) guessScore = score;
    }
    if (o.lexicon !== undefined && o.lexicon === readings[j]) {
      score += weight(keyOf(LEXICON_ALL, RELATION)) + weight(keyOf(hashFeature(o.char, '=lx'), RELATION));
      if (guessAt === j) guessScore = score;
    }
    if (isCitationTwin(o, readings[j]!)) score += weight(CITATION_ALL) + weight(o.citationKey!);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  }
  return guessAt >= 0 && bestScore - guessScore < margin ? guessAt : best;
}
