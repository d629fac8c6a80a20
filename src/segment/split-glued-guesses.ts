/**
 * jieba's new-word guessing (its HMM) finds names jieba's dictionary lacks (杨浚, 鞠健夫), but it
 * also glues a function word or a character of the next word onto its neighbour: 发布会|上称,
 * 微博要, 鞠健夫于, 钱由区, 尚存|在. A guess keeps its new word and loses what was glued on:
 * - a leading or trailing function character stands alone (上|称, 鞠健夫|于, 崔|说; also 很|帅,
 *   the adverbial 地 after a manner word, 兴奋|地|喊, and 受 before a name, 受|蓝星), unless
 *   CC-CEDICT knows the guess (据信), the edge is two transliteration characters (特雷姆萨村,
 *   德约), or a surname-led pair may be a name (陈里、, 詹有|耕); also function words jieba's
 *   dictionary tags as content words (往|红汤, 如|想, 每|台) and a negation before a verb (没|降);
 * - a localiser after a noun, glued to the verb after it (茶几|上放|着), goes back to the noun's
 *   place phrase where the language model reads it so (茶几|上|放|着);
 * - a preposition, conjunction, particle or negation inside a guess splits it (房价|和|房租,
 *   天|没|亮), but not a
 *   name's shape, surname and two characters (许和子);
 * - a trailing character that makes a dictionary word with the next word goes to it (尚|存在,
 *   名|反政府), but not onto a particle by CC-CEDICT's word alone (吃|面|的, not 吃|面的).
 */
import { SURNAMES, TRANSLITERATION } from './name-characters';
import type { TaggedWord, WordModel } from './types';
import { GLUED_VERBS, isFunctionTag, NOUN_TAG, PLACE_LOCALISERS } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN_WORD = /^\p{Script=Han}+$/u;

/** A word jieba guessed rather than found in its dictionary. */
export function isGuessedWord(w: TaggedWord, lexicon: WordLexicon): boolean {
  return w.tag === 'x' && w.word.length >= 2 && HAN_WORD.test(w.word) && !lexicon.isCustomWord(w.word);
}

function tagged(word: string, lexicon: WordLexicon, guessed: boolean): TaggedWord {
  return { word, tag: guessed ? 'x' : lexicon.tagOf(word) };
}

/** `model`, when given, settles a localiser before a verb (茶几|上放 → 茶几|上|放): see localiserOfNoun. */
export function splitGluedGuesses(words: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isGuessedWord(w, lexicon)) {
      out.push(w);
      continue;
    }
    const pieces = lexicon.dictionaryCut(w.word);
    const single = (p: string | undefined): p is string => p !== undefined && p.length === 1;
    let first = 0;
    let last = pieces.length;
    const next = words[i + 1];
    const foreign = (a: string | undefined, b: string | undefined): boolean => TRANSLITERATION.has(a ?? '') && TRANSLITERATION.has(b ?? '');
    if (!lexicon.isKnownWord(w.word)) {
      const foreignStart = foreign(w.word[0], w.word[1]);
      const foreignEnd = foreign(w.word.at(-1), w.word.at(-2));
      while (!foreignStart && last - first > 1 && single(pieces[first]) && glueAtStart(pieces[first]!, pieces[first + 1]!, lexicon, w.word.length, out.at(-1), next, model)) first++;
      // 陈里、 and 詹有|耕: a surname-led pair before punctuation or before one more character is
      // (the start of) a name; the name rule decides.
      const surnamePair = w.word.length === 2 && SURNAMES.has(w.word[0]!) && !GLUED_VERBS.has(w.word[0]!);
      const name = surnamePair && (!/\p{L}|\p{N}/u.test(next?.word ?? '') || givenAhead(next, lexicon));
      while (!name && !foreignEnd && last - first > 1 && single(pieces[last - 1]) && glueAtEnd(pieces[last - 1]!, lexicon)) last--;
      // 见到 农技员 莫宁时， → 莫宁|时: 时 "when" closes the clause it ends (session 26); a guess of three
      // or more, as a name of two takes no 时 of its own (同时, 当时 are words); not an hour (晚十时).
      const hour = /[\p{N}一二三四五六七八九十两零〇几]$/u.test(pieces[last - 2] ?? '');
      if (last === pieces.length && w.word.length >= 3 && pieces[last - 1] === '时' && !hour && last - first > 1 && !/\p{L}|\p{N}/u.test(next?.word ?? '')) last--;
    }
    // 尚存|在: the guess took the first character of 存在.
    let moved: TaggedWord | undefined;
    const lastPiece = pieces[pieces.length - 1];
    if (last === pieces.length && last - first > 1 && single(lastPiece) && next && HAN_WORD.test(next.word)) {
      const joined = lastPiece + next.word;
      // CC-CEDICT alone does not vouch for a join onto the particle 的: its 面的 "minibus" and 打的
      // are rare words, while 吃面|的 is noodles and the particle (session 20). 了 and 着 still
      // take a verb (风|来着, 罗冈|成了).
      const particle = next.word === '的';
      if (lexicon.tagOf(joined) !== 'x' || (!particle && lexicon.isKnownWord(joined))) {
        // 盖得|很|结实: a verb's complement marker does not join the degree adverb after it into
        // 得很 "very" (盖|得很|结实, session 22): it stands alone.
        if (lastPiece !== '得') moved = tagged(joined, lexicon, false);
        last--;
      } else if (particle && lexicon.isKnownWord(joined) && pieces.length === 2 && lexicon.tagOf(pieces[0]!).startsWith('v')) {
        // 吃|面|的: the guess was a verb and its object; its noun stays alone before the particle.
        last--;
      }
    }
    // A surname and two characters is a name's shape (许和子, 萧至忠): no link word splits it.
    const nameShaped = w.word.length === 3 && SURNAMES.has(w.word[0]!);
    const linked = !nameShaped && pieces.slice(first, last).some((p, k, middle) => k > 0 && k < middle.length - 1 && linkWord(p, lexicon, middle[k - 1]!));
    if (first === 0 && last === pieces.length && !linked) {
      out.push(w);
      continue;
    }
    for (const p of pieces.slice(0, first)) out.push(tagged(p, lexicon, false));
    const middle = pieces.slice(first, last);
    out.push(...(linked ? splitAtLinkWords(middle, lexicon) : [tagged(middle.join(''), lexicon, middle.length > 1)]));
    if (moved) {
      out.push(moved);
      i++;
    } else {
      for (const p of pieces.slice(last)) out.push(tagged(p, lexicon, false));
    }
  }
  return out;
}

/** A preposition, conjunction or particle: inside a guess (钱由区) it joins two words, it is no part of one. */
function linkWord(piece: string, lexicon: WordLexicon, before: string): boolean {
  if (piece.length !== 1) return false;
  const tag = lexicon.tagOf(piece);
  if (NEGATIONS.has(piece)) return !lexicon.tagOf(before).startsWith('v');
  return tag === 'p' || tag === 'c' || tag.startsWith('u');
}

/**
 * A negation inside a guess negates the word after it (天|没|亮, 手|不|放): no name holds one. After
 * a verb it is a potential complement or a question (喝不惯, 烦不烦), one group as jieba's 买不到.
 */
export const NEGATIONS = new Set([...'不没未']);

/** Pieces of a guess as words: split at link words, the runs between them kept as guesses. */
function splitAtLinkWords(pieces: readonly string[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) out.push(tagged(run.join(''), lexicon, run.length > 1));
    run = [];
  };
  pieces.forEach((p, k) => {
    if (k > 0 && k < pieces.length - 1 && linkWord(p, lexicon, pieces[k - 1]!)) {
      flush();
      out.push(tagged(p, lexicon, false));
    } else run.push(p);
  });
  flush();
  return out;
}

/** One more character that can end a name (耕 of 詹有|耕), not a function word or a glued verb. */
function givenAhead(next: TaggedWord | undefined, lexicon: WordLexicon): boolean {
  if (!next || next.word.length !== 1 || !HAN_WORD.test(next.word) || GLUED_VERBS.has(next.word)) return false;
  return !isFunctionTag(lexicon.tagOf(next.word)) && !/^[vmq]/.test(next.tag);
}

/**
 * A function character leading a guess was glued on; a localiser (上 中 下) when a function word or
 * a glued verb follows it (会上|称, 会议中|会), or, in a guess of two, when the language model reads
 * it with the noun before it (localiserOfNoun): otherwise it may be the guess's own first syllable
 * (干部|下访, 上访).
 */
function glueAtStart(
  piece: string,
  after: string,
  lexicon: WordLexicon,
  guessLength: number,
  before: TaggedWord | undefined,
  next: TaggedWord | undefined,
  model: WordModel | undefined,
): boolean {
  const tag = lexicon.tagOf(piece);
  // 很|帅, and the passive 受 before a name (受|蓝星 石油; 受捐 is a word).
  // 援助|之|手, 生命|之|源: the literary 的 joins two words, it starts neither.
  if (piece === '之' || DEGREE_ADVERBS.has(piece) || (PASSIVE_VERBS.has(piece) && guessLength >= 3)) return true;
  // 可|买, 敢|说: a modal leading a verb of one character is the verb phrase's, not a word with it.
  // So in a longer guess (能|飘满, 能|飘多远: session 14).
  // So 想 "want to" (想|去: session 26), also before 当 "serve as", which jieba's dictionary tags as
  // the time word of 当时 (想|当 医生; 想当年, 想当然 are jieba's own words, no guesses). Not 会当, the
  // classical "should" (会当凌绝顶).
  if ((MODALS.has(piece) || LEADING_MODALS.has(piece) || WANTS.has(piece)) && guessLength <= 4 && after.length === 1 && (verbCharacter(after, lexicon) || (after === '当' && WANTS.has(piece)))) return true;
  // 施工|时|受: 时 "when" after a verb closes the clause the verb opened (a localiser of time, which
  // jieba's dictionary tags a noun), so it is no part of the guess after it.
  if (piece === '时' && before !== undefined && /^(v|vn)$/.test(before.tag)) return true;
  // 往|红汤, 如|想, 即|罚, 每|台: function words jieba's dictionary tags as content (往/zg, 如/v).
  if (MISTAGGED_FUNCTION_WORDS.has(piece)) return true;
  // 没|降: a negation before a verb negates it (天|没|亮 is the same inside a guess).
  if (NEGATIONS.has(piece) && guessLength === 2 && lexicon.tagOf(after).startsWith('v')) return true;
  // 来|教, 去|买: 来 and 去 before a verb of one character say what one comes to do (session 19).
  if (DIRECTIONAL.has(piece) && guessLength === 2 && lexicon.tagOf(after).startsWith('v')) return true;
  // The adverbial 地 after a manner word (迅速|地|取下来, 兴奋|地|喊); after a noun or a
  // particle 地 is "ground" (雪地|地钩球, 的|地栖).
  if (tag === 'uv') return before !== undefined && before.word.length >= 2 && /^[advzil]/.test(before.tag);
  if (!isFunctionTag(tag) || tag.startsWith('u')) return false;
  if (tag !== 'f') return true;
  // 活动中|来: a localiser before a directional verb ends the phrase before it.
  if (after.length === 1 && (GLUED_VERBS.has(after) || DIRECTIONAL.has(after) || isFunctionTag(lexicon.tagOf(after)))) return true;
  return guessLength === 2 && localiserOfNoun(before, piece, after, next, lexicon, model);
}

/**
 * A noun, a localiser and a verb of one character that jieba guessed as one word with the verb
 * (茶几|上放|着, 决策|中起|着): the localiser closes the noun's place phrase (茶几上) when the
 * language model reads it better with the noun than with the verb and what follows (上放着), so the
 * guess is no word.
 */
function localiserOfNoun(
  before: TaggedWord | undefined,
  localiser: string,
  verb: string,
  next: TaggedWord | undefined,
  lexicon: WordLexicon,
  model: WordModel | undefined,
): boolean {
  if (!model?.junctionFit || !PLACE_LOCALISERS.has(localiser) || !before || !HAN_WORD.test(before.word) || !NOUN_TAG.test(before.tag)) return false;
  if (!lexicon.tagOf(verb).startsWith('v')) return false;
  // The model's own words include such pairs that are words (车站|上盖 "the covering above"): its vocabulary vouches.
  if (model.idOf(localiser + verb) >= 0) return false;
  const after = verb + (next && HAN_WORD.test(next.word) ? next.word : '');
  return model.junctionFit(before.word, localiser, false, false) > model.junctionFit(localiser, after, false, false);
}

/**
 * A verb of one character: jieba tags it a verb, or only a bound morpheme (zg), which is how its
 * dictionary holds some verbs of the written language (罚, 判, 敛): after a modal, a verb.
 */
const verbCharacter = (c: string, lexicon: WordLexicon): boolean => /^(v|zg$)/.test(lexicon.tagOf(c));

/** 很 (jieba tags it zg, not d) and its kin: a degree adverb leads an adjective, it is no word with it (较|长, 太|短). */
export const DEGREE_ADVERBS = new Set([...'很挺太更最越较']);
const PASSIVE_VERBS = new Set([...'受遭']);
/**
 * Function words whose one-character entry in jieba's dictionary carries a content tag, so the
 * tag test above misses them: the preposition 往 (zg), the conjunction 如 "if" (v), the adverb 即
 * "at once" (v), the pronouns 每 "each" and 此 "this" (zg).
 */
export const MISTAGGED_FUNCTION_WORDS = new Set([...'往如即每此']);
const DIRECTIONAL = new Set([...'来去']);

function glueAtEnd(piece: string, lexicon: WordLexicon): boolean {
  return GLUED_VERBS.has(piece) || MODALS.has(piece) || WANTS.has(piece) || isFunctionTag(lexicon.tagOf(piece));
}

/**
 * 想 "want to" leads the verb phrase after it as a modal does, and jieba's guessing glues it onto the
 * subject before (乘客 柏青想|当面, 年轻时想|当兵 → 柏青|想, 时|想: session 26) or the verb after (想当).
 * Kept apart from MODALS, which split-unlikely-entries also reads.
 */
const WANTS = new Set(['想']);

/**
 * Modal verbs besides GLUED_VERBS' 要 会 能 可 应: they follow their subject, and a guess that ends
 * with one took it from the verb phrase after (没人敢|靠近, 谁肯|出钱). Only at a guess's end: 敢于,
 * 愿意 start words of their own.
 */
export const MODALS = new Set([...'敢肯愿该须']);
/** The modals of GLUED_VERBS, which lead a verb as they follow a subject (可买, 能修). */
export const LEADING_MODALS = new Set([...'可能会要应']);
