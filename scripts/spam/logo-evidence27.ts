/**
 * The level of page evidence for headline pieces, chosen by leave-one-generator-out on the rows of
 * ./bench-evidence27.ts (run with --rows on the shipped pipeline, the rule off): for each generator,
 * the lowest piece probability from which a marked piece on a page with at least `--min` spans hidden
 * by other families would be hidden, such that no writer's character is hidden on the *other*
 * generators' dev rows; then what that level does on the left-out generator's rows (dev and held-out).
 * Also the whole curve per generator. Reads files only.
 *
 *   npx tsx scripts/spam/logo-evidence27.ts --dev=FILE --heldout=FILE [--min=2]
 */
import { readFileSync } from 'node:fs';

interface Row {
  gen: string;
  habit: string;
  farm: boolean;
  evidence: number;
  tier: 'hidden' | 'suspect';
  confidence: number;
  reason: string;
  pasted: number;
  real: number;
  text: string;
}
const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const load = (file: string | undefined): Row[] => (file ? (JSON.parse(readFileSync(file, 'utf8')) as { spans: Row[] }).spans : []);
const dev = load(option('dev'));
const heldout = load(option('heldout'));
const min = Number(option('min') ?? 2);
const PIECE = 'A piece of the headline pasted into a sentence.';
const LEVELS = [0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97];

/** What hiding marked pieces from `level` on evidenced pages adds: pasted and writer's characters. */
function added(rows: readonly Row[], level: number): { pasted: number; real: number } {
  let pasted = 0;
  let real = 0;
  for (const r of rows) {
    if (r.reason !== PIECE || r.tier !== 'suspect' || r.evidence < min || r.confidence < level) continue;
    pasted += r.pasted;
    real += r.real;
  }
  return { pasted, real };
}
const gens = [...new Set([...dev, ...heldout].map((r) => r.gen))];
const baseline = (rows: readonly Row[]): number => rows.filter((r) => r.tier === 'hidden').reduce((n, r) => n + r.pasted, 0);
console.log(`page evidence ≥ ${min} other spans; curve (added pasted / writer's characters hidden), dev | held-out:`);
for (const gen of gens) {
  const d = dev.filter((r) => r.gen === gen);
  const h = heldout.filter((r) => r.gen === gen);
  console.log(`  ${gen} (hidden pasted before: dev ${baseline(d)}, held-out ${baseline(h)})`);
  for (const level of LEVELS) {
    const a = added(d, level);
    const b = added(h, level);
    console.log(`    ${level.toFixed(2)}  dev +${a.pasted} / ${a.real}   held-out +${b.pasted} / ${b.real}`);
  }
}
console.log('\nleave one generator out: the level from the others\' dev rows, applied to the left-out one');
for (const gen of gens) {
  const others = dev.filter((r) => r.gen !== gen);
  const level = LEVELS.find((l) => added(others, l).real === 0) ?? 1.01;
  const a = added(dev.filter((r) => r.gen === gen), level);
  const b = added(heldout.filter((r) => r.gen === gen), level);
  console.log(`  ${gen.padEnd(12)} level ${level.toFixed(2)}: dev +${a.pasted} / ${a.real}, held-out +${b.pasted} / ${b.real}`);
}
const level = LEVELS.find((l) => added(dev, l).real === 0) ?? 1.01;
const all = added(heldout, level);
console.log(`all generators' dev rows: level ${level.toFixed(2)}; held-out +${all.pasted} pasted / ${all.real} writer's`);
