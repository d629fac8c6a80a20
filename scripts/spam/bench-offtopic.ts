/**
 * The `offtopic` farm style (./offtopic-farm.ts) measured on its own: corpus articles with one or
 * two unrelated sentences pasted whole, the shipped decision on them (sentence characters hidden /
 * marked, precision), which candidate kinds reach the pasted sentences at all and how they score,
 * and the AUC of each feature of the `line` kind on its candidates (pasted vs the article's own).
 *
 *   npx tsx scripts/spam/bench-offtopic.ts                  held-out articles, held-out sentences
 *   npx tsx scripts/spam/bench-offtopic.ts --split=fresh    held-out articles, the fresh pool
 *   npx tsx scripts/spam/bench-offtopic.ts --split=dev --examples=20
 */
import { spansOf, analyzeSpam } from '../../src/spam/index';
import type { ScoredCandidate } from '../../src/spam/decide';
import { LINE_FEATURES } from '../../src/spam/features-lines';
import { loadCorpus, splitOf, type BenchSplit } from './corpus';
import { labelOf } from './dev-examples';
import { createNodeSpamTools } from './node-tools';
import { OFFTOPIC_SEEDS, pasteOfftopic } from './offtopic-farm';
import { newTallies, score, type Tally, type TruthSpan } from './tally';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as BenchSplit;
const variants = Number(option('pages') ?? 2);
const exampleLimit = Number(option('examples') ?? 0);

const tools = await createNodeSpamTools();
const tallies = newTallies();
const reach = new Map<string, { pastes: number; best: number[] }>();
const lineRows: { features: number[]; label: 0 | 1 }[] = [];
const examples: string[] = [];
let pages = 0;
let pastes = 0;

loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== (split === 'dev' ? 'dev' : 'heldout')) return;
  for (let v = 0; v < variants; v++) {
    const farm = pasteOfftopic(doc.paragraphs, split, OFFTOPIC_SEEDS[split] * 100000 + index * 10 + v);
    if (!farm) continue;
    pages++;
    const analysis = analyzeSpam(doc.title, farm.paragraphs, tools);
    score(farm.paragraphs, farm.truth, spansOf(analysis), tallies, exampleLimit ? { out: examples, limit: exampleLimit } : undefined);
    noteReach(analysis.scored, farm.truth);
    for (const c of analysis.scored) {
      if (c.kind !== 'line') continue;
      const label = labelOf(c, farm.truth);
      if (label !== null) lineRows.push({ features: c.features, label });
    }
  }
});

/** For each paste, the best probability each kind gives a candidate that is (nearly) that paste. */
function noteReach(scored: readonly ScoredCandidate[], truth: readonly (readonly TruthSpan[])[]): void {
  truth.forEach((spans) => {
    for (const [s, e] of spans) {
      pastes++;
      const best = new Map<string, number>();
      for (const c of scored) {
        const [p, start, end] = c.places[0] ?? [0, 0, 0];
        if (truth[p] !== spans || start < s || end > e || (end - start) * 5 < (e - s) * 4) continue;
        best.set(c.kind, Math.max(best.get(c.kind) ?? 0, c.probability));
      }
      for (const [kind, probability] of best) {
        const entry = reach.get(kind) ?? { pastes: 0, best: [] };
        entry.pastes++;
        entry.best.push(probability);
        reach.set(kind, entry);
      }
    }
  });
}

/** Area under the ROC curve of one feature column (ties count half). */
export function auc(rows: readonly { features: number[]; label: 0 | 1 }[], column: number): number {
  const sorted = [...rows].sort((a, b) => (a.features[column] ?? 0) - (b.features[column] ?? 0));
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && (sorted[j]?.features[column] ?? 0) === (sorted[i]?.features[column] ?? 0)) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]?.label !== 1) continue;
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0.5;
}

const t = tallies.get('sentence') as Tally;
const all = tallies.get('all') as Tally;
console.log(`offtopic style, split ${split}: ${pages} pages, ${pastes} pasted sentences, ${t.truth} characters`);
console.log(`  hidden ${t.truthFound} (${(t.truthFound / t.truth).toFixed(3)}), hidden or marked ${t.truthMarked} (${(t.truthMarked / t.truth).toFixed(3)})`);
console.log(`  precision hidden ${all.predicted ? (all.predictedRight / all.predicted).toFixed(4) : '-'} (${all.predicted} chars), marked ${all.suspect ? (all.suspectRight / all.suspect).toFixed(4) : '-'} (${all.suspect} chars, ${all.suspect - all.suspectRight} real)`);
console.log('  kinds with a candidate on (4/5 of) a pasted sentence: pastes reached, median / max best probability');
for (const [kind, { pastes: n, best }] of reach) {
  const sorted = [...best].sort((a, b) => a - b);
  console.log(`    ${kind.padEnd(9)} ${n} of ${pastes}   ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} / ${(sorted[sorted.length - 1] ?? 0).toFixed(3)}`);
}
const positives = lineRows.filter((r) => r.label === 1).length;
console.log(`  line candidates: ${positives} pasted, ${lineRows.length - positives} the article's own; AUC per feature:`);
LINE_FEATURES.forEach((name, i) => console.log(`    ${name.padEnd(16)} ${auc(lineRows, i).toFixed(3)}`));
if (examples.length) console.log(examples.join('\n'));
