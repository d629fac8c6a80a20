/**
 * Spam benchmark: character-level precision and recall of hiding, per family, on generated farm
 * pages; characters hidden (and marked suspect) on clean text; the seed page against its truth.
 *
 *   npm run bench:spam                   held-out run (the honest figure; see ./corpus.ts for the splits)
 *   npm run bench:spam -- --split=dev    the run the decision is trained and tuned on (also: --dev)
 *   npm run bench:spam -- --split=fresh  the frozen run: new seed, headline pieces pasted in rotation;
 *                                        for checkpoints only, never for tuning
 *   npm run bench:spam -- --seed=N       another generator seed for the chosen split
 *   npm run bench:spam -- --traditional  the generated pages in Traditional characters
 *   npm run bench:spam -- --show=N       also print N missed / wrongly hidden examples of each kind
 *
 * Clean text is always scored in full: every corpus article in Simplified and in Traditional, and
 * the CPP Wikipedia pages under three kinds of headline (plain, news-style, frequent words).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as jieba from 'jieba-wasm';
import { analyzeSpam, findInjectedSpans, spansOf, type SpamAnalysis } from '../../src/spam/index';
import { pastedSentences, rememberSentences } from '../../src/spam/sentence-memory';
import type { LinkRange, SpamFamily, SpamSpan } from '../../src/spam/types';
import { generatorRun, loadCorpus, loadCppPages, splitOf, type BenchSplit } from './corpus';
import { headlineFromFrequentWords, newsHeadline, type Tagger } from './headlines';
import { benchLinkPages } from './bench-links';
import { createRandom, injectSpam } from './inject';
import { realLinks } from './link-farm';
import { newsSentences } from './paste-styles';
import { createNodeSpamTools } from './node-tools';
import { Curve } from './curves';
import { CleanCount, newTallies, score, table, type Tallies, type Tally, type TruthSpan } from './tally';
import { loadToTraditional } from './traditional';

const SEED_TRUTH = new URL('../../tests/fixtures/seed-page.truth.json', import.meta.url);
const VARIANTS = 3;
/**
 * Pages per article in the `words` style (./headline-words-farm.ts: whole headline words pasted a
 * few times, no other mark), from the run's own seed (corpus.ts wordsSeed), scored apart: their
 * own table, recall and curve, so the figures above stay comparable with earlier runs.
 */
const WORDS_VARIANTS = 2;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split: BenchSplit = args.includes('--dev') ? 'dev' : ((option('split') as BenchSplit | undefined) ?? 'heldout');
const show = Number(option('show') ?? 0);
const traditional = args.includes('--traditional');
const run = generatorRun(split, option('seed') === undefined ? undefined : Number(option('seed')));
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];

interface Bucket {
  pages: number;
  tallies: Tallies;
}

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const toTraditional = await loadToTraditional();
  const convert = traditional ? toTraditional : (text: string) => text;
  const docs = loadCorpus();
  tools.segmenter.cut('预热分词器'); // jieba builds its dictionary on the first cut; keep that out of the timings
  const times: number[] = [];
  let last: SpamAnalysis | null = null;
  const timed = (title: string, paragraphs: readonly string[], knownSentences?: readonly string[], links?: readonly (readonly LinkRange[])[]): SpamSpan[][] => {
    const t0 = performance.now();
    last = analyzeSpam(title, paragraphs, knownSentences ? { ...tools, knownSentences } : tools, links);
    const found = spansOf(last);
    times.push(performance.now() - t0);
    return found;
  };
  const scoredOfLast = (): SpamAnalysis['scored'] => (last as SpamAnalysis | null)?.scored ?? [];
  // Precision–recall of the two hard kinds, on the generated pages and the clean ones.
  const pieceCurve = new Curve('headline pieces', ['piece'], 'title');
  const onceCurve = new Curve('sentences pasted once', ['once'], 'sentence');
  const newsCurve = new Curve('news sentence of another article pasted once', ['line'], 'sentence');
  const repeatedCurve = new Curve('sentences pasted 2-3 times', ['sentence'], 'sentence');
  const headlineCurve = new Curve('whole headline', ['headline'], 'title');
  const wordsCurve = new Curve('headline words pasted inside sentences (words style)', ['piece'], 'title');
  const wordsTallies = newTallies();
  let wordsPages = 0;

  // Generated farm pages; a second pass reads them in order as one reader browsing one farm would,
  // remembering the sentences found pasted so far, as the background does per site.
  const byFamily = newTallies();
  const withMemory = newTallies();
  const examples = { out: [] as string[], limit: show * 2 };
  const buckets = new Map<string, Bucket>();
  const addTo = (name: string, paragraphs: readonly string[], truth: TruthSpan[][], found: SpamSpan[][]): void => {
    if (!truth.some((spans) => spans.length > 0)) return;
    const bucket = buckets.get(name) ?? { pages: 0, tallies: newTallies() };
    bucket.pages++;
    score(paragraphs, truth, found, bucket.tallies);
    buckets.set(name, bucket);
  };
  let remembered: string[] = [];
  let pages = 0;
  // Sentences of the pool's articles, pasted into another article (./paste-styles.ts).
  const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    for (let v = 0; v < VARIANTS; v++) {
      const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle, { donors });
      // Converted after injecting: one character for one, so the truth offsets still hold.
      page.title = convert(page.title);
      page.paragraphs = page.paragraphs.map(convert);
      // The page's links as the reader sends them: the farm's keyword links and a site's real ones.
      const real = realLinks(page.paragraphs, createRandom(run.seed * 100000 + index * 10 + v + 0x51ed), tag, page.truth, 1);
      const links = page.links.map((ranges, p) => [...ranges, ...(real[p] ?? [])].sort((a, b) => a.start - b.start));
      const found = timed(page.title, page.paragraphs, undefined, links);
      score(page.paragraphs, page.truth, found, byFamily, examples);
      // Headline pieces by how hard the farm stuffed the page, the whole headline on its own, and
      // sentences by how many times the page has them.
      const isWhole = ([start, end, family]: TruthSpan): boolean => family === 'title' && end - start === page.title.length && page.title.length >= 8;
      const pieces = page.truth.map((spans) => spans.filter((s) => s[2] === 'title' && !isWhole(s)));
      const pasted = pieces.flat().length;
      addTo(`headline pieces, ${pasted <= 2 ? '1-2' : pasted <= 5 ? '3-5' : '6+'} on the page`, page.paragraphs, pieces, found);
      addTo('headline pieces, all', page.paragraphs, pieces, found);
      addTo('whole headline', page.paragraphs, page.truth.map((spans) => spans.filter(isWhole)), found);
      const styled = (family: SpamFamily, style: string): TruthSpan[][] => page.truth.map((spans, p) => spans.filter((s, i) => s[2] === family && (page.styles[p]?.[i] ?? '') === style));
      const sentences = styled('sentence', '');
      const once = sentences.flat().length === 1;
      addTo(`sentences, ${once ? 'pasted once' : 'pasted 2-3 times'}`, page.paragraphs, sentences, found);
      const newsPasted = styled('sentence', 'news');
      addTo('sentences, another article\'s, once', page.paragraphs, newsPasted, found);
      addTo('commercial keywords (link text)', page.paragraphs, styled('seo', 'commerce'), found);
      const none = page.paragraphs.map(() => []);
      pieceCurve.add(page.paragraphs, page.truth, pieces, scoredOfLast());
      onceCurve.add(page.paragraphs, page.truth, once ? sentences : none, scoredOfLast());
      newsCurve.add(page.paragraphs, page.truth, newsPasted, scoredOfLast());
      repeatedCurve.add(page.paragraphs, page.truth, once ? none : sentences, scoredOfLast());
      headlineCurve.add(page.paragraphs, page.truth, page.truth.map((spans) => spans.filter(isWhole)), scoredOfLast());
      const foundWithMemory = timed(page.title, page.paragraphs, remembered, links);
      score(page.paragraphs, page.truth, foundWithMemory, withMemory);
      remembered = rememberSentences(remembered, pastedSentences(page.paragraphs, foundWithMemory));
      pages++;
    }
    for (let v = 0; v < WORDS_VARIANTS; v++) {
      const page = injectSpam(doc, run.wordsSeed * 100000 + index * 10 + v, run.pools, segment, 'words');
      page.title = convert(page.title);
      page.paragraphs = page.paragraphs.map(convert);
      const found = timed(page.title, page.paragraphs);
      score(page.paragraphs, page.truth, found, wordsTallies);
      const isWhole = ([start, end, family]: TruthSpan): boolean => family === 'title' && end - start === page.title.length && page.title.length >= 8;
      const words = page.truth.map((spans) => spans.filter((s) => s[2] === 'title' && !isWhole(s)));
      addTo('headline words (words style)', page.paragraphs, words, found);
      wordsCurve.add(page.paragraphs, page.truth, words, scoredOfLast());
      wordsPages++;
    }
  });

  // Clean corpus articles, Simplified and Traditional: nothing may be hidden.
  const cleanSimplified = new CleanCount();
  const cleanTraditional = new CleanCount();
  const addClean = (texts: readonly string[]): void => {
    const none = texts.map(() => []);
    for (const curve of [pieceCurve, onceCurve, newsCurve, repeatedCurve, headlineCurve, wordsCurve]) curve.add(texts, none, none, scoredOfLast(), true);
  };
  // The run's own articles, clean, under their headline and under a news-style one made from their
  // lead: the clean side of the curves (the dev run's thresholds are chosen on these).
  const cleanOfRun = new CleanCount();
  docs.forEach((doc, index) => {
    cleanSimplified.add(doc.paragraphs, timed(doc.title, doc.paragraphs));
    if (splitOf(doc.url) === run.articles) addClean(doc.paragraphs);
    const paragraphs = doc.paragraphs.map(toTraditional);
    cleanTraditional.add(paragraphs, timed(toTraditional(doc.title), paragraphs));
    if (splitOf(doc.url) !== run.articles) return;
    const headline = newsHeadline(doc.paragraphs, tag, index);
    cleanOfRun.add(doc.paragraphs, timed(headline, doc.paragraphs), headline);
    addClean(doc.paragraphs);
  });

  // Clean Wikipedia text under a plain headline, a news-style one (the stress test: headlines are
  // made of the words their article says), and one made of the page's most frequent words.
  const plain = new CleanCount();
  const news = new CleanCount();
  const frequent = new CleanCount();
  loadCppPages().forEach(({ plainTitle, texts }, page) => {
    plain.add(texts, findInjectedSpans(plainTitle, texts, tools), plainTitle);
    const headline = newsHeadline(texts, tag, page);
    news.add(texts, timed(headline, texts), headline);
    const made = headlineFromFrequentWords(texts, segment, page + 1);
    frequent.add(texts, findInjectedSpans(made, texts, tools), made);
  });

  // The seed page against its hand-made truth.
  const seed = JSON.parse(readFileSync(SEED_TRUTH, 'utf8')) as { title: string; paragraphs: { text: string; spam_spans: [number, number, SpamFamily][] }[] };
  const seedTallies = newTallies();
  const seedExamples = { out: [] as string[], limit: 100 };
  const seedTexts = seed.paragraphs.map((p) => p.text);
  score(seedTexts, seed.paragraphs.map((p) => p.spam_spans), findInjectedSpans(seed.title, seedTexts, tools), seedTallies, seedExamples);

  console.log(
    `Spam benchmark — ${split} run${traditional ? ', Traditional characters' : ''}: ${pages} generated pages (${VARIANTS} per ${run.articles} article, ${run.pools} pools, generator seed ${run.seed}, headline pieces in ${run.headlineStyle} style)`,
  );
  console.log(table(byFamily));
  if (show) console.log(examples.out.join('\n'));
  console.log(`\nPages in the words style (whole headline words pasted inside sentences, no other mark; generator seed ${run.wordsSeed}): ${wordsPages}`);
  console.log(table(wordsTallies));
  console.log('\nRecall by kind (hidden; hidden or marked suspect):');
  for (const [name, bucket] of [...buckets].sort(([a], [b]) => a.localeCompare(b))) {
    const t = familyOf(name, bucket.tallies);
    console.log(`  ${name.padEnd(34)} ${(t.truthFound / Math.max(1, t.truth)).toFixed(4)}  ${(t.truthMarked / Math.max(1, t.truth)).toFixed(4)}   (${bucket.pages} pages, ${t.truthFound} / ${t.truth} chars)`);
  }
  const memory = withMemory.get('all') as Tally;
  const memorySentences = withMemory.get('sentence') as Tally;
  console.log(
    `With the site's memory of sentences found on earlier pages: all precision ${(memory.predictedRight / Math.max(1, memory.predicted)).toFixed(4)} recall ${(memory.truthFound / Math.max(1, memory.truth)).toFixed(4)}; sentences recall ${(memorySentences.truthFound / Math.max(1, memorySentences.truth)).toFixed(4)}`,
  );
  for (const line of benchLinkPages(split, (title, paragraphs, links) => timed(title, paragraphs, undefined, links), convert)) console.log(line);
  console.log('\nClean text (nothing may be hidden):');
  console.log(`  corpus articles, Simplified:              ${cleanSimplified.summary()}`);
  console.log(`  corpus articles, Traditional:             ${cleanTraditional.summary()}`);
  console.log(`  ${run.articles} articles, news-style headline:      ${cleanOfRun.summary()}`);
  console.log(`  CPP Wikipedia pages, plain headline:      ${plain.summary()}`);
  console.log(`  CPP pages, news-style headline (stress):  ${news.summary()}`);
  console.log(`  CPP pages, headline of frequent words:    ${frequent.summary()}`);
  for (const set of [cleanSimplified, cleanTraditional, cleanOfRun, plain, news, frequent]) {
    const hiddenFirst = [...set.examples].sort((a, b) => Number(b.includes('HIDDEN')) - Number(a.includes('HIDDEN')));
    if (show) console.log(hiddenFirst.slice(0, show).join('\n'));
    else if (hiddenFirst[0]?.includes('HIDDEN')) console.log(hiddenFirst.filter((e) => e.includes('HIDDEN')).slice(0, 10).join('\n'));
  }
  console.log(`\nPrecision–recall by threshold (generated pages of this run; clean: the run's ${run.articles} articles under their own and a news-style headline)`);
  for (const curve of [pieceCurve, onceCurve, newsCurve, repeatedCurve, headlineCurve, wordsCurve]) console.log(curve.print());
  console.log('\nSeed page (tests/fixtures/seed-page.truth.json)');
  console.log(table(seedTallies));
  if (seedExamples.out.length) console.log(seedExamples.out.join('\n'));
  // Sorted only now: the link pages above are timed too, after the clean text.
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`\nTime per page: mean ${mean.toFixed(2)} ms, median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(2)} ms, max ${times[times.length - 1]?.toFixed(2)} ms`);
}

/** The tally of the family a bucket is about. */
function familyOf(bucket: string, tallies: Tallies): Tally {
  return tallies.get(bucket.startsWith('sentences') ? 'sentence' : bucket.startsWith('commercial') ? 'seo' : 'title') as Tally;
}

await main();
