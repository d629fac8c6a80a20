/**
 * 上百 / 上千 / 上万 "up to a hundred, thousands" is one word: jieba cuts 上|百名, reading 上 as a
 * localiser. 上 directly before a number word starting with 百, 千, 万 or 亿 takes that character.
 */
import type { TaggedWord } from './types';

const ROUND_NUMBERS = /^[百千万亿]/;

export function joinRoundNumbers(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.word === '上' && next && next.tag === 'm' && ROUND_NUMBERS.test(next.word)) {
      out.push({ word: `上${next.word[0]}`, tag: 'm' });
      if (next.word.length > 1) out.push({ word: next.word.slice(1), tag: next.word.length > 2 ? 'x' : 'q' });
      i++;
    } else out.push(w);
  }
  return out;
}
