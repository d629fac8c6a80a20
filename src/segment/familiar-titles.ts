/**
 * A familiar name of 阿 and one given character takes a kinship or craft title as one group, as
 * Taiwan's and southern China's news write them: 阿義師 "master Yi", 阿水伯 "uncle Shui", 阿珠嫂.
 * jieba knows neither and cuts 阿坤|師開 (its guess glues the title to the next verb) or 阿明|師.
 * The title joins the name where it stands alone after it, or leads a two-character guess whose
 * second character is a word alone (師開 → 阿坤師|開). A title of two characters that is a word
 * stays its own (阿忠|師傅, 阿明|哥哥), as does a word a dictionary has after the name (阿明|師範). After a
 * lone 阿, a two-character word ending in a title is the name's (阿|水伯 → 阿水伯).
 */
import { isGuessedWord } from './split-glued-guesses';
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** 阿 and one given character (the page's script either way). */
const FAMILIAR_NAME = /^[阿][\p{Script=Han}]$/u;
/** Titles a familiar name takes: master, uncles and aunts, elder siblings (Simplified and Traditional). */
const TITLES = new Set([...'师師伯叔嫂姨婶嬸姐哥']);

export function joinFamiliarTitles(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // 阿|水伯, 阿|義師: jieba's dictionary has the given character and the title as a word of its own (水伯
    // "river god", 义师 "righteous army"); after a lone 阿 they are the name's.
    if (w.word === '阿' && next && next.word.length === 2 && TITLES.has(next.word[1]!) && /^\p{Script=Han}$/u.test(next.word[0]!) && !TITLES.has(next.word[0]!)) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
      continue;
    }
    if (!next || !FAMILIAR_NAME.test(w.word) || !TITLES.has(next.word[0]!) || TITLES.has(w.word[1]!)) {
      out.push(w);
      continue;
    }
    if (next.word.length === 1) {
      out.push({ word: w.word + next.word, tag: 'nr' });
      i++;
    } else if (next.word.length === 2 && isGuessedWord(next, lexicon) && !lexicon.isKnownWord(next.word) && lexicon.tagOf(next.word[1]!) !== 'x') {
      out.push({ word: w.word + next.word[0], tag: 'nr' }, { word: next.word[1]!, tag: lexicon.tagOf(next.word[1]!) });
      i++;
    } else out.push(w);
  }
  return out;
}
