/**
 * What src/spam/headline-inside.ts hides and marks on text nobody pasted into: the corpus under its
 * own and news-style headlines (Simplified and Traditional), the CPP pages under plain and
 * news-style headlines (the stress test), the short articles, the marks-clean pages, SIGHAN's PKU
 * and MSR test text under their first words and under news-style headlines, and the look-alike
 * pages of ./pieces22-lookalikes.ts (the writer saying a headline clause after a comma). Every
 * character counted is a real one. Measuring only.
 *
 *   npx tsx scripts/spam/scan-inside.ts [--split=dev|heldout] [--show] [--pipeline]
 *
 * `--pipeline` (session 23): every set read by the whole pipeline instead (findInjectedSpans), its
 * headline family's characters counted: the scored pieces under a page prior read off the
 * occurrences, not only the inside finder, on the same clean text. Slower; `--only=pku,msr` reads
 * only the sets whose names start so.
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { findInjectedSpans } from '../../src/spam/index';
import { findInsidePieces, insideTier } from '../../src/spam/headline-inside';
import { readPage } from '../../src/spam/page';
import { MARKS_CLEAN_PAGES } from '../../tests/fixtures/marks-clean-pages';
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { sighanPages } from './sighan-pages';
import { loadCorpus, loadCppPages, splitOf, type Split } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { LOOKALIKE_SEEDS, lookalikePagesOf } from './pieces22-lookalikes';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Split;
const show = args.includes('--show');
const pipeline = args.includes('--pipeline');
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',');
const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const toTraditional = await loadToTraditional();

const sets = new Map<string, { pages: number; hidden: number; marked: number }>();
const lines: string[] = [];
const dumped: string[] = [];
const count = (set: string) => {
  const c = sets.get(set) ?? { pages: 0, hidden: 0, marked: 0 };
  sets.set(set, c);
  return c;
};
/** The inside finder's finds on a page (cheap: no scored decision). */
const scan = (set: string, title: string, texts: readonly string[]): void => {
  if (only && !only.some((name) => set.startsWith(name))) return;
  const c = count(set);
  c.pages++;
  if (pipeline) {
    findInjectedSpans(title, texts, tools).forEach((spans, p) => {
      for (const s of spans) {
        if (s.family !== 'title') continue;
        c[s.tier === 'hidden' ? 'hidden' : 'marked'] += s.end - s.start;
        const text = texts[p] ?? '';
        if (show || s.tier === 'hidden') lines.push(`${set} ${s.tier === 'hidden' ? 'HIDDEN' : 'marked'} (pipeline): ${text.slice(Math.max(0, s.start - 14), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 14)}  «${title}»`);
      }
    });
    return;
  }
  const page = readPage(title, texts, texts.map(() => []), tools);
  for (const find of findInsidePieces(page)) {
    if (process.env.SCAN_DUMP && find.place === 'comma') dumped.push(JSON.stringify({ set, ...find, left: page.paragraphs[find.paragraph]?.text.slice(Math.max(0, find.start - 10), find.start) }));
    const tier = insideTier(find);
    if (!tier) continue;
    c[tier === 'hidden' ? 'hidden' : 'marked'] += find.end - find.start;
    const text = page.paragraphs[find.paragraph]?.text ?? '';
    if (show || tier === 'hidden') lines.push(`${set} ${tier === 'hidden' ? 'HIDDEN' : 'marked'} ${find.place}: ${text.slice(Math.max(0, find.start - 14), find.start)}[${find.piece}]${text.slice(find.end, find.end + 14)}  «${title}»`);
  }
};

// The look-alike pages of the split, read by the whole pipeline: every title character hidden or marked.
const docs = loadCorpus();
docs.forEach((doc, index) => {
  if (splitOf(doc.url) !== split || (only && !only.includes('lookalikes'))) return;
  for (const page of lookalikePagesOf(doc, index, LOOKALIKE_SEEDS[split], tag)) {
    const c = count(`lookalikes ${split} (all finders)`);
    c.pages++;
    findInjectedSpans(page.title, page.paragraphs, tools).forEach((spans, p) => {
      for (const s of spans) {
        if (s.family !== 'title') continue;
        c[s.tier === 'hidden' ? 'hidden' : 'marked'] += s.end - s.start;
        const text = page.paragraphs[p] ?? '';
        if (show || s.tier === 'hidden') lines.push(`lookalike ${s.tier === 'hidden' ? 'HIDDEN' : 'marked'}: ${text.slice(Math.max(0, s.start - 14), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 14)}  «${page.title}»`);
      }
    });
    scan(`lookalikes ${split} (inside finder)`, page.title, page.paragraphs);
  }
});
docs.forEach((doc, i) => {
  scan('corpus', doc.title, doc.paragraphs);
  scan('corpus T', toTraditional(doc.title), doc.paragraphs.map(toTraditional));
  scan('corpus news', newsHeadline(doc.paragraphs, tag, i), doc.paragraphs);
  scan('corpus news T', toTraditional(newsHeadline(doc.paragraphs, tag, i)), doc.paragraphs.map(toTraditional));
});
loadCppPages().forEach(({ plainTitle, texts }, i) => {
  scan('cpp plain', plainTitle, texts);
  scan('cpp news (stress)', newsHeadline(texts, tag, i), texts);
});
for (const a of SHORT_ARTICLES) scan('short', a.title, a.paragraphs);
for (const a of MARKS_CLEAN_PAGES) scan('marks-clean', a.title, a.paragraphs);
for (const [name, file, per, n] of [['pku', 'pku_test.utf8', 1, 8], ['msr', 'msr_test.utf8', 4, 3]] as const) {
  sighanPages(file, per, n).forEach((texts, i) => {
    scan(`${name} first words`, texts[0]?.slice(0, 20) ?? '', texts);
    scan(`${name} news`, newsHeadline(texts, tag, i), texts);
  });
}

for (const [set, c] of sets) console.log(`${set.padEnd(34)} pages ${String(c.pages).padStart(5)}  hidden ${String(c.hidden).padStart(4)}  marked ${String(c.marked).padStart(5)}`);
console.log(lines.join('\n'));
if (process.env.SCAN_DUMP) writeFileSync(process.env.SCAN_DUMP, dumped.join('\n'));
