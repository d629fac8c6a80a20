/**
 * What src/spam/reported-items.ts finds on clean text: the corpus under its own and news-style
 * headlines (Simplified and Traditional), the CPP pages under plain and news-style headlines (the
 * stress test), the short articles, the marks-clean pages, and SIGHAN's PKU and MSR test text read
 * as news pages (read in place, never tuned on). Every find there is the writer's text. Measuring only.
 *
 *   npx tsx scripts/spam/scan-reported.ts [--show]
 */
import { readPage } from '../../src/spam/page';
import { findReportedItems } from '../../src/spam/reported-items';
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
  for (const item of findReportedItems(page)) {
    const paragraph = page.paragraphs[item.paragraph];
    const [a, b] = [paragraph?.map[item.start] ?? 0, (paragraph?.map[item.end - 1] ?? 0) + 1];
    const text = texts[item.paragraph] ?? '';
    count.finds++;
    count.chars += b - a;
    if (show) lines.push(`${set}: ${text.slice(Math.max(0, a - 16), a)}[${text.slice(a, b)}]${text.slice(b, b + 16)}`);
  }
};

for (const { set, title, texts } of await cleanScanPages()) scan(set, title, texts);

for (const [set, c] of sets) console.log(`${set.padEnd(20)} pages ${String(c.pages).padStart(5)}  finds ${String(c.finds).padStart(4)}  chars ${c.chars}`);
if (show) console.log(lines.join('\n'));
