/**
 * What src/spam/find-offtopic-sentences.ts finds alone: on clean text (the corpus under its own and
 * news-style headlines, Simplified and Traditional; the CPP pages under plain and news-style headlines,
 * the stress test; the short articles; the marks-clean pages; SIGHAN's PKU and MSR test text read as
 * news pages, never tuned on), where every find is the writer's text; and with `--split=dev|heldout`
 * on ./offtopic23-styles.ts's pages, pasted characters found and real characters taken. Measuring only.
 *
 *   npx tsx scripts/spam/scan-offtopic.ts [--split=dev|heldout] [--show] [--curve]
 *
 * `--curve`: the same pages read at levels around the shipped ones (pair share, silent share of the
 * page), one line of totals each: the precision–recall curve of the pasted sentences, or clean finds.
 */
import { readPage } from '../../src/spam/page';
import { OFFTOPIC_LEVELS, offtopicSentenceSpans, type OfftopicLevels } from '../../src/spam/find-offtopic-sentences';
import { cleanScanPages } from './clean-scan-pages';
import { createNodeSpamTools } from './node-tools';
import { offtopic23PagesOf, type Offtopic23Split } from './offtopic23-styles';
import { reportedHosts } from './reported-styles';
import type { TruthSpan } from './tally';
import { loadToTraditional } from './traditional';

const show = process.argv.includes('--show');
const curve = process.argv.includes('--curve');
const split = process.argv.find((a) => a.startsWith('--split='))?.split('=')[1] as Offtopic23Split | undefined;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();

// `--hide=page,neighbour;…`: the levels below which a plain sentence is hidden (its cosine with the
// page, with each neighbouring sentence), one curve point each.
// `--marknear=a;b;…`: marked only below that cosine with each neighbouring sentence too.
const hide = process.argv.find((a) => a.startsWith('--hide='))?.slice('--hide='.length);
const markNear = process.argv.find((a) => a.startsWith('--marknear='))?.slice('--marknear='.length);
const LEVELS: OfftopicLevels[] = hide
  ? hide.split(';').map((pair) => {
      const [hideTopicCosine = -Infinity, hideNeighbourCosine = -Infinity] = pair.split(',').map(Number);
      return { ...OFFTOPIC_LEVELS, hideTopicCosine, hideNeighbourCosine };
    })
  : markNear
    ? markNear.split(';').map((level) => ({ ...OFFTOPIC_LEVELS, markNeighbourCosine: Number(level) }))
  : curve
    ? [-Infinity, 0, 0.05, 0.1, 0.15, 0.2].map((maxTopicCosine) => ({ ...OFFTOPIC_LEVELS, maxTopicCosine }))
    : [OFFTOPIC_LEVELS];
const levelName = (l: OfftopicLevels): string =>
  `pairs ≤ ${l.maxPairShare}, silent ≤ ${l.maxSilent}, topic < ${l.maxTopicCosine}${hide ? `, hide < ${l.hideTopicCosine} / ${l.hideNeighbourCosine}` : ''}${markNear ? `, neighbours < ${l.markNeighbourCosine}` : ''}`;
const sets = new Map<string, { pages: number; pasted: number; found: number; real: number; marked: number; realMarked: number }>();
const lines: string[] = [];
const scan = (set: string, title: string, texts: readonly string[], truth: readonly (readonly TruthSpan[])[] = []): void => {
  const page = readPage(title, texts, texts.map(() => []), tools);
  for (const levels of LEVELS) scanAt(curve || hide || markNear ? levelName(levels) : set, page, levels, texts, truth);
};
const scanAt = (set: string, page: ReturnType<typeof readPage>, levels: OfftopicLevels, texts: readonly string[], truth: readonly (readonly TruthSpan[])[]): void => {
  const count = sets.get(set) ?? { pages: 0, pasted: 0, found: 0, real: 0, marked: 0, realMarked: 0 };
  sets.set(set, count);
  count.pages++;
  for (const spans of truth) for (const [a, b] of spans) count.pasted += b - a;
  offtopicSentenceSpans(page, levels).forEach((spans, p) => {
    const text = texts[p] ?? '';
    for (const s of spans) {
      const pasted = (truth[p] ?? []).reduce((n, [a, b]) => n + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
      const hidden = s.tier === 'hidden';
      count[hidden ? 'found' : 'marked'] += pasted;
      count[hidden ? 'real' : 'realMarked'] += s.end - s.start - pasted;
      if (show && s.end - s.start > pasted) lines.push(`${set}${hidden ? '' : ' (marked)'}: ${text.slice(Math.max(0, s.start - 16), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 16)}`);
    }
  });
};

if (split) {
  reportedHosts(split).forEach((host, h) => {
    for (const page of offtopic23PagesOf(host, h, split, toTraditional))
      scan(`${split} ${page.place}${page.place === 'lookalike' ? ` ${page.kind}` : ''}`, page.traditional ? toTraditional(host.title) : host.title, page.paragraphs, page.truth);
  });
} else {
  for (const { set, title, texts } of await cleanScanPages({ long: true })) scan(set, title, texts);
}

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
for (const [set, c] of [...sets].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${set.padEnd(curve ? 30 : 24)} pages ${String(c.pages).padStart(5)}  pasted ${String(c.pasted).padStart(5)}  found ${String(c.found).padStart(5)} (${share(c.found, c.pasted)})  real chars ${c.real}${c.pasted ? `, precision ${share(c.found, c.found + c.real)}` : ''}; marked: pasted ${share(c.marked, c.pasted)}, real chars ${c.realMarked}`);
if (show) console.log(lines.join('\n'));
