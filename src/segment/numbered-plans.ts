/**
 * Five-year plans by number stay one word: jieba knows 十四五 but cuts 十三|五 and 十二|五.
 * 十 + a digit + 五 is no Chinese numeral (13 and 5 would be 十三、五), so the three characters
 * written together are the plan.
 */
import type { TaggedWord } from './types';

const TENS = /^十[一二三四五六七八九]$/;

export function joinNumberedPlans(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (TENS.test(w.word) && words[i + 1]?.word === '五') {
      out.push({ word: `${w.word}五`, tag: 'nz' });
      i++;
    } else out.push(w);
  }
  return out;
}
