/**
 * Words a page makes its own (src/segment/page-words.ts), measured on the SIGHAN 2005 PKU and MSR test
 * sets (research use only: read in place, never shipped or trained on). sighan.ts reads each line alone,
 * so page words never fire there; here consecutive lines are read together as a page (PKU's lines are the
 * paragraphs of People's Daily articles in order; MSR's are sentences, mostly in order), and each line's
 * words with the page (Segmenter.tagPage) are scored against the same line read alone: the lines the page
 * changes and the gold words right on them each way.
 *
 * --lines=20 sets a page's length (default 20 lines for PKU, 40 for MSR: about one article's length).
 * --half=dev|held scores only odd (dev) or even (held) pages: rules are tuned on dev, held reports what
 * carries. --show prints each changed line's words both ways.
 *
 * Usage: npx tsx scripts/words/sighan-pages.ts [--lines=20] [--half=dev|held] [--show]
 */
import { goldWords, readLines, spans } from './sighan-data';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SHOW = process.argv.includes('--show');
const half = option('half');

const rightWords = (gold: string, words: readonly string[]): number => {
  const got = new Set(spans(words));
  return spans(goldWords(gold)).filter((s) => got.has(s)).length;
};

const dictionary = await loadDictionaryFromDisk();
const segmenter = createNodeSegmenter(dictionary.customWords());

for (const [name, pageLines] of [['pku', 20], ['msr', 40]] as const) {
  const raw = readLines(`${name}_test.utf8`);
  const gold = readLines(`${name}_test_gold.utf8`);
  const size = Number(option('lines') ?? pageLines);
  let pages = 0;
  let changed = 0;
  let rightAlone = 0;
  let rightPaged = 0;
  for (let start = 0, page = 0; start < raw.length; start += size, page++) {
    if (half !== undefined && (half === 'dev') !== (page % 2 === 1)) continue;
    pages++;
    const lines = raw.slice(start, start + size);
    // Lines with spaces or empty: the page is read as the segmenter reads a page's paragraphs.
    const paged = segmenter.tagPage!(lines);
    lines.forEach((line, k) => {
      const alone = segmenter.tag!(line).map((w) => w.word);
      const withPage = paged[k]!.map((w) => w.word);
      if (alone.join('|') === withPage.join('|')) return;
      changed++;
      const a = rightWords(gold[start + k]!, alone.filter((w) => w.trim()));
      const b = rightWords(gold[start + k]!, withPage.filter((w) => w.trim()));
      rightAlone += a;
      rightPaged += b;
      if (SHOW) console.log(`  ${name}:${start + k + 1} ${b - a >= 0 ? '+' : ''}${b - a}: ${diff(alone, withPage)}`);
    });
  }
  console.log(`${name}: ${pages} pages of ${size} lines${half ? ` (${half} half)` : ''}; ${changed} lines changed by the page; gold words right there alone ${rightAlone}, with the page ${rightPaged}`);
}

/** The stretches where two cuts of one line differ, with a few words of context. */
function diff(a: readonly string[], b: readonly string[]): string {
  const ends = (cut: readonly string[]) => {
    let at = 0;
    return cut.map((w) => (at += w.length));
  };
  const ea = new Set(ends(a));
  const eb = new Set(ends(b));
  const text = a.join('');
  const out: string[] = [];
  const shared = [0, ...[...ea].filter((x) => eb.has(x))];
  for (let k = 1; k < shared.length; k++) {
    const [s, e] = [shared[k - 1]!, shared[k]!];
    const inside = (set: Set<number>) => [...set].some((x) => x > s && x < e);
    if (!inside(ea) && !inside(eb)) continue;
    const cutOf = (cut: readonly string[], set: Set<number>) => [...text.slice(s, e)].map((c, i) => (i > 0 && set.has(s + i) ? `|${c}` : c)).join('');
    out.push(`${text.slice(Math.max(0, s - 6), s)}[${cutOf(a, ea)} → ${cutOf(b, eb)}]${text.slice(e, e + 6)}`);
  }
  return out.join('  ');
}
