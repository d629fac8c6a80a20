/**
 * 没有人 "there is no one" is 没有|人: the negation of 有 "there is", and 人. jieba cuts it so, but the
 * language model's re-cutting (rescore-ambiguities.ts) reads 从来没|有人 better, where 没 "not" and
 * 有人 "someone" make no sense together (从来没有人这样做过: nobody ever did). A reader never draws
 * 没|有人, so the cut goes back wherever it stands (QA25's never-seen pages, session 26). 还|有人 "there
 * are still people who" and 有人 alone (有人 说) are left as they are.
 */
import type { TaggedWord } from './types';

const NEGATED_HAVE = new Set(['没', '沒']);

export function recutNoOne(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (NEGATED_HAVE.has(w.word) && next?.word === '有人') {
      out.push({ word: `${w.word}有`, tag: 'v' }, { word: '人', tag: 'n' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
