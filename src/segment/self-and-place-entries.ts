/**
 * Three of jieba's entries a never-seen page's reader would draw otherwise (session 31, classes only):
 * - 自 "since" glued to the verb after it, closed by 以来: jieba's 自启动 ("starts by itself") in
 *   自启动以来 "since it was launched" → 自|启动|以来. Only before 以来, where 自 is the preposition;
 *   开机自启动 stays whole.
 * - 不能自己 (jieba's idiom entry, a common writing of 不能自已 "cannot restrain oneself") before a word
 *   that is no function word: 不能|自己|走路 "cannot walk by oneself". Closing a clause it stays whole.
 * - a one-character noun jieba left before 上去 when the noun and 上 make a word of place (線|上去 →
 *   線上|去, 网|上去): "go online", after a verb or preposition (搬到). A verb before 上去 (走 上去, 抬 上去) is the
 *   verb and its complement.
 */
import type { TaggedWord } from './types';
import { isFunctionTag } from './word-classes';
import type { WordLexicon } from './word-lexicon';

const HAN = /^\p{Script=Han}+$/u;

export function recutSelfAndPlaceEntries(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.word.length >= 3 && w.word[0] === '自' && next?.word === '以来') {
      const verb = w.word.slice(1);
      if (lexicon.tagOf(verb).startsWith('v')) {
        out.push({ word: '自', tag: 'p' }, { word: verb, tag: lexicon.tagOf(verb) });
        continue;
      }
    }
    if (w.word.length === 4 && w.word.endsWith('自己') && next !== undefined && HAN.test(next.word) && !isFunctionTag(next.tag) && next.tag !== 'y') {
      const head = w.word.slice(0, 2);
      if (lexicon.tagOf(head).startsWith('v')) {
        out.push({ word: head, tag: lexicon.tagOf(head) }, { word: '自己', tag: 'r' });
        continue;
      }
    }
    // After a verb or a preposition only (搬到|線上|去): after a noun the character may close that noun's word
    // (城际|线|上, the intercity line).
    const before = out.at(-1);
    if (w.word.length === 1 && w.tag === 'n' && next?.word === '上去' && before !== undefined && /^[vp]/.test(before.tag)) {
      const place = `${w.word}上`;
      const placeTag = lexicon.tagOf(place);
      if (placeTag === 's' || (placeTag === 'x' && lexicon.isKnownWord(place))) {
        out.push({ word: place, tag: 's' }, { word: '去', tag: 'v' });
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}
