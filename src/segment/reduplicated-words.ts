/**
 * A reduplicated noun or measure word is one word, "every …": 年年 "every year", 件件 "every one",
 * 户户. jieba's dictionary lacks some (年年, 件件) and cuts them 年|年, so the ruby and the hover
 * show two words. Two equal single characters are joined where the pair is a word of a dictionary
 * (CC-CEDICT's 年年, jieba's 家家) or the character is a measure word (件件, 张张), unless:
 * - a number comes before: 2019年|年中 and 三|个|个人 count, they do not reduplicate;
 * - the second character makes a word with what follows (2019年|年|中 with 年中 "mid-year", 苏松太|道|道|台
 *   with 道台 "circuit intendant"), unless that is a verb or adverb (年|年|来|此 is 年年|来|此, not 年|年来).
 * The look-alike the other way: after a word ending in the same character, a single character and a
 * single one after it that make a word are that word (去年|年|中 → 去年|年中, 2019年|年|中, 道|道|台 → 道|道台).
 */
import { MEASURE_CHARACTERS } from './measure-characters';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const HAN_ONE = /^\p{Script=Han}$/u;
/** Tags of a character that reduplicates as "every": a noun, a time word, a measure or numeral-tagged 年. */
const NOUNISH = /^(n|ng|t|q|m|zg)$/;
const NUMERAL = /[\p{N}零〇一二三四五六七八九十百千万亿两几半]$/u;
/**
 * A word the second character makes with what follows wins over the pair (年|年中, 道|道台) unless what
 * follows is a verb or an adverb, which the pair is the subject or time of (年年|来|此, not 年|年来).
 */
const takesNext = (next: TaggedWord, w: TaggedWord, lexicon: WordLexicon): boolean =>
  HAN_ONE.test(next.word) && !/^[vd]/.test(next.tag) && isWord(w.word + next.word, lexicon);

export function joinReduplicatedWords(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const twin = words[i + 1];
    const after = words[i + 2];
    const before = out.at(-1);
    if (
      twin && twin.word === w.word && HAN_ONE.test(w.word) && NOUNISH.test(w.tag) &&
      (isWord(w.word + w.word, lexicon) || MEASURE_CHARACTERS.has(w.word)) &&
      !(before && (NUMERAL.test(before.word) || before.tag === 'm')) &&
      !(after && takesNext(after, w, lexicon))
    ) {
      out.push({ word: w.word + w.word, tag: tagOfWord(w.word + w.word, w.tag, lexicon) });
      i++;
    } else if (
      twin && before?.word.endsWith(w.word) && HAN_ONE.test(w.word) && NOUNISH.test(w.tag) &&
      takesNext(twin, w, lexicon)
    ) {
      out.push({ word: w.word + twin.word, tag: tagOfWord(w.word + twin.word, w.tag, lexicon) });
      i++;
    } else out.push(w);
  }
  return out;
}

function isWord(word: string, lexicon: WordLexicon): boolean {
  return lexicon.isKnownWord(word) || lexicon.tagOf(word) !== 'x';
}

/** jieba's tag of the joined word, or the character's where jieba has no such word (not 'x', which marks a guess). */
function tagOfWord(word: string, fallback: string, lexicon: WordLexicon): string {
  const tag = lexicon.tagOf(word);
  return tag === 'x' ? fallback : tag;
}
