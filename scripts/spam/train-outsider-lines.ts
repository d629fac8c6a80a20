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
 *   npx tsx scripts/spam/train-outsider-lines.ts --loco          leave one class out (a generator's style): fit without its pages, score its pasted lines; a row per family
 *   npx tsx scripts/spam/train-outsider-lines.ts --loco --ablation[=a,b]   the ablation read by leave-one-class-out
 *   npx tsx scripts/spam/train-outsider-lines.ts --ablation      each feature zeroed in the fit, LOGO recall and clean marks
 *   npx tsx scripts/spam/train-outsider-lines.ts --ablation=a,b  only these features, one by one and all together
 *   npx tsx scripts/spam/train-outsider-lines.ts --top=N         the N clean lines scoring highest (dev only)
 *   … --shipped (measure the committed weights, no fit) · --no-register (session 25's features: the before of session 28) · --no-edges (lines hidden whole, as before session 29: src/spam/line-edges.ts)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mayHide, mayMark, screenOnly, type OutsiderModel } from '../../src/spam/find-outsider-lines';
import { OUTSIDER_FEATURES, REGISTER_FEATURES, registerRow, toReaderCount } from '../../src/spam/outsider-line-features';
import { siteRange } from '../../src/spam/line-edges';
import type { OutsiderRow } from './outsider-pools';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dir = option('dir') ?? 'scratch/outsider';
const BASE = OUTSIDER_FEATURES.length - REGISTER_FEATURES.length;
/**
 * Session 28: the register features (src/spam/register.ts) are of the line's text alone, so a pool written before
 * them gets them from its rows' text; --no-register zeroes them (session 25's features, and no screen shape: the "before").
 */
const TO_READER = OUTSIDER_FEATURES.indexOf('toReader');
const register = (r: OutsiderRow): OutsiderRow => {
  const x = r.x.length < OUTSIDER_FEATURES.length ? [...r.x.slice(0, BASE), ...registerRow(r.text ?? '')] : [...r.x];
  // toReader is of the text alone too: read again, as the finder now reads it (请 only opening a clause).
  x[TO_READER] = toReaderCount(r.text ?? '');
  return { ...r, x: args.includes('--no-register') ? [...x.slice(0, BASE), ...REGISTER_FEATURES.map(() => 0)] : x };
};
const read = (suffix: string): OutsiderRow[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => register(JSON.parse(l) as OutsiderRow)));
/** Session 27: the level-* pools (./outsider-level-pages.ts: CPP, SIGHAN, short paragraphs, guards) are clean text the fit never sees; their dev halves set the mark level only. */
const isLevel = (r: OutsiderRow): boolean => r.generator.startsWith('level-');
const devRows = read('-dev.jsonl');
const rows = devRows.filter((r) => !isLevel(r));
const levelDev = devRows.filter(isLevel);
const generators = [...new Set(rows.map((r) => r.generator))].filter((g) => g !== 'clean');
/** Share of the clean corpus's lines a mark may stand on. */
const MARK_CLEAN_SHARE = Number(option('mark-share') ?? 0);
const MARK_MARGIN = 0.25;
const HIDE_MARGIN = 1;


function fit(train: OutsiderRow[], without: ReadonlySet<number> = new Set()): OutsiderModel {
  const d = OUTSIDER_FEATURES.length;
  const mean = Array.from({ length: d }, (_, j) => train.reduce((s, r) => s + (r.x[j] ?? 0), 0) / train.length);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(train.reduce((s, r) => s + ((r.x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / train.length) || 1);
  const z = (r: OutsiderRow): number[] => r.x.map((v, j) => (without.has(j) ? 0 : (v - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  // Flat typed arrays and plain loops: leave-one-class-out fits a hundred models.
  const n = train.length;
  const xs = new Float64Array(n * d);
  const ys = new Float64Array(n);
  const ws = new Float64Array(n);
  // Classes weighed equally: negatives far outnumber the pasted lines.
  const positives = train.filter((r) => r.y).length;
  train.forEach((r, i) => {
    z(r).forEach((v, j) => (xs[i * d + j] = v));
    ys[i] = r.y;
    ws[i] = r.y ? 0.5 / positives : 0.5 / (n - positives);
  });
  const w = new Float64Array(d);
  let b = 0;
  const L2 = 1e-3;
  const gw = new Float64Array(d);
  for (let step = 0; step < 400; step++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      const o = i * d;
      for (let j = 0; j < d; j++) s += (xs[o + j] as number) * (w[j] as number);
      const g = (1 / (1 + Math.exp(-s)) - (ys[i] as number)) * (ws[i] as number);
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + g * (xs[o + j] as number);
      gb += g;
    }
    for (let j = 0; j < d; j++) w[j] = (w[j] as number) - ((gw[j] as number) + L2 * (w[j] as number));
    b -= gb;
  }
  const model: OutsiderModel = { mean, scale, weights: [...w].map((v, j) => (without.has(j) ? 0 : v)), bias: b, hide: 0, mark: 0 };
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

/** Share of a line's non-space characters in its site part (1 with --no-edges: the line hidden whole, as before session 29). */
function sitePart(text: string): number {
  if (args.includes('--no-edges')) return 1;
  const all = text.replace(/\s/gu, '').length;
  const range = siteRange(text);
  return all && range ? text.slice(range[0], range[1]).replace(/\s/gu, '').length / all : 0;
}

/** Pasted characters hidden and hidden-or-marked, and writer characters hidden / marked, of `pool`. */
function measure(model: OutsiderModel, pool: OutsiderRow[]): { pasted: number; hidden: number; marked: number; realHidden: number; realMarked: number } {
  const m = { pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0 };
  for (const r of pool) {
    const s = scoreRow(model, r.x);
    // Above the hide level, a line whose only site's mark is a screen's register is marked, not hidden (the finder's screenOnly).
    const above = s >= model.hide && mayHide(r.x, r.text ?? '');
    const hidden = above && !screenOnly(r.x);
    const marked = above || (s >= model.mark && mayMark(r.x, r.text ?? ''));
    // Session 29: only the line's site part is hidden (src/spam/line-edges.ts): the writer's clauses at its edges are marked.
    const hiddenChars = hidden ? Math.round(r.chars * sitePart(r.text ?? '')) : 0;
    if (r.y) {
      m.pasted += r.chars;
      m.hidden += hiddenChars;
      if (marked) m.marked += r.chars;
    } else {
      m.realHidden += hiddenChars;
      if (marked) m.realMarked += r.chars - hiddenChars;
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

/**
 * Session 28: leave one class out — every generator's style (a kind of pasted line) in turn is left out of the
 * fit, pages and all, and its pasted lines scored by a fit that never saw the kind: the figure that says what
 * reaches kinds nobody wrote a finder for. Pooled by family (generator), characters summed over its classes.
 */
function loco(without: ReadonlySet<number> = new Set(), print = false): { recall: number; hidden: number; realHidden: number; cleanMarked: number; classes: number; zero: number } {
  const classes = [...new Set(rows.filter((r) => r.y).map((r) => `${r.generator}:${r.style}`))].sort();
  const families = new Map<string, { pasted: number; hidden: number; marked: number; classes: number; zero: number }>();
  let cleanMarked = 0;
  let realHidden = 0;
  for (const c of classes) {
    const [g, st] = c.split(':');
    const model = fit(rows.filter((r) => !(r.generator === g && r.style === st)), without);
    const m = measure(model, rows.filter((r) => r.generator === g && r.style === st));
    cleanMarked += measure(model, rows.filter((r) => r.generator === 'clean')).realMarked;
    realHidden += m.realHidden;
    const f = families.get(g ?? '') ?? { pasted: 0, hidden: 0, marked: 0, classes: 0, zero: 0 };
    f.pasted += m.pasted;
    f.hidden += m.hidden;
    f.marked += m.marked;
    f.classes++;
    if (!m.marked) f.zero++;
    families.set(g ?? '', f);
    if (print && args.includes('--per-class')) console.log(line(`  ${c}`, m));
  }
  const total = { pasted: 0, hidden: 0, marked: 0, classes: 0, zero: 0 };
  for (const [g, f] of [...families].sort()) {
    if (print) console.log(`${g.padEnd(14)} classes ${String(f.classes).padStart(3)}  pasted ${String(f.pasted).padStart(7)}  hidden ${(f.hidden / (f.pasted || 1)).toFixed(3)}  H|M ${(f.marked / (f.pasted || 1)).toFixed(3)}  classes with none found ${f.zero}`);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += f[k];
  }
  return { recall: total.marked / total.pasted, hidden: total.hidden / total.pasted, realHidden, cleanMarked: cleanMarked / classes.length, classes: total.classes, zero: total.zero };
}

if (args.includes('--loco') && !args.some((a) => a.startsWith('--ablation'))) {
  const all = loco(new Set(), true);
  console.log(`LOCO pooled (${all.classes} classes) hidden ${all.hidden.toFixed(3)}, H|M ${all.recall.toFixed(3)}, classes with none found ${all.zero}, writer's hidden on the left-out pages ${all.realHidden}, clean marked chars per fit ${all.cleanMarked.toFixed(0)}`);
} else if (args.includes('--logo')) {
  const all = logo();
  console.log(`LOGO pooled hidden ${all.hidden.toFixed(3)}, H|M ${all.recall.toFixed(3)}, writer's hidden ${all.realHidden}, clean marked chars per fit ${all.cleanMarked.toFixed(0)}`);
} else if (args.some((a) => a.startsWith('--ablation'))) {
  const heldOut = args.includes('--loco') ? loco : logo;
  const base = heldOut();
  console.log(`all features: ${args.includes('--loco') ? 'LOCO' : 'LOGO'} H|M ${base.recall.toFixed(3)}, hidden ${base.hidden.toFixed(3)}, writer's hidden ${base.realHidden}, clean marked ${base.cleanMarked.toFixed(0)}`);
  // --ablation=a,b,c: only these features, one by one and all together (the full run is one LOGO per feature).
  const named = option('ablation')?.split(',').map((name) => (OUTSIDER_FEATURES as readonly string[]).indexOf(name)).filter((j) => j >= 0);
  const sets: [string, Set<number>][] = named?.length ? [...named.map((j): [string, Set<number>] => [OUTSIDER_FEATURES[j] ?? '', new Set([j])]), ['all these', new Set(named)]] : OUTSIDER_FEATURES.map((name, j) => [name, new Set([j])]);
  for (const [name, without] of sets) {
    const a = heldOut(without);
    console.log(`without ${name.padEnd(14)} ${args.includes('--loco') ? 'LOCO' : 'LOGO'} H|M ${a.recall.toFixed(3)} (${(a.recall - base.recall >= 0 ? '+' : '')}${(a.recall - base.recall).toFixed(3)}), hidden ${a.hidden.toFixed(3)}, writer's hidden ${a.realHidden}, clean marked ${a.cleanMarked.toFixed(0)}`);
  }
} else {
  // --shipped: the committed weights and levels (src/spam/outsider-line-weights.json) measured on these pools, no fit.
  const model = args.includes('--shipped') ? (JSON.parse(readFileSync('src/spam/outsider-line-weights.json', 'utf8')) as OutsiderModel) : fit(rows);
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
  // Session 28: a generator's held-out pool (written by ./outsider-pools.ts --split=heldout), per style and per place,
  // scored by this fit: --heldout=everyday28 (its look-alike styles' rows are the writer's: hidden / marked characters).
  for (const g of option('heldout')?.split(',') ?? []) {
    const pool = read('-heldout.jsonl').filter((r) => r.generator === g);
    console.log(`${g} held-out, by style:`);
    for (const st of [...new Set(pool.map((r) => r.style))]) console.log(line(`  ${st}`, measure(model, pool.filter((r) => r.style === st))));
    console.log(`${g} held-out, by place:`);
    for (const pl of [...new Set(pool.map((r) => r.place))].sort()) console.log(line(`  ${pl}`, measure(model, pool.filter((r) => r.place === pl))));
    console.log(line(`  all`, measure(model, pool)));
  }
  if (option('model')) writeFileSync(option('model') as string, JSON.stringify(model));
  if (args.includes('--write')) {
    const round = (v: number): number => Math.round(v * 1e4) / 1e4;
    const out = { features: OUTSIDER_FEATURES, mean: model.mean.map(round), scale: model.scale.map(round), weights: model.weights.map(round), bias: round(model.bias), hide: round(model.hide), mark: round(model.mark) };
    writeFileSync('src/spam/outsider-line-weights.json', `${JSON.stringify(out, null, 2)}\n`);
  }
}
