/**
 * The language model's file format and back-off arithmetic, on a model small enough to check by
 * hand: encode (scripts/lm/encode-model.ts) → bytes → loadLanguageModel gives back the same
 * probabilities, within the quantisation step, and the same cuts.
 */
import { describe, expect, it } from 'vitest';
import { encodeModelFile, renumberByProbability } from '../../scripts/lm/encode-model';
import { recomputeBackoffs } from '../../scripts/lm/prune';
import { languageModelFromTables, loadLanguageModel, NO_WORD, UNKNOWN_HAN } from '../../src/lm/index';
import { vocabularyOf, type NgramTables } from '../../src/lm/ngram-tables';

const WORDS = ['', '，', '。', '我', '们', '我们', '是', '学', '生', '学生', '老师'];
const id = (word: string) => WORDS.indexOf(word);
const ln = Math.log;

/** A tiny trigram model: unigrams, a few bigrams, one trigram; back-offs recomputed to sum to 1. */
function tinyModel(): NgramTables {
  const unigram = [0.2, 0.1, 0.1, 0.05, 0.02, 0.15, 0.15, 0.03, 0.02, 0.1, 0.08];
  const bigrams: [string, string, number][] = [
    ['', '我们', 0.5],
    ['我们', '是', 0.6],
    ['是', '学生', 0.4],
    ['是', '老师', 0.3],
    ['学生', '。', 0.7],
  ];
  const trigrams: [string, string, string, number][] = [['我们', '是', '老师', 0.5]];
  bigrams.sort((a, b) => id(a[0]) - id(b[0]) || id(a[1]) - id(b[1]));
  const bigramStart = new Uint32Array(WORDS.length + 1);
  for (const [first] of bigrams) bigramStart[id(first) + 1] = (bigramStart[id(first) + 1] as number) + 1;
  for (let w = 1; w <= WORDS.length; w++) bigramStart[w] = (bigramStart[w] as number) + (bigramStart[w - 1] as number);
  const trigramStart = new Uint32Array(bigrams.length + 1);
  const headOf = bigrams.findIndex(([a, b]) => a === '我们' && b === '是');
  for (let b = 0; b < bigrams.length; b++) trigramStart[b + 1] = (trigramStart[b] as number) + (b === headOf ? 1 : 0);
  const tables: NgramTables = {
    vocabulary: vocabularyOf(WORDS),
    unigramLogp: Float32Array.from(unigram, ln),
    unigramBackoff: new Float32Array(WORDS.length),
    bigramStart,
    bigramWord: Uint32Array.from(bigrams, ([, second]) => id(second)),
    bigramLogp: Float32Array.from(bigrams, ([, , p]) => ln(p)),
    bigramBackoff: new Float32Array(bigrams.length),
    trigramStart,
    trigramWord: Uint32Array.from(trigrams, ([, , third]) => id(third)),
    trigramLogp: Float32Array.from(trigrams, ([, , , p]) => ln(p)),
    unknownLogp: ln(1e-6),
  };
  recomputeBackoffs(tables);
  return tables;
}

const BITS = { unigramLogp: 8, unigramBackoff: 8, bigramLogp: 8, bigramBackoff: 8, trigramLogp: 8 };

describe('language model file', () => {
  it('gives back what was encoded, within the quantisation step', async () => {
    const tables = tinyModel();
    const exact = languageModelFromTables(tables);
    const loaded = await loadLanguageModel(encodeModelFile(renumberByProbability(tables), BITS, { note: 'tiny' }));
    expect(loaded.about).toEqual({ note: 'tiny' });
    for (const text of ['我们是老师。', '我们是学生。', '学生是我们，我是老师。', '老师学生']) {
      expect(loaded.logProb(text)).toBeCloseTo(exact.logProb(text), 1);
      expect(loaded.cut(text).ends).toEqual(exact.cut(text).ends);
    }
  });

  it('reads a trigram where it has one and backs off where it has none', () => {
    const lm = languageModelFromTables(tinyModel());
    const [we, is, teacher, student] = ['我们', '是', '老师', '学生'].map((w) => lm.words(w, false)[0] as number);
    expect(lm.logp(we as number, is as number, teacher as number)).toBeCloseTo(ln(0.5), 5);
    // No trigram (我们 是 学生): the history's back-off weight times P(学生 | 是).
    const t = tinyModel();
    const head = [...t.bigramWord].findIndex((w, b) => w === id('是') && b >= (t.bigramStart[id('我们')] as number) && b < (t.bigramStart[id('我们') + 1] as number));
    expect(lm.logp(we as number, is as number, student as number)).toBeCloseTo((t.bigramBackoff[head] as number) + ln(0.4), 5);
    // No bigram (老师 学生): the unigram, weighted by 老师's back-off.
    expect(lm.logp(NO_WORD, teacher as number, student as number)).toBeCloseTo((t.unigramBackoff[id('老师')] as number) + ln(0.1), 5);
  });

  it('cuts by the model: lexicon words, marks as words, other text as a free cut', () => {
    const lm = languageModelFromTables(tinyModel());
    const cut = lm.cut('我们是学生,2012我是老师');
    const words = cut.ids.map((w, i) => '我们是学生,2012我是老师'.slice(i ? cut.ends[i - 1] : 0, cut.ends[i]) + (w < 0 ? `(${w})` : ''));
    expect(words).toEqual(['我们', '是', '学生', ',', `2012(${NO_WORD})`, '我', '是', '老师']);
    expect(lm.wordOf(cut.ids[3] as number)).toBe('，');
    expect(lm.logp(NO_WORD, NO_WORD, NO_WORD)).toBe(0);
    expect(lm.words('好', false)).toEqual([UNKNOWN_HAN]);
    expect(lm.logp(NO_WORD, NO_WORD, UNKNOWN_HAN)).toBeCloseTo(ln(1e-6), 5);
  });
});
