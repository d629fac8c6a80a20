/**
 * Dumps every once-run candidate (src/spam/once-runs.ts) with its features and label, for building
 * the once-run score (session 29, issue 12). Pools: once28 pages (pasted: a run covering the piece,
 * overlap/union ≥ 0.8; writer's: a run touching no pasted character), the split's clean corpus
 * articles under their headline, and the split's CPP Wikipedia pages under a news-style headline
 * (the stress test's kind: a page of unrelated statements). Dev for building; held-out read once.
 *
 *   npx tsx scripts/spam/scan-once-runs.ts --split=dev [--every=N] > runs.jsonl
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam } from '../../src/spam/index';
import { onceRuns } from '../../src/spam/once-runs';
import { pageOffsets } from '../../src/spam/page';
import { loadCorpus, loadCppPages, splitOf } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { once28PagesOf, type Once28Split } from './once28-styles';
import { reportedHosts } from './reported-styles';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as Once28Split;
const every = Number(option('every') ?? 1);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);

function dump(pool: string, pageId: string, title: string, paragraphs: readonly string[], truth: [number, number][][], cls = '', place = ''): void {
  const { page } = analyzeSpam(title, paragraphs, tools);
  for (const run of onceRuns(page)) {
    const paragraph = page.paragraphs[run.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, run.start, run.end);
    let inter = 0;
    let union = end - start;
    for (const [a, b] of truth[run.paragraph] ?? []) {
      const i = Math.max(0, Math.min(end, b) - Math.max(start, a));
      inter += i;
      union += b - a - i;
    }
    const label = inter === 0 ? 0 : inter / union >= 0.8 ? 1 : -1;
    const text = (paragraphs[run.paragraph] ?? '').slice(start, end);
    console.log(JSON.stringify({ pool, page: pageId, cls, place, label, p: run.paragraph, start, end, text, f: run.features }));
  }
}

const hosts = reportedHosts(split).filter((_, h) => h % every === 0);
hosts.forEach((host, i) => {
  const h = i * every;
  once28PagesOf(host, h, split, segment, toTraditional).forEach((page, k) => dump('once28', `${h}.${k}`, page.title, page.paragraphs, page.truth, page.cls, page.place));
});
const articles = loadCorpus().filter((d) => splitOf(d.url) === split);
articles.forEach((doc, i) => {
  if (i % every === 0) dump('clean', `c${i}`, doc.title, doc.paragraphs, doc.paragraphs.map(() => []));
});
loadCppPages()
  .filter((p) => p.split === split)
  .forEach(({ texts }, i) => {
    if (i % every === 0) dump('cpp', `w${i}`, newsHeadline(texts, tag, i), texts, texts.map(() => []));
  });
