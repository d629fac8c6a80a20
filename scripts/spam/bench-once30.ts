/**
 * Pieces pasted once beside the writer's own digressions (./once30-styles.ts). Measuring only; dev is
 * for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-once30.ts [--split=dev|heldout] [--every=N] [--show] [--skip=finder,…]
 *   npx tsx scripts/spam/bench-once30.ts --set=once31 [--every=N] [--show] [--skip=…]   (session 31's fresh held-out, ./once31-styles.ts)
 *
 * Per class and place: the pasted characters hidden / hidden or marked; the writer's characters hidden
 * / marked (all, and the digressions' by kind). Then the once-run finder alone (./find-once-runs.ts)
 * at several levels: pieces (half or more of a piece marked), pasted / writer's characters, precision.
 * First the hosts read clean (Simplified and Traditional).
 */
import { onceRunSpans } from '../../src/spam/find-once-runs';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { createNodeSpamTools } from './node-tools';
import { DIGRESSION30_KINDS, ONCE30_CLASSES, ONCE30_PLACES, ONCE30_SEEDS, once30PagesOf, type Once30Split } from './once30-styles';
import { DIGRESSION31_KINDS, ONCE31_PLACES, ONCE31_SEED, once31PagesOf } from './once31-styles';
import { reportedHosts } from './reported-styles';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const once31 = option('set') === 'once31';
// once31 is held-out only.
const split = once31 ? 'heldout' : ((option('split') ?? 'dev') as Once30Split);
const every = Number(option('every') ?? 1);
const show = args.includes('--show');
const skip = new Set(option('skip')?.split(',') ?? []);
const LEVELS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5];
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
}
const rows = new Map<string, Row>();
const rowOf = (key: string): Row => {
  const r = rows.get(key) ?? { pages: 0, pasted: 0, hidden: 0, marked: 0, real: 0, realHidden: 0, realMarked: 0 };
  rows.set(key, r);
  return r;
};
const clean = { chars: 0, hidden: 0, marked: 0 };
const curve = LEVELS.map(() => ({ pieces: 0, pasted: 0, writer: 0, alike: 0, newsPieces: 0 }));
let pieces = 0;
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
  for (const page of once31 ? once31PagesOf(host, h, segment, toTraditional) : once30PagesOf(host, h, split, segment, toTraditional)) {
    const analysis = analyzeSpam(page.title, page.paragraphs, tools, undefined, skip);
    const found = spansOf(analysis);
    const keys = [`class ${page.cls}`, `place ${page.place}`, `digression ${page.kind}`, `dplace ${page.digressionPlace}`, 'all'];
    for (const key of keys) rowOf(key).pages++;
    pieces++;
    const pastedOf = page.paragraphs.map((text, p) => {
      const pasted = new Uint8Array(text.length);
      for (const [a, b] of page.truth[p] ?? []) pasted.fill(1, a, b);
      return pasted;
    });
    const alikeOf = page.paragraphs.map((text, p) => {
      const alike = new Uint8Array(text.length);
      for (const [a, b] of page.lookalikes[p] ?? []) alike.fill(1, a, b);
      return alike;
    });
    page.paragraphs.forEach((text, p) => {
      const hidden = new Uint8Array(text.length);
      const marked = new Uint8Array(text.length);
      for (const s of found[p] ?? []) (isSuspect(s) ? marked : hidden).fill(1, s.start, s.end);
      const pasted = pastedOf[p] as Uint8Array;
      const alike = alikeOf[p] as Uint8Array;
      for (let c = 0; c < text.length; c++) {
        for (const key of keys) {
          // The digression rows count the digression's own characters as the "writer's".
          if (key.startsWith('digression') || key.startsWith('dplace')) {
            if (!alike[c]) continue;
          }
          const r = rowOf(key);
          if (pasted[c]) {
            r.pasted++;
            if (hidden[c]) r.hidden++;
            else if (marked[c]) r.marked++;
          } else {
            r.real++;
            if (hidden[c]) r.realHidden++;
            else if (marked[c]) r.realMarked++;
          }
        }
      }
      if (!show) return;
      for (const s of found[p] ?? []) {
        if ([...pasted.slice(s.start, s.end)].some((x) => !x)) lines.push(`  REAL ${isSuspect(s) ? 'MARKED' : 'HIDDEN'} [${page.cls}/${page.place} ${page.kind}] ${s.family}: ${excerpt(text, s.start, s.end)}`);
      }
      for (const [a, b] of page.truth[p] ?? []) {
        if ([...hidden.slice(a, b)].some((x) => !x)) lines.push(`  ${[...marked.slice(a, b)].some(Boolean) ? 'MARKED ONLY' : 'MISSED'} [${page.cls}/${page.place}]: ${excerpt(text, a, b)}`);
      }
    });
    // The finder alone, level by level.
    LEVELS.forEach((level, l) => {
      const c = curve[l];
      if (!c) return;
      let covered = 0;
      let size = 0;
      onceRunSpans(analysis.page, level).forEach((spans, p) => {
        const pasted = pastedOf[p] as Uint8Array;
        const alike = alikeOf[p] as Uint8Array;
        for (const s of spans) {
          for (let x = s.start; x < s.end; x++) {
            if (pasted[x]) {
              c.pasted++;
              covered++;
            } else {
              c.writer++;
              if (alike[x]) c.alike++;
            }
          }
        }
      });
      for (const pasted of pastedOf) size += pasted.reduce((n, x) => n + x, 0);
      if (size && covered * 2 >= size) {
        c.pieces++;
        if (page.cls === 'news') c.newsPieces++;
      }
    });
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`pieces pasted once beside a digression, ${once31 ? 'once31 held-out' : split} (seed ${once31 ? ONCE31_SEED : ONCE30_SEEDS[split]}): ${hosts.length} hosts${every > 1 ? ` (every ${every}th)` : ''}, ${pieces} pages${skip.size ? `; skipped: ${[...skip].join(',')}` : ''}`);
console.log(`clean hosts (S+T): ${clean.chars} chars, hidden ${clean.hidden}, marked ${clean.marked}`);
console.log(`${'row'.padEnd(22)} pages  pasted  hidden  H|M    writer's hidden / marked (digression rows: the digression's chars)`);
const keys = [...ONCE30_CLASSES.map((c) => `class ${c}`), ...(once31 ? ONCE31_PLACES : ONCE30_PLACES).map((p) => `place ${p}`), ...(once31 ? DIGRESSION31_KINDS : DIGRESSION30_KINDS).map((k) => `digression ${k}`), ...['between', 'end', 'start', 'own'].map((p) => `dplace ${p}`), 'all'];
for (const key of keys) {
  const r = rows.get(key);
  if (!r) continue;
  console.log(`${key.padEnd(22)} ${String(r.pages).padStart(5)} ${String(r.pasted).padStart(7)}  ${share(r.hidden, r.pasted)}  ${share(r.hidden + r.marked, r.pasted)}  ${String(r.realHidden).padStart(8)} / ${r.realMarked} of ${r.real}`);
}
const all = rowOf('all');
console.log(`precision of hidden: ${share(all.hidden, all.hidden + all.realHidden)}; of marked: ${share(all.marked, all.marked + all.realMarked)}`);
if (!skip.has('once-runs')) {
  console.log('\nonce-run finder alone (its own marks, before the other finders):');
  console.log('log-odds >=  pieces (news)   pasted / writer\'s (digressions)   P');
  LEVELS.forEach((level, l) => {
    const c = curve[l];
    if (c) console.log(`${String(level).padStart(10)}  ${String(c.pieces).padStart(4)}/${pieces} (${c.newsPieces})  ${String(c.pasted).padStart(6)} / ${c.writer} (${c.alike})  ${share(c.pasted, c.pasted + c.writer)}`);
  });
}
if (show) console.log(lines.join('\n'));
