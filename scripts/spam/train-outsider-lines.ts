/**
 * Fits and measures session 25's outsider-line decision (src/spam/find-outsider-lines.ts) on the pools
 * of ./outsider-pools.ts: a logistic model over OUTSIDER_FEATURES (standardised, L2), with two levels —
 * `hide` above every clean-corpus line and every generator's writer line of the fit that the finder's shapes
 * let be hidden (src/spam/find-outsider-lines.ts mayHide; plus a margin) — measured with the same shapes,
 * `mark` above every clean-corpus line of the fit and every line of the level-* pools' dev halves (clean text
 * never fitted: CPP, SIGHAN, short paragraphs, guards — ./outsider-level-pages.ts) that the writer's shapes let
 * be marked (mayMark), or, with --mark-share=s, where a share s of them stand above. The run without --logo or
 * --ablation also prints the marks on the level pools' held-out halves and the corpus's held-out half.
 *
 *   npx tsx scripts/spam/train-outsider-lines.ts                 fit on all dev pools, print per generator, write nothing
 *   npx tsx scripts/spam/train-outsider-lines.ts --write         … and write src/spam/outsider-line-weights.json
 *   npx tsx scripts/spam/train-outsider-lines.ts --logo          leave one generator out: fit without its pool, score it
 *   npx tsx scripts/spam/train-outsider-lines.ts --ablation      each feature zeroed in the fit, LOGO recall and clean marks
 *   npx tsx scripts/spam/train-outsider-lines.ts --ablation=a,b  only these features, one by one and all together
 *   npx tsx scripts/spam/train-outsider-lines.ts --top=N         the N clean lines scoring highest (dev only)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mayHide, mayMark, type OutsiderModel } from '../../src/spam/find-outsider-lines';
import { OUTSIDER_FEATURES } from '../../src/spam/outsider-line-features';
import type { OutsiderRow } from './outsider-pools';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dir = option('dir') ?? 'scratch/outsider';
const read = (suffix: string): OutsiderRow[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutsiderRow));
/** Session 27: the level-* pools (./outsider-level-pages.ts: CPP, SIGHAN, short paragraphs, guards) are clean text the fit never sees; their dev halves set the mark level only. */
const isLevel = (r: OutsiderRow): boolean => r.generator.startsWith('level-');
const devRows = read('-dev.jsonl');
const rows = devRows.filter((r) => !isLevel(r));
const levelDev = devRows.filter(isLevel);
const generators = [...new Set(rows.map((r) => r.generator))].filter((g) => g !== 'clean');
/** Share of the clean corpus's lines a mark may stand on. */
const MARK_CLEAN_SHARE = Number(option('mark-share') ?? 0);
const MARK_MARGIN = 0.25;
const HIDE_MARGIN = 0.5;


function fit(train: OutsiderRow[], without: ReadonlySet<number> = new Set()): OutsiderModel {
  const d = OUTSIDER_FEATURES.length;
  const mean = Array.from({ length: d }, (_, j) => train.reduce((s, r) => s + (r.x[j] ?? 0), 0) / train.length);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(train.reduce((s, r) => s + ((r.x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / train.length) || 1);
  const z = (r: OutsiderRow): number[] => r.x.map((v, j) => (without.has(j) ? 0 : (v - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const xs = train.map(z);
  // Classes weighed equally: negatives far outnumber the pasted lines.
  const positives = train.filter((r) => r.y).length;
  const weightOf = (r: OutsiderRow): number => (r.y ? 0.5 / positives : 0.5 / (train.length - positives));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const L2 = 1e-3;
  for (let step = 0; step < 400; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    train.forEach((r, i) => {
      const x = xs[i] as number[];
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0))));
      const g = (p - r.y) * weightOf(r);
      for (let j = 0; j < d; j++) gw[j] = (gw[j] ?? 0) + g * (x[j] ?? 0);
      gb += g;
    });
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - 1.0 * ((gw[j] ?? 0) + L2 * (w[j] ?? 0));
    b -= 1.0 * gb;
  }
  const model: OutsiderModel = { mean, scale, weights: w.map((v, j) => (without.has(j) ? 0 : v)), bias: b, hide: 0, mark: 0 };
  // Above every writer's line the finder could hide: one in a writer's shape, or without a site's, is never hidden whatever its score.
  const writers = train.filter((r) => !r.y && mayHide(r.x, r.text ?? '')).map((r) => scoreRow(model, r.x));
  model.hide = Math.max(...writers) + HIDE_MARGIN;
  // Above every clean line of the fit and of the level pools' dev halves that the writer's shapes let be marked
  // (a share of them, with --mark-share): marks on clean pages are a cost too, and session 26's level, set on the
  // corpus alone, marked real CPP and corpus text.
  const markable = [...train.filter((r) => r.generator === 'clean'), ...levelDev].filter((r) => mayMark(r.x, r.text ?? '')).map((r) => scoreRow(model, r.x)).sort((a, c) => c - a);
  model.mark = MARK_CLEAN_SHARE > 0 ? (markable[Math.floor(markable.length * MARK_CLEAN_SHARE)] ?? 0) : (markable[0] ?? 0) + MARK_MARGIN;
  return model;
}

export function scoreRow(model: OutsiderModel, x: readonly number[]): number {
  let s = model.bias;
  x.forEach((v, j) => (s += (model.weights[j] ?? 0) * ((v - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1))));
  return s;
}

/** Pasted characters hidden and hidden-or-marked, and writer characters hidden / marked, of `pool`. */
function measure(model: OutsiderModel, pool: OutsiderRow[]): { pasted: number; hidden: number; marked: number; realHidden: number; realMarked: number } {
  const m = { pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0 };
  for (const r of pool) {
    const s = scoreRow(model, r.x);
    const hidden = s >= model.hide && mayHide(r.x, r.text ?? '');
    const marked = hidden || (s >= model.mark && mayMark(r.x, r.text ?? ''));
    if (r.y) {
      m.pasted += r.chars;
      if (hidden) m.hidden += r.chars;
      if (marked) m.marked += r.chars;
    } else {
      if (hidden) m.realHidden += r.chars;
      else if (marked) m.realMarked += r.chars;
    }
  }
  return m;
}

const line = (name: string, m: ReturnType<typeof measure>): string =>
  `${name.padEnd(14)} pasted ${String(m.pasted).padStart(7)}  hidden ${(m.hidden / (m.pasted || 1)).toFixed(3)}  H|M ${(m.marked / (m.pasted || 1)).toFixed(3)}  writer hidden ${String(m.realHidden).padStart(5)}  marked ${String(m.realMarked).padStart(6)}`;

function logo(without: ReadonlySet<number> = new Set()): { recall: number; hidden: number; realHidden: number; cleanMarked: number } {
  let pasted = 0;
  let marked = 0;
  let hidden = 0;
  let realHidden = 0;
  let cleanMarked = 0;
  for (const g of generators) {
    const model = fit(rows.filter((r) => r.generator !== g), without);
    const m = measure(model, rows.filter((r) => r.generator === g));
    if (!without.size) console.log(line(`−${g}`, m));
    pasted += m.pasted;
    marked += m.marked;
    hidden += m.hidden;
    realHidden += m.realHidden;
    cleanMarked += measure(model, rows.filter((r) => r.generator === 'clean')).realMarked;
  }
  return { recall: marked / pasted, hidden: hidden / pasted, realHidden, cleanMarked: cleanMarked / generators.length };
}

if (args.includes('--logo')) {
  const all = logo();
  console.log(`LOGO pooled hidden ${all.hidden.toFixed(3)}, H|M ${all.recall.toFixed(3)}, writer's hidden ${all.realHidden}, clean marked chars per fit ${all.cleanMarked.toFixed(0)}`);
} else if (args.some((a) => a.startsWith('--ablation'))) {
  const base = logo();
  console.log(`all features: LOGO H|M ${base.recall.toFixed(3)}, hidden ${base.hidden.toFixed(3)}, writer's hidden ${base.realHidden}, clean marked ${base.cleanMarked.toFixed(0)}`);
  // --ablation=a,b,c: only these features, one by one and all together (the full run is one LOGO per feature).
  const named = option('ablation')?.split(',').map((name) => (OUTSIDER_FEATURES as readonly string[]).indexOf(name)).filter((j) => j >= 0);
  const sets: [string, Set<number>][] = named?.length ? [...named.map((j): [string, Set<number>] => [OUTSIDER_FEATURES[j] ?? '', new Set([j])]), ['all these', new Set(named)]] : OUTSIDER_FEATURES.map((name, j) => [name, new Set([j])]);
  for (const [name, without] of sets) {
    const a = logo(without);
    console.log(`without ${name.padEnd(14)} LOGO H|M ${a.recall.toFixed(3)} (${(a.recall - base.recall >= 0 ? '+' : '')}${(a.recall - base.recall).toFixed(3)}), hidden ${a.hidden.toFixed(3)}, writer's hidden ${a.realHidden}, clean marked ${a.cleanMarked.toFixed(0)}`);
  }
} else {
  const model = fit(rows);
  console.log(`rows ${rows.length}, positives ${rows.filter((r) => r.y).length}; hide ${model.hide.toFixed(2)}, mark ${model.mark.toFixed(2)}`);
  OUTSIDER_FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(14)} ${(model.weights[j] ?? 0).toFixed(3)}`));
  for (const g of ['clean', ...generators]) console.log(line(g, measure(model, rows.filter((r) => r.generator === g))));
  const top = Number(option('top') ?? 0);
  if (top)
    rows
      .filter((r) => r.generator === 'clean')
      .map((r) => [scoreRow(model, r.x), r.text ?? ''] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, top)
      .forEach(([s, t]) => console.log(`  ${s.toFixed(2)} ${t}`));
  // Clean text never fitted: the level pools' halves (dev set the mark level; held-out only measured) and the corpus's held-out half.
  const pools = new Map<string, OutsiderRow[]>();
  for (const r of [...levelDev, ...read('-heldout.jsonl').filter((x) => isLevel(x) || x.generator === 'clean')]) {
    const key = `${r.generator} ${levelDev.includes(r) ? 'dev' : 'held-out'}`;
    if (!pools.has(key)) pools.set(key, []);
    pools.get(key)?.push(r);
  }
  for (const [name, pool] of [...pools].sort()) console.log(line(name, measure(model, pool)));
  if (option('model')) writeFileSync(option('model') as string, JSON.stringify(model));
  if (args.includes('--write')) {
    const round = (v: number): number => Math.round(v * 1e4) / 1e4;
    const out = { features: OUTSIDER_FEATURES, mean: model.mean.map(round), scale: model.scale.map(round), weights: model.weights.map(round), bias: round(model.bias), hide: round(model.hide), mark: round(model.mark) };
    writeFileSync('src/spam/outsider-line-weights.json', `${JSON.stringify(out, null, 2)}\n`);
  }
}
