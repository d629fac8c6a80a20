/**
 * Fits the learned furniture decision (boosted trees, or logistic regression with --model=linear, over
 * src/spam/furniture-features.ts) on the dev pools of ./furniture24-pools.ts, and measures it:
 *   - HEADLINE (session 25): leave-one-generator-out — for each own generator, a fit without its dev pool,
 *     levels by the same rule without it, its held-out pool scored (and the clean corpus's held-out half,
 *     which no fit or level reads): how the decision carries to furniture no generator it saw wrote;
 *   - in-pool: the fit on all dev pools, each class's held-out pool, the partner generators (written by
 *     another engineer, never trained on), the clean corpus (S and T, both halves: hidden must be 0).
 * Levels, per place of the run (own paragraph, tail after the last stop, inside; --one-level: session 24's one
 * pair): `hide` above every score a clean run or a look-alike reaches (with a margin) and where no dev pool
 * character outside truth is hidden, `mark` above every clean run.
 *
 *   npx tsx scripts/spam/train-furniture24.ts                   LOGO, fit, measure, write src/spam/furniture-weights.json
 *   npx tsx scripts/spam/train-furniture24.ts --no-write        measure only
 *   npx tsx scripts/spam/train-furniture24.ts --logo=none       skip the leave-one-generator-out fits (--logo-only=a,b: those; --logo-classes: per class)
 *   npx tsx scripts/spam/train-furniture24.ts --logo-only-run   LOGO only, no in-pool fit
 *   npx tsx scripts/spam/train-furniture24.ts --drop=chars      ablation: leave feature groups out (shape, link, lm, chars; session 25: slots, page, words, closed, nature)
 *   npx tsx scripts/spam/train-furniture24.ts --no-trim --one-level --drop=nature
 *                                                               session 24's setup (its runs, features and one level) on the same pools
 *   npx tsx scripts/spam/train-furniture24.ts --load=FILE --no-write --logo=none --inputs-ablation
 *                                                               an earlier fit's trees, one group's inputs zeroed at a time
 * Pools: `npx tsx scripts/spam/furniture24-pools.ts --split=dev` and `--split=heldout` (--dir= both scripts).
 *
 * Session 26: the clean pools of ./furniture26-clean-pools.ts (titles, short paragraphs and quotations read
 * alone, guard news, CPP and SIGHAN pages) are read beside the corpus's (`clean`): every pool named `clean*` is
 * clean. `--fit-clean=clean,clean-titles` names the clean pools the trees fit on (default: every clean pool but
 * the research data, CPP and SIGHAN, which are never distilled into the product; session 24's setup: `clean`);
 * `--level-clean=…` the pools whose dev half both levels stay above (default: every clean pool). Clean figures
 * are per pool.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHAR_BUCKETS, FURNITURE_FEATURES, RUN_PLACES, runPlace, type RunPlace, LINK_FEATURES, LM_FEATURES, SHAPE_FEATURES } from '../../src/spam/furniture-features';
import { CLOSED_FEATURES, NATURE_FEATURES } from '../../src/spam/furniture-nature';
import type { PoolParagraph, PoolRun } from './furniture24-pools';
import { scoreTrees, type Trees } from '../../src/spam/boosted-trees';
import { BRACKETED } from '../../src/spam/find-furniture-runs';
import { DEFAULT_TREE_OPTIONS, fitTrees, type Rows } from './furniture-trees';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const DIR = option('dir') ?? 'scratch/furniture24';
const dim = FURNITURE_FEATURES.length;

/** Feature groups by name, for --drop and the ablations (session 25's groups: slots, page, words, closed). */
const named = (names: readonly string[]): number[] => names.map((name) => FURNITURE_FEATURES.indexOf(name));
const NATURE = NATURE_FEATURES as readonly string[];
const groupIndices: Record<string, number[]> = {
  shape: named(SHAPE_FEATURES.slice(1)),
  link: named(LINK_FEATURES),
  lm: named(LM_FEATURES),
  chars: Array.from({ length: CHAR_BUCKETS }, (_, i) => FURNITURE_FEATURES.indexOf(`char:${i}`)),
  slots: named(NATURE.slice(NATURE.indexOf('classSwitches'), NATURE.indexOf('runShare'))),
  page: named(NATURE.slice(NATURE.indexOf('runShare'), NATURE.indexOf('knownShare'))),
  words: named(NATURE.slice(NATURE.indexOf('knownShare'), NATURE.indexOf('grainTrimmed'))),
  closed: named(CLOSED_FEATURES),
};
groupIndices.nature = [...groupIndices.slots!, ...groupIndices.page!, ...groupIndices.words!, ...groupIndices.closed!, FURNITURE_FEATURES.indexOf('grainTrimmed')];
const dropped = (option('drop')?.split(',') ?? []).filter(Boolean);
const droppedSet = new Set(dropped.flatMap((g) => groupIndices[g] ?? []));
/** Session 25's trim step (runs cut at the model's break): --no-trim leaves its runs out everywhere (session 24's candidate set). */
const TRIMMED = FURNITURE_FEATURES.indexOf('grainTrimmed');
const withTrim = !args.includes('--no-trim');
const isDropped = (i: number): boolean => droppedSet.has(i);
/** Session 26: every pool named clean* has no truth (./furniture26-clean-pools.ts); research data is never fitted on. */
const isClean = (p: { generator: string }): boolean => p.generator.startsWith('clean');
const RESEARCH = new Set(['clean-cpp', 'clean-sighan']);
const FIT_CLEAN = option('fit-clean')?.split(',');
const LEVEL_CLEAN = option('level-clean')?.split(',');
const fitsOn = (p: PoolParagraph): boolean => !isClean(p) || (FIT_CLEAN ? FIT_CLEAN.includes(p.generator) : !RESEARCH.has(p.generator));
const levelsOn = (p: PoolParagraph): boolean => !LEVEL_CLEAN || LEVEL_CLEAN.includes(p.generator);

function load(split: 'dev' | 'heldout'): PoolParagraph[] {
  if (!existsSync(DIR)) throw new Error('run scripts/spam/furniture24-pools.ts first');
  return readdirSync(DIR)
    .filter((f) => f.endsWith(`-${split}.jsonl`))
    .flatMap((f) => readFileSync(`${DIR}/${f}`, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PoolParagraph))
    .map((p) => (withTrim ? p : { ...p, runs: p.runs.filter((run) => !run.x.some(([i]) => i === TRIMMED)) }));
}

const overlap = (ranges: readonly [number, number][], a: number, b: number): number => ranges.reduce((n, [s, e]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const classOf = (p: PoolParagraph): string => `${p.generator}:${p.style}`;

/** Runs as packed arrays (the fit reads them many times): features of run k at [offsets[k], offsets[k+1]). */
interface Examples {
  index: Int32Array;
  value: Float64Array;
  offsets: Int32Array;
  y: Uint8Array;
  weight: Float64Array;
}

/** Share of a generator's negative runs kept (--keep; the LOGO runs of session 25 used 0.1 on the loaded machine). */
const KEEP = Number(option('keep') ?? 0.25);
/**
 * Every positive run, and the negatives sampled at `keep` (weighted back up): a generator's pages repeat
 * the same article's clauses page after page, so most negatives are near-copies of one another.
 */
function examplesOf(paragraphs: readonly PoolParagraph[], keep = KEEP): Examples {
  const index: number[] = [];
  const value: number[] = [];
  const offsets: number[] = [0];
  const y: number[] = [];
  const weight: number[] = [];
  let seed = 12345;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (const p of paragraphs) {
    // The corpus's own paragraphs are all kept (session 24); session 26's other clean pools are sampled as a generator's negatives.
    const all = p.generator === 'clean';
    const clean = isClean(p);
    if (!fitsOn(p)) continue;
    for (const run of p.runs) {
      const truth = overlap(p.truth, run.s, run.e);
      const positive = !clean && truth > 0 && truth >= 0.9 * (run.e - run.s);
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
function rowsOf(data: Examples, kept: readonly number[]): Rows {
  const n = data.y.length;
  const width = kept.length;
  const column = new Map(kept.map((f, c) => [f, c]));
  const x = new Float32Array(n * width);
  for (let k = 0; k < n; k++) {
    for (let j = data.offsets[k]!; j < data.offsets[k + 1]!; j++) {
      const c = column.get(data.index[j]!);
      if (c !== undefined) x[k * width + c] = data.value[j]!;
    }
  }
  return { x, dim: width, y: data.y, weight: data.weight };
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

/** Session 25: a run's place (src/spam/furniture-features.ts runPlace), read off its features: each place gets its own levels. */
function placeOfRun(run: PoolRun): RunPlace {
  return runPlace((i) => run.x.find(([j]) => j === i)?.[1] ?? 0);
}
type Levels = Record<RunPlace, { hide: number; mark: number }>;
const ONE_LEVEL = args.includes('--one-level');
const MARK_ONLY = (option('mark-only')?.split(',') ?? []).filter((place): place is RunPlace => (RUN_PLACES as readonly string[]).includes(place));
const only = (paragraphs: readonly PoolParagraph[], place: RunPlace | null): PoolParagraph[] =>
  place ? paragraphs.map((p) => ({ ...p, runs: p.runs.filter((run) => placeOfRun(run) === place) })) : [...paragraphs];

/**
 * The two levels, per place (--one-level: one pair for all, session 24's rule). Hidden: above every
 * score of a clean corpus run and of a run touching a generator's look-alike text (--margin, 0.25),
 * raised until none of the dev pools' hidden characters is the writer's (--budget: a share allowed; a
 * run glued to the writer's clause takes writer's characters with it). Marked: above every clean run.
 * A place no clean run reaches takes the levels read over all places.
 */
function levels(devPools: readonly PoolParagraph[], clean: readonly PoolParagraph[], score: Scorer): Levels {
  const one = (place: RunPlace | null): { hide: number; mark: number } => {
    const c = only(clean.filter(levelsOn), place);
    const d = only(devPools, place);
    // The marked level above every clean run the levels read (session 24's rule, over session 26's pools too).
    const cleanTop = highestWrong(c, score);
    let hide = Math.max(highestWrong(c, score, false, true), highestWrong(d, score, true, true)) + MARGIN;
    if (!Number.isFinite(hide)) return { hide: Infinity, mark: Infinity };
    if (REAL_BUDGET === 0) {
      // No writer's character may be hidden: the first step above the highest hideable run that takes one (the loop's answer, without its hundreds of passes).
      const wrongTop = highestWrong(d, score, false, true);
      if (wrongTop >= hide) hide += 0.05 * (Math.floor((wrongTop - hide) / 0.05) + 1);
    } else {
      for (; hide < 20; hide += 0.05) {
        const t = measure(d, score, same({ hide, mark: hide }));
        if (t.realHidden <= REAL_BUDGET * (t.hidden + t.realHidden)) break;
      }
    }
    return { hide, mark: Math.min(hide, cleanTop + 0.25) };
  };
  const all = one(null);
  if (ONE_LEVEL) return same(all);
  const out = same(all);
  for (const place of RUN_PLACES) {
    const own = one(place);
    out[place] = Number.isFinite(own.hide) ? own : all;
  }
  // --mark-only=own: places that are only marked (session 26: where a LOGO fold hid a writer's or a clean held-out character).
  for (const place of MARK_ONLY) out[place] = { hide: Infinity, mark: out[place].mark };
  return out;
}
const same = (level: { hide: number; mark: number }): Levels => Object.fromEntries(RUN_PLACES.map((place) => [place, { ...level }])) as Levels;
const levelsText = (lv: Levels): string => RUN_PLACES.map((place) => `${place} ${lv[place].hide.toFixed(2)}/${lv[place].mark.toFixed(2)}`).join(', ');

interface Tally {
  truth: number;
  hidden: number;
  marked: number;
  realHidden: number;
  realMarked: number;
  lookHidden: number;
}

/** Character tallies of a pool at the two levels (the union of the runs above each level, per paragraph). */
function measure(paragraphs: readonly PoolParagraph[], score: Scorer, lv: Levels): Tally {
  const t: Tally = { truth: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0, lookHidden: 0 };
  for (const p of paragraphs) {
    const hiddenAt = new Uint8Array(p.length);
    for (const run of p.runs) {
      const z = score(run);
      const { hide, mark } = lv[placeOfRun(run)];
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
    return { score: cached((run) => dot(w, run.x)), linear: w };
  }
  // The trees read only the kept columns (a dropped group costs no time and takes no share of the column sample); their splits are mapped back.
  const kept = [...FURNITURE_FEATURES.keys()].filter((i) => !isDropped(i));
  const fitted = fitTrees(rowsOf(data, kept), { ...DEFAULT_TREE_OPTIONS, rounds: Math.round(rounds * scale) });
  const trees: Trees = { ...fitted, trees: fitted.trees.map((tree) => ({ ...tree, f: tree.f.map((f) => kept[f] ?? 0) })) };
  return { score: cached((run) => scoreTrees(trees, dense(run.x))), trees };
}

/** A scorer that reads each run once (the levels' search scores the same runs many times). */
const cached = (score: Scorer): Scorer => {
  const seen = new WeakMap<PoolRun, number>();
  return (run) => seen.get(run) ?? (seen.set(run, score(run)).get(run) as number);
};
const byClass = (paragraphs: readonly PoolParagraph[]): Map<string, PoolParagraph[]> => {
  const out = new Map<string, PoolParagraph[]>();
  for (const p of paragraphs) out.set(classOf(p), [...(out.get(classOf(p)) ?? []), p]);
  return out;
};
const sum = (ts: readonly Tally[]): Tally => ts.reduce((a, b) => ({ truth: a.truth + b.truth, hidden: a.hidden + b.hidden, marked: a.marked + b.marked, realHidden: a.realHidden + b.realHidden, realMarked: a.realMarked + b.realMarked, lookHidden: a.lookHidden + b.lookHidden }), { truth: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0, lookHidden: 0 });
const cleanDev = dev.filter(isClean);
const cleanHeldout = heldout.filter(isClean);
const heldoutClasses = byClass(heldout.filter((p) => !isClean(p)));
/** Session 26: a clean tally per pool, as `pool hidden/marked` (only what is hidden or marked). */
const cleanPools = [...new Set(cleanHeldout.map((p) => p.generator))].sort();
const perPool = (paragraphs: readonly PoolParagraph[], score: Scorer, lv: Levels): string =>
  cleanPools.map((pool) => { const t = measure(paragraphs.filter((p) => p.generator === pool), score, lv); return `${pool.replace('clean-', '') || pool} ${t.realHidden}/${t.realMarked}`; }).join(', ');
const setup = `${linear ? 'linear' : `trees (${rounds} rounds)`}${dropped.length ? `, without ${dropped.join(', ')}` : ''}${withTrim ? '' : ', no trim runs'}${ONE_LEVEL ? ', one level' : ', levels per place'}`;

/**
 * Session 25's headline: leave-one-generator-out. For each own generator, a fresh fit on every other
 * generator's dev pool and the clean corpus's dev half; its levels by the same rule over what the fit saw
 * (clean dev S+T and the other generators' look-alikes hide 0); then the left-out generator's held-out pool
 * (every class, its look-alikes too) is scored, and the clean corpus's held-out half (never in any fit or level).
 * The in-pool figures below it say how well the fit learned its generators; this one, how it carries to one it never saw.
 */
/**
 * Session 26: how far a fold's hidden level per place must rise for no character outside truth to be hidden
 * (a hideable run outside truth scoring above it), read two ways: on the left-out generator's DEV pool (no
 * fold saw it: what --logo-margin selects on, so the held-out pools stay unread) and, reported only, on its
 * held-out pool with the clean held-out halves.
 */
const logoNeeded: Record<RunPlace, number> = { own: 0, tail: 0, inside: 0 };
const needAbove = (top: number, level: number): number => (top >= level ? 0.05 * (Math.floor((top - level) / 0.05) + 1) : 0);
function safety(devPool: readonly PoolParagraph[], heldPool: readonly PoolParagraph[], score: Scorer, lv: Levels): string {
  return RUN_PLACES.map((place) => {
    const need = needAbove(highestWrong(only(devPool, place), score, false, true), lv[place].hide);
    const heldNeed = needAbove(Math.max(highestWrong(only(heldPool, place), score, false, true), highestWrong(only(cleanHeldout, place), score, false, true)), lv[place].hide);
    logoNeeded[place] = Math.max(logoNeeded[place], need);
    const raised: Levels = { ...lv, [place]: { ...lv[place], hide: lv[place].hide + need } };
    const before = measure(only(heldPool, place), score, lv);
    const after = measure(only(heldPool, place), score, raised);
    return `${place} +${need.toFixed(2)} on dev (held-out would need +${heldNeed.toFixed(2)}; held-out hidden ${before.hidden} -> ${after.hidden}, writer's ${before.realHidden} -> ${after.realHidden})`;
  }).join('; ');
}
const logo = option('logo') ?? 'generator';
if (logo !== 'none') {
  console.log(`— LEAVE-ONE-GENERATOR-OUT (${setup}): the left-out generator's held-out pool, fit and levels without it —`);
  const wanted = option('logo-only')?.split(',');
  const units = [...new Set(heldout.filter((p) => !isClean(p) && !p.generator.startsWith('partner')).map((p) => p.generator))].filter((u) => !wanted || wanted.includes(u));
  const all: Tally[] = [];
  const cleanLeak: Tally[] = [];
  const ablations = new Map<string, Tally[]>();
  const ablationsClean = new Map<string, Tally[]>();
  for (const unit of units) {
    const t0 = Date.now();
    const rest = dev.filter((p) => p.generator !== unit);
    const without = fitModel(rest);
    const lv = levels(rest.filter((p) => !isClean(p)), cleanDev, without.score);
    const pools = [...heldoutClasses].filter(([cls]) => cls.startsWith(`${unit}:`)).flatMap(([, ps]) => ps);
    const t = measure(pools, without.score, lv);
    const c = measure(cleanHeldout, without.score, lv);
    all.push(t);
    cleanLeak.push(c);
    console.log(`${line(unit, t)} | clean held-out hidden ${c.realHidden}, marked ${c.realMarked} (${perPool(cleanHeldout, without.score, lv)}) | ${levelsText(lv)} | ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    console.log(`    ${unit} per place: ${safety(dev.filter((p) => p.generator === unit), pools, without.score, lv)}`);
    // --logo-ablation: the fold's trees and levels kept, one feature group's inputs zeroed (no refit): what the left-out generator's figures lean on.
    if (args.includes('--logo-ablation') && without.trees) {
      const trees = without.trees;
      for (const [group, indices] of Object.entries(groupIndices)) {
        if (indices.every(isDropped)) continue;
        const off = new Set(indices);
        const masked: Scorer = cached((run) => scoreTrees(trees, dense(run.x.filter(([i]) => !off.has(i)))));
        const m = measure(pools, masked, lv);
        const mc = measure(cleanHeldout, masked, lv);
        ablations.set(group, [...(ablations.get(group) ?? []), m]);
        ablationsClean.set(group, [...(ablationsClean.get(group) ?? []), mc]);
        console.log(`      ${line(`without ${group} inputs`, m)} | clean held-out hidden ${mc.realHidden}`);
      }
    }
    if (args.includes('--logo-classes')) for (const [cls, ps] of heldoutClasses) if (cls.startsWith(`${unit}:`)) console.log(`    ${line(cls, measure(ps, without.score, lv))}`);
  }
  for (const [group, ts] of ablations) console.log(`${line(`ALL LOGO without ${group} inputs`, sum(ts))} | clean held-out hidden ${sum(ablationsClean.get(group) ?? []).realHidden}`);
  const c = sum(cleanLeak);
  console.log(`${line('ALL leave-one-generator-out', sum(all))} | clean held-out hidden ${c.realHidden}, marked ${c.realMarked}`);
  console.log(`LOGO: hidden levels would rise by ${RUN_PLACES.map((place) => `${place} +${logoNeeded[place].toFixed(2)}`).join(', ')} for no fold to hide a character outside truth on its left-out generator's dev pool`);
}
if (args.includes('--logo-only-run')) process.exit(0);

// --load=FILE: the trees of an earlier fit (a weights file this script wrote), to measure other levels without refitting.
type WeightsFile = { trees: Trees; hide: number; mark: number; places?: Partial<Levels> };
const file = option('load') ? (JSON.parse(readFileSync(option('load') ?? '', 'utf8')) as WeightsFile) : null;
const loaded = file?.trees ?? null;
const model: Fitted = loaded ? { score: cached((run) => scoreTrees(loaded, dense(run.x))), trees: loaded } : fitModel(dev);
const score = model.score;
const clean = [...cleanDev, ...cleanHeldout];
// The shipped levels read both halves of the clean corpus (nothing of it may be hidden in the product).
// --file-levels (with --load): the levels the weights file ships with (what the product does), not the ones this run would set.
const lv = file && args.includes('--file-levels') ? (Object.fromEntries(RUN_PLACES.map((place) => [place, file.places?.[place] ?? { hide: file.hide, mark: file.mark }])) as Levels) : levels(dev.filter((p) => !isClean(p)), clean, score);
// --logo-margin: each place's hidden level raised by the most any LOGO fold needed above its own levels (writer's and clean held-out 0).
if (args.includes('--logo-margin')) for (const place of RUN_PLACES) lv[place].hide += logoNeeded[place];
// --raise=own:0.15,tail:0.1: the same rise given by hand (a LOGO run's last line), to refit without rerunning the folds.
for (const [place, by] of (option('raise')?.split(',') ?? []).map((pair) => pair.split(':'))) if (place && place in lv) lv[place as RunPlace].hide += Number(by);
if (args.includes('--diagnose')) {
  const scored = (ps: readonly PoolParagraph[], positive: boolean): { z: number; p: PoolParagraph; s: number; e: number }[] =>
    ps.flatMap((p) => p.runs.filter((r) => (overlap(p.truth, r.s, r.e) >= 0.9 * (r.e - r.s)) === positive).map((r) => ({ z: score(r), p, s: r.s, e: r.e })));
  const q = (zs: number[]): string => [0.5, 0.75, 0.9, 0.99].map((f) => zs.sort((a, b) => a - b)[Math.floor(f * (zs.length - 1))]?.toFixed(2)).join(' / ');
  console.log(`positive runs (dev) score quantiles .5/.75/.9/.99: ${q(scored(dev.filter((p) => !isClean(p)), true).map((x) => x.z))}`);
  console.log(`positive runs (held-out) quantiles: ${q(scored(heldout.filter((p) => !isClean(p)), true).map((x) => x.z))}`);
  console.log(`clean runs quantiles: ${q(scored(clean, false).map((x) => x.z))}`);
  for (const x of scored(clean, false).sort((a, b) => b.z - a.z).slice(0, 25)) console.log(`  clean ${x.z.toFixed(2)} ${placeOfRun(x.p.runs.find((r) => r.s === x.s && r.e === x.e)!)} ${JSON.stringify(x.p.text?.slice(Math.max(0, x.s - 6), x.s))}[[${x.p.text?.slice(x.s, x.e)}]]`);
}
console.log(`— in-pool (${setup}): fit on all ${dev.length} dev paragraphs in ${((Date.now() - started) / 1000).toFixed(0)} s; levels hide/mark ${levelsText(lv)} —`);
console.log(line('clean corpus S+T (dev+heldout)', measure(clean.filter((p) => p.generator === 'clean'), score, lv)));
console.log(`clean pools, dev halves hidden/marked: ${perPool(cleanDev, score, lv)}`);
console.log(`clean pools, held-out halves hidden/marked: ${perPool(cleanHeldout, score, lv)}`);
const own: Tally[] = [];
for (const [cls, paragraphs] of heldoutClasses) {
  const t = measure(paragraphs, score, lv);
  if (!cls.startsWith('partner')) own.push(t);
  if (!args.includes('--brief')) console.log(line(cls, t));
}
console.log(line('ALL own generators (held-out)', sum(own)));
const partners = [...heldoutClasses].filter(([cls]) => cls.startsWith('partner')).map(([, ps]) => measure(ps, score, lv));
if (partners.length) console.log(line('ALL partner generators', sum(partners)));

// --inputs-ablation: the fitted model's levels kept, each feature group's inputs set to 0 when scoring (what the
// model leans on; no refit), on the held-out pools (own and partner) and the clean corpus.
if (args.includes('--inputs-ablation') && model.trees) {
  const trees = model.trees;
  for (const [group, indices] of Object.entries(groupIndices)) {
    const off = new Set(indices);
    const masked: Scorer = cached((run) => scoreTrees(trees, dense(run.x.filter(([i]) => !off.has(i)))));
    const ownPools = heldout.filter((p) => !isClean(p) && !p.generator.startsWith('partner'));
    const partnerPools = heldout.filter((p) => p.generator.startsWith('partner'));
    console.log(line(`without ${group} inputs: own`, measure(ownPools, masked, lv)));
    console.log(line(`without ${group} inputs: partner`, measure(partnerPools, masked, lv)));
    console.log(line(`without ${group} inputs: clean`, measure(clean, masked, lv)));
  }
}

// A fit without some groups is written too (its trees never read the dropped columns); an ablation says --no-write.
if (!args.includes('--no-write')) {
  const about = `Fitted by scripts/spam/train-furniture24.ts on the dev pools of scripts/spam/furniture24-pools.ts (${dev.length} paragraphs).`;
  const round = (x: number): number => Math.round(x * 1e3) / 1e3;
  // A place only marked is written with a level no log-odds reaches (JSON has no Infinity; null would read as 0).
  const NEVER = 99;
  const level = (x: number): number => (Number.isFinite(x) ? round(x) : NEVER);
  const places = Object.fromEntries(RUN_PLACES.map((place) => [place, { hide: level(lv[place].hide), mark: level(lv[place].mark) }]));
  const hide = Math.max(...RUN_PLACES.map((place) => level(lv[place].hide)));
  const mark = Math.max(...RUN_PLACES.map((place) => lv[place].mark));
  const common = { hide, mark: level(mark), places, trim: withTrim };
  const out = model.trees
    ? { about: `Gradient-boosted trees (${rounds} rounds) over src/spam/furniture-features.ts. ${about}`, ...common, trees: model.trees }
    : { about: `Logistic regression over src/spam/furniture-features.ts. ${about}`, ...common, weights: Object.fromEntries(FURNITURE_FEATURES.map((name, i) => [name, Math.round((model.linear?.[i] ?? 0) * 1e4) / 1e4]).filter(([, v]) => v !== 0)) };
  // --out=FILE: write elsewhere (a candidate fit measured before it replaces the shipped one).
  const target = option('out') ?? 'src/spam/furniture-weights.json';
  writeFileSync(target, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${target}`);
}
