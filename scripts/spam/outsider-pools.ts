/**
 * The labelled pools of session 25's outsider-line decision (src/spam/find-outsider-lines.ts): pages of
 * several furniture generators (sessions 21–25) and the clean corpus (Simplified and Traditional), read
 * as the pipeline reads them (mechanical finds masked out), cut into candidate lines
 * (src/spam/outsider-line-features.ts) with their features and label: 1 where pasted text covers at
 * least 80% of the line, 0 where none of it, left out between. One JSON line per candidate, written to
 * scratch/outsider/<generator>-<split>.jsonl; ./train-outsider-lines.ts fits and measures.
 *
 *   npx tsx scripts/spam/outsider-pools.ts [--split=dev|heldout] [--generators=lines25,clean] [--every=N]   (every N-th article, rotated by style and place)
 *   npx tsx scripts/spam/outsider-pools.ts --generators=level-cpp,level-sighan,level-short,level-guards [--every=N]   clean pools for the mark level only
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import { mergeSpans } from '../../src/spam/merge-spans';
import { outsiderFeatures, outsiderLines } from '../../src/spam/outsider-line-features';
import { pageOffsets, readPage } from '../../src/spam/page';
import { isEnclosedNumber } from '../../src/spam/text-classes';
import { loadCorpus, splitOf } from './corpus';
import { FURNITURE22_PLACES, FURNITURE22_SEEDS, FURNITURE22_STYLES, furniture22Page } from './furniture22-styles';
import { createRandom, type Article, type Split } from './inject';
import { LINES21_STYLES, lines21Page } from './lines21-styles';
import { LINES22_STYLES, lines22Page } from './lines22-styles';
import { LINES25_STYLES, lines25Page } from './lines25-styles';
import { LINES26_SEEDS, lines26Page } from './lines26-lookalikes';
import { createNodeSpamTools } from './node-tools';
import { PLATFORM23_PLACES, PLATFORM23_SEEDS, PLATFORM23_STYLES, platform23Page } from './platform23-styles';
import { PLUG_PLACES, PLUG_SEEDS, PLUG_STYLES, plugPage } from './plug-styles';
import { EVERYDAY28_SEEDS, EVERYDAY28_STYLES, everyday28Page } from './everyday28-styles';
import { PROMPTS27_SEEDS, PROMPTS27_STYLES, prompts27Page } from './prompts27-styles';
import { ROWS22_PLACES, ROWS22_SEEDS, ROWS22_STYLES, rows22Page } from './rows22-styles';
import { levelPages } from './outsider-level-pages';
import { loadToTraditional } from './traditional';

interface AnyPage {
  title: string;
  paragraphs: string[];
  truth: [number, number, unknown][][];
}

export interface OutsiderRow {
  generator: string;
  style: string;
  place: string;
  page: number;
  y: 0 | 1;
  /** The line's characters on the page. */
  chars: number;
  x: number[];
  text?: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const toTraditional = await loadToTraditional();
const variants = (n: number): string[] => Array.from({ length: n }, (_, i) => `v${i}`);
const variant = (place: string): number => Number(place.slice(1));

const GENERATORS: { name: string; styles: readonly string[]; places: readonly string[]; allPlaces: readonly string[]; seed: (s: Split) => number; page: (a: Article, st: string, pl: string, sp: Split, r: () => number) => AnyPage }[] = [
  { name: 'lines25', styles: LINES25_STYLES, places: variants(3), allPlaces: variants(3), seed: (s) => (s === 'dev' ? 251 : 252), page: (a, st, pl, sp, r) => lines25Page(a, st as never, sp, r, variant(pl), toTraditional) },
  { name: 'lines21', styles: LINES21_STYLES, places: ['v0', 'v1'], allPlaces: variants(5), seed: (s) => (s === 'dev' ? 211 : 212), page: (a, st, pl, sp, r) => lines21Page(a, st as never, sp, r, variant(pl)) },
  { name: 'lines22', styles: LINES22_STYLES, places: ['v0', 'v2'], allPlaces: variants(6), seed: (s) => (s === 'dev' ? 221 : 222), page: (a, st, pl, sp, r) => lines22Page(a, st as never, sp, r, variant(pl), toTraditional) },
  { name: 'plugs', styles: PLUG_STYLES, places: PLUG_PLACES.filter((pl) => pl === 'own' || pl === 'end'), allPlaces: PLUG_PLACES, seed: (s) => PLUG_SEEDS[s], page: (a, st, pl, sp, r) => plugPage(a, st as never, pl as never, sp, r, segment) },
  { name: 'rows22', styles: ROWS22_STYLES, places: ROWS22_PLACES.filter((pl) => pl === 'own'), allPlaces: ROWS22_PLACES, seed: (s) => ROWS22_SEEDS[s], page: (a, st, pl, sp, r) => rows22Page(a, st as never, pl as never, sp, r, segment, toTraditional) },
  { name: 'furniture22', styles: FURNITURE22_STYLES, places: FURNITURE22_PLACES.filter((pl) => pl === 'own' || pl === 'end'), allPlaces: FURNITURE22_PLACES, seed: (s) => FURNITURE22_SEEDS[s], page: (a, st, pl, sp, r) => furniture22Page(a, st as never, pl as never, sp, r, toTraditional) },
  // Session 26: the writer's cheering lines closed by emoji and quoted code (no truth: negatives only). Its link rows stay out:
  // the features do not see links, and a slot row labelled the writer's would teach the fit that rows are prose.
  { name: 'lookalike26', styles: ['emoji', 'code'], places: variants(3), allPlaces: variants(3), seed: (s) => LINES26_SEEDS[s], page: (a, st, pl, sp, r) => lines26Page(a, st as never, sp, r, variant(pl), toTraditional) },
  // Session 27: lines that talk to the reader in prose, with the writer's look-alikes (advice, a prompt described).
  { name: 'prompts27', styles: PROMPTS27_STYLES, places: variants(3), allPlaces: variants(3), seed: (s) => PROMPTS27_SEEDS[s], page: (a, st, pl, sp, r) => prompts27Page(a, st as never, sp, r, variant(pl), toTraditional) },
  // Session 28: lines a phone, an app, a device or a service shows, with the writer's stories quoting them and reports full of figures.
  { name: 'everyday28', styles: EVERYDAY28_STYLES, places: variants(3), allPlaces: variants(3), seed: (s) => EVERYDAY28_SEEDS[s], page: (a, st, pl, sp, r) => everyday28Page(a, st as never, sp, r, variant(pl), toTraditional) },
  { name: 'platform23', styles: PLATFORM23_STYLES, places: PLATFORM23_PLACES.filter((pl) => pl === 'own' || pl === 'end'), allPlaces: PLATFORM23_PLACES, seed: (s) => PLATFORM23_SEEDS[s], page: (a, st, pl, sp, r) => platform23Page(a, st as never, pl as never, sp, r, toTraditional) },
];

/** The page's candidate lines as the pipeline reads them, with their features and labels. */
function rowsOf(page: AnyPage, pageId: number, generator: string, style: string, place: string, keepText: boolean): OutsiderRow[] {
  const pageNumbers = page.paragraphs.flatMap((text) => [...text].filter(isEnclosedNumber));
  const finders = mechanicalFinders(tools, pageNumbers, page.paragraphs, page.title);
  const hidden = page.paragraphs.map((text) => mergeSpans(finders.flatMap(([, find]) => find(text))).filter((s) => s.tier === 'hidden'));
  const read = readPage(page.title, page.paragraphs, hidden, tools);
  const lines = outsiderLines(read);
  const features = outsiderFeatures(read, lines);
  const rows: OutsiderRow[] = [];
  lines.forEach((line, i) => {
    const paragraph = read.paragraphs[line.paragraph];
    if (!paragraph) return;
    const [start, end] = pageOffsets(paragraph, line.start, line.end);
    const text = page.paragraphs[line.paragraph] ?? '';
    let covered = 0;
    let all = 0;
    for (let at = start; at < end; at++) {
      if (/\s/u.test(text[at] ?? '')) continue;
      all++;
      if ((page.truth[line.paragraph] ?? []).some(([s, e]) => at >= s && at < e)) covered++;
    }
    if (covered && covered < 0.8 * all) return;
    rows.push({ generator, style, place, page: pageId, y: covered ? 1 : 0, chars: all, x: (features[i] ?? []).map((v) => Math.round(v * 1e4) / 1e4), ...(keepText ? { text: text.slice(start, end) } : {}) });
  });
  return rows;
}

const split = (option('split') ?? 'dev') as Split;
const every = Number(option('every') ?? 1);
const wanted = option('generators')?.split(',');
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const dir = option('dir') ?? 'scratch/outsider';
mkdirSync(dir, { recursive: true });
let pageId = 0;
if (!wanted || wanted.includes('clean')) {
  const rows: string[] = [];
  for (const article of articles) {
    for (const traditional of [false, true]) {
      const convert = (text: string): string => (traditional ? toTraditional(text) : text);
      const page: AnyPage = { title: convert(article.title), paragraphs: article.paragraphs.map(convert), truth: [] };
      for (const row of rowsOf(page, pageId++, 'clean', traditional ? 'traditional' : 'simplified', 'page', true)) rows.push(JSON.stringify(row));
    }
  }
  writeFileSync(`${dir}/clean-${split}.jsonl`, `${rows.join('\n')}\n`);
  console.log(`clean-${split}: ${rows.length} lines`);
}
// Session 27: clean text the fit never sees, for the mark level only (./outsider-level-pages.ts): written as
// level-<pool>-dev.jsonl / -heldout.jsonl, halves by page.
if (wanted?.some((w) => w.startsWith('level-'))) {
  for (const [pool, pages] of Object.entries(levelPages((text) => tools.segmenter.tag?.(text) ?? [], toTraditional, every))) {
    if (!wanted.includes(pool)) continue;
    const started = Date.now();
    const out: Record<Split, string[]> = { dev: [], heldout: [] };
    for (const page of pages) for (const row of rowsOf({ ...page, truth: [] }, pageId++, pool, page.style, 'page', true)) out[page.split].push(JSON.stringify(row));
    for (const half of ['dev', 'heldout'] as const) writeFileSync(`${dir}/${pool}-${half}.jsonl`, `${out[half].join('\n')}\n`);
    console.log(`${pool}: dev ${out.dev.length}, held-out ${out.heldout.length} lines, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
for (const generator of GENERATORS) {
  if (wanted && !wanted.includes(generator.name)) continue;
  const rows: string[] = [];
  const started = Date.now();
  for (const [si, style] of generator.styles.entries()) {
    for (const place of generator.places) {
      // The place's index among the generator's own places, as its benchmark seeds pages.
      const pi = generator.allPlaces.indexOf(place);
      articles.forEach((article, index) => {
        // Every N-th article, a different one for each style and place (more of the corpus in a smaller pool).
        if ((index + si * 7 + pi * 3) % every) return;
        const random = createRandom(generator.seed(split) * 100000 + index * 100 + si * 10 + pi);
        const page = generator.page(article, style, place, split, random);
        for (const row of rowsOf(page, pageId++, generator.name, style, place, true)) rows.push(JSON.stringify(row));
      });
    }
  }
  writeFileSync(`${dir}/${generator.name}-${split}.jsonl`, `${rows.join('\n')}\n`);
  console.log(`${generator.name}-${split}: ${rows.length} lines, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
