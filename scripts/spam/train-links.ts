/**
 * Trains the link model (src/spam/link-weights.json) on the development link pages only, and
 * measures it on the held-out and fresh link pages (keyword vocabularies of their own).
 *
 *   npx tsx scripts/spam/train-links.ts               train, choose the levels out of fold, write the weights
 *   npx tsx scripts/spam/train-links.ts --ablation    also: one row per feature group left out (trained on
 *                                                     dev the same way, measured on held-out and fresh); writes nothing
 *
 * Levels, out of fold (5 folds by article) on the dev candidates: hidden where every level above
 * keeps precision ≥ HIDDEN_PRECISION over every link (same-site links are never hidden, but they
 * count: see trainLinkModel), marked where it keeps MARKED_PRECISION. Boosted trees (./learners.ts):
 * the evidence counts in combination — a short word right after a full stop is the site's topic
 * word, a long one a farm's; several links to one address are a farm's only when none of them is
 * the article's own word — which a logistic model could not say (session 9: with the clean pages'
 * shared addresses among the dev pages, it lost a quarter of its recall to keep them unmarked).
 */
import { writeFileSync } from 'node:fs';
import { LINK_FEATURES } from '../../src/spam/features-links';
import { probability, type KindModel } from '../../src/spam/score';
import { trainKind, type Example } from './learners';
import { labelledCandidates, linkPages, TRAINING_PAGES, type LabelledCandidate } from './link-pages';
import { createNodeSpamTools } from './node-tools';

const WEIGHTS = new URL('../../src/spam/link-weights.json', import.meta.url);
const FOLDS = 5;
const HIDDEN_PRECISION = 0.998;
/** Counted in links: a site's links are shorter than a farm's keywords, so 0.98 of links was ~0.95 of characters. */
const MARKED_PRECISION = 0.99;
const NEVER = 1.01;

/** Feature groups, for the ablation: each is left out together. */
export const LINK_GROUPS: Record<string, readonly string[]> = {
  'topic vs article': ['topicShare', 'bigramShare', 'noContentWords', 'inHeadline'],
  'LM removal gain': ['removal'],
  'shape (place, Latin/digits, length, label)': ['alone', 'afterStop', 'listItem', 'latinDigits', 'length', 'afterLabel'],
  'page (density, recurring text/target)': ['density', 'textRecurs', 'targetShared', 'targetOnTopic', 'linksOnPage'],
  'target carries the article\'s words': ['targetOnTopic'],
};

type Keep = (name: string) => boolean;

const examplesOf = (candidates: readonly LabelledCandidate[]): Example[] => candidates.map((c) => ({ features: c.features, label: c.label, group: c.group }));

/** The lowest level at and above which precision never falls below `target`, reading from the top. */
function levelFor(scored: readonly { p: number; label: number }[], target: number): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let right = 0;
  let level = NEVER;
  for (let i = 0; i < sorted.length; i++) {
    right += sorted[i]!.label;
    if (sorted[i + 1]?.p === sorted[i]!.p) continue; // a level cannot split a tie
    if (right / (i + 1) < target) break;
    level = sorted[i]!.p;
  }
  return level;
}

export function trainLinkModel(candidates: readonly LabelledCandidate[], keep: Keep = () => true): KindModel {
  const names = [...LINK_FEATURES];
  const oof: { p: number; label: number; offSite: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = candidates.filter((c) => c.group % FOLDS !== fold);
    const model = trainKind(examplesOf(train), names, keep);
    for (const c of candidates) if (c.group % FOLDS === fold) oof.push({ p: probability(model, c.features), label: c.label, offSite: !c.link.sameSite });
  }
  const model = trainKind(examplesOf(candidates), names, keep);
  // Measured over every link, as if a link to the site itself could be hidden too: most of a site's
  // links are its own (tag, search and home pages), and the off-site ones alone are too few on the
  // dev pages to tell 99.8% from 99% (a level chosen on them alone hid real links held out).
  const hidden = levelFor(oof, HIDDEN_PRECISION);
  const suspect = Math.min(hidden, levelFor(oof, MARKED_PRECISION));
  return { ...model, tiers: { hidden: round4(hidden), suspect: round4(suspect) } };
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export interface LinkFigures {
  hiddenRecall: number;
  markedRecall: number;
  hiddenPrecision: number;
  markedPrecision: number;
  cleanHidden: number;
  cleanMarked: number;
  keywords: number;
  realLinks: number;
}

/** How the model's tiers do on a split's link candidates (links only; characters of link text). */
export function linkFigures(model: KindModel, candidates: readonly LabelledCandidate[]): LinkFigures {
  let keywords = 0;
  let realLinks = 0;
  let hiddenRight = 0;
  let hiddenWrong = 0;
  let markedRight = 0;
  let markedWrong = 0;
  for (const c of candidates) {
    const length = c.link.end - c.link.start;
    const p = probability(model, c.features);
    const hidden = p >= model.tiers.hidden && !c.link.sameSite;
    const marked = hidden || p >= model.tiers.suspect;
    if (c.label) keywords += length;
    else realLinks += length;
    if (hidden && c.label) hiddenRight += length;
    if (hidden && !c.label) hiddenWrong += length;
    if (marked && c.label) markedRight += length;
    if (marked && !c.label) markedWrong += length;
  }
  return {
    hiddenRecall: hiddenRight / Math.max(1, keywords),
    markedRecall: markedRight / Math.max(1, keywords),
    hiddenPrecision: hiddenRight / Math.max(1, hiddenRight + hiddenWrong),
    markedPrecision: markedRight / Math.max(1, markedRight + markedWrong),
    cleanHidden: hiddenWrong,
    cleanMarked: markedWrong,
    keywords,
    realLinks,
  };
}

export function formatFigures(name: string, f: LinkFigures): string {
  return `  ${name.padEnd(46)} hidden P ${f.hiddenPrecision.toFixed(4)} R ${f.hiddenRecall.toFixed(4)} · marked P ${f.markedPrecision.toFixed(4)} R ${f.markedRecall.toFixed(4)} · real-link chars hidden ${f.cleanHidden} marked ${f.cleanMarked}`;
}

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const dev = labelledCandidates(linkPages('dev', TRAINING_PAGES), tools);
  const model = trainLinkModel(dev);
  const ablation = process.argv.includes('--ablation');
  console.log(`dev link candidates: ${dev.length} (${dev.filter((c) => c.label).length} pasted keywords); levels hidden ${model.tiers.hidden}, marked ${model.tiers.suspect}`);
  // What the trees read: how many of their splits each feature makes.
  const splitCounts = LINK_FEATURES.map((_, i) => model.trees.reduce((n, tree) => n + tree.features.filter((f) => f === i).length, 0));
  console.log(LINK_FEATURES.map((name, i) => `  ${name.padEnd(16)} ${splitCounts[i]} splits`).join('\n'));
  if (!ablation) {
    writeFileSync(WEIGHTS, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${WEIGHTS.pathname}`);
    return;
  }
  const splits = { heldout: labelledCandidates(linkPages('heldout', TRAINING_PAGES), tools), fresh: labelledCandidates(linkPages('fresh', TRAINING_PAGES), tools) };
  for (const [split, candidates] of Object.entries(splits)) {
    console.log(`\nAblation on ${split} link pages (links only; a row = trained on dev without that group, levels chosen the same way):`);
    console.log(formatFigures('all features', linkFigures(model, candidates)));
    for (const [group, names] of Object.entries(LINK_GROUPS)) {
      const without = trainLinkModel(dev, (name) => !names.includes(name));
      console.log(formatFigures(`without ${group}`, linkFigures(without, candidates)));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
