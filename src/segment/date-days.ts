/**
 * A day of the month keeps its 日 (7月30日|讯, 22日|晚): jieba reads 日讯 and 日晚 as words and
 * cuts the date in two. After a day number (1 to 31), a word starting with 日 that jieba only
 * guessed, a time word (日前, 日后 "before/after the 30th" here) or an abbreviation (日电, NEC's
 * name, is the dispatch's 日|电 after a date: 6月19日|电), gives its 日 back to the date.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

const DAY = /^(?:[1-9]|[12][0-9]|3[01])$/;

export function splitDayFromNextWord(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const before = words[i - 1];
    const rest = w.word.slice(1);
    const timeOrGuess = w.tag === 'x' || w.tag === 't' || w.tag === 'f' || w.tag === 'j';
    if (w.word.length >= 2 && w.word[0] === '日' && before && DAY.test(before.word) && timeOrGuess && !lexicon.isCustomWord(w.word)) {
      // What is left was part of jieba's word: keep it one word (日|蓝星, not 日|蓝|星).
      out.push({ word: '日', tag: 'm' }, { word: rest, tag: rest.length > 1 ? 'x' : lexicon.tagOf(rest) });
    } else out.push(w);
  }
  return out;
}
