/**
 * Benchmark of the furniture lines of ./line-styles.ts (issue 12, session 18), per style: character
 * precision and recall of what is hidden, and of what is hidden or marked. For `lookalike` (real
 * lines of the same shapes, nothing pasted) the figures are the real characters hidden and marked:
 * any hidden one is a defect.
 *
 *   npx tsx scripts/spam/bench-lines.ts                     the held-out split (measuring only)
 *   npx tsx scripts/spam/bench-lines.ts --split=dev --show=N  the dev split, N missed / wrong examples per style
 *   npx tsx scripts/spam/bench-lines.ts --split=dev --show=N --wrong   only the real text hidden or marked
 *   npx tsx scripts/spam/bench-lines.ts --styles=poll,ad      only these styles (same pages as in the full run)
 *   npx tsx scripts/spam/bench-lines.ts --generator=lines25 --places=tail   only the pages of these places (same pages as in the full run)
 *   npx tsx scripts/spam/bench-lines.ts --generator=stamps    session 19's runs glued inside paragraphs (./stamp-line-styles.ts)
 *   npx tsx scripts/spam/bench-lines.ts --generator=widgets   session 20's widgets, tickers, reading times, notices (./widget-line-styles.ts)
 *   npx tsx scripts/spam/bench-lines.ts --generator=lines21   session 21's furniture in QA20's five places (./lines21-styles.ts), with a row per place
 *   npx tsx scripts/spam/bench-lines.ts --generator=lines22   session 22's comment rows, pagers, tags, image notes, horoscope and translation lines in QA21's six places (./lines22-styles.ts), a quarter Traditional
 *   npx tsx scripts/spam/bench-lines.ts --generator=lines25   session 25's twenty kinds of site and platform lines as own paragraphs, last paragraphs and paragraph tails (./lines25-styles.ts), a quarter Traditional, with a row for the Traditional pages
 *   npx tsx scripts/spam/bench-lines.ts --generator=prompts27 session 27's lines that talk to the reader in prose (./prompts27-styles.ts), places and Traditional as lines25
 *   npx tsx scripts/spam/bench-lines.ts --generator=everyday28 session 28's lines a phone, an app, a device or a service shows (./everyday28-styles.ts), places and Traditional as lines25
 *
 * Pages: every article of the split's half of the corpus, two pages per style, seed 181 (dev) /
 * 182 (held-out); with --generator=stamps, 191 / 192; with --generator=widgets, 201 / 202; with --generator=lines21, five pages per style per article (one per place), 211 / 212; with --generator=lines22, six (one per place), 221 / 222; with --generator=lines25, three (one per place), 251 / 252; with --generator=prompts27, three, 271 / 272; with --generator=everyday28, three, 281 / 282. The held-out split's examples are never printed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createRandom, type Split } from './inject';
import { createNodeSpamTools } from './node-tools';
import { LINE_STYLES, linePage } from './line-styles';
import { STAMP_STYLES, stampPage } from './stamp-line-styles';
import { WIDGET_STYLES, widgetPage } from './widget-line-styles';
import { LINES21_PLACES, LINES21_STYLES, lines21Page } from './lines21-styles';
import { LINES22_PLACES, LINES22_STYLES, lines22Page, type Lines22Style } from './lines22-styles';
import { LINES25_PLACES, LINES25_STYLES, lines25Page, type Lines25Style } from './lines25-styles';
import { PROMPTS27_PLACES, PROMPTS27_SEEDS, PROMPTS27_STYLES, prompts27Page, type Prompts27Style } from './prompts27-styles';
import { EVERYDAY28_PLACES, EVERYDAY28_SEEDS, EVERYDAY28_STYLES, everyday28Page, isEverydayLookalike, type Everyday28Style } from './everyday28-styles';
import { newTallies, score, type Tally } from './tally';
import { loadToTraditional } from './traditional';

const stamps = process.argv.includes('--generator=stamps');
const widgets = process.argv.includes('--generator=widgets');
const lines21 = process.argv.includes('--generator=lines21');
const lines22 = process.argv.includes('--generator=lines22');
const prompts27 = process.argv.includes('--generator=prompts27');
const everyday28 = process.argv.includes('--generator=everyday28');
const lines25 = prompts27 || everyday28 || process.argv.includes('--generator=lines25');
const toTraditional = lines22 || lines25 ? await loadToTraditional() : (text: string) => text;
const SEEDS: Record<Split, number> = everyday28 ? EVERYDAY28_SEEDS : prompts27 ? PROMPTS27_SEEDS : lines25 ? { dev: 251, heldout: 252 } : lines22 ? { dev: 221, heldout: 222 } : lines21 ? { dev: 211, heldout: 212 } : widgets ? { dev: 201, heldout: 202 } : stamps ? { dev: 191, heldout: 192 } : { dev: 181, heldout: 182 };
const STYLES: readonly string[] = everyday28 ? EVERYDAY28_STYLES : prompts27 ? PROMPTS27_STYLES : lines25 ? LINES25_STYLES : lines22 ? LINES22_STYLES : lines21 ? LINES21_STYLES : widgets ? WIDGET_STYLES : stamps ? STAMP_STYLES : LINE_STYLES;
const makePage = everyday28
  ? (doc: Parameters<typeof linePage>[0], style: Everyday28Style, split: Split, random: () => number, v: number) => everyday28Page(doc, style, split, random, v, toTraditional)
  : prompts27
  ? (doc: Parameters<typeof linePage>[0], style: Prompts27Style, split: Split, random: () => number, v: number) => prompts27Page(doc, style, split, random, v, toTraditional)
  : lines25
  ? (doc: Parameters<typeof linePage>[0], style: Lines25Style, split: Split, random: () => number, v: number) => lines25Page(doc, style, split, random, v, toTraditional)
  : lines22
  ? (doc: Parameters<typeof linePage>[0], style: Lines22Style, split: Split, random: () => number, v: number) => lines22Page(doc, style, split, random, v, toTraditional)
  : lines21 ? lines21Page : widgets ? widgetPage : stamps ? stampPage : linePage;
const PLACES: readonly string[] = everyday28 ? EVERYDAY28_PLACES : prompts27 ? PROMPTS27_PLACES : lines25 ? LINES25_PLACES : lines22 ? LINES22_PLACES : LINES21_PLACES;
const VARIANTS = lines25 || lines22 || lines21 ? PLACES.length : 2;
const option = (name: string): string | undefined => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const show = split === 'dev' ? Number(option('show') ?? 0) : 0;
const wrongOnly = process.argv.includes('--wrong');
const only = option('styles')?.split(',');
/** --places=tail: only the pages of these places (placed generators; the same pages as in the full run). */
const onlyPlaces = option('places')?.split(',');

const tools = await createNodeSpamTools();
const articles = loadCorpus().filter((doc) => splitOf(doc.url) === split);
const ratio = (a: number, b: number): string => (b === 0 ? '   -  ' : (a / b).toFixed(4));
const row = (name: string, pages: string, t: Tally): string =>
  `${name.padEnd(11)} ${pages.padStart(6)} ${String(t.truth).padStart(11)} | ${ratio(t.predictedRight, t.predicted).padStart(16)}  ${ratio(t.truthFound, t.truth)} | ${ratio(t.predictedRight + t.suspectRight, t.predicted + t.suspect).padStart(26)}  ${ratio(t.truthMarked, t.truth)} | ${String(t.predicted - t.predictedRight).padStart(17)}  ${String(t.suspect - t.suspectRight).padStart(6)}`;

console.log(`Furniture ${everyday28 ? 'lines (everyday28 generator)' : prompts27 ? 'lines (prompts27 generator)' : lines25 ? 'lines (lines25 generator)' : lines22 ? 'lines (lines22 generator)' : lines21 ? 'runs (lines21 generator)' : widgets ? 'runs (widgets generator)' : stamps ? 'runs (stamps generator)' : 'lines'} benchmark — ${split} split (${VARIANTS} pages per style per article, seed ${SEEDS[split]})`);
console.log('style        pages  spam chars | HIDDEN precision  recall | HIDDEN OR MARKED precision  recall | real chars hidden  marked');
const all = newTallies().get('all') as Tally;
const byPlace = new Map(PLACES.map((place) => [place, newTallies()]));
const traditional = newTallies();
/** Look-alike styles (the writer's own lines: nothing pasted) are left out of the spam rows. */
const isLookalike = (style: string): boolean => style === 'lookalike' || (prompts27 && (style === 'advice' || style === 'about')) || (everyday28 && isEverydayLookalike(style));
const placed = lines21 || lines22 || lines25;
for (const [s, style] of STYLES.entries()) {
  if (only && !only.includes(style)) continue;
  const tallies = newTallies();
  const examples = { out: [] as string[], limit: wrongOnly ? 100000 : show };
  let pages = 0;
  articles.forEach((doc, index) => {
    for (let v = 0; v < VARIANTS; v++) {
      if (onlyPlaces && !onlyPlaces.includes(PLACES[v] ?? '')) continue;
      const page = makePage(doc, style as never, split, createRandom(SEEDS[split] * 100000 + index * 100 + s * 10 + v), v);
      const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
      score(page.paragraphs, page.truth, found, tallies, show ? examples : undefined);
      if (placed && !isLookalike(style)) score(page.paragraphs, page.truth, found, byPlace.get(PLACES[v] as never) as ReturnType<typeof newTallies>);
      if (lines25 && !isLookalike(style) && page.title !== doc.title) score(page.paragraphs, page.truth, found, traditional);
      pages++;
    }
  });
  const t = tallies.get('all') as Tally;
  if (!isLookalike(style)) for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += t[key];
  console.log(row(style, String(pages), t));
  for (const line of examples.out.filter((l) => !wrongOnly || l.startsWith('  WRONG')).slice(0, show)) console.log(line);
}
console.log(row('all spam', '', all));
if (placed) for (const [place, t] of byPlace) console.log(row(`  ${place}`, '', t.get('all') as Tally));
if (lines25) console.log(row('  Trad.', '', traditional.get('all') as Tally));
