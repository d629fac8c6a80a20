/**
 * A character that closes its word, which jieba's dictionary gave to the word after it instead: a
 * dictionary word of two characters (台上 "on stage", 早就 "long since") took the second character
 * of the word before it, and that word's first character was left alone (看|台上, 一|早就). A reader
 * draws 看台|上 "on the stands" and 一早|就 "early in the morning, then", by the sentence's shape:
 * - after a preposition of place (在, 到, 从 … or a verb that ends in one: 坐在, 挂到), a noun and its
 *   localiser close the place phrase (坐在|看台|上): the stranded character and the next one are a
 *   word of jieba's dictionary (看台, 晒场), and the word's last character a localiser (上 里 边 …);
 * - a time word and the adverb after it (一早|就, 老早|就): the stranded character and the next one
 *   are a time word of both dictionaries (一早, 老早, 迟早), and jieba's word an adverb ending in an
 *   adverb that stands alone (就 才 便 已 也 都 还 又 再).
 * The language model does not settle these: it reads 看|台上 and 一|早就 better, as its own typing
 * units (台上, 早就) are frequent words. A stranded function character (不|早就, 最|早就) stays.
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}$/u;
/** Prepositions of place, alone or ending the verb they follow (坐在, 来到, 取自). */
const PLACE_PREPOSITIONS = new Set([...'在到于从往向朝']);
/** Localisers that close a place phrase after a noun of two characters. */
const LOCALISERS = new Set([...'上下里中内外边旁']);
/** Adverbs that stand alone after a time word (一早|就, 迟早|会 is not one: 会 is a verb). */
const ALONE_ADVERBS = new Set([...'就才便已也都还又再']);

export function returnClosingCharacters(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const [x, next] = [words[i]!, words[i + 1]];
    const redrawn = next && HAN.test(x.word) && next.word.length === 2 && /^\p{Script=Han}{2}$/u.test(next.word) ? redraw(out.at(-1), x, next, lexicon) : undefined;
    if (redrawn) {
      out.push(...redrawn);
      i++;
    } else out.push(x);
  }
  return out;
}

function redraw(before: TaggedWord | undefined, x: TaggedWord, next: TaggedWord, lexicon: WordLexicon): TaggedWord[] | undefined {
  if (isFunctionTag(x.tag) || lexicon.isCustomWord(next.word)) return undefined;
  const joined = x.word + next.word[0]!;
  const closing = next.word[1]!;
  const joinedTag = lexicon.tagOf(joined);
  if (joinedTag === 'x') return undefined;
  const place = before !== undefined && PLACE_PREPOSITIONS.has(before.word.at(-1)!) && LOCALISERS.has(closing) && !/^[mqr]/.test(x.tag);
  const time = ALONE_ADVERBS.has(closing) && next.tag === 'd' && /^(t|d)$/.test(joinedTag) && lexicon.isKnownWord(joined);
  if (!place && !time) return undefined;
  return [
    { word: joined, tag: place ? 'n' : 't' },
    { word: closing, tag: lexicon.tagOf(closing) },
  ];
}
