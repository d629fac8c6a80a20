/**
 * A name the text already wrote as one word is the same name where jieba cut it differently: after
 * 梁王河 in one clause, 梁王|河内 in the next is 梁王河|内. A name here is a word of three characters
 * or more that jieba guessed or tagged as a name; another occurrence is regrouped when its words
 * start with it and the last one runs at most two characters past it (what is left keeps its
 * dictionary cut).
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const NAME_TAGS = new Set(['x', 'nr', 'ns', 'nrt', 'nz', 'nt']);
/** Words of place and direction after a noun (jieba tags some, 内, as nouns). */
const LOCALISERS = new Set([...'上下中内外里前后旁边间']);

export function reuseNamesInText(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const names = new Set(words.filter((w) => w.word.length >= 3 && NAME_TAGS.has(w.tag) && /^\p{Script=Han}+$/u.test(w.word)).map((w) => w.word));
  if (names.size === 0) return [...words];
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = false;
    for (const name of names) {
      if (words[i]!.word === name || !name.startsWith(words[i]!.word)) continue;
      // Words from i covering the name; the last may run past it.
      let covered = '';
      let j = i;
      while (j < words.length && covered.length < name.length) covered += words[j++]!.word;
      const overhang = covered.length - name.length;
      if (!covered.startsWith(name) || overhang > 2 || j - i < 2) continue;
      // A dictionary word the name cuts into (东莞|市委) keeps its word unless all it gives up is
      // a function word (梁王|河内: 内); a guess (马志|英举) gives up anything.
      const rest = covered.slice(name.length);
      const last = words[j - 1]!;
      const functionWord = rest.length === 1 && (LOCALISERS.has(rest) || isFunctionTag(lexicon.tagOf(rest)));
      if (overhang > 0 && last.tag !== 'x' && !functionWord) continue;
      out.push({ word: name, tag: words.find((w) => w.word === name)!.tag });
      if (overhang > 0) for (const piece of lexicon.dictionaryCut(rest)) out.push({ word: piece, tag: lexicon.tagOf(piece) });
      i = j - 1;
      matched = true;
      break;
    }
    if (!matched) out.push(words[i]!);
  }
  return out;
}
