/**
 * What session 25's outsider-line decision (src/spam/find-outsider-lines.ts) alone hides and marks on
 * text nobody pasted into: every corpus article of both halves in Simplified and Traditional, and the
 * CPP Wikipedia pages (./corpus.ts loadCppPages; sentences of another genre, each its own paragraph).
 * Must hide 0. `--show` prints the held-out half's and CPP's hidden lines and the dev half's marked ones.
 *
 *   npx tsx scripts/spam/scan-outsider-lines.ts [--show] [--cpp-every=N]
 */
import { analyzeSpam } from '../../src/spam/index';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { loadCorpus, loadCppPages, splitOf } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const show = args.includes('--show');
const cppEvery = Number(args.find((a) => a.startsWith('--cpp-every='))?.split('=')[1] ?? 1);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();

function scan(name: string, pages: { title: string; paragraphs: string[]; printMarks: boolean }[]): void {
  let hidden = 0;
  let marked = 0;
  let chars = 0;
  for (const { title, paragraphs, printMarks } of pages) {
    chars += paragraphs.join('').length;
    const spans = outsiderLineSpans(analyzeSpam(title, paragraphs, tools).page);
    spans.forEach((list, p) => {
      for (const s of list) {
        const text = paragraphs[p]?.slice(s.start, s.end) ?? '';
        if (s.tier === 'hidden') hidden += s.end - s.start;
        else marked += s.end - s.start;
        if (show && (s.tier === 'hidden' || printMarks)) console.log(`  ${s.tier === 'hidden' ? 'HIDDEN' : 'marked'} ${text}`);
      }
    });
  }
  console.log(`${name.padEnd(24)} pages ${String(pages.length).padStart(5)}  chars ${String(chars).padStart(8)}  hidden ${String(hidden).padStart(4)}  marked ${String(marked).padStart(5)}`);
}

const corpus = loadCorpus();
for (const split of ['dev', 'heldout'] as const) {
  const docs = corpus.filter((d) => splitOf(d.url) === split);
  scan(`corpus ${split} Simplified`, docs.map((d) => ({ title: d.title, paragraphs: d.paragraphs, printMarks: split === 'dev' })));
  scan(`corpus ${split} Traditional`, docs.map((d) => ({ title: toTraditional(d.title), paragraphs: d.paragraphs.map(toTraditional), printMarks: false })));
}
scan('CPP pages', loadCppPages().filter((_, i) => i % cppEvery === 0).map((p) => ({ title: p.plainTitle, paragraphs: p.texts, printMarks: false })));
