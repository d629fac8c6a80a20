/**
 * Pieces pasted once, in every place, on pages with no other spam (./once28-styles.ts). Measuring
 * only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-once28.ts [--split=dev|heldout] [--every=N] [--show] [--skip=finder,…]
 *
 * Per class and per place: the pasted characters hidden / hidden or marked; the writer's characters
 * hidden / marked (all, and the digressions' and asides'). First the hosts read clean (Simplified
 * and Traditional): nothing may be hidden there. `--show` lists every span over the writer's text.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { ONCE28_CLASSES, ONCE28_PLACES, ONCE28_SEEDS, once28PagesOf, type Once28Split } from './once28-styles';
import { createNodeSpamTools } from './node-tools';
import { reportedHosts } from './reported-styles';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as Once28Split;
const every = Number(option('every') ?? 1);
const show = args.includes('--show');
// Stages to leave out (analyzeSpam's `skip`: e.g. once-runs, to read main's figure on the same tree).
const skip = new Set(option('skip')?.split(',') ?? []);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const hosts = reportedHosts(split).filter((_, h) => h % every === 0);
const segment = (text: string): string[] => tools.segmenter.cut(text);

interface Row {
  pages: number;
  pasted: number;
  hidden: number;
  marked: number;
  real: number;
  realHidden: number;
  realMarked: number;
  alike: number;
  alikeHidden: number;
  alikeMarked: number;
}
const rows = new Map<string, Row>();
const rowOf = (key: string): Row => {
  const r = rows.get(key) ?? { pages: 0, pasted: 0, hidden: 0, marked: 0, real: 0, realHidden: 0, realMarked: 0, alike: 0, alikeHidden: 0, alikeMarked: 0 };
  rows.set(key, r);
  return r;
};
const clean = { chars: 0, hidden: 0, marked: 0 };
const lines: string[] = [];

hosts.forEach((host, i) => {
  const h = i * every;
  for (const traditional of [false, true]) {
    const convert = (t: string): string => (traditional ? toTraditional(t) : t);
    const paragraphs = host.paragraphs.map(convert);
    spansOf(analyzeSpam(convert(host.title), paragraphs, tools, undefined, skip)).forEach((spans, p) => {
      for (const s of spans) {
        clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
        if (show) lines.push(`  CLEAN ${isSuspect(s) ? 'MARKED' : 'HIDDEN'} ${s.family}: ${excerpt(paragraphs[p] ?? '', s.start, s.end)}`);
      }
    });
    clean.chars += paragraphs.join('').length;
  }
  for (const page of once28PagesOf(host, h, split, segment, toTraditional)) {
    const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools, undefined, skip));
    const keys = [`class ${page.cls}`, `place ${page.place}`, 'all'];
    for (const key of keys) rowOf(key).pages++;
    page.paragraphs.forEach((text, p) => {
      const hidden = new Uint8Array(text.length);
      const marked = new Uint8Array(text.length);
      for (const s of found[p] ?? []) (isSuspect(s) ? marked : hidden).fill(1, s.start, s.end);
      const pasted = new Uint8Array(text.length);
      for (const [a, b] of page.truth[p] ?? []) pasted.fill(1, a, b);
      const alike = new Uint8Array(text.length);
      for (const [a, b] of page.lookalikes[p] ?? []) alike.fill(1, a, b);
      for (let c = 0; c < text.length; c++) {
        for (const key of keys) {
          const r = rowOf(key);
          if (pasted[c]) {
            r.pasted++;
            if (hidden[c]) r.hidden++;
            else if (marked[c]) r.marked++;
          } else {
            r.real++;
            if (hidden[c]) r.realHidden++;
            else if (marked[c]) r.realMarked++;
            if (alike[c]) {
              r.alike++;
              if (hidden[c]) r.alikeHidden++;
              else if (marked[c]) r.alikeMarked++;
            }
          }
        }
      }
      if (!show) return;
      for (const s of found[p] ?? []) {
        if ([...pasted.slice(s.start, s.end)].some((x) => !x)) lines.push(`  REAL ${isSuspect(s) ? 'MARKED' : 'HIDDEN'} [${page.cls}/${page.place}] ${s.family}: ${excerpt(text, s.start, s.end)}`);
      }
      for (const [a, b] of page.truth[p] ?? []) {
        if ([...hidden.slice(a, b)].some((x) => !x)) lines.push(`  ${[...marked.slice(a, b)].some(Boolean) ? 'MARKED ONLY' : 'MISSED'} [${page.cls}/${page.place}]: ${excerpt(text, a, b)}`);
      }
    });
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`pieces pasted once, ${split} (seed ${ONCE28_SEEDS[split]}): ${hosts.length} hosts${every > 1 ? ` (every ${every}th)` : ''}`);
console.log(`clean hosts (S+T): ${clean.chars} chars, hidden ${clean.hidden}, marked ${clean.marked}`);
console.log(`${'row'.padEnd(16)} pages  pasted  hidden  H|M    writer's hidden / marked   look-alikes: chars hidden / marked`);
for (const key of [...ONCE28_CLASSES.map((c) => `class ${c}`), ...ONCE28_PLACES.map((p) => `place ${p}`), 'all']) {
  const r = rows.get(key);
  if (!r) continue;
  console.log(`${key.padEnd(16)} ${String(r.pages).padStart(5)} ${String(r.pasted).padStart(7)}  ${share(r.hidden, r.pasted)}  ${share(r.hidden + r.marked, r.pasted)}  ${String(r.realHidden).padStart(8)} / ${String(r.realMarked).padEnd(8)} ${String(r.alike).padStart(8)} ${String(r.alikeHidden).padStart(6)} / ${r.alikeMarked}`);
}
const all = rowOf('all');
console.log(`precision of hidden: ${share(all.hidden, all.hidden + all.realHidden)}; of marked: ${share(all.marked, all.marked + all.realMarked)}`);
if (show) console.log(lines.join('\n'));
