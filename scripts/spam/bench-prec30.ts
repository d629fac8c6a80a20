/**
 * The shapes of ./prec30-pages.ts (written and frozen by s30-precision before any finder changed): per
 * shape and half, the writer's (or the site's own) characters hidden (must be 0) and marked, and the
 * pasted characters hidden and hidden or marked. Simplified and Traditional (each page read both ways).
 *
 *   npx tsx scripts/spam/bench-prec30.ts [--show] [--half=dev|held] [--clean]
 *
 * `--set=prec31`: the pages of ./prec31-pages.ts (session 31) instead.
 * `--clean`: the writer's sentences of ./clean30-sentences.ts instead, each in a short story of its own (nothing pasted).
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { CLEAN30_SENTENCES } from './clean30-sentences';
import { PREC30_PAGES, type Prec30Page } from './prec30-pages';
import { PREC31_PAGES, type Prec31Page } from './prec31-pages';
import { createNodeSpamTools } from './node-tools';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';
import { toSimplified } from '../../src/script/simplified-view';

const show = process.argv.includes('--show');
const half = process.argv.find((a) => a.startsWith('--half='))?.slice(7);
const STORY = ['今年以来，本市持续推进基层治理和公共服务建设，各项工作取得了新的进展。', '相关部门表示，下一步将继续听取群众意见，把实事办好。'];
const pages: readonly (Prec30Page | Prec31Page | { shape: 'clean'; half: 'held'; title: string; paragraphs: string[] })[] = process.argv.includes('--set=prec31')
  ? PREC31_PAGES
  : process.argv.includes('--clean')
  ? CLEAN30_SENTENCES.map((sentence) => ({ shape: 'clean' as const, half: 'held' as const, title: '本市推进基层治理见实效', paragraphs: [STORY[0] as string, sentence, STORY[1] as string] }))
  : PREC30_PAGES;
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
interface Count { pasted: number; hidden: number; marked: number; writer: number; writerHidden: number; writerMarked: number }
const counts = new Map<string, Count>();
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
  const convert = (t: string): string => (traditional ? toTraditional(t) : toSimplified(t));
  for (const page of pages) {
    if (half && page.half !== half) continue;
    const key = `${page.shape} ${page.half}`;
    const count = counts.get(key) ?? counts.set(key, { pasted: 0, hidden: 0, marked: 0, writer: 0, writerHidden: 0, writerMarked: 0 }).get(key)!;
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
        } else if (/\S/u.test(text[c] ?? '')) {
          count.writer++;
          if (hidden[c]) count.writerHidden++;
          else if (marked[c]) count.writerMarked++;
        }
      }
      if (!show) return;
      for (const s of found[p] ?? []) {
        const writer = [...pasted.slice(s.start, s.end)].some((x) => !x);
        lines.push(`  ${traditional ? 'T' : 'S'} ${page.shape} ${writer ? 'WRITER ' : ''}${isSuspect(s) ? 'marked' : 'HIDDEN'} ${s.family}: ${excerpt(text, s.start, s.end, 10)}`);
      }
    });
  }
}

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`${process.argv.includes('--set=prec31') ? 'prec31' : 'prec30'}: ${pages.length} pages, Simplified and Traditional`);
for (const [key, c] of [...counts].sort()) {
  console.log(`${key.padEnd(13)} pasted ${c.pasted} chars: hidden ${share(c.hidden, c.pasted)}, H|M ${share(c.hidden + c.marked, c.pasted)}; writer's ${c.writer}: hidden ${c.writerHidden}, marked ${c.writerMarked}`);
}
if (show) console.log(lines.join('\n'));
