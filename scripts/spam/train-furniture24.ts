/**
 * Fits session 24's learned furniture decision (logistic regression over
 * src/spam/furniture-features.ts) on the dev pools of ./furniture24-pools.ts, and measures it:
 *   - leave-one-class-out: each class's held-out pool scored by a model fitted without that class's
 *     dev pool (a class = generator:style), hidden and hidden-or-marked recall, real characters hidden;
 *   - the partner generators (written by another engineer, never trained on);
 *   - the clean corpus (S and T, both halves): characters hidden must be 0.
 * Tiers: `hide` sits above every score a clean run or a dev pool's real text reaches (with a margin),
 * `mark` at a lower level the same way over the clean corpus only.
 *
 *   npx tsx scripts/spam/train-furniture24.ts                   fit, measure, write src/spam/furniture-weights.json
 *   npx tsx scripts/spam/train-furniture24.ts --no-write        measure only
 *   npx tsx scripts/spam/train-furniture24.ts --drop=lm,chars   ablation: leave feature groups out (shape, link, lm, chars)
 *   npx tsx scripts/spam/train-furniture24.ts --loco=none       skip the leave-one-out fits
 *   npx tsx scripts/spam/train-furniture24.ts --load=FILE --no-write --loco=generator --loco-only=interface23,platform23
 *                                                               refit without those generators only (a tree fit is ~8 min loaded)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHAR_BUCKETS, FURNITURE_FEATURES, LINK_FEATURES, LM_FEATURES, SHAPE_FEATURES } from '../../src/spam/furniture-features';
import type { PoolParagraph, PoolRun } from './furniture24-pools';
import { scoreTrees, type Trees } from '../../src/spam/boosted-trees';
import { BRACKETED } from '../../src/spam/find-furniture-runs';
import { DEFAULT_TREE_OPTIONS, fitTrees, type Rows } from './furniture-trees';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const DIR = option('dir') ?? 'scratch/furniture24';
const dim = FURNITURE_FEATURES.length;

const groups: Record<string, [number, number]> = {
  shape: [1, SHAPE_FEATURES.length],
  link: [SHAPE_FEATURES.length, SHAPE_FEATURES.length + LINK_FEATURES.length],
  lm: [SHAPE_FEATURES.length + LINK_FEATURES.length, SHAPE_FEATURES.length + LINK_FEATURES.length + LM_FEATURES.length],
  chars: [dim - CHAR_BUCKETS, dim],
};
const dropped = (option('drop')?.split(',') ?? []).filter(Boolean);
const isDropped = (i: number): boolean => dropped.some((g) => i >= (groups[g]?.[0] ?? 0) && i < (groups[g]?.[1] ?? 0));

function load(split: 'dev' | 'heldout'): PoolParagraph[] {
  if (!existsSync(DIR)) throw new Error('run scripts/spam/furniture24-pools.ts first');
  return readdirSync(DIR)
    .filter((f) => f.endsWith(`-${split}.jsonl`))
    .flatMap((f) => readFileSync(`${DIR}/${f}`, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PoolParagraph));
}

const overlap = (ranges: readonly [number, number][], a: number, b: number): number => ranges.reduce((n, [s, e]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const isLookalike = (style: string): boolean => style.includes('lookalike');
const classOf = (p: PoolParagraph): string => `${p.generator}:${p.style}`;

/** Runs as packed arrays (the fit reads them many times): features of run k at [offsets[k], offsets[k+1]). */
interface Examples {
  index: Int32Array;
  value: Float64Array;
  offsets: Int32Array;
  y: Uint8Array;
  weight: Float64Array;
}

/**
 * Every positive run, and the negatives sampled at `keep` (weighted back up): a generator's pages repeat
 * the same article's clauses page after page, so most negatives are near-copies of one another.
 */
function examplesOf(paragraphs: readonly PoolParagraph[], keep = 0.25): Examples {
  const index: number[] = [];
  const value: number[] = [];
  const offsets: number[] = [0];
  const y: number[] = [];
  const weight: number[] = [];
  let seed = 12345;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (const p of paragraphs) {
    const all = p.generator === 'clean';
    for (const run of p.runs) {
      const truth = overlap(p.truth, run.s, run.e);
      const positive = truth > 0 && truth >= 0.9 * (run.e - run.s);
      if (!positive && !all && random() > keep) continue;
      for (const [i, v] of run.x) {
        if (isDropped(i)) continue;
        index.push(i);
        value.push(v);
      }
      offsets.push(index.length);
      y.push(positive ? 1 : 0);
      weight.push(positive || all ? 1 : 1 / keep);
    }
  }
  return { index: Int32Array.from(index), value: Float64Array.from(value), offsets: Int32Array.from(offsets), y: Uint8Array.from(y), weight: Float64Array.from(weight) };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
type Scorer = (run: PoolRun) => number;
const dense = (x: readonly [number, number][]): Float32Array => {
  const out = new Float32Array(dim);
  for (const [i, v] of x) if (!isDropped(i)) out[i] = v;
  return out;
};
/** The packed runs as dense rows for the trees. */
function rowsOf(data: Examples): Rows {
  const n = data.y.length;
  const x = new Float32Array(n * dim);
  for (let k = 0; k < n; k++) for (let j = data.offsets[k]!; j < data.offsets[k + 1]!; j++) x[k * dim + data.index[j]!] = data.value[j]!;
  return { x, dim, y: data.y, weight: data.weight };
}
const dot = (w: readonly number[], x: readonly [number, number][]): number => x.reduce((s, [i, v]) => s + (w[i] ?? 0) * v, 0);

/** Full-batch Adam on the weighted log loss with an L2 penalty (the bias unpenalised); positives weighted up to the negatives' mass (at most 5×). */
function fit(data: Examples, epochs: number, init?: number[]): number[] {
  const w = Float64Array.from(init ?? new Array<number>(dim).fill(0));
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const n = data.y.length;
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < n; k++) {
    if (data.y[k]) pos += data.weight[k]!;
    else neg += data.weight[k]!;
  }
  const posWeight = Math.min(5, neg / Math.max(1, pos));
  const l2 = 3e-4;
  const rate = 0.05;
  const g = new Float64Array(dim);
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    let total = 0;
    for (let k = 0; k < n; k++) {
      const from = data.offsets[k]!;
      const to = data.offsets[k + 1]!;
      let z = 0;
      for (let j = from; j < to; j++) z += w[data.index[j]!]! * data.value[j]!;
      const weight = data.weight[k]! * (data.y[k] ? posWeight : 1);
      const err = (sigmoid(z) - data.y[k]!) * weight;
      for (let j = from; j < to; j++) {
        const i = data.index[j]!;
        g[i] = g[i]! + err * data.value[j]!;
      }
      total += weight;
    }
    for (let i = 0; i < dim; i++) {
      const grad = g[i]! / total + (i === 0 ? 0 : l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * grad;
      v[i] = 0.999 * v[i]! + 0.001 * grad * grad;
      w[i] = w[i]! - (rate * m[i]! / (1 - 0.9 ** t)) / (Math.sqrt(v[i]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return [...w];
}

/** Log-odds kept between the highest clean or look-alike run and the hidden level. */
const MARGIN = Number(option('margin') ?? 0.25);
/** Share of the dev pools' hidden characters that may be the writer's (a run glued to the writer's clause takes them along); 0 by default. */
const REAL_BUDGET = Number(option('budget') ?? 0);
const SPACED = FURNITURE_FEATURES.indexOf('grainSpaced');
const LENGTH = FURNITURE_FEATURES.indexOf('length');
/** Whether a run may be hidden at all (src/spam/find-furniture-runs.ts mayHide, read off the features): not a piece cut by spaces, at least 4 characters. */
function mayHide(run: PoolRun, text?: string): boolean {
  const feature = (i: number): number => run.x.find(([j]) => j === i)?.[1] ?? 0;
  // The clean corpus keeps its text: the runtime's own rule; a generator's page has only the features (a bracketed aside counts as hideable there).
  if (text !== undefined) return text.slice(run.s, run.e).trim().length > 0 && feature(SPACED) === 0 && Math.round(Math.expm1(feature(LENGTH) * 4)) >= 4 && !BRACKETED.test(text.slice(run.s, run.e));
  return feature(SPACED) === 0 && Math.round(Math.expm1(feature(LENGTH) * 4)) >= 4;
}

/** The highest score a run reaches that would hide characters outside truth (`lookOnly`: a look-alike's characters). */
function highestWrong(paragraphs: readonly PoolParagraph[], score: Scorer, lookOnly = false, hideOnly = false): number {
  let top = -Infinity;
  for (const p of paragraphs) {
    for (const run of p.runs) {
      if (hideOnly && !mayHide(run, p.text)) continue;
      const wrong = lookOnly ? overlap(p.look, run.s, run.e) : run.e - run.s - overlap(p.truth, run.s, run.e);
      if (wrong > 0) top = Math.max(top, score(run));
    }
  }
  return top;
}

/**
 * The two levels. Hidden: above every score of a clean corpus run and of a run touching a generator's
 * look-alike text (--margin, 0.25), raised until none of the dev pools' hidden characters is the writer's
 * (--budget: a share allowed; a run glued to the writer's clause takes writer's characters with it). Marked:
 * above every clean run.
 */
function levels(devPools: readonly PoolParagraph[], clean: readonly PoolParagraph[], score: Scorer): { hide: number; mark: number } {
  const cleanTop = highestWrong(clean, score);
  let hide = Math.max(highestWrong(clean, score, false, true), highestWrong(devPools, score, true, true)) + MARGIN;
  for (; hide < 20; hide += 0.05) {
    const t = measure(devPools, score, hide, hide);
    if (t.realHidden <= REAL_BUDGET * (t.hidden + t.realHidden)) break;
  }
  return { hide, mark: Math.min(hide, cleanTop + 0.25) };
}

interface Tally {
  truth: number;
  hidden: number;
  marked: number;
  realHidden: number;
  realMarked: number;
  lookHidden: number;
}

/** Character tallies of a pool at the two levels (the union of the runs above each level, per paragraph). */
function measure(paragraphs: readonly PoolParagraph[], score: Scorer, hide: number, mark: number): Tally {
  const t: Tally = { truth: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0, lookHidden: 0 };
  for (const p of paragraphs) {
    const hiddenAt = new Uint8Array(p.length);
    for (const run of p.runs) {
      const z = score(run);
      if (z < mark) continue;
      for (let i = run.s; i < run.e; i++) hiddenAt[i] = Math.max(hiddenAt[i] ?? 0, z >= hide && mayHide(run, p.text) ? 2 : 1);
    }
    const inTruth = new Uint8Array(p.length);
    for (const [a, b] of p.truth) for (let i = a; i < b; i++) inTruth[i] = 1;
    const inLook = new Uint8Array(p.length);
    for (const [a, b] of p.look) for (let i = a; i < b; i++) inLook[i] = 1;
    for (let i = 0; i < p.length; i++) {
      const level = hiddenAt[i] ?? 0;
      if (inTruth[i]) {
        t.truth++;
        if (level === 2) t.hidden++;
        if (level >= 1) t.marked++;
      } else {
        if (level === 2) t.realHidden++;
        if (level === 1) t.realMarked++;
        if (inLook[i] && level === 2) t.lookHidden++;
      }
    }
  }
  return t;
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
const line = (label: string, t: Tally): string =>
  `${label.padEnd(34)} ${String(t.truth).padStart(6)}  hidden ${pct(t.hidden, t.truth)}  H|M ${pct(t.marked, t.truth)}  real hidden ${t.realHidden}, marked ${t.realMarked}${t.lookHidden ? ` (look-alike ${t.lookHidden})` : ''}`;

const dev = load('dev');
const heldout = load('heldout');
const epochs = Number(option('epochs') ?? 80);
const linear = option('model') === 'linear';
const rounds = Number(option('rounds') ?? 120);
const started = Date.now();

/** A fitted model and how it scores a pool's run. */
interface Fitted {
  score: Scorer;
  linear?: number[];
  trees?: Trees;
}
function fitModel(paragraphs: readonly PoolParagraph[], warm?: Fitted, scale = 1): Fitted {
  const data = examplesOf(paragraphs);
  if (linear) {
    const w = fit(data, Math.round(epochs * scale), warm?.linear);
    for (const i of FURNITURE_FEATURES.keys()) if (isDropped(i)) w[i] = 0;
    return { score: (run) => dot(w, run.x), linear: w };
  }
  const trees = fitTrees(rowsOf(data), { ...DEFAULT_TREE_OPTIONS, rounds: Math.round(rounds * scale) });
  return { score: (run) => scoreTrees(trees, dense(run.x)), trees };
}

// --load=FILE: the trees of an earlier fit (a weights file this script wrote), to measure other levels without refitting.
const loaded = option('load') ? (JSON.parse(readFileSync(option('load') ?? '', 'utf8')) as { trees: Trees }).trees : null;
const model: Fitted = loaded ? { score: (run) => scoreTrees(loaded, dense(run.x)), trees: loaded } : fitModel(dev);
const score = model.score;
const clean = [...dev, ...heldout].filter((p) => p.generator === 'clean');
const { hide, mark } = levels(dev.filter((p) => p.generator !== 'clean'), clean, score);
if (args.includes('--diagnose')) {
  const scored = (ps: readonly PoolParagraph[], positive: boolean): { z: number; p: PoolParagraph; s: number; e: number }[] =>
    ps.flatMap((p) => p.runs.filter((r) => (overlap(p.truth, r.s, r.e) >= 0.9 * (r.e - r.s)) === positive).map((r) => ({ z: score(r), p, s: r.s, e: r.e })));
  const q = (zs: number[]): string => [0.5, 0.75, 0.9, 0.99].map((f) => zs.sort((a, b) => a - b)[Math.floor(f * (zs.length - 1))]?.toFixed(2)).join(' / ');
  console.log(`positive runs (dev) score quantiles .5/.75/.9/.99: ${q(scored(dev.filter((p) => p.generator !== 'clean'), true).map((x) => x.z))}`);
  console.log(`positive runs (held-out) quantiles: ${q(scored(heldout.filter((p) => p.generator !== 'clean'), true).map((x) => x.z))}`);
  console.log(`clean runs quantiles: ${q(scored(clean, false).map((x) => x.z))}`);
  for (const x of scored(clean, false).sort((a, b) => b.z - a.z).slice(0, 25)) console.log(`  clean ${x.z.toFixed(2)} ${JSON.stringify(x.p.text?.slice(Math.max(0, x.s - 6), x.s))}[[${x.p.text?.slice(x.s, x.e)}]]`);
}
console.log(`${linear ? 'linear' : `trees (${rounds} rounds)`} fit on ${dev.length} dev paragraphs in ${((Date.now() - started) / 1000).toFixed(0)} s${dropped.length ? `, without ${dropped.join(', ')}` : ''}; levels hide ${hide.toFixed(2)}, mark ${mark.toFixed(2)}`);

const byClass = (paragraphs: readonly PoolParagraph[]): Map<string, PoolParagraph[]> => {
  const out = new Map<string, PoolParagraph[]>();
  for (const p of paragraphs) out.set(classOf(p), [...(out.get(classOf(p)) ?? []), p]);
  return out;
};
const sum = (ts: readonly Tally[]): Tally => ts.reduce((a, b) => ({ truth: a.truth + b.truth, hidden: a.hidden + b.hidden, marked: a.marked + b.marked, realHidden: a.realHidden + b.realHidden, realMarked: a.realMarked + b.realMarked, lookHidden: a.lookHidden + b.lookHidden }), { truth: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0, lookHidden: 0 });

console.log(line('clean corpus S+T (dev+heldout)', measure(clean, score, hide, mark)));
console.log('— held-out pools, model fitted on all dev pools —');
const heldoutClasses = byClass(heldout.filter((p) => p.generator !== 'clean'));
const own: Tally[] = [];
for (const [cls, paragraphs] of heldoutClasses) {
  const t = measure(paragraphs, score, hide, mark);
  if (!cls.startsWith('partner')) own.push(t);
  console.log(line(cls, t));
}
console.log(line('ALL own generators (held-out)', sum(own)));
const partners = [...heldoutClasses].filter(([cls]) => cls.startsWith('partner')).map(([, ps]) => measure(ps, score, hide, mark));
if (partners.length) console.log(line('ALL partner generators', sum(partners)));

// --inputs-ablation: the fitted model's levels kept, each feature group's inputs set to 0 when scoring (what the
// model leans on; no refit), on the held-out pools (own and partner) and the clean corpus.
if (args.includes('--inputs-ablation') && model.trees) {
  const trees = model.trees;
  for (const [group, [from, to]] of Object.entries(groups)) {
    const masked: Scorer = (run) => scoreTrees(trees, dense(run.x.filter(([i]) => i < from || i >= to)));
    const ownPools = heldout.filter((p) => p.generator !== 'clean' && !p.generator.startsWith('partner'));
    const partnerPools = heldout.filter((p) => p.generator.startsWith('partner'));
    console.log(line(`without ${group} inputs: own`, measure(ownPools, masked, hide, mark)));
    console.log(line(`without ${group} inputs: partner`, measure(partnerPools, masked, hide, mark)));
    console.log(line(`without ${group} inputs: clean`, measure(clean, masked, hide, mark)));
  }
}

// Leave-one-out by class (linear, cheap) or by generator (trees: one fit per generator, every class of it left out at once).
const loco = option('loco') ?? (linear ? 'class' : 'generator');
if (loco !== 'none') {
  console.log(`— leave-one-${loco}-out: held-out pools scored by a model fitted without that ${loco}'s dev pool (same levels rule) —`);
  const unitOf = (p: PoolParagraph): string => (loco === 'class' ? classOf(p) : p.generator);
  const only = option('loco-only')?.split(',');
  const units = [...new Set(heldout.filter((p) => p.generator !== 'clean' && !p.generator.startsWith('partner')).map(unitOf))].filter((u) => !only || only.includes(u));
  const locoAll: Tally[] = [];
  for (const unit of units) {
    const rest = dev.filter((p) => unitOf(p) !== unit);
    const without = fitModel(rest, model, linear ? 1 / 3 : 1);
    const { hide: h, mark: m } = levels(rest.filter((p) => p.generator !== 'clean'), clean, without.score);
    for (const [cls, paragraphs] of heldoutClasses) {
      if (cls.startsWith('partner') || isLookalike(cls) || unitOf(paragraphs[0]!) !== unit) continue;
      const t = measure(paragraphs, without.score, h, m);
      locoAll.push(t);
      console.log(line(cls, t));
    }
  }
  console.log(line(`ALL leave-one-${loco}-out`, sum(locoAll)));
}

if (!args.includes('--no-write') && !dropped.length) {
  const about = `Fitted by scripts/spam/train-furniture24.ts on the dev pools of scripts/spam/furniture24-pools.ts (${dev.length} paragraphs).`;
  const out = model.trees
    ? { about: `Gradient-boosted trees (${rounds} rounds) over src/spam/furniture-features.ts. ${about}`, hide: Math.round(hide * 1e3) / 1e3, mark: Math.round(mark * 1e3) / 1e3, trees: model.trees }
    : { about: `Logistic regression over src/spam/furniture-features.ts. ${about}`, hide: Math.round(hide * 1e3) / 1e3, mark: Math.round(mark * 1e3) / 1e3, weights: Object.fromEntries(FURNITURE_FEATURES.map((name, i) => [name, Math.round((model.linear?.[i] ?? 0) * 1e4) / 1e4]).filter(([, v]) => v !== 0)) };
  writeFileSync('src/spam/furniture-weights.json', `${JSON.stringify(out)}\n`);
  console.log('wrote src/spam/furniture-weights.json');
}
