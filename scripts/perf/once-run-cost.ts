/**
 * What the once-run finder (src/spam/find-once-runs.ts) costs and what it gives, on every page of
 * once30 (dev and held-out), once31, the corpus (Simplified and Traditional) and the CPP stress pages:
 * the CPU time of onceRunSpans alone (pages read beforehand), the spans, and a sha256 of every page's
 * spans — equal hashes before and after a change mean the same output on all 2,483 pages.
 *
 *   nice npx tsx scripts/perf/once-run-cost.ts [--no-cpp]
 */
import * as jieba from 'jieba-wasm';
import { createHash } from 'node:crypto';
import { readsTraditional } from '../../src/script/simplified-view';
import { onceRunSpans } from '../../src/spam/find-once-runs';
import { mainlandView } from '../../src/spam/mainland-view';
import { readPage } from '../../src/spam/page';
import { loadCorpus, loadCppPages } from '../spam/corpus';
import { newsHeadline, type Tagger } from '../spam/headlines';
import { createNodeSpamTools } from '../spam/node-tools';
import { once30PagesOf } from '../spam/once30-styles';
import { once31PagesOf } from '../spam/once31-styles';
import { reportedHosts } from '../spam/reported-styles';
import { loadToTraditional } from '../spam/traditional';
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const segment = (text: string): string[] => tools.segmenter.cut(text);
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
let ms = 0; let spans = 0; let pages = 0;
const hash = createHash('sha256');
function run(id: string, title: string, texts: readonly string[]): void {
  const traditional = readsTraditional([title, ...texts].join('\n'));
  const paragraphs = texts.map((t) => mainlandView(t, traditional));
  const page = readPage(mainlandView(title, traditional), paragraphs, paragraphs.map(() => []), tools);
  for (const p of page.paragraphs) segment(p.text);
  const s = cpu();
  const out = onceRunSpans(page);
  ms += cpu() - s;
  pages++;
  spans += out.flat().length;
  hash.update(id + JSON.stringify(out));
}
for (const split of ['dev', 'heldout'] as const) reportedHosts(split).forEach((host, h) => once30PagesOf(host, h, split, segment, toTraditional).forEach((p, k) => run(`o30${split}${h}.${k}`, p.title, p.paragraphs)));
reportedHosts('heldout').forEach((host, h) => once31PagesOf(host, h, segment, toTraditional).forEach((p, k) => run(`o31${h}.${k}`, p.title, p.paragraphs)));
loadCorpus().forEach((doc, i) => { run(`s${i}`, doc.title, doc.paragraphs); run(`t${i}`, toTraditional(doc.title), doc.paragraphs.map(toTraditional)); });
if (!process.argv.includes('--no-cpp')) loadCppPages().forEach(({ texts }, i) => run(`w${i}`, newsHeadline(texts, tag, i), texts));
console.log(`${pages} pages, ${spans} spans, onceRunSpans ${Math.round(ms)} ms CPU, sha256 ${hash.digest('hex').slice(0, 16)}`);
