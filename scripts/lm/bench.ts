/**
 * npm run bench:lm — what distilling open-gram costs, and how fast the shipped model is.
 *
 * - the file: size and what it holds;
 * - load: bytes → ready model (gunzip, decode, lexicon), as the background does it;
 * - speed: ln P of each clause of the held-out articles, and removalGain of spans in them;
 * - quality on the held-out half of ../shared/corpus (the dev half chose the settings):
 *   bits per Han character, full open-gram vs lm.bin, and the AUC of removalGain.gain for pasted
 *   vs real spans (./paste-samples.ts) with each model and with other segmentations.
 *
 *   npm run bench:lm [-- --half=dev] [-- --no-full]   (--no-full skips open-gram itself)
 * Timings are wall clock on whatever else the machine is doing: the load average is printed.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as jieba from 'jieba-wasm';
import { loadLanguageModel, type LanguageModel } from '../../src/lm/index';
import { decodeModelFile, gunzip, readSections } from '../../src/lm/model-file';
import { createLexicon, trigramEdge, unigramEdge } from '../../src/lm/model-words';
import { removalGain, textLogp, type Model } from '../../src/lm/fluency';
import type { NgramTables } from '../../src/lm/ngram-tables';
import { hanCount, loadArticles, type Half } from './held-out-text';
import { jiebaLattice } from './jieba-lattice';
import { findOpenGram } from './open-gram-source';
import { auc, pasteSamples, type Sample, type SampleKind } from './paste-samples';
import { readOpenGram } from './read-open-gram';

const MODEL_FILE = new URL('../../assets/public/data/lm.bin', import.meta.url);
const args = process.argv.slice(2);
const half: Half = args.includes('--half=dev') ? 'dev' : 'heldout';
const KINDS: SampleKind[] = ['headline-piece', 'clause-of-another-article', 'chatty-line'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fixed = (x: number, digits = 1) => x.toFixed(digits);

async function measureLoad(bytes: Uint8Array<ArrayBuffer>): Promise<LanguageModel> {
  const times: number[] = [];
  let model: LanguageModel | undefined;
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    model = await loadLanguageModel(bytes);
    model.logProb('读懂'); // first use builds nothing more, but proves the model answers
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const stages = { gunzip: [] as number[], decode: [] as number[], lexicon: [] as number[] };
  for (let run = 0; run < 15; run++) {
    const t0 = performance.now();
    const body = await gunzip(bytes);
    const t1 = performance.now();
    const tables = decodeModelFile(body);
    const t2 = performance.now();
    createLexicon(tables);
    stages.gunzip.push(t1 - t0);
    stages.decode.push(t2 - t1);
    stages.lexicon.push(performance.now() - t2);
  }
  console.log(
    `load (bytes → model), 15 runs: min ${fixed(Math.min(...times))} ms, median ${fixed(median(times))} ms wall clock;` +
      ` ${fixed((cpu.user + cpu.system) / 1000 / 15)} ms CPU a load (this process, GC threads included)`,
  );
  console.log(`  of which (medians) gunzip ${fixed(median(stages.gunzip))} ms, decode ${fixed(median(stages.decode))} ms, lexicon ${fixed(median(stages.lexicon))} ms`);
  return model as LanguageModel;
}

function measureSpeed(model: LanguageModel, texts: string[]): void {
  const clauses = texts.flatMap((p) => p.split(/(?<=[，。；！？])/u)).filter((c) => hanCount(c) >= 2);
  const characters = clauses.reduce((n, c) => n + c.length, 0);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const clause of clauses) model.logProb(clause);
    best = Math.min(best, performance.now() - start);
  }
  console.log(`logProb: ${clauses.length} clauses (${fixed(characters / clauses.length)} characters on average): ${fixed((best * 1000) / clauses.length)} µs a clause (best of 3)`);
  const spans = clauses.filter((c) => c.length >= 8).map((c) => [c, 3, 6] as const);
  const start = performance.now();
  for (const [text, a, b] of spans) model.removalGain(text, a, b);
  console.log(`removalGain: ${fixed(((performance.now() - start) * 1000) / spans.length)} µs a span (${spans.length} spans)`);
}

function bitsPerHan(model: Model, texts: string[]): number {
  let nats = 0;
  let han = 0;
  for (const text of texts) {
    nats -= textLogp(model, text, { opens: true, closes: true });
    han += hanCount(text);
  }
  return nats / Math.LN2 / han;
}

function aucs(model: Model, samples: Sample[]): string {
  const scored = samples.map((s) => ({ s, gain: removalGain(model, s.text, s.start, s.end).gain }));
  return KINDS.map((kind) => {
    const of = scored.filter((x) => x.s.kind === kind);
    const value = auc(of.filter((x) => x.s.pasted).map((x) => x.gain), of.filter((x) => !x.s.pasted).map((x) => x.gain));
    return `${kind} ${value.toFixed(3)}`;
  }).join(', ');
}

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(MODEL_FILE));
  const { header } = readSections(await gunzip(bytes));
  console.log(`lm.bin: ${bytes.length} bytes; ${header.words} words, ${header.bigrams} bigrams, ${header.trigrams} trigrams`);
  console.log(`  ${Object.entries(header.about).map(([k, v]) => `${k}=${v}`).join('; ')}`);
  console.log(`load average (1 min) at start: ${fixed(loadavg()[0] ?? 0, 2)} on this machine`);
  const shipped = await measureLoad(bytes);

  const articles = loadArticles(half);
  const texts = articles.flatMap((a) => a.paragraphs);
  measureSpeed(shipped, texts);

  const cut = (text: string) => jieba.cut(text, true);
  const samples = pasteSamples(articles, cut, 11, 16);
  const counts = KINDS.map((k) => `${k} ${samples.filter((s) => s.kind === k && s.pasted).length}/${samples.filter((s) => s.kind === k && !s.pasted).length}`);
  console.log(`\nquality on the ${half} half: ${articles.length} articles, ${texts.reduce((n, t) => n + hanCount(t), 0)} Han characters; samples pasted/real: ${counts.join(', ')}`);
  const models: [string, NgramTables][] = [];
  if (!args.includes('--no-full')) models.push(['open-gram, full', readOpenGram(findOpenGram())]);
  models.push(['lm.bin', decodeModelFile(await gunzip(bytes))]);
  for (const [name, tables] of models) {
    const model: Model = { tables, lexicon: createLexicon(tables), edge: trigramEdge(tables) };
    console.log(`${name}: ${fixed(bitsPerHan(model, texts), 3)} bits per Han character; AUC ${aucs(model, samples)}`);
  }
  const tables = models[models.length - 1]?.[1] as NgramTables;
  const lexicon = createLexicon(tables);
  const unigramCut: Model = { tables, lexicon, edge: unigramEdge(tables) };
  console.log(`lm.bin, words by unigram Viterbi: AUC ${aucs(unigramCut, samples)}`);
  const jiebaCut: Model = { tables, lexicon, edge: trigramEdge(tables), lattice: jiebaLattice(cut) };
  console.log(`lm.bin, jieba's words mapped to the model's: AUC ${aucs(jiebaCut, samples)}`);
}

await main();
