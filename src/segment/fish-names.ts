/**
 * Names of fish, as one group. A fish's name ends in 鱼 or in a character of the fish radical (鲈,
 * 鳜, 鲌, 鲷), and the characters before it are whatever jieba could not place: a rare morpheme it
 * leaves single (黄|颡|鱼, 天竺|鲷), a verb or noun it reads as such (翘|嘴|鲌, 锯|鲉), a noun (桂花|鱼,
 * 玉筋|鱼). The stretch is joined when it ends in such a character and either that character is of
 * the fish radical and not 鱼 (a species' own character), or a piece before it is a bound or unknown
 * morpheme, or a noun of two characters stands right before 鱼. Plain phrases about fish stay: a
 * verb, a measure word, a pronoun or a particle before 鱼 (钓|鱼, 一条|鱼, 这种|鱼, 的|鱼), and an
 * adjective alone (大|鱼).
 */
import type { TaggedWord } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';

const HAN = /^\p{Script=Han}+$/u;
/**
 * The simplified fish radical's block (鱽 … 鳤), without the characters that are other words (鲁
 * Shandong, 鲜 fresh), parts of a fish (鳞 scales, 鳍 fins, 鳃 gills, 鳔) or not fish (鳄, 鳖).
 */
const FISH_CHARACTER = /^[\u9c7d-\u9cf7]$/u;
const NOT_FISH = new Set([...'鲁鲜鳞鳍鳃鳔鳄鳖']);
/** Characters of a classification (天竺鲷|科, 鲈|属, 氏) and verbs jieba glues on: no name's piece. */
const NOT_IN_NAME = new Set([...'科属目纲氏种类鳞鳍鳃', ...GLUED_VERBS]);
/** Tags of jieba's bound or unknown morphemes. */
const BOUND = /^(g|zg|ng|x)$/;
/** Pieces a fish's name may hold before its last character. */
const NAME_PIECE = /^(n|ng|nr|ns|nz|g|zg|x|a|b|v)$/;

const isFish = (w: TaggedWord): boolean => w.word === '鱼' || (FISH_CHARACTER.test(w.word) && !NOT_FISH.has(w.word));

/** How many of the words `before` (as regrouped so far) belong to the name `last` ends; 0 when none. */
function namePieces(before: readonly TaggedWord[], last: TaggedWord): number {
  const ownCharacter = last.word !== '鱼';
  let count = 0;
  let length = 0;
  let bound = false;
  let i = before.length - 1;
  for (; i >= 0 && count < 3 && length < 3; i--) {
    const w = before[i]!;
    if (!HAN.test(w.word) || !NAME_PIECE.test(w.tag) || isFunctionTag(w.tag) || [...w.word].some((c) => NOT_IN_NAME.has(c))) break;
    // A verb leads a species' own character (翘|嘴|鲌), never 鱼 (钓|鱼, 卖|鱼).
    if (w.tag === 'v' && (!ownCharacter || w.word.length > 1)) break;
    // Single characters, or one noun of two characters right before the last (桂花|鱼, 天竺|鲷; not a
    // guess: 分入|鳉).
    if (w.word.length > 2 || (w.word.length === 2 && (count > 0 || !/^(n|ns|nz|nr)$/.test(w.tag)))) break;
    count++;
    length += w.word.length;
    if (BOUND.test(w.tag) || w.word.length === 2) bound = true;
  }
  // The name must start after a boundary: punctuation, a function word, a word of its own, or three
  // characters gathered; a single character or a guess left before it may be the name's start
  // (座|头|鲸, 裸裂|尻|鱼).
  const start = before[i];
  const open = start && HAN.test(start.word) && !isFunctionTag(start.tag) && (start.word.length === 1 || start.tag === 'x');
  if (length < 3 && open) return 0;
  return ownCharacter || bound ? count : 0;
}

export function joinFishNames(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    const pieces = isFish(w) ? namePieces(out, w) : 0;
    if (pieces > 0) {
      const name = out.splice(out.length - pieces, pieces).map((p) => p.word).join('') + w.word;
      out.push({ word: name, tag: 'n' });
      continue;
    }
    out.push(w);
  }
  return out;
}
