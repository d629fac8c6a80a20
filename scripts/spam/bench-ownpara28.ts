/**
 * Headline pieces standing as a paragraph of their own (./ownpara28-styles.ts, session 28): every
 * article of the split in each farm habit and each look-alike, in Simplified and in Traditional
 * (「」 quotes). Reports per habit the pasted characters hidden and hidden or marked, per look-alike
 * the writer's characters hidden and marked, and the precision of hidden. Measuring only.
 *
 *   npx tsx scripts/spam/bench-ownpara28.ts [--split=dev|heldout] [--show]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { OWNPARA28_HABITS, OWNPARA28_LOOKALIKES, OWNPARA28_SEEDS, ownpara28Page } from './ownpara28-styles';
import { isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as keyof typeof OWNPARA28_SEEDS;
const show = args.includes('--show');
const seed = OWNPARA28_SEEDS[split];
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const traditional = (line: string): string => toTraditional(line).replace(/“/gu, '「').replace(/”/gu, '」').replace(/‘/gu, '『').replace(/’/gu, '』');
const segment = (text: string): string[] => tools.segmenter.cut(text);

interface Row {
  pages: number;
  pasted: number;
  hidden: number;
  either: number;
  realHidden: number;
  realMarked: number;
}
const rows = new Map<string, Row>();
const row = (key: string): Row => {
  let r = rows.get(key);
  if (!r) rows.set(key, (r = { pages: 0, pasted: 0, hidden: 0, either: 0, realHidden: 0, realMarked: 0 }));
  return r;
};
const lines: string[] = [];

loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== split) return;
  [...OWNPARA28_HABITS, ...OWNPARA28_LOOKALIKES].forEach((style, s) => {
    const page = ownpara28Page(doc, seed * 100000 + index * 20 + s, segment, style);
    if (!page) return;
    for (const script of ['S', 'T'] as const) {
      const title = script === 'S' ? page.title : traditional(page.title);
      const paragraphs = script === 'S' ? page.paragraphs : page.paragraphs.map(traditional);
      const found = spansOf(analyzeSpam(title, paragraphs, tools));
      const keys = [`${page.farm ? 'farm' : 'look'} ${style}`, `${page.farm ? 'farm' : 'look'} all`, `${page.farm ? 'farm' : 'look'} all ${script}`, `${page.farm ? 'farm' : 'look'} all ${page.evidence ? 'evidence' : 'bare'}`];
      const rs = keys.map(row);
      for (const r of rs) r.pages++;
      paragraphs.forEach((text, p) => {
        const truth = (page.truth[p] ?? []).filter((t) => t[2] === 'title');
        const other = (page.truth[p] ?? []).filter((t) => t[2] !== 'title');
        const spans = found[p] ?? [];
        for (let i = 0; i < text.length; i++) {
          const s = spans.find((f) => f.start <= i && i < f.end);
          const pasted = truth.some(([a, b]) => a <= i && i < b);
          const farmOther = other.some(([a, b]) => a <= i && i < b);
          if (farmOther) continue;
          for (const r of rs) {
            if (pasted) {
              r.pasted++;
              if (s && !isSuspect(s)) r.hidden++;
              if (s) r.either++;
            } else if (s && !isSuspect(s)) r.realHidden++;
            else if (s) r.realMarked++;
          }
        }
        for (const s of spans) {
          const real = !truth.some(([a, b]) => a <= s.start && s.end <= b) && !other.some(([a, b]) => a <= s.start && s.end <= b);
          if (show && real) lines.push(`  ${isSuspect(s) ? 'marked' : 'HIDDEN'} real ${style} ${script} (${page.title}): ${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)} — ${s.reason}`);
        }
        if (show && truth.length && !spans.length) lines.push(`  missed ${style} ${script} (${page.title}): [${text}]`);
      });
    }
  });
});
console.log(`ownpara28 ${split} (seed ${seed}): pasted characters hidden / hidden or marked; writer's characters hidden / marked`);
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
  const rate = (n: number): string => (r.pasted ? (n / r.pasted).toFixed(3) : '  —  ');
  console.log(`${key.padEnd(22)} ${String(r.pages).padStart(4)} pages  pasted ${String(r.pasted).padStart(5)}  ${rate(r.hidden)} / ${rate(r.either)}  real hidden ${r.realHidden}, marked ${r.realMarked}`);
}
if (show) console.log(lines.join('\n'));
