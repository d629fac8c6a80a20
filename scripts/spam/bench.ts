/**
 * Spam benchmark: character-level precision and recall of hiding, per family and overall.
 *
 *   npm run bench:spam                 held-out articles, held-out generator seed and pools (the honest figure)
 *   npm run bench:spam -- --dev        development articles, development seed and pools
 *   npm run bench:spam -- --seed=N     another generator seed (held-out pools unless --dev)
 *   npm run bench:spam -- --show=N     also print N missed / wrongly hidden examples
 *   npm run bench:spam -- --traditional  the same pages (and clean originals) in Traditional characters
 *
 * Pages are built from the real articles in ../shared/corpus (read in place, never copied) by
 * ./inject.ts; the clean originals of all articles must lose nothing; the seed page is scored
 * against tests/fixtures/seed-page.truth.json.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findInjectedSpans } from '../../src/spam/index';
import { pastedSentences, rememberSentences } from '../../src/spam/sentence-memory';
import type { SpamFamily, SpamSpan } from '../../src/spam/types';
import { injectSpam, type Article, type Split } from './inject';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const CPP = new URL('../../../shared/bench/polyphone/', import.meta.url);
const SEED_TRUTH = new URL('../../tests/fixtures/seed-page.truth.json', import.meta.url);
const FAMILIES: SpamFamily[] = ['title', 'sentence', 'pinyin', 'symbol', 'seo', 'jammer', 'domain', 'punctuation'];
const VARIANTS = 3;

const args = process.argv.slice(2);
const split: Split = args.includes('--dev') ? 'dev' : 'heldout';
const show = Number(args.find((a) => a.startsWith('--show='))?.split('=')[1] ?? 0);
const traditional = args.includes('--traditional');
const seedArgument = args.find((a) => a.startsWith('--seed='))?.split('=')[1];
const generatorSeed = seedArgument ? Number(seedArgument) : split === 'dev' ? 1 : 2;

function loadCorpus(): (Article & { url: string })[] {
  const docs: (Article & { url: string })[] = [];
  for (const file of ['sogou-2012-news.jsonl', 'sogou-2012-other.jsonl']) {
    for (const line of readFileSync(new URL(file, CORPUS), 'utf8').split('\n')) {
      if (line.trim()) docs.push(JSON.parse(line) as Article & { url: string });
    }
  }
  return docs;
}

/** A stable split by URL, so an article is always on the same side. */
function splitOf(url: string): Split {
  let hash = 2166136261;
  for (const ch of url) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash % 2 === 0 ? 'dev' : 'heldout';
}

interface Tally {
  predicted: number;
  predictedRight: number;
  truth: number;
  truthFound: number;
}
const tally = (): Tally => ({ predicted: 0, predictedRight: 0, truth: 0, truthFound: 0 });

function score(
  paragraphs: readonly string[],
  truth: readonly (readonly [number, number, SpamFamily])[][],
  found: readonly SpamSpan[][],
  byFamily: Map<SpamFamily | 'all', Tally>,
  examples: string[],
): void {
  paragraphs.forEach((text, p) => {
    const truthAt: (SpamFamily | null)[] = Array.from({ length: text.length }, () => null);
    const foundAt: (SpamFamily | null)[] = Array.from({ length: text.length }, () => null);
    for (const [start, end, family] of truth[p] ?? []) for (let i = start; i < end; i++) truthAt[i] = family;
    for (const span of found[p] ?? []) for (let i = span.start; i < span.end; i++) foundAt[i] = span.family;
    const all = byFamily.get('all') as Tally;
    for (let i = 0; i < text.length; i++) {
      const t = truthAt[i] ?? null;
      const f = foundAt[i] ?? null;
      if (f) {
        const entry = byFamily.get(f) as Tally;
        entry.predicted++;
        all.predicted++;
        if (t) {
          entry.predictedRight++;
          all.predictedRight++;
        }
      }
      if (t) {
        const entry = byFamily.get(t) as Tally;
        entry.truth++;
        all.truth++;
        if (f) {
          entry.truthFound++;
          all.truthFound++;
        }
      }
    }
    if (examples.length < show * 2) {
      for (const span of found[p] ?? []) {
        if (truthAt.slice(span.start, span.end).some((t) => t === null))
          examples.push(`  WRONG ${span.family}: …${text.slice(Math.max(0, span.start - 8), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 8)}…`);
      }
      for (const [start, end, family] of truth[p] ?? []) {
        if (foundAt.slice(start, end).some((f) => f === null))
          examples.push(`  MISSED ${family}: …${text.slice(Math.max(0, start - 8), start)}[${text.slice(start, end)}]${text.slice(end, end + 8)}…`);
      }
    }
  });
}

function table(byFamily: Map<SpamFamily | 'all', Tally>): string {
  const rows = ['family        precision  recall   (hidden chars / injected chars)'];
  for (const [family, t] of byFamily) {
    if (t.truth === 0 && t.predicted === 0) continue;
    const precision = t.predicted ? (t.predictedRight / t.predicted).toFixed(4) : '  -   ';
    const recall = t.truth ? (t.truthFound / t.truth).toFixed(4) : '  -   ';
    rows.push(`${family.padEnd(13)} ${precision.padStart(9)} ${recall.padStart(7)}   (${t.predicted} / ${t.truth})`);
  }
  return rows.join('\n');
}

const newTallies = (): Map<SpamFamily | 'all', Tally> =>
  new Map<SpamFamily | 'all', Tally>([['all', tally()], ...FAMILIES.map((f) => [f, tally()] as [SpamFamily, Tally])]);

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const convert = traditional ? await loadToTraditional() : (text: string) => text;
  const docs = loadCorpus();
  tools.segmenter.cut('预热分词器'); // jieba builds its dictionary on the first cut; keep that out of the timings

  // Clean originals: every article, nothing may be hidden.
  let cleanHidden = 0;
  const cleanExamples: string[] = [];
  const times: number[] = [];
  for (const doc of docs) {
    const t0 = performance.now();
    const cleanParagraphs = doc.paragraphs.map(convert);
    const found = findInjectedSpans(convert(doc.title), cleanParagraphs, tools);
    times.push(performance.now() - t0);
    found.forEach((spans, p) => {
      for (const s of spans) {
        cleanHidden += s.end - s.start;
        const text = cleanParagraphs[p] ?? '';
        cleanExamples.push(`  ${s.family}: …${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)}…`);
      }
    });
  }
  const cleanChars = docs.reduce((n, d) => n + d.paragraphs.join('').length, 0);

  // Injected pages from this split's articles; a second pass reads them in order as one reader
  // browsing one farm would, remembering the sentences found pasted so far (src/spam/sentence-memory.ts), as the background
  // does per site.
  const byFamily = newTallies();
  const withMemory = newTallies();
  const examples: string[] = [];
  let remembered: string[] = [];
  const titleByStuffing = new Map<string, { pages: number; truth: number; found: number }>();
  const wholeHeadline = newTallies();
  let pages = 0;
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== split) return;
    for (let v = 0; v < VARIANTS; v++) {
      const page = injectSpam(doc, generatorSeed * 100000 + index * 10 + v, split, segment);
      // Converted after injecting: one character for one, so the truth offsets still hold.
      page.title = convert(page.title);
      page.paragraphs = page.paragraphs.map(convert);
      const t0 = performance.now();
      const found = findInjectedSpans(page.title, page.paragraphs, tools);
      times.push(performance.now() - t0);
      score(page.paragraphs, page.truth, found, byFamily, examples);
      // Title recall by how hard the farm stuffed the page: one or two plain headline words pasted
      // once read like the writer's own; a stuffed lead shows the farm's pattern.
      // Whole-headline pastes are scored on their own; the buckets count headline pieces only.
      const isWhole = ([start, end, family]: readonly [number, number, SpamFamily]): boolean =>
        family === 'title' && end - start === page.title.length && page.title.length >= 8;
      score(page.paragraphs, page.truth.map((spans) => spans.filter(isWhole)), found, wholeHeadline, []);
      const pieceTruth = page.truth.map((spans) => spans.filter((span) => !isWhole(span)));
      const pasted = pieceTruth.flat().filter(([, , family]) => family === 'title').length;
      if (pasted > 0) {
        const pageTally = newTallies();
        score(page.paragraphs, pieceTruth, found, pageTally, []);
        const bucket = pasted <= 2 ? '1-2' : pasted <= 5 ? '3-5' : '6+';
        const t = titleByStuffing.get(bucket) ?? { pages: 0, truth: 0, found: 0 };
        const title = pageTally.get('title') as Tally;
        titleByStuffing.set(bucket, { pages: t.pages + 1, truth: t.truth + title.truth, found: t.found + title.truthFound });
      }
      const foundWithMemory = findInjectedSpans(page.title, page.paragraphs, { ...tools, knownSentences: remembered });
      score(page.paragraphs, page.truth, foundWithMemory, withMemory, []);
      remembered = rememberSentences(remembered, pastedSentences(page.paragraphs, foundWithMemory));
      pages++;
    }
  });

  // Other clean text the finders were never tuned on: Wikipedia sentences from the CPP polyphone
  // benchmark (Apache-2.0), twelve to a page, the first clause standing in for the headline.
  // The same pages again under a headline made of their own most frequent words, the way a
  // headline names what its article keeps talking about: a stress test for the headline-piece
  // finder, whose hard case is a writer using the headline's words.
  const otherHidden = new Map<SpamFamily, number>();
  const otherExamples: string[] = [];
  const stressHidden = new Map<SpamFamily, number>();
  const stressExamples: string[] = [];
  let otherChars = 0;
  let otherPages = 0;
  for (const file of ['dev.sent', 'test.sent']) {
    const lines = readFileSync(new URL(file, CPP), 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/\u2581/g, ''));
    for (let i = 0; i + 12 <= lines.length; i += 12) {
      const title = (lines[i] ?? '').split(/[，。]/u)[0]?.slice(0, 24) ?? '';
      const texts = lines.slice(i + 1, i + 12);
      otherChars += texts.join('').length;
      otherPages++;
      const tallyInto = (headline: string, hidden: Map<SpamFamily, number>, examples: string[]): void =>
        findInjectedSpans(headline, texts, tools).forEach((spans, p) => {
          for (const s of spans) {
            hidden.set(s.family, (hidden.get(s.family) ?? 0) + s.end - s.start);
            const text = texts[p] ?? '';
            examples.push(`  ${s.family} (${headline}): …${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)}…`);
          }
        });
      tallyInto(title, otherHidden, otherExamples);
      tallyInto(headlineFromFrequentWords(texts, segment, otherPages), stressHidden, stressExamples);
    }
  }

  // The seed page against its hand-made truth.
  const seed = JSON.parse(readFileSync(SEED_TRUTH, 'utf8')) as {
    title: string;
    paragraphs: { text: string; spam_spans: [number, number, SpamFamily][] }[];
  };
  const seedTallies = newTallies();
  const seedExamples: string[] = [];
  const seedTexts = seed.paragraphs.map((p) => p.text);
  const seedFound = findInjectedSpans(seed.title, seedTexts, tools);
  score(seedTexts, seed.paragraphs.map((p) => p.spam_spans), seedFound, seedTallies, seedExamples);

  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`Spam benchmark — ${split} split${traditional ? ', Traditional characters' : ''}: ${pages} injected pages (${VARIANTS} per article, generator seed ${generatorSeed}, ${split} pools)`);
  console.log(table(byFamily));
  if (show) console.log(examples.slice(0, show * 2).join('\n'));
  console.log(
    `Title recall for headline pieces, by pieces pasted per page: ${['1-2', '3-5', '6+']
      .map((b) => {
        const t = titleByStuffing.get(b) ?? { pages: 0, truth: 0, found: 0 };
        return `${b}: ${(t.found / Math.max(1, t.truth)).toFixed(4)} (${t.pages} pages, ${t.found} / ${t.truth})`;
      })
      .join('; ')}`,
  );
  const whole = wholeHeadline.get('title') as Tally;
  console.log(`Whole headline pasted as printed: recall ${(whole.truthFound / Math.max(1, whole.truth)).toFixed(4)} (${whole.truthFound} / ${whole.truth})`);
  const memory = withMemory.get('sentence') as Tally;
  const memoryAll = withMemory.get('all') as Tally;
  console.log(
    `With memory of sentences found on earlier pages: sentence precision ${(memory.predictedRight / Math.max(1, memory.predicted)).toFixed(4)} recall ${(memory.truthFound / Math.max(1, memory.truth)).toFixed(4)}; all precision ${(memoryAll.predictedRight / Math.max(1, memoryAll.predicted)).toFixed(4)} recall ${(memoryAll.truthFound / Math.max(1, memoryAll.truth)).toFixed(4)}`,
  );
  console.log(`\nClean originals: ${docs.length} articles, ${cleanChars} chars, hidden ${cleanHidden} chars`);
  if (cleanExamples.length) console.log(cleanExamples.slice(0, 20).join('\n'));
  const otherTotal = [...otherHidden.values()].reduce((a, b) => a + b, 0);
  console.log(
    `Other clean text (CPP Wikipedia sentences, ${otherPages} pages, ${otherChars} chars): hidden ${otherTotal} chars${
      otherTotal ? ` (${[...otherHidden].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''
    }`,
  );
  if (show && otherExamples.length) console.log(otherExamples.slice(0, show).join('\n'));
  const stressTotal = [...stressHidden.values()].reduce((a, b) => a + b, 0);
  console.log(
    `Same text under headlines made of its own most frequent words (stress test): hidden ${stressTotal} chars${
      stressTotal ? ` (${[...stressHidden].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''
    }`,
  );
  if (show && stressExamples.length) console.log(stressExamples.slice(0, show).join('\n'));
  console.log('\nSeed page (tests/fixtures/seed-page.truth.json)');
  console.log(table(seedTallies));
  if (seedExamples.length) console.log(seedExamples.join('\n'));
  console.log(`\nTime per article: mean ${mean.toFixed(2)} ms, median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(2)} ms, max ${times[times.length - 1]?.toFixed(2)} ms`);
}

/**
 * A headline naming what the page keeps talking about: its six most frequent words of two or more
 * Han characters, as a headline in two parts (三个词：三个词) on every other page, and as one with a
 * quoted name in front (“词”三个词) on the others.
 */
function headlineFromFrequentWords(texts: readonly string[], segment: (text: string) => string[], page: number): string {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of segment(text)) if (word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([word]) => word);
  return page % 2 ? `${top.slice(0, 3).join('')}：${top.slice(3).join('')}` : `“${top[0] ?? ''}”${top.slice(1, 4).join('')}`;
}

await main();
