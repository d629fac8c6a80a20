/**
 * Dumps every once-run candidate (src/spam/once-runs.ts) with its features, label and the shipped
 * score, for building and costing the once-run score (session 30). Pools:
 * - `once28` (dev only), `once30` (--split): labelled as ./scan-once-runs.ts does (pasted: a run
 *   covering the piece, overlap/union ≥ 0.8; partial −1; writer's 0), `alike` 1 on a digression's run;
 * - `clean`: the split's corpus articles under their headline; `cpp`: the split's CPP pages under a
 *   news-style headline (negatives for training);
 * - `cost` (--cost): every corpus article, Simplified and Traditional, and every CPP page under a
 *   news-style headline — the clean sets bench:spam counts marks on.
 * The page is read as analyzeSpam reads it, without the mechanical finders (none hide on these pools).
 *
 *   npx tsx scripts/spam/scan-once30.ts --split=dev > /tmp/once30-dev.jsonl
 *   npx tsx scripts/spam/scan-once30.ts --cost > /tmp/once30-cost.jsonl
 *   npx tsx scripts/spam/scan-once30.ts --set=once31 > /tmp/once31.jsonl   (session 31's held-out: measuring only)
 */
import * as jieba from 'jieba-wasm';
import { readsTraditional } from '../../src/script/simplified-view';
import { scoredOnceRuns } from '../../src/spam/find-once-runs';
import { mainlandView } from '../../src/spam/mainland-view';
import { onceRuns } from '../../src/spam/once-runs';
import { pageOffsets, readPage } from '../../src/spam/page';
import { loadCorpus, loadCppPages, splitOf } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { once28PagesOf } from './once28-styles';
import { once30PagesOf, type Once30Split } from './once30-styles';
import { once31PagesOf } from './once31-styles';
import { reportedHosts } from './reported-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as Once30Split;
const cost = args.includes('--cost');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);

function dump(pool: string, pageId: string, title: string, texts: readonly string[], truth: [number, number][][], alike: [number, number][][] = [], cls = '', place = ''): void {
  const traditional = readsTraditional([title, ...texts].join('\n'));
  const paragraphs = texts.map((t) => mainlandView(t, traditional));
  const page = readPage(mainlandView(title, traditional), paragraphs, paragraphs.map(() => []), tools);
  const shipped = scoredOnceRuns(page);
  const gated = shipped.length === 0 ? 1 : 0;
  onceRuns(page).forEach((run, r) => {
    const paragraph = page.paragraphs[run.paragraph];
    if (!paragraph) return;
    const [start, end] = pageOffsets(paragraph, run.start, run.end);
    let inter = 0;
    let union = end - start;
    for (const [a, b] of truth[run.paragraph] ?? []) {
      const i = Math.max(0, Math.min(end, b) - Math.max(start, a));
      inter += i;
      union += b - a - i;
    }
    const label = inter === 0 ? 0 : inter / union >= 0.8 ? 1 : -1;
    const onAlike = (alike[run.paragraph] ?? []).some(([a, b]) => start < b && a < end) ? 1 : 0;
    const text = (texts[run.paragraph] ?? '').slice(start, end);
    const lo = shipped[r]?.logOdds ?? null;
    console.log(JSON.stringify({ pool, page: pageId, cls, place, label, alike: onAlike, gated, p: run.paragraph, start, end, text, lo: lo === null ? null : Math.round(lo * 1000) / 1000, f: run.features }));
  });
}

if (option('set') === 'once31') {
  reportedHosts('heldout').forEach((host, h) => {
    once31PagesOf(host, h, segment, toTraditional).forEach((page, k) => dump('once31', `${h}.${k}`, page.title, page.paragraphs, page.truth, page.lookalikes, page.cls, page.place));
  });
} else if (cost) {
  loadCorpus().forEach((doc, i) => {
    dump('costS', `s${i}`, doc.title, doc.paragraphs, doc.paragraphs.map(() => []));
    dump('costT', `t${i}`, toTraditional(doc.title), doc.paragraphs.map(toTraditional), doc.paragraphs.map(() => []));
  });
  loadCppPages().forEach(({ texts }, i) => dump('stress', `w${i}`, newsHeadline(texts, tag, i), texts, texts.map(() => [])));
} else {
  reportedHosts(split).forEach((host, h) => {
    once30PagesOf(host, h, split, segment, toTraditional).forEach((page, k) => dump('once30', `${h}.${k}`, page.title, page.paragraphs, page.truth, page.lookalikes, page.cls, page.place));
    if (split === 'dev') once28PagesOf(host, h, split, segment, toTraditional).forEach((page, k) => dump('once28', `${h}.${k}`, page.title, page.paragraphs, page.truth, page.lookalikes.map((l) => l.map(([a, b]) => [a, b] as [number, number])), page.cls, page.place));
  });
  loadCorpus()
    .filter((d) => splitOf(d.url) === split)
    .forEach((doc, i) => dump('clean', `c${i}`, doc.title, doc.paragraphs, doc.paragraphs.map(() => [])));
  loadCppPages()
    .filter((p) => p.split === split)
    .forEach(({ texts }, i) => dump('cpp', `w${i}`, newsHeadline(texts, tag, i), texts, texts.map(() => [])));
}
