/**
 * What a segmentation change does to real news: every paragraph of ../shared/corpus (read in
 * place) cut by the segmenter with and without the language model's re-cutting, and each place
 * where the two differ, with its context, so a sample can be judged by hand.
 *
 * Articles of the news gold set (tests/fixtures/news-words) are left out unless --all: changes
 * are judged on text the gold does not measure. --skip=73,37 leaves out more articles.
 *
 * --against=<checkout> compares instead this tree's segmenter (with the model) to another
 * checkout's (its scripts/segment/node-segmenter.ts, e.g. /work/main): what a change of the
 * regrouping rules does, listed the same way.
 *
 * --sentences=<file> reads one sentence a line from another text instead of the corpus (e.g. the
 * CPP dev sentences, ../shared/bench/polyphone/dev.sent, whose ▁ marks are dropped): more text no
 * rule was written from. Never the CPP test sentences.
 *
 * --pages compares instead each paragraph read alone with the same paragraph read in its article
 * (Segmenter.tagPage: words the page repeats, src/segment/page-words.ts), both with the model.
 *
 * Usage: npx tsx scripts/words/segment-changes.ts [--pages] [--sample=40] [--seed=1] [--all] [--skip=..] [--margin=3] [--against=<checkout>] [--sentences=<file>]
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { loadNodeLanguageModelSync } from '../../src/lm/node-loader';
import { createJiebaSegmenter } from '../../src/segment/segmenter';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { cedictHeadwords } from '../segment/node-segmenter';
import { loadCorpus } from './gold';

// Piped into head: stop quietly when the reader closes.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SAMPLE = Number(option('sample') ?? 0);
const SEED = Number(option('seed') ?? 1);

function goldArticles(): Set<number> {
  const ids = new Set<number>();
  for (const file of ['gold.txt', 'held-back.txt']) {
    const text = readFileSync(new URL(`../../tests/fixtures/news-words/${file}`, import.meta.url), 'utf8');
    for (const line of text.split('\n')) if (/^\d+:/.test(line)) ids.add(Number(line.split(':')[0]));
  }
  return ids;
}

/** Word boundaries of a cut, as offsets. */
const boundaries = (words: readonly string[]): Set<number> => {
  const out = new Set<number>();
  let at = 0;
  for (const w of words) out.add((at += w.length));
  return out;
};

/** Spans where the two cuts differ, each widened to boundaries both cuts share. */
function differences(text: string, a: readonly string[], b: readonly string[]): { start: number; end: number }[] {
  const ba = boundaries(a);
  const bb = boundaries(b);
  const shared = [0, ...[...ba].filter((x) => bb.has(x))].sort((x, y) => x - y);
  const out: { start: number; end: number }[] = [];
  for (let k = 1; k < shared.length; k++) {
    const start = shared[k - 1]!;
    const end = shared[k]!;
    const inside = (set: Set<number>) => [...set].filter((x) => x > start && x < end).length;
    if (inside(ba) !== 0 || inside(bb) !== 0) out.push({ start, end });
  }
  return out.filter((d) => text.slice(d.start, d.end));
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const dictionary = await loadDictionaryFromDisk();
const known = cedictHeadwords();
const custom = dictionary.customWords();
const model = loadNodeLanguageModelSync();
const margin = option('margin');
const against = option('against');
type NodeSegmenterModule = { createNodeSegmenter: (words: Iterable<string>) => { cut(text: string): string[] } };
const plain = against
  ? ((await import(`${against}/scripts/segment/node-segmenter.ts`)) as NodeSegmenterModule).createNodeSegmenter(custom)
  : createJiebaSegmenter(jieba, custom, (w) => known.has(w));
const withModel = createJiebaSegmenter(jieba, custom, (w) => known.has(w), model, margin ? Number(margin) : undefined);
const sentences = option('sentences');
const PAGES = process.argv.includes('--pages');
const skip = new Set(sentences ? [] : [...(process.argv.includes('--all') ? [] : goldArticles()), ...(option('skip')?.split(',').map(Number) ?? [])]);

const changes: string[] = [];
let words = 0;
let changedWords = 0;
let msPlain = 0;
let msModel = 0;
const articles = sentences
  ? [{ paragraphs: readFileSync(sentences, 'utf8').split('\n').map((l) => l.replace(/▁/g, '')).filter((l) => l.trim()) }]
  : loadCorpus();
articles.forEach((article, n) => {
  if (skip.has(n)) return;
  let t = performance.now();
  // Sentences from a file are no page: each is read alone in --pages mode too.
  const paged = PAGES ? (sentences ? article.paragraphs.map((s) => withModel.tagPage!([s])[0]!) : withModel.tagPage!(article.paragraphs)) : [];
  const msPage = performance.now() - t;
  article.paragraphs.forEach((text, p) => {
    t = performance.now();
    const a = PAGES ? withModel.cut(text) : plain.cut(text);
    msPlain += performance.now() - t;
    t = performance.now();
    const b = PAGES ? paged[p]!.map((w) => w.word) : withModel.cut(text);
    msModel += PAGES ? msPage / article.paragraphs.length : performance.now() - t;
    words += a.length;
    for (const d of differences(text, a, b)) {
      const cut = (ws: readonly string[]) => {
        let at = 0;
        return ws.filter((w) => ((at += w.length), at > d.start && at - w.length < d.end)).join('|');
      };
      changedWords += cut(a).split('|').length;
      changes.push(`${n}:${p} ${text.slice(Math.max(0, d.start - 8), d.start)}[${cut(a)} → ${cut(b)}]${text.slice(d.end, d.end + 8)}`);
    }
  });
});
console.log(`${changes.length} places changed, ${changedWords} of ${words} words (${((100 * changedWords) / words).toFixed(2)}%); articles skipped: ${[...skip].sort((x, y) => x - y).join(' ')}`);
console.log(`segmenting time: ${against ? `${against}'s` : 'without the model'} ${msPlain.toFixed(0)} ms, ${against ? 'this tree' : 'with it'} ${msModel.toFixed(0)} ms (a busy machine is noisy)`);
const random = seeded(SEED);
const shown = SAMPLE > 0 ? changes.map((c) => ({ c, r: random() })).sort((x, y) => x.r - y.r).slice(0, SAMPLE).map((x) => x.c) : changes;
for (const c of shown) console.log(c);
