/**
 * jieba's dictionary joins a one-character adverb and the first character of the verb after it
 * into a word of its own (尚存|在, 不适|用于), where a reader takes the adverb alone and the verb
 * whole (尚|存在, 不|适用|于). The adverb is cut off when the rest, with the next word, is a
 * CC-CEDICT word (存在), or with the first character of a verb + 于 after it (适用|于).
 */
import type { TaggedWord } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

/**
 * Negation and 尚 "still": before a verb they are words of their own. (没有, 还有, 已经 … are
 * words whose second character is no verb's first: 没有|人 is not 没|有人.)
 */
const ADVERBS = new Set([...'不尚未']);

export function splitAdverbEdges(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const cut = next && w.word.length === 2 && ADVERBS.has(w.word[0]!) && w.tag !== 'x' ? recut(w.word.slice(1), next.word, lexicon) : undefined;
    if (!cut || lexicon.isCustomWord(w.word) || lexicon.isCustomWord(next!.word)) {
      out.push(w);
      continue;
    }
    out.push(...[w.word[0]!, ...cut].map((text) => ({ word: text, tag: lexicon.tagOf(text) })));
    i++;
  }
  return out;
}

/**
 * The verb and what follows it, cut again: 存|在 → 存在 when the next word is one character that
 * is no function word or glued verb (不知|会, 不得|以, 不到|了 stay); 适|用于 → 适用|于.
 */
function recut(verbStart: string, next: string, lexicon: WordLexicon): string[] | undefined {
  if (!/^\p{Script=Han}+$/u.test(next)) return undefined;
  // 在 is the exception: it ends verbs (存在, 实在), and 尚存 + "at" is rare.
  const free = next === '在' || (!isFunctionTag(lexicon.tagOf(next)) && !GLUED_VERBS.has(next));
  if (next.length === 1 && free && lexicon.isKnownWord(verbStart + next)) return [verbStart + next];
  if (next.length === 2 && next[1] === '于' && lexicon.isKnownWord(verbStart + next[0])) return [verbStart + next[0], '于'];
  return undefined;
}
