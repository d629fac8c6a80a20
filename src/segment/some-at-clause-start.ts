/**
 * 有的 "some" opening a clause (，有的孩子…, 有的说…) is one word, as CC-CEDICT and the SIGHAN
 * standards have it; jieba's dictionary cuts it 有|的 there. Elsewhere 有|的 is a verb and a
 * particle (应该有的, 他有的东西) and stays cut.
 */
import type { TaggedWord } from './types';

/** Nothing before, or punctuation: the start of a clause. */
const opensClause = (before: TaggedWord | undefined): boolean => before === undefined || /^[^\p{L}\p{N}]+$/u.test(before.word);

export function joinSomeAtClauseStart(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const after = words[i + 2];
    if (w.word === '有' && words[i + 1]?.word === '的' && opensClause(out.at(-1)) && after !== undefined && /^\p{Script=Han}/u.test(after.word)) {
      out.push({ word: '有的', tag: 'r' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
