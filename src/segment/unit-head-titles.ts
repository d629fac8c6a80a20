/**
 * jieba's dictionary holds a unit's last character doubled before 长 (处处长, 科科长, 团团长) at
 * its lowest count, so the head of a department named before it loses the unit: 销售|处处长 for
 * 销售处|处长 "head of the sales office". After a noun, and before no aspect particle (处处长着 is
 * "everywhere grows"), the unit character and the title are cut apart: 销售|处|处长.
 */
import type { TaggedWord } from './types';
import type { WordLexicon } from './word-lexicon';

/** Units whose head is the unit character + 长 (处长, 科长, 局长 …). */
const UNITS = new Set([...'处科局组团排股司所站队厅院部室']);
const HAN_WORD = /^\p{Script=Han}+$/u;
/** 长 "grow" takes them (处处长着); the title does not. */
const ASPECT_PARTICLES = new Set([...'着了过']);

export function splitUnitHeadTitles(words: readonly TaggedWord[], lexicon: WordLexicon): TaggedWord[] {
  const out: TaggedWord[] = [];
  words.forEach((w, i) => {
    const [unit, again, head] = [...w.word];
    const before = words[i - 1];
    const after = words[i + 1];
    const doubled = w.word.length === 3 && unit === again && head === '长' && UNITS.has(unit!);
    const afterNoun = before !== undefined && HAN_WORD.test(before.word) && /^(n|x|j|vn)/.test(before.tag);
    if (doubled && afterNoun && !ASPECT_PARTICLES.has(after?.word ?? '')) {
      out.push({ word: unit!, tag: lexicon.tagOf(unit!) }, { word: unit + head!, tag: lexicon.tagOf(unit + head!) });
    } else out.push(w);
  });
  return out;
}
