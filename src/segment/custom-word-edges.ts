/**
 * Glossary terms stay whole where jieba's dictionary word reaches into them from the left:
 * 向下|访 becomes 向|下访 when 下访 is a glossary term and what is left (向) is a word on its own.
 * Only the left edge is moved, and only when the term ends exactly where the next word ends.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

export function keepCustomWordsWhole(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && w.word.length >= 2 && !lexicon.isCustomWord(w.word) && !lexicon.isCustomWord(next.word)) {
      const head = w.word.slice(0, -1);
      const term = w.word.slice(-1) + next.word;
      if (lexicon.isCustomWord(term) && (head.length === 1 || lexicon.tagOf(head) !== 'x')) {
        out.push({ word: head, tag: lexicon.tagOf(head) }, { word: term, tag: 'nz' });
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}
