/**
 * jieba's dictionary holds places whose first character is also a conjunction or a preposition
 * (和县, 和田, 同江, 并州), and its frequencies read 老师和县医院 "the teacher and the county
 * hospital" as 老师|和县|医院. Where such a place follows a word that is no place (安徽|和县 is the
 * county), the language model chooses in context between the place and the conjunction with the
 * rest (no margin: jieba's prior is a frequency, not the sentence). Without the model jieba's cut stands.
 */
import { cutScorer, modelIds } from './rescore-ambiguities';
import type { TaggedWord, WordModel } from './types';
import type { WordLexicon } from './word-lexicon';

const HAN_WORD = /^\p{Script=Han}+$/u;
/** Units a place before another ends in (安徽省|和县, 马鞍山市|和县). */
const UNIT_ENDINGS = /[省市县区州旗盟]$/;

export function splitConjunctionPlaces(words: readonly TaggedWord[], lexicon: WordLexicon, model?: WordModel): TaggedWord[] {
  if (!model) return [...words];
  const idsOf = modelIds(model);
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    const before = out.at(-1);
    const candidate = w.tag.startsWith('ns') && w.word.length >= 2 && HAN_WORD.test(w.word) && /^[cp]$/.test(lexicon.tagOf(w.word[0]!));
    const afterPlace = !before || !HAN_WORD.test(before.word) || before.tag.startsWith('ns') || UNIT_ENDINGS.test(before.word);
    if (!candidate || afterPlace) {
      out.push(w);
      return;
    }
    const pieces = [w.word[0]!, w.word.slice(1)];
    const score = cutScorer(model, idsOf, out, words, i + 1);
    if (score(pieces) > score([w.word])) out.push(...pieces.map((word) => ({ word, tag: lexicon.tagOf(word) })));
    else out.push(w);
  });
  return out;
}
