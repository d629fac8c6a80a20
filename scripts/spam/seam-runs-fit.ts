/**
 * Fits the seam-run score (src/spam/find-seam-runs.ts) on the dev dump of ./train-seam-runs.ts and
 * reports, on the held-out dump, every class **left out** of the fit: the weights are fitted without
 * that class's pastes, the hiding level is the lowest that hides none of dev's writer's runs (clean
 * hosts, look-alikes and the rest of the pasted pages), and that class's held-out pastes are read.
 *
 *   npx tsx scripts/spam/seam-runs-fit.ts [--write] [--drop=feature,…] [--ablate]
 *
 * `--write`: the all-class fit's weights and levels to src/spam/seam-run-weights.json.
 * `--ablate`: the leave-one-class-out figures again without each feature in turn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SEAM_RUN_FEATURES } from './seam-runs/seam-run-features';
import type { RunRow } from './train-seam-runs';

const args = process.argv.slice(2);
const dev = JSON.parse(readFileSync('scratch/seam-runs-dev.json', 'utf8')) as RunRow[];
// `--eval=dev`: read the left-out classes on dev's own pages (before the held-out dump exists).
const held = args.includes('--eval=dev') ? dev : (JSON.parse(readFileSync('scratch/seam-runs-heldout.json', 'utf8')) as RunRow[]);
const dims = SEAM_RUN_FEATURES.length;
/** The marked tier: at least this share of a level's dev runs lie in a paste. */
const MARK_PRECISION = 0.9;
/** Hiding level above the highest-scoring writer's run of dev, as a margin. */
const HIDE_MARGIN = 0.02;
const NEG_EVERY = 40;

interface Model { bias: number; weights: number[]; hide: number; mark: number }

function fit(rows: readonly RunRow[], mask: readonly boolean[]): Model {
  // Every pasted run and one writer's run in NEG_EVERY (weighted back up): the fit sees the same
  // balance at a fraction of the cost; the levels below read every run.
  const train = rows.filter((r, k) => r.label === 1 || (r.label === 0 && k % NEG_EVERY === 0));
  const pos = train.filter((r) => r.label === 1).length;
  const wPos = ((train.length - pos) * NEG_EVERY) / Math.max(1, pos);
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  const m = new Array<number>(dims + 1).fill(0);
  const v = new Array<number>(dims + 1).fill(0);
  const lr = 0.05;
  const l2 = 1e-3;
  for (let it = 1; it <= 200; it++) {
    const g = new Array<number>(dims + 1).fill(0);
    let total = 0;
    for (const r of train) {
      let z = b;
      for (let k = 0; k < dims; k++) if (mask[k]) z += w[k]! * r.x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = r.label === 1 ? wPos : NEG_EVERY;
      const e = (p - r.label) * weight;
      for (let k = 0; k < dims; k++) if (mask[k]) g[k]! += e * r.x[k]!;
      g[dims]! += e;
      total += weight;
    }
    for (let k = 0; k <= dims; k++) {
      const grad = g[k]! / total + (k < dims ? l2 * (k < dims ? w[k]! : 0) : 0);
      m[k] = 0.9 * m[k]! + 0.1 * grad;
      v[k] = 0.999 * v[k]! + 0.001 * grad * grad;
      const step = (lr * (m[k]! / (1 - 0.9 ** it))) / (Math.sqrt(v[k]! / (1 - 0.999 ** it)) + 1e-8);
      if (k < dims) w[k] = mask[k] ? w[k]! - step : 0;
      else b -= step;
    }
  }
  const model: Model = { bias: b, weights: w, hide: 2, mark: 2 };
  const scored = rows.map((r) => ({ r, s: score(model, r.x) }));
  const writers = scored.filter(({ r }) => r.label === 0).map(({ s }) => s);
  model.hide = Math.min(1.01, writers.reduce((a, s) => Math.max(a, s), 0) + HIDE_MARGIN);
  // Mark: the lowest level at which nine in ten of dev's runs at or above it are pasted.
  const sorted = scored.filter(({ r }) => r.label !== -1).sort((a, b2) => b2.s - a.s);
  let p = 0;
  let n = 0;
  model.mark = model.hide;
  for (const { r, s } of sorted) {
    if (r.label === 1) p++;
    else n++;
    if (p / (p + n) >= MARK_PRECISION && p + n > 20) model.mark = Math.min(model.mark, s);
  }
  return model;
}

function score(model: Model, x: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < dims; k++) z += model.weights[k]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

interface Tally { pasted: number; hidden: number; marked: number; realHidden: number; realMarked: number }
const tally = (): Tally => ({ pasted: 0, hidden: 0, marked: 0, realHidden: 0, realMarked: 0 });

/** Greedy per page as pickRuns does; counts the pastes `counts` says, and real characters everywhere. */
function evaluate(rows: readonly RunRow[], model: Model, counts: (r: RunRow) => boolean, pasteTotals: Map<number, { len: number; row: RunRow }>): Tally {
  const t = tally();
  const byPage = new Map<number, RunRow[]>();
  for (const r of rows) (byPage.get(r.page) ?? byPage.set(r.page, []).get(r.page)!).push(r);
  const covered = new Map<number, { hidden: number; marked: number }>();
  for (const page of byPage.values()) {
    const taken: RunRow[] = [];
    for (const r of page.map((r) => ({ r, s: score(model, r.x) })).filter(({ s }) => s >= model.mark).sort((a, b) => b.s - a.s)) {
      if (taken.some((o) => o.paragraph === r.r.paragraph && o.start < r.r.end && r.r.start < o.end)) continue;
      taken.push(r.r);
      const hidden = r.s >= model.hide;
      const len = r.r.end - r.r.start;
      if (r.r.label === 1 || r.r.label === -1) {
        const c = covered.get(r.r.pasteId) ?? { hidden: 0, marked: 0 };
        // A run over a paste: its characters inside the paste (at most the paste's length).
        const inside = Math.min(len, r.r.pasteLength);
        c.marked += inside;
        if (hidden) c.hidden += inside;
        covered.set(r.r.pasteId, c);
        const outside = r.r.label === -1 ? Math.max(0, len - inside) : 0;
        if (outside) t[hidden ? 'realHidden' : 'realMarked'] += outside;
      } else t[hidden ? 'realHidden' : 'realMarked'] += len;
    }
  }
  for (const [id, { len, row }] of pasteTotals) {
    if (!counts(row)) continue;
    t.pasted += len;
    const c = covered.get(id);
    if (c) {
      t.hidden += Math.min(len, c.hidden);
      t.marked += Math.min(len, c.marked);
    }
  }
  return t;
}

function pastesOf(rows: readonly RunRow[]): Map<number, { len: number; row: RunRow }> {
  const m = new Map<number, { len: number; row: RunRow }>();
  for (const r of rows) if (r.pasteId >= 0 && !m.has(r.pasteId)) m.set(r.pasteId, { len: r.pasteLength, row: r });
  return m;
}

const classes = [...new Set(dev.filter((r) => r.cls).map((r) => r.cls))].sort();
const heldPastes = pastesOf(held);
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);

function loco(mask: boolean[], print: boolean): Tally {
  const all = tally();
  const perPlace = new Map<string, Tally>();
  for (const cls of classes) {
    const model = fit(dev.filter((r) => r.cls !== cls || r.label === 0), mask);
    const t = evaluate(held.filter((r) => r.cls === cls || r.label === 0), model, (r) => r.cls === cls, heldPastes);
    for (const place of ['inside', 'comma', 'between']) {
      const tp = evaluate(held.filter((r) => (r.cls === cls && r.place === place) || r.label === 0), model, (r) => r.cls === cls && r.place === place, heldPastes);
      const acc = perPlace.get(place) ?? tally();
      acc.pasted += tp.pasted;
      acc.hidden += tp.hidden;
      acc.marked += tp.marked;
      perPlace.set(place, acc);
    }
    all.pasted += t.pasted;
    all.hidden += t.hidden;
    all.marked += t.marked;
    if (print) console.log(`  ${cls.padEnd(14)} hidden ${pct(t.hidden, t.pasted)}%  H|M ${pct(t.marked, t.pasted)}%   (hide ≥ ${model.hide.toFixed(3)}, mark ≥ ${model.mark.toFixed(3)})`);
  }
  if (print) for (const [place, t] of perPlace) console.log(`  place ${place.padEnd(8)} hidden ${pct(t.hidden, t.pasted)}%  H|M ${pct(t.marked, t.pasted)}%`);
  return all;
}

const dropped = new Set((args.find((a) => a.startsWith('--drop='))?.split('=')[1] ?? '').split(',').filter(Boolean));
const mask = SEAM_RUN_FEATURES.map((f) => !dropped.has(f));
console.log(`dev ${dev.length} runs, held-out ${held.length}; leave-one-class-out on held-out (${classes.length} classes):`);
const base = loco(mask, true);
console.log(`LOCO all: hidden ${pct(base.hidden, base.pasted)}%  H|M ${pct(base.marked, base.pasted)}%`);
const full = fit(dev, mask);
const heldAll = evaluate(held, full, () => true, heldPastes);
console.log(`all-class fit on held-out: hidden ${pct(heldAll.hidden, heldAll.pasted)}%  H|M ${pct(heldAll.marked, heldAll.pasted)}%  real chars hidden ${heldAll.realHidden}, marked ${heldAll.realMarked}`);
console.log(`weights: ${SEAM_RUN_FEATURES.map((f, k) => `${f} ${full.weights[k]!.toFixed(2)}`).join(', ')}; bias ${full.bias.toFixed(2)}; hide ${full.hide.toFixed(3)} mark ${full.mark.toFixed(3)}`);
if (args.includes('--ablate'))
  for (const f of SEAM_RUN_FEATURES) {
    const m = SEAM_RUN_FEATURES.map((g) => g !== f && !dropped.has(g));
    const t = loco(m, false);
    const h = evaluate(held, fit(dev, m), () => true, heldPastes);
    console.log(`  without ${f.padEnd(14)} LOCO hidden ${pct(t.hidden, t.pasted)}%  H|M ${pct(t.marked, t.pasted)}%; held-out real hidden ${h.realHidden}, marked ${h.realMarked}`);
  }
if (args.includes('--write')) {
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  writeFileSync('scripts/spam/seam-runs/seam-run-weights.json', `${JSON.stringify({ bias: round(full.bias), weights: full.weights.map(round), hide: round(full.hide), mark: round(full.mark) })}\n`);
  console.log('wrote src/spam/seam-run-weights.json');
}
