/**
 * What src/spam/reported-items.ts finds on clean text: the corpus under its own and news-style
 * headlines (Simplified and Traditional), the CPP pages under plain and news-style headlines (the
 * stress test), the short articles, the marks-clean pages, and SIGHAN's PKU and MSR test text read
 * as news pages (read in place, never tuned on). Every find there is the writer's text. Measuring only.
 *
 *   npx tsx scripts/spam/scan-reported.ts [--show]
 */
import * as jieba from 'jieba-wasm';
import { readPage } from '../../src/spam/page';
import { findReportedItems } from '../../src/spam/reported-items';
import { MARKS_CLEAN_PAGES } from '../../tests/fixtures/marks-clean-pages';
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { sighanPages } from './sighan-pages';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const show = process.argv.includes('--show');
const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const toTraditional = await loadToTraditional();

const sets = new Map<string, { pages: number; finds: number; chars: number }>();
const lines: string[] = [];
const scan = (set: string, title: string, texts: readonly string[]): void => {
  const count = sets.get(set) ?? { pages: 0, finds: 0, chars: 0 };
  sets.set(set, count);
  count.pages++;
  const page = readPage(title, texts, texts.map(() => []), tools);
  for (const item of findReportedItems(page)) {
    const paragraph = page.paragraphs[item.paragraph];
    const [a, b] = [paragraph?.map[item.start] ?? 0, (paragraph?.map[item.end - 1] ?? 0) + 1];
    const text = texts[item.paragraph] ?? '';
    count.finds++;
    count.chars += b - a;
    if (show) lines.push(`${set}: ${text.slice(Math.max(0, a - 16), a)}[${text.slice(a, b)}]${text.slice(b, b + 16)}`);
  }
};

loadCorpus().forEach((doc, i) => {
  scan('corpus', doc.title, doc.paragraphs);
  scan('corpus T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
  scan('corpus news', newsHeadline(doc.paragraphs, tag, i), doc.paragraphs);
});
loadCppPages().forEach(({ plainTitle, texts }, i) => {
  scan('cpp plain', plainTitle, texts);
  scan('cpp news (stress)', newsHeadline(texts, tag, i), texts);
});
for (const a of SHORT_ARTICLES) scan('short', a.title, a.paragraphs);
for (const a of MARKS_CLEAN_PAGES) scan('marks-clean', a.title, a.paragraphs);
for (const [name, file, per, count] of [['pku', 'pku_test.utf8', 1, 8], ['msr', 'msr_test.utf8', 4, 3]] as const)
  for (const texts of sighanPages(file, per, count)) scan(name, texts[0]?.slice(0, 20) ?? '', texts);

for (const [set, c] of sets) console.log(`${set.padEnd(20)} pages ${String(c.pages).padStart(5)}  finds ${String(c.finds).padStart(4)}  chars ${c.chars}`);
if (show) console.log(lines.join('\n'));
