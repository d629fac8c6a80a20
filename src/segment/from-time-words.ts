/**
 * 从 "since" before a time word that opens with 前 (前年, 前天, 前日, 前夜): jieba reads 从前 "formerly"
 * and leaves the time word's second character alone or glued to what follows (从前|年|起, 从前|天起,
 * 从前|日起), though that character reads as nothing there. The preposition and the time word do:
 * 从|前年|起, 从|前天|起 (從|前年|開始 through the Simplified view). The time word is any word jieba's
 * dictionary holds with 前 and tags a time (t); 前人 (n) and 前后 (f) are not, and 从前 before a word of
 * its own (从前|年轻人, 从前|，) is left.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

export function splitFromTimeWords(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // The next word: the lone character, or jieba's guess of it and one more (天起).
    const glued = next !== undefined && (next.word.length === 1 || (next.word.length === 2 && next.tag === 'x'));
    if (w.word === '从前' && glued && lexicon.tagOf(`前${next.word[0]}`) === 't') {
      out.push({ word: '从', tag: 'p' }, { word: `前${next.word[0]}`, tag: 't' });
      if (next.word.length > 1) out.push({ word: next.word.slice(1), tag: lexicon.tagOf(next.word.slice(1)) });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
