/**
 * npm run build:topic — distils word topic vectors (src/topic/vectors.ts) from open-gram, the word
 * trigram model Debian packages as sunpinyin-data (CC BY-SA 3.0; /data/lm.bin is distilled from
 * the same model), into assets/public/data/topic.bin with its notice beside it.
 *
 * A word's topic shows in the words around it: 判决 stands beside 法院, 一审, 被告; 进球 beside
 * 比赛, 球队, 打进. Open-gram keeps 2.5 M bigrams and 1 M trigrams with their probabilities, so
 * each pair's share of running text is P(a)·P(b|a) (and a trigram's ends, one word apart,
 * P(a)·P(b|a)·P(c|ab)). Those shares, both directions summed, give each content word (two Han
 * characters or more, the TOP_WORDS likeliest) a row over its neighbours; positive pointwise
 * mutual information (context shares smoothed to the power 0.75) keeps what is particular to the
 * word; a truncated SVD (./svd.ts) keeps DIMS directions; the direction all words share is taken
 * out, and each row is scaled to unit length and quantised to a signed byte per dimension.
 * Deterministic: the same package gives the same bytes. `--neighbours` prints probe words'
 * nearest neighbours (the sanity check in the commit message).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findOpenGram, openGramCredit } from '../lm/open-gram-source';
import { readOpenGram } from '../lm/read-open-gram';
import { vocabularySize, wordOf } from '../../src/lm/ngram-tables';
import { cosine, encodeTopicFile, decodeTopicFile, type TopicVectors } from '../../src/topic/vectors';
import { truncatedSvd, type SparseRows } from './svd';

const OUT_FILE = fileURLToPath(new URL('../../assets/public/data/topic.bin', import.meta.url));
const NOTICE_FILE = fileURLToPath(new URL('../../assets/public/data/topic.NOTICE.txt', import.meta.url));
const TOP_WORDS = 24_000;
const DIMS = 48;
/** A trigram's two ends are one word apart: they say less about each other than neighbours. */
const SKIP_WEIGHT = 0.5;
const CONTEXT_SMOOTHING = 0.75;
/** Singular values to this power scale the directions (0.5: between plain U and U·Σ). */
const EIGEN_WEIGHT = 0.5;
const MAX_BYTES = 1_500_000;
const PROBES = ['法院', '判决', '球员', '进球', '请愿', '股票', '医生', '感冒', '手机', '地震', '大学', '农民', '警察', '汽车', '电影', '减肥', '游戏', '银行', '火锅', '台风'];

const HAN = /^\p{Script=Han}+$/u;

const NOTICE = (version: string) => `topic.bin: Dudong's word topic vectors (${TOP_WORDS} words, ${DIMS} dimensions), distilled by
scripts/topic/build.ts (npm run build:topic) from:

${openGramCredit(version)}

Changes made: the model's bigram and trigram probabilities turned into word co-occurrence
shares, weighted by positive pointwise mutual information, reduced by truncated singular value
decomposition to ${DIMS} dimensions for the ${TOP_WORDS} likeliest words of two Han characters or more,
normalised and quantised to signed bytes, in Dudong's own file format (src/topic/vectors.ts).
This file is an adaptation of open-gram and is distributed under the same license, CC BY-SA 3.0.
`;

function main(): void {
  const source = findOpenGram();
  console.log(`open-gram: sunpinyin-data ${source.version}`);
  const t = readOpenGram(source);
  const size = vocabularySize(t.vocabulary);
  const words = Array.from({ length: size }, (_, w) => wordOf(t.vocabulary, w));
  const isContext = words.map((w) => HAN.test(w));
  const targets = words
    .map((w, id) => ({ w, id }))
    .filter(({ w }) => w.length >= 2 && HAN.test(w))
    .sort((x, y) => (t.unigramLogp[y.id] as number) - (t.unigramLogp[x.id] as number) || x.id - y.id)
    .slice(0, TOP_WORDS);
  const rowOf = new Int32Array(size).fill(-1);
  targets.forEach(({ id }, r) => (rowOf[id] = r));

  // Co-occurrence shares, both directions; every word's total for the marginals.
  const cells = targets.map(() => new Map<number, number>());
  const total = new Float64Array(size);
  const add = (a: number, b: number, share: number): void => {
    if (!isContext[a] || !isContext[b] || a === b) return;
    total[a] = (total[a] as number) + share;
    total[b] = (total[b] as number) + share;
    const ra = rowOf[a] as number;
    const rb = rowOf[b] as number;
    if (ra >= 0) cells[ra]?.set(b, (cells[ra]?.get(b) ?? 0) + share);
    if (rb >= 0) cells[rb]?.set(a, (cells[rb]?.get(a) ?? 0) + share);
  };
  for (let a = 0; a < size; a++) {
    const pa = Math.exp(t.unigramLogp[a] as number);
    for (let e = t.bigramStart[a] as number; e < (t.bigramStart[a + 1] as number); e++) {
      const b = t.bigramWord[e] as number;
      const pab = pa * Math.exp(t.bigramLogp[e] as number);
      add(a, b, pab);
      for (let f = t.trigramStart[e] as number; f < (t.trigramStart[e + 1] as number); f++) {
        add(a, t.trigramWord[f] as number, SKIP_WEIGHT * pab * Math.exp(t.trigramLogp[f] as number));
      }
    }
  }
  const sum = total.reduce((s, x) => s + x, 0);
  const smoothed = Float64Array.from(total, (x) => x ** CONTEXT_SMOOTHING);
  const smoothedSum = smoothed.reduce((s, x) => s + x, 0);

  // Positive PMI rows.
  const rowStart = new Uint32Array(targets.length + 1);
  const col: number[] = [];
  const value: number[] = [];
  cells.forEach((row, r) => {
    const a = targets[r]?.id as number;
    for (const [c, share] of [...row].sort((x, y) => x[0] - y[0])) {
      const pmi = Math.log((share / sum) / (((total[a] as number) / sum) * ((smoothed[c] as number) / smoothedSum)));
      if (pmi > 0) {
        col.push(c);
        value.push(pmi);
      }
    }
    rowStart[r + 1] = col.length;
  });
  console.log(`${targets.length} words, ${col.length} positive PMI cells`);
  const matrix: SparseRows = { rows: targets.length, cols: size, rowStart, col: Uint32Array.from(col), value: Float32Array.from(value) };
  const { left, values } = truncatedSvd(matrix, DIMS);
  console.log(`singular values: ${values.slice(0, 8).map((v) => v.toFixed(1)).join(' ')} … ${values[DIMS - 1]?.toFixed(1)}`);

  // Scale, take out the shared direction (the mean), normalise.
  const unit = new Float64Array(targets.length * DIMS);
  const mean = new Float64Array(DIMS);
  for (let r = 0; r < targets.length; r++) {
    let norm = 0;
    const scaled = Array.from({ length: DIMS }, (_, k) => (left[r * DIMS + k] as number) * (values[k] as number) ** EIGEN_WEIGHT);
    for (const x of scaled) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) {
      unit[r * DIMS + d] = (scaled[d] ?? 0) / norm;
      mean[d] = (mean[d] as number) + (unit[r * DIMS + d] as number) / targets.length;
    }
  }
  for (let r = 0; r < targets.length; r++) {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += ((unit[r * DIMS + d] as number) - (mean[d] as number)) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) unit[r * DIMS + d] = ((unit[r * DIMS + d] as number) - (mean[d] as number)) / norm;
  }

  const about = { source: `open-gram (sunpinyin-data ${source.version}), CC BY-SA 3.0`, words: TOP_WORDS, skipWeight: SKIP_WEIGHT, eigenWeight: EIGEN_WEIGHT };
  const raw = encodeTopicFile(targets.map(({ w }) => w), unit, DIMS, about);
  const file = gzipSync(raw, { level: 9 });
  if (file.length > MAX_BYTES) throw new Error(`topic.bin would be ${file.length} bytes, over ${MAX_BYTES}`);
  writeFileSync(OUT_FILE, file);
  writeFileSync(NOTICE_FILE, NOTICE(source.version));
  console.log(`wrote ${OUT_FILE}: ${file.length} bytes`);
  if (process.argv.includes('--neighbours')) printNeighbours(decodeTopicFile(raw));
}

function printNeighbours(v: TopicVectors): void {
  const vec = (row: number): Float32Array => {
    const acc = new Float32Array(v.dims);
    v.addTo(acc, row, 1);
    return acc;
  };
  const all = Array.from({ length: v.count }, (_, r) => vec(r));
  for (const probe of PROBES) {
    const row = v.rowOf(probe);
    if (row < 0) {
      console.log(`${probe}: (not in table)`);
      continue;
    }
    const near = all.map((x, r) => [cosine(all[row] as Float32Array, x), r] as const).filter(([, r]) => r !== row).sort((x, y) => y[0] - x[0]).slice(0, 8);
    console.log(`${probe}: ${near.map(([c, r]) => `${v.wordOf(r)} ${c.toFixed(2)}`).join(' ')}`);
  }
}

main();
