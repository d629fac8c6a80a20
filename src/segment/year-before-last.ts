/**
 * 从前年 "since the year before last": jieba reads 从前 "formerly" and leaves 年 alone (从前|年|起),
 * though a lone 年 after 从前 reads as nothing; the preposition 从 and the time word 前年 do
 * (从|前年|起, 從|前年|開始). 从前 before a word of its own (从前|年轻人, 从前|，) is left.
 */
import type { TaggedWord } from './types';

export function splitYearBeforeLast(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.word === '从前' && words[i + 1]?.word === '年') {
      out.push({ word: '从', tag: 'p' }, { word: '前年', tag: 't' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
