/**
 * What src/spam/find-pasted-twice.ts finds on clean text: the corpus under its own and news-style
 * headlines (Simplified and Traditional), the CPP pages under plain and news-style headlines (the
 * stress test), the short articles, the marks-clean pages, and SIGHAN's PKU and MSR test text read
 * as news pages, a page of a few lines or of many (read in place, never tuned on). Every find there
 * is the writer's text. Measuring only; the same sets as ./scan-reported.ts.
 *
 *   npx tsx scripts/spam/scan-pasted-twice.ts [--show]
 */
import * as jieba from 'jieba-wasm';
import { readPage } from '../../src/spam/page';
import { findPastedTwice } from '../../src/spam/find-pasted-twice';
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
  for (const found of findPastedTwice(page)) {
    for (const c of found.copies) {
      const paragraph = page.paragraphs[c.paragraph];
      const [a, b] = [paragraph?.map[c.start] ?? 0, (paragraph?.map[c.end - 1] ?? 0) + 1];
      const text = texts[c.paragraph] ?? '';
      count.finds++;
      count.chars += b - a;
      if (show) lines.push(`${set}: ${text.slice(Math.max(0, a - 16), a)}[${text.slice(a, b)}]${text.slice(b, b + 16)}`);
    }
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
// A page of a few lines and one of many: a repeat is likelier the more text a page holds.
for (const [name, file, per, count] of [['pku', 'pku_test.utf8', 1, 8], ['pku long', 'pku_test.utf8', 4, 12], ['msr', 'msr_test.utf8', 4, 3], ['msr long', 'msr_test.utf8', 4, 12]] as const)
  for (const texts of sighanPages(file, per, count)) scan(name, texts[0]?.slice(0, 20) ?? '', texts);

for (const [set, c] of sets) console.log(`${set.padEnd(20)} pages ${String(c.pages).padStart(5)}  finds ${String(c.finds).padStart(4)}  chars ${c.chars}`);
if (show) console.log(lines.join('\n'));
