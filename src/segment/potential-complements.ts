/**
 * A verb's potential complement is one group: 买得到 "can be bought" as jieba already keeps 买不到
 * and CC-CEDICT 看得见. jieba's dictionary has 得到 "obtain" and 得出 "arrive at", so after a
 * one-character verb it cuts 买|得到, and 得 is read dé. A one-character verb (jieba's tag v)
 * then 得到 or 得出 is joined (买得到, 做得出; the reading of its 得 is src/pinyin's), unless the verb is a modal, a negation or a verb of wanting (能|得到, 没|得到,
 * 要|得到: there 得到 is "obtain").
 * The same with a one-character result or direction complement after 得 (揉得動 "can knead it", 吃得完,
 * 看得懂, 放得下), which jieba cuts 揉|得|動 or guesses 揉|得動: the three are joined where the complement
 * stands alone. Not an adjective after 得, which is as often the degree complement "…s well" (寫|得|好,
 * 跑|得|快), nor 了, whose 得了 is a word of its own.
 */
import type { TaggedWord } from './types';
import { GLUED_VERBS } from './word-classes';

const COMPLEMENTS = new Set(['得到', '得出']);
/** Result and direction complements of a potential form (Simplified and Traditional). */
const RESULTS = new Set([...'动動完懂起住下见見清过過开開进進来來去上']);
const DE = '得';
/** Verbs after which 得到 is the verb "obtain" (想得到 "want to get", 需得到 "must get"). */
const MODAL_VERBS = new Set([...'没想需愿敢肯该得必']);

export function joinPotentialComplements(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const verb = w.word.length === 1 && w.tag === 'v' && !MODAL_VERBS.has(w.word) && !GLUED_VERBS.has(w.word);
    const after = words[i + 2];
    if (next && COMPLEMENTS.has(next.word) && verb) {
      out.push({ word: w.word + next.word, tag: 'v' });
      i++;
    } else if (verb && next?.word.length === 2 && next.word[0] === DE && RESULTS.has(next.word[1]!)) {
      out.push({ word: w.word + next.word, tag: 'v' });
      i++;
    } else if (verb && next?.word === DE && after?.word.length === 1 && RESULTS.has(after.word)) {
      out.push({ word: w.word + next.word + after.word, tag: 'v' });
      i += 2;
    } else out.push(w);
  }
  return out;
}
