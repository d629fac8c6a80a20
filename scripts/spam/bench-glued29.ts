/**
 * Pastes glued into the writer's clauses (./glued29-pages.ts, written and frozen by s29-precision
 * before any finder changed): the writer's characters hidden (must be 0) and marked; the pasted
 * characters hidden and hidden or marked. Simplified and Traditional (each page read both ways).
 *
 *   npx tsx scripts/spam/bench-glued29.ts [--show]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { GLUED29_PAGES } from './glued29-pages';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const show = process.argv.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const count = { pasted: 0, hidden: 0, marked: 0, writer: 0, writerHidden: 0, writerMarked: 0 };
const lines: string[] = [];

/** A paragraph's text without its ⟦⟧ marks, and the pasted ranges. */
function unmark(marked: string): { text: string; pastes: [number, number][] } {
  let text = '';
  const pastes: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') pastes.push([open, text.length]);
    else text += ch;
  }
  return { text, pastes };
}

for (const traditional of [false, true]) {
  const convert = (t: string): string => (traditional ? toTraditional(t) : t);
  for (const page of GLUED29_PAGES) {
    const read = page.paragraphs.map((p) => unmark(convert(p)));
    const found = spansOf(analyzeSpam(convert(page.title), read.map((r) => r.text), tools));
    read.forEach(({ text, pastes }, p) => {
      const pasted = new Uint8Array(text.length);
      for (const [a, b] of pastes) pasted.fill(1, a, b);
      const hidden = new Uint8Array(text.length);
      const marked = new Uint8Array(text.length);
      for (const s of found[p] ?? []) (isSuspect(s) ? marked : hidden).fill(1, s.start, s.end);
      for (let c = 0; c < text.length; c++) {
        if (pasted[c]) {
          count.pasted++;
          if (hidden[c]) count.hidden++;
          else if (marked[c]) count.marked++;
        } else {
          count.writer++;
          if (hidden[c]) count.writerHidden++;
          else if (marked[c]) count.writerMarked++;
        }
      }
      if (!show) return;
      for (const s of found[p] ?? []) {
        const writer = [...pasted.slice(s.start, s.end)].some((x) => !x);
        lines.push(`  ${writer ? 'WRITER ' : ''}${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 10)}`);
      }
    });
  }
}

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`glued29: ${GLUED29_PAGES.length} pages, Simplified and Traditional`);
console.log(`pasted ${count.pasted} chars: hidden ${share(count.hidden, count.pasted)}, hidden or marked ${share(count.hidden + count.marked, count.pasted)}`);
console.log(`writer's ${count.writer} chars: hidden ${count.writerHidden}, marked ${count.writerMarked}`);
if (show) console.log(lines.join('\n'));
