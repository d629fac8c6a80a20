/**
 * Traditional pages with real regional wording (session 27): the same generated pages read in
 * Simplified (S), in Taiwan's Traditional (TW) and in Hong Kong's (HK), converted by OpenCC's
 * phrase tables (./regional-traditional.ts), and in bench:spam's one-character-for-one Traditional (ch)
 * for comparison — 軟體, 網路, 資訊, 影片, 登入, 簡訊 and 「」 quotes,
 * which bench:spam's one-character-for-one Traditional never shows. Frozen before any finder or the
 * Simplified view was changed for it.
 *
 * Generators (the nearest to QA26's Traditional farm pages): bench:spam's own pages (./inject.ts,
 * pools and seed of the split), lines25 (site and platform lines), rows21 (rows, coupons, contacts,
 * plugs, bait) and, held-out only, furniture24-heldout (written by another session, never edited).
 * Each generator's style and place rotate over the split's articles, so every class is read; each
 * page is read three times, once per script. Look-alike styles are the writer's text: any hidden
 * character there (and anywhere outside the truth) is a defect. The corpus read in TW and HK
 * wording (every article) must stay 0 hidden.
 *
 *   npx tsx scripts/spam/bench-traditional27.ts                 held-out (measuring only)
 *   npx tsx scripts/spam/bench-traditional27.ts --split=dev     dev (tuning), --show=N: N missed / wrong per script
 *   npx tsx scripts/spam/bench-traditional27.ts --finders       hidden truth characters by the reason that hid them
 *   npx tsx scripts/spam/bench-traditional27.ts --only=lines25  one generator
 *   npx tsx scripts/spam/bench-traditional27.ts --without=mainland-view   as before src/spam/mainland-view.ts (ablation)
 */
import { analyzeSpam, spansOf, type SpamAnalysis } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf, generatorRun, type Split } from './corpus';
import { FURNITURE24_PLACES, FURNITURE24_SEED, FURNITURE24_STYLES, furniture24Page } from './furniture24-heldout-styles';
import { createRandom, injectSpam, type InjectedPage } from './inject';
import { LINES25_PLACES, LINES25_STYLES, lines25Page } from './lines25-styles';
import { createNodeSpamTools } from './node-tools';
import { newsSentences } from './paste-styles';
import { convertPage, regionalConverter, type Region } from './regional-traditional';
import { ROWS21_PLACES, ROWS21_SEEDS, ROWS21_STYLES, rows21Page } from './rows21-styles';
import { loadToTraditional } from './traditional';
import { CleanCount, isSuspect, newTallies, score, type Tally } from './tally';

/** S: Simplified; ch: bench:spam's one-character-for-one Traditional (./traditional.ts); tw, hk: the regions' wording. */
type Script = 'S' | 'ch' | Region;
const SCRIPTS: readonly Script[] = ['S', 'ch', 'tw', 'hk'];
const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const byFinder = args.includes('--finders');
const only = option('only');
// --without=NAME[,NAME]: leave out mechanical finders or the mainland view ('mainland-view'), as analyzeSpam's skip.
const without = option('without') ? new Set(option('without')?.split(',')) : undefined;
const same = (text: string): string => text;
const converters: Record<Script, (text: string) => string> = { S: same, ch: await loadToTraditional(), tw: regionalConverter('tw'), hk: regionalConverter('hk') };

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const corpus = loadCorpus();
const articles = corpus.filter((doc) => splitOf(doc.url) === split);
const run = generatorRun(split);
const donors = newsSentences(corpus.filter((d) => splitOf(d.url) === run.pools));

interface Made {
  page: InjectedPage & { lookalike?: [number, number][][] };
  /** The row the page is counted under: its truth family (bench pages) or its style. */
  rows: (family: string, style: string) => string;
  /** A row of its own besides (furniture24: the pages whose pieces are half in the Traditional sites' own wording). */
  group?: string;
}

/** The generators' pages for one article (the generators' own Traditional switch left to Simplified: the regions are applied after). */
function pagesOf(generator: string, article: (typeof articles)[number], index: number): Made[] {
  const byStyle = (_: string, style: string): string => style;
  if (generator === 'bench') {
    const page = injectSpam(article, run.seed * 100000 + index * 10, run.pools, segment, run.headlineStyle, { donors });
    return [{ page, rows: (family) => family }];
  }
  if (generator === 'lines25') {
    const style = LINES25_STYLES[index % LINES25_STYLES.length] as (typeof LINES25_STYLES)[number];
    const seed = split === 'dev' ? 251 : 252;
    return LINES25_PLACES.map((_, v) => ({ page: lines25Page(article, style, split, createRandom(seed * 100000 + index * 10 + v), v, same), rows: byStyle }));
  }
  if (generator === 'rows21') {
    return ROWS21_PLACES.slice(0, 3).map((_, v) => {
      const style = ROWS21_STYLES[(index + v) % ROWS21_STYLES.length] as (typeof ROWS21_STYLES)[number];
      const place = ROWS21_PLACES[(index * 3 + v) % ROWS21_PLACES.length] as (typeof ROWS21_PLACES)[number];
      return { page: rows21Page(article, style, place, split, createRandom(ROWS21_SEEDS[split] * 100000 + index * 10 + v), segment, same), rows: byStyle };
    });
  }
  // furniture24-heldout: its wordings are a held-out set, never read on dev.
  return [0, 1, 2].map((v) => {
    const style = FURNITURE24_STYLES[(index * 3 + v) % FURNITURE24_STYLES.length] as (typeof FURNITURE24_STYLES)[number];
    const place = FURNITURE24_PLACES[(index + v) % FURNITURE24_PLACES.length] as (typeof FURNITURE24_PLACES)[number];
    const page = furniture24Page(article, style, place, createRandom(FURNITURE24_SEED * 100000 + index * 10 + v), same);
    return { page, rows: byStyle, group: page.traditional ? '~ written in Traditional' : '~ written in Simplified' };
  });
}

const GENERATORS = ['bench', 'lines25', 'rows21', ...(split === 'heldout' ? ['furniture24'] : [])].filter((g) => !only || only.split(',').includes(g));
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1).padStart(5) : '    -');
const cell = (t: Tally | undefined): string => (t ? `${pct(t.truthFound, t.truth)} ${pct(t.truthMarked, t.truth)}` : '    -     -');
const realCell = (t: Tally | undefined): string => (t ? `${String(t.predicted - t.predictedRight).padStart(4)}/${String(t.suspect - t.suspectRight).padEnd(4)}` : '   -/-   ');

/** Which stage hid a truth character: the mechanical finder's reason, or the language stage's kind. */
function stageOf(analysis: SpamAnalysis, p: number, i: number): string {
  const inSpan = (spans: readonly SpamSpan[] | undefined): SpamSpan | undefined => spans?.find((s) => s.tier === 'hidden' && s.start <= i && i < s.end);
  const mech = inSpan(analysis.mechanical[p]);
  if (mech) return `mech: ${mech.reason.slice(0, 48)}`;
  if (inSpan(analysis.parts[p]) || inSpan(analysis.phrases[p])) return 'headline parts/phrases';
  const item = inSpan(analysis.items[p]);
  if (item) return `item: ${item.reason.slice(0, 48)}`;
  return 'language decision / links';
}

console.log(`Traditional with regional wording (s27) — ${split}: ${articles.length} articles${without ? `, without ${[...without].join(', ')}` : ''}; hidden% H|M% per script (S, CH, TW, HK); real = the writer's characters hidden/marked`);
const totals = new Map<Script, Tally>();
const finders = new Map<string, Record<Script, number>>();
for (const generator of GENERATORS) {
  const rows = new Map<string, Map<Script, Tally>>();
  const all = new Map<Script, Tally>();
  const examples = new Map<Script, { out: string[]; limit: number }>(SCRIPTS.map((s) => [s, { out: [], limit: show * 2 }]));
  let pages = 0;
  articles.forEach((article, index) => {
    for (const made of pagesOf(generator, article, index)) {
      pages++;
      for (const script of SCRIPTS) {
        const page = script === 'S' ? made.page : convertPage(made.page, converters[script]);
        const analysis = analyzeSpam(page.title, page.paragraphs, tools, page.links.some((r) => r.length) ? page.links : undefined, without);
        const found = spansOf(analysis);
        const tallies = newTallies();
        score(page.paragraphs, page.truth, found, tallies, examples.get(script));
        const t = tallies.get('all') as Tally;
        // Rows: one per truth family / style on the page; a page with no truth (look-alikes) under its style.
        const names = new Set(page.truth.flatMap((spans, p) => spans.map((s, k) => made.rows(s[2], page.styles[p]?.[k] ?? ''))));
        if (!names.size) names.add(made.rows('', page.styles.flat()[0] ?? 'lookalike'));
        if (made.group) names.add(made.group);
        for (const name of names) {
          const perFamily = generator === 'bench' ? (tallies.get(name as never) as Tally) : t;
          const row = rows.get(name) ?? new Map<Script, Tally>();
          const into = row.get(script) ?? newTallies().get('all')!;
          for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += perFamily[key];
          row.set(script, into);
          rows.set(name, row);
        }
        for (const sum of [all, totals]) {
          const into = sum.get(script) ?? newTallies().get('all')!;
          for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += t[key];
          sum.set(script, into);
        }
        if (byFinder) {
          page.truth.forEach((spans, p) => {
            for (const [start, end] of spans)
              for (let i = start; i < end; i++) {
                if (!found[p]?.some((s) => !isSuspect(s) && s.start <= i && i < s.end)) continue;
                const stage = stageOf(analysis, p, i);
                const counts = finders.get(stage) ?? { S: 0, ch: 0, tw: 0, hk: 0 };
                counts[script]++;
                finders.set(stage, counts);
              }
          });
        }
      }
    }
  });
  console.log(`\n${generator} (${pages} pages)`.padEnd(31) + SCRIPTS.map((s) => `${s.toUpperCase().padStart(2)}: hid   H|M real h/m`).join(' | ') + ' | chars');
  for (const [name, row] of [...rows].sort((a, b) => a[0].localeCompare(b[0])).concat([['ALL', all]]))
    console.log(`  ${name.slice(0, 28).padEnd(28)} ${SCRIPTS.map((s) => `${cell(row.get(s))} ${realCell(row.get(s))}`).join(' | ')} | ${row.get('S')?.truth ?? 0}`);
  for (const script of SCRIPTS) for (const line of examples.get(script)?.out ?? []) console.log(`  [${script}]${line}`);
}
console.log(`\nALL generators                 ${SCRIPTS.map((s) => `${s}: ${cell(totals.get(s))} real ${realCell(totals.get(s))}`).join(' | ')}`);

if (byFinder) {
  console.log('\nHidden truth characters by what hid them (S / ch / TW / HK), largest Traditional loss first:');
  for (const [stage, n] of [...finders].sort((a, b) => b[1].S - Math.min(b[1].tw, b[1].hk) - (a[1].S - Math.min(a[1].tw, a[1].hk))))
    console.log(`  ${SCRIPTS.map((s) => String(n[s]).padStart(6)).join(' ')}  ${stage}`);
}

// The corpus in each region's wording: the writer's text, nothing may be hidden.
if (!only) {
  for (const script of ['tw', 'hk'] as const) {
    const clean = new CleanCount();
    for (const doc of corpus) {
      const paragraphs = doc.paragraphs.map(converters[script]);
      clean.add(paragraphs, spansOf(analyzeSpam(converters[script](doc.title), paragraphs, tools, undefined, without)));
    }
    console.log(`corpus articles, ${script.toUpperCase()} wording: ${clean.summary()}`);
    if (show) for (const line of clean.examples.filter((l) => l.includes('HIDDEN')).slice(0, show)) console.log(line);
  }
}
