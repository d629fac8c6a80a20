/**
 * Sentences pasted once on farm pages with other spam and the writer's digressions
 * (./evidence26-styles.ts). Measuring only; dev is for building, held-out is read once a change is written.
 *
 *   npx tsx scripts/spam/bench-evidence26.ts [--split=dev|heldout] [--show]
 *
 * Per evidence kind × payload: the payload's characters hidden / hidden or marked; and over all pages of
 * the row the writer's characters hidden / marked (all of them, and those of the digressions and asides).
 * First the hosts read clean (Simplified and Traditional): nothing may be hidden there. `--show` lists
 * every hidden span over the writer's text and every payload missed.
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { EVIDENCE26_SEEDS, EVIDENCE_KINDS, PAYLOADS, evidence26PagesOf, type Evidence26Split } from './evidence26-styles';
import { createNodeSpamTools } from './node-tools';
import { reportedHosts } from './reported-styles';
import { excerpt, isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Evidence26Split;
const show = args.includes('--show');
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const hosts = reportedHosts(split);
const segment = (text: string): string[] => tools.segmenter.cut(text);

interface Row {
  pages: number;
  payload: number;
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
  const r = rows.get(key) ?? { pages: 0, payload: 0, hidden: 0, marked: 0, real: 0, realHidden: 0, realMarked: 0, alike: 0, alikeHidden: 0, alikeMarked: 0 };
  rows.set(key, r);
  return r;
};
const clean = { chars: 0, hidden: 0, marked: 0 };
const lines: string[] = [];

hosts.forEach((host, h) => {
  for (const traditional of [false, true]) {
    const convert = (t: string): string => (traditional ? toTraditional(t) : t);
    const paragraphs = host.paragraphs.map(convert);
    spansOf(analyzeSpam(convert(host.title), paragraphs, tools)).forEach((spans) => {
      for (const s of spans) clean[isSuspect(s) ? 'marked' : 'hidden'] += s.end - s.start;
    });
    clean.chars += paragraphs.join('').length;
  }
  for (const page of evidence26PagesOf(host, h, split, segment, toTraditional)) {
    const found = spansOf(analyzeSpam(page.title, page.paragraphs, tools));
    const keys = [`${page.evidence} / ${page.payload}`, `${page.evidence} / all`, `all / ${page.payload}`, 'all / all'];
    for (const key of keys) rowOf(key).pages++;
    page.paragraphs.forEach((text, p) => {
      const hidden = new Uint8Array(text.length);
      const marked = new Uint8Array(text.length);
      for (const s of found[p] ?? []) (isSuspect(s) ? marked : hidden).fill(1, s.start, s.end);
      const pasted = new Uint8Array(text.length);
      const payload = new Uint8Array(text.length);
      (page.truth[p] ?? []).forEach(([a, b], i) => {
        pasted.fill(1, a, b);
        if (page.styles[p]?.[i] === 'payload') payload.fill(1, a, b);
      });
      const alike = new Uint8Array(text.length);
      for (const [a, b] of page.lookalikes[p] ?? []) alike.fill(1, a, b);
      for (let i = 0; i < text.length; i++) {
        for (const key of keys) {
          const r = rowOf(key);
          if (payload[i]) {
            r.payload++;
            if (hidden[i]) r.hidden++;
            else if (marked[i]) r.marked++;
          } else if (!pasted[i]) {
            r.real++;
            if (hidden[i]) r.realHidden++;
            else if (marked[i]) r.realMarked++;
            if (alike[i]) {
              r.alike++;
              if (hidden[i]) r.alikeHidden++;
              else if (marked[i]) r.alikeMarked++;
            }
          }
        }
      }
      if (!show) return;
      for (const s of found[p] ?? []) {
        if (!isSuspect(s) && [...pasted.slice(s.start, s.end)].some((x) => !x)) lines.push(`  REAL HIDDEN [${page.evidence}/${page.payload}] ${s.family}: ${excerpt(text, s.start, s.end)}`);
      }
      (page.truth[p] ?? []).forEach(([a, b], i) => {
        if (page.styles[p]?.[i] === 'payload' && [...hidden.slice(a, b)].some((x) => !x)) lines.push(`  MISSED [${page.evidence}] ${page.payload}: ${excerpt(text, a, b)}`);
      });
    });
  }
});

const share = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log(`sentences pasted once on farm pages, ${split} (seed ${EVIDENCE26_SEEDS[split]}): ${hosts.length} hosts`);
console.log(`clean hosts (S+T): ${clean.chars} chars, hidden ${clean.hidden}, marked ${clean.marked}`);
console.log(`${'evidence / payload'.padEnd(22)} pages  payload  hidden  H|M    writer's hidden / marked   look-alikes: chars hidden / marked`);
for (const evidence of [...EVIDENCE_KINDS, 'all']) {
  for (const payload of [...PAYLOADS, 'all']) {
    const r = rows.get(`${evidence} / ${payload}`);
    if (!r) continue;
    console.log(
      `${`${evidence} / ${payload}`.padEnd(22)} ${String(r.pages).padStart(5)} ${String(r.payload).padStart(8)}  ${share(r.hidden, r.payload)}  ${share(r.hidden + r.marked, r.payload)}  ${String(r.realHidden).padStart(8)} / ${String(r.realMarked).padEnd(8)} ${String(r.alike).padStart(8)} ${String(r.alikeHidden).padStart(6)} / ${r.alikeMarked}`,
    );
  }
}
const all = rowOf('all / all');
console.log(`payload precision of hidden (over payload + writer's): ${share(all.hidden, all.hidden + all.realHidden)}`);
if (show) console.log(lines.join('\n'));
