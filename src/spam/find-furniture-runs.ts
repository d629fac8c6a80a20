/**
 * Session 24: one learned decision for "this run of text is the page's furniture, not the writer's
 * sentence". Four sessions of hand-written finders reached the classes their briefs named; this
 * finder reads every run the pipeline's cuts give (./furniture-candidates.ts) by what furniture is
 * (./furniture-features.ts: slots, separators, place, no link to the story, a break in the language
 * model) and weighs it with a logistic model fitted on the dev pools of all the furniture generators
 * of sessions 19–23 and the clean corpus (scripts/spam/train-furniture24.ts; ./furniture-weights.json).
 * Above `hide` (a level no clean text or generator's writer text reaches in the fit) a run is hidden;
 * above `mark` it is marked for the reader to judge.
 */
import type { LanguageModel } from '../lm/index';
import { furnitureRuns, type FurnitureRun } from './furniture-candidates';
import { FURNITURE_FEATURES, NATURE_START, furnitureFeatures, furniturePage, runPlace, type FurniturePage, type RunPlace } from './furniture-features';
import { scoreTrees, type Trees } from './boosted-trees';
import fitted from './furniture-weights.json';
import { finderSpan } from './finder-span';
import { mergeSpans } from './merge-spans';
import { isPressCredit } from './press-credits';
import type { SpamSpan } from './types';
import type { TaggedWord } from '../segment/types';

/** The fitted decision: boosted trees (or, for comparison fits, a linear model's weights by feature name) and its two levels. */
/** `places` (session 25): the levels per place of the run (furniture-features.ts runPlace), where the fit set them. */
const model = fitted as { hide: number; mark: number; trees?: Trees; weights?: Record<string, number>; trim?: boolean; places?: Partial<Record<RunPlace, { hide: number; mark: number }>> };
const WEIGHTS: readonly number[] = FURNITURE_FEATURES.map((name) => model.weights?.[name] ?? 0);
/** Whether the fit reads session 25's features (./furniture-nature.ts); session 24's trees do not. */
const READS_NATURE = (model.trees?.trees.some((tree) => tree.f.some((f) => f >= NATURE_START)) ?? false) || WEIGHTS.slice(NATURE_START).some((w) => w !== 0);

const REASONS = {
  hidden: "Reads as the page's furniture (a control, a row of counts or prices, a prompt to the reader), not the writer's sentence.",
  marked: "May be the page's furniture rather than the writer's sentence.",
};

/** The model's log-odds that the run's features are furniture. */
export function furnitureScore(features: readonly number[]): number {
  if (model.trees) return scoreTrees(model.trees, features);
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (WEIGHTS[i] ?? 0) * (features[i] ?? 0);
  return z;
}

/** Reads the page once (its bigrams and its fluency), then each of its paragraphs. */
export function furnitureReader(title: string, paragraphs: readonly string[], lm?: LanguageModel, tag?: (text: string) => TaggedWord[], knows?: (word: string) => boolean): (text: string) => SpamSpan[] {
  let page: FurniturePage | null = null;
  return (text: string): SpamSpan[] => {
    // Session 24's fit reads no part of speech: jieba's tags are asked for only by a fit that reads them.
    const tags = READS_NATURE ? tag : undefined;
    page ??= furniturePage(title, paragraphs, lm, tags, knows);
    const index = paragraphs.indexOf(text);
    const context = index >= 0 ? page : furniturePage(title, [text], lm, tags, knows);
    return findFurnitureRuns(context, text, index >= 0 ? index : 0);
  };
}

/**
 * Whether a run may be hidden at all, whatever its score: a piece cut by spaces may be one name of a
 * list the writer set apart with spaces (记者 张三 李四), fewer than four characters (a name, a
 * number) say too little, a run in round brackets may be the writer's credit line, and a run shaped
 * like a press credit (本报记者 郑阳 摄 after a caption) is the article's own; such runs are only marked.
 */
export function mayHide(text: string, run: FurnitureRun): boolean {
  const span = text.slice(run.spanStart, run.spanEnd);
  return run.grain !== 'spaced' && text.slice(run.start, run.end).replace(/\s/gu, '').length >= 4 && !BRACKETED.test(span) && !isPressCredit(span);
}

/** A run wholly in round brackets: where a writer credits a source or a reporter (（记者 张三 整理）), only marked. */
export const BRACKETED = /^\s*[（(][^（）()]*[）)][\s，,。；;]*$/u;

export function findFurnitureRuns(page: FurniturePage, text: string, index: number): SpamSpan[] {
  const spans: SpamSpan[] = [];
  // The trim step's runs only where the fitted model was trained with them.
  for (const run of furnitureRuns(text, model.trim ? page.breakAt : undefined)) {
    const features = furnitureFeatures(page, text, index, run, READS_NATURE);
    const z = furnitureScore(features);
    const { hide, mark } = model.places?.[runPlace((i) => features[i] ?? 0)] ?? model;
    if (z >= mark) spans.push(finderSpan(run.spanStart, run.spanEnd, 'seo', z >= hide && mayHide(text, run), REASONS));
  }
  return mergeSpans(spans);
}
