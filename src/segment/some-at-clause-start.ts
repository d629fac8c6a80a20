/**
 * 有的 "some" opening a clause (，有的孩子…, 有的说…) is one word, as CC-CEDICT and the SIGHAN
 * standards have it; jieba's dictionary cuts it 有|的 there. Elsewhere 有|的 is a verb and a
 * particle (应该有的, 他有的东西) and stays cut. So is 好在 "fortunately" (，好在没有人受伤), which
 * jieba cuts 好|在 (session 21), unless a place follows 在: then 好 is "so as to" (，好在家里休息).
 */
import type { TaggedWord } from './types';

/** Nothing before, or punctuation: the start of a clause. */
const opensClause = (before: TaggedWord | undefined): boolean => before === undefined || /^[^\p{L}\p{N}]+$/u.test(before.word);

/** Localisers that close a place phrase (家里, 网上, 车上, 水中). */
const LOCALISER_END = /[里上中下内外边]$/u;

/** Whether the words from `k` open a clause rather than a place after 在 (家里, 网上, 北京, 图书馆|里). */
function opensNoPlace(words: readonly TaggedWord[], k: number): boolean {
  const [head, next] = [words[k], words[k + 1]];
  if (!head || !/^\p{Script=Han}/u.test(head.word)) return false;
  return !/^(s|ns|f)$/.test(head.tag) && !(/^n/.test(head.tag) && head.word.length > 1 && LOCALISER_END.test(head.word)) && next?.tag !== 'f';
}

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
    if (w.word === '好' && words[i + 1]?.word === '在' && opensClause(out.at(-1)) && after !== undefined && opensNoPlace(words, i + 2)) {
      out.push({ word: '好在', tag: 'd' });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
