/**
 * Foreign names written in Chinese as one group. jieba knows some pieces of them and cuts the
 * rest (马克|迪西, 伊|德利|卜, 多斯|沃尔德). A run of two or more neighbouring words, three
 * characters or more, made only of transliteration characters, is joined when each word in it is a
 * name jieba knows (nr, nrt, ns, nz), a guess, or one character that is a noun-like word; ordinary
 * words (登门, 道谢: jieba tags some of those as names too) rarely have only such characters.
 */
import { TRANSLITERATION } from './name-characters';
import type { TaggedWord } from './types';
import { GLUED_VERBS, isFunctionTag } from './word-classes';

const NAME_TAGS = new Set(['nr', 'nrt', 'ns', 'nz', 'x']);

function transliterated(w: TaggedWord): boolean {
  for (const c of w.word) if (!TRANSLITERATION.has(c)) return false;
  return w.word.length > 0;
}

/** A word that may stand in a run: a name-like word, or one character that is no function word. */
function runMember(w: TaggedWord): boolean {
  if (!transliterated(w)) return false;
  // A bound adjective morpheme (奇/ag of 维基|奇) is no word on its own: it may end a name.
  if (w.word.length === 1) return !isFunctionTag(w.tag) && !GLUED_VERBS.has(w.word) && (w.tag === 'ag' || !/^[vamq]/.test(w.tag));
  return NAME_TAGS.has(w.tag);
}

export function joinTransliterations(words: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && runMember(words[end]!)) end++;
    const run = words.slice(i, end);
    const length = run.reduce((n, w) => n + w.word.length, 0);
    if (run.length >= 2 && length >= 3) {
      out.push({ word: run.map((w) => w.word).join(''), tag: 'nrt' });
      i = end;
    } else if (end > i) {
      out.push(...run);
      i = end;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}
