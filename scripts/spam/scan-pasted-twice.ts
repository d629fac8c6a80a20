/**
 * What src/spam/find-pasted-twice.ts finds on clean text: the corpus under its own and news-style
 * headlines (Simplified and Traditional), the CPP pages under plain and news-style headlines (the
 * stress test), the short articles, the marks-clean pages, and SIGHAN's PKU and MSR test text read
 * as news pages, a page of a few lines or of many (read in place, never tuned on). Every find there
 * is the writer's text. Measuring only; the same sets as ./scan-reported.ts.
 *
 *   npx tsx scripts/spam/scan-pasted-twice.ts [--show]
 */
import { readPage } from '../../src/spam/page';
import { findPastedTwice } from '../../src/spam/find-pasted-twice';
import { cleanScanPages } from './clean-scan-pages';
import { createNodeSpamTools } from './node-tools';

const show = process.argv.includes('--show');
const tools = await createNodeSpamTools();

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

for (const { set, title, texts } of await cleanScanPages({ long: true })) scan(set, title, texts);

for (const [set, c] of sets) console.log(`${set.padEnd(20)} pages ${String(c.pages).padStart(5)}  finds ${String(c.finds).padStart(4)}  chars ${c.chars}`);
if (show) console.log(lines.join('\n'));
