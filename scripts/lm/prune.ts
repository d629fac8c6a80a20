/**
 * Distils a back-off trigram model to a budget: a smaller vocabulary, then the bigrams and
 * trigrams whose loss costs the model least, then back-off weights recomputed so every history
 * still sums to one.
 *
 * An n-gram's cost is Stolcke's relative-entropy criterion (Stolcke 1998, "Entropy-based pruning
 * of backoff language models"): how far the model's distribution moves, weighted by how often the
 * history occurs, if P(w | h) were replaced by its back-off bow'(h) · P(w | h'), with bow'(h)
 * recomputed for the missing entry. Each n-gram is weighed against the full model; the kept ones
 * are the top of that ranking, so a budget in entries picks the threshold.
 */
import { BOUNDARY, vocabularyOf, vocabularySize, wordOf, type NgramTables } from '../../src/lm/ngram-tables';
import { conditionalLogp, NO_WORD } from '../../src/lm/ngram-scorer';

export interface PruneBudget {
  /** Words whose unigram probability is below this leave the vocabulary (marks never do). */
  minWordProbability: number;
  bigrams: number;
  trigrams: number;
}

/** Sums over a history's explicit children: 1 − ΣP(w|h) and 1 − ΣP(w|h'). */
interface HistoryMass {
  left: number;
  leftBackedOff: number;
}

/**
 * Relative-entropy cost of dropping one explicit P(w|h) = p whose back-off estimate is q, from a
 * history of probability ph with children mass `mass`.
 */
function entropyCost(ph: number, p: number, q: number, mass: HistoryMass): number {
  const bow = mass.left / mass.leftBackedOff;
  const bowAfter = (mass.left + p) / (mass.leftBackedOff + q);
  return -ph * (p * (Math.log(bowAfter) + Math.log(q) - Math.log(p)) + mass.left * (Math.log(bowAfter) - Math.log(bow)));
}

const clampMass = (value: number): number => Math.max(value, 1e-6);

/** Indices of the `count` largest values (ties broken by index, so the result is deterministic). */
function topIndices(values: Float64Array, count: number, eligible: (i: number) => boolean): Uint8Array {
  const candidates: number[] = [];
  for (let i = 0; i < values.length; i++) if (eligible(i)) candidates.push(i);
  candidates.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  const keep = new Uint8Array(values.length);
  for (const i of candidates.slice(0, count)) keep[i] = 1;
  return keep;
}

export function pruneModel(t: NgramTables, budget: PruneBudget): NgramTables {
  const vocabulary = vocabularySize(t.vocabulary);
  const keepWord = new Uint8Array(vocabulary);
  const minLogp = Math.log(budget.minWordProbability);
  for (let w = 0; w < vocabulary; w++) {
    const word = wordOf(t.vocabulary, w);
    const isMark = w === BOUNDARY || !/\p{Script=Han}/u.test(word);
    keepWord[w] = isMark || (t.unigramLogp[w] as number) >= minLogp ? 1 : 0;
  }

  // First word of every bigram, for walking bigrams in order.
  const bigramCount = t.bigramWord.length;
  const bigramFirst = new Uint32Array(bigramCount);
  for (let u = 0; u < vocabulary; u++) bigramFirst.fill(u, t.bigramStart[u], t.bigramStart[u + 1]);

  const unigramMass: HistoryMass[] = [];
  for (let u = 0; u < vocabulary; u++) {
    let explicit = 0;
    let backedOff = 0;
    for (let b = t.bigramStart[u] as number; b < (t.bigramStart[u + 1] as number); b++) {
      explicit += Math.exp(t.bigramLogp[b] as number);
      backedOff += Math.exp(t.unigramLogp[t.bigramWord[b] as number] as number);
    }
    unigramMass.push({ left: clampMass(1 - explicit), leftBackedOff: clampMass(1 - backedOff) });
  }

  // Trigrams first: a kept trigram keeps its history bigram.
  const trigramCost = new Float64Array(t.trigramWord.length);
  for (let b = 0; b < bigramCount; b++) {
    const from = t.trigramStart[b] as number;
    const to = t.trigramStart[b + 1] as number;
    if (from === to) continue;
    const u = bigramFirst[b] as number;
    const v = t.bigramWord[b] as number;
    const backedOff = (i: number) => Math.exp(conditionalLogp(t, NO_WORD, v, t.trigramWord[i] as number));
    let explicit = 0;
    let lower = 0;
    for (let i = from; i < to; i++) {
      explicit += Math.exp(t.trigramLogp[i] as number);
      lower += backedOff(i);
    }
    const mass = { left: clampMass(1 - explicit), leftBackedOff: clampMass(1 - lower) };
    const ph = Math.exp((t.unigramLogp[u] as number) + (t.bigramLogp[b] as number));
    for (let i = from; i < to; i++) trigramCost[i] = entropyCost(ph, Math.exp(t.trigramLogp[i] as number), backedOff(i), mass);
  }
  const trigramOwner = new Uint32Array(t.trigramWord.length);
  for (let b = 0; b < bigramCount; b++) trigramOwner.fill(b, t.trigramStart[b], t.trigramStart[b + 1]);
  const keepTrigram = topIndices(trigramCost, budget.trigrams, (i) => {
    const b = trigramOwner[i] as number;
    return !!(keepWord[t.trigramWord[i] as number] && keepWord[bigramFirst[b] as number] && keepWord[t.bigramWord[b] as number]);
  });
  const neededBigram = new Uint8Array(bigramCount);
  for (let i = 0; i < keepTrigram.length; i++) if (keepTrigram[i]) neededBigram[trigramOwner[i] as number] = 1;

  const bigramCost = new Float64Array(bigramCount);
  for (let b = 0; b < bigramCount; b++) {
    const u = bigramFirst[b] as number;
    const v = t.bigramWord[b] as number;
    // Needed histories rank first; the rest by their cost.
    bigramCost[b] = neededBigram[b]
      ? Infinity
      : entropyCost(Math.exp(t.unigramLogp[u] as number), Math.exp(t.bigramLogp[b] as number), Math.exp(t.unigramLogp[v] as number), unigramMass[u] as HistoryMass);
  }
  const neededCount = neededBigram.reduce((n, x) => n + x, 0);
  const keepBigram = topIndices(bigramCost, Math.max(budget.bigrams, neededCount), (b) =>
    !!(keepWord[bigramFirst[b] as number] && keepWord[t.bigramWord[b] as number]),
  );
  return rebuild(t, keepWord, keepBigram, keepTrigram);
}

/** The kept entries under new dense ids, with back-off weights recomputed from the kept mass. */
function rebuild(t: NgramTables, keepWord: Uint8Array, keepBigram: Uint8Array, keepTrigram: Uint8Array): NgramTables {
  const vocabulary = vocabularySize(t.vocabulary);
  const newId = new Int32Array(vocabulary).fill(-1);
  const words: string[] = [];
  let droppedCharMass = 0;
  let droppedChars = 0;
  for (let w = 0; w < vocabulary; w++) {
    const word = wordOf(t.vocabulary, w);
    if (keepWord[w]) newId[w] = words.push(word) - 1;
    else if (word.length === 1) {
      droppedCharMass += Math.exp(t.unigramLogp[w] as number);
      droppedChars++;
    }
  }
  const size = words.length;
  const unigramLogp = new Float32Array(size);
  for (let w = 0; w < vocabulary; w++) if ((newId[w] as number) >= 0) unigramLogp[newId[w] as number] = t.unigramLogp[w] as number;

  const bigramStart = new Uint32Array(size + 1);
  const bigramWord: number[] = [];
  const bigramLogp: number[] = [];
  const trigramStart: number[] = [0];
  const trigramWord: number[] = [];
  const trigramLogp: number[] = [];
  for (let u = 0; u < vocabulary; u++) {
    if ((newId[u] as number) < 0) continue;
    for (let b = t.bigramStart[u] as number; b < (t.bigramStart[u + 1] as number); b++) {
      if (!keepBigram[b]) continue;
      bigramWord.push(newId[t.bigramWord[b] as number] as number);
      bigramLogp.push(t.bigramLogp[b] as number);
      for (let i = t.trigramStart[b] as number; i < (t.trigramStart[b + 1] as number); i++) {
        if (!keepTrigram[i]) continue;
        trigramWord.push(newId[t.trigramWord[i] as number] as number);
        trigramLogp.push(t.trigramLogp[i] as number);
      }
      trigramStart.push(trigramWord.length);
    }
    bigramStart[(newId[u] as number) + 1] = bigramWord.length;
  }
  for (let w = 1; w <= size; w++) bigramStart[w] = Math.max(bigramStart[w] as number, bigramStart[w - 1] as number);

  const out: NgramTables = {
    vocabulary: vocabularyOf(words),
    unigramLogp,
    unigramBackoff: new Float32Array(size),
    bigramStart,
    bigramWord: Uint32Array.from(bigramWord),
    bigramLogp: Float32Array.from(bigramLogp),
    bigramBackoff: new Float32Array(bigramWord.length),
    trigramStart: Uint32Array.from(trigramStart),
    trigramWord: Uint32Array.from(trigramWord),
    trigramLogp: Float32Array.from(trigramLogp),
    unknownLogp: droppedChars > 0 ? Math.log(droppedCharMass / droppedChars) : t.unknownLogp,
  };
  recomputeBackoffs(out);
  return out;
}

/** bow(h) = (1 − Σ explicit P(w|h)) / (1 − Σ P(w|h') over the same w), lower orders first. */
export function recomputeBackoffs(t: NgramTables): void {
  const size = vocabularySize(t.vocabulary);
  for (let u = 0; u < size; u++) {
    let explicit = 0;
    let lower = 0;
    for (let b = t.bigramStart[u] as number; b < (t.bigramStart[u + 1] as number); b++) {
      explicit += Math.exp(t.bigramLogp[b] as number);
      lower += Math.exp(t.unigramLogp[t.bigramWord[b] as number] as number);
    }
    t.unigramBackoff[u] = Math.log(clampMass(1 - explicit) / clampMass(1 - lower));
  }
  for (let u = 0; u < size; u++) {
    for (let b = t.bigramStart[u] as number; b < (t.bigramStart[u + 1] as number); b++) {
      const v = t.bigramWord[b] as number;
      let explicit = 0;
      let lower = 0;
      for (let i = t.trigramStart[b] as number; i < (t.trigramStart[b + 1] as number); i++) {
        explicit += Math.exp(t.trigramLogp[i] as number);
        lower += Math.exp(conditionalLogp(t, NO_WORD, v, t.trigramWord[i] as number));
      }
      t.bigramBackoff[b] = explicit > 0 ? Math.log(clampMass(1 - explicit) / clampMass(1 - lower)) : 0;
    }
  }
}
