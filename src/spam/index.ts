/**
 * Finds text that content farms injected into a copied article (see ./types for the families).
 * Pure: text in, spans with reasons and tiers out; the background passes the segmenter, the
 * dictionary and the language model.
 *
 * Two stages. The mechanical finders (pinyin in brackets, stray symbols, jammer strings, spelt-out
 * domains, betting app-site keywords, doubled punctuation, repeated ad lines) are exact: what they
 * find is hidden, or — for shapes writers also use (a plain address standing alone, 、、, a bare
 * English query) — marked suspect. The language-level families (headline pieces and copies,
 * pasted sentences) are one scored decision (./decide.ts): candidates → features → a calibrated
 * probability → hidden, suspect or nothing.
 */
import { decide, scoreCandidates, type ScoredCandidate } from './decide';
import { decideLinks, scoreLinks, type ScoredLink } from './decide-links';
import { linkCandidates } from './features-links';
import { headlinePartSpans } from './headline-parts';
import { headlineInsideSpans } from './headline-inside';
import { headlinePhraseSpans } from './headline-phrases';
import { findHeadlineLines, headlineLineSpans, type HeadlineLine } from './headline-lines';
import { pageEvidence } from './page-evidence';
import { mechanicalFinders } from './mechanical-finders';
import { mainlandView } from './mainland-view';
import { readsTraditional } from '../script/simplified-view';
import { mergeSpans } from './merge-spans';
import { readPage, type SpamPage } from './page';
import { reportedItemSpans } from './reported-items';
import { genericFillerSpans } from './generic-filler';
import { pastedTwiceSpans } from './find-pasted-twice';
import { offtopicSentenceSpans } from './find-offtopic-sentences';
import { onceRunSpans } from './find-once-runs';
import { outsiderLineSpans } from './find-outsider-lines';
import { notSiteNavigation } from './site-navigation';
import { isEnclosedNumber } from './text-classes';
import type { LinkRange, SpamSpan, SpamTools } from './types';

export type { LinkRange, SpamFamily, SpamSpan, SpamTools } from './types';
export { mechanicalFinders } from './mechanical-finders';

export interface SpamAnalysis {
  /** Per paragraph, what the exact finders found (hidden, or suspect where a finder says so). */
  mechanical: SpamSpan[][];
  page: SpamPage;
  /** Every language-level candidate with its features and probability, before tiers. */
  scored: ScoredCandidate[];
  /** The page-level features of a stuffed lead (./features-stuffing.ts) and their probability. */
  stuffing: number[];
  stuffed: number;
  /** The page's links with their evidence and probability (none when the caller gave no links). */
  links: ScoredLink[];
  /** Whole parts of the headline standing where a sentence starts (./headline-parts.ts). */
  parts: SpamSpan[][];
  /** Phrases of the headline standing as a clause of their own (./headline-phrases.ts) or glued inside one (./headline-inside.ts). */
  phrases: SpamSpan[][];
  /**
   * Another story's news items behind a reporting connective (./reported-items.ts), the farm's generic
   * filler (./generic-filler.ts), an off-topic sentence pasted in two places (./find-pasted-twice.ts),
   * one pasted once between the writer's sentences (./find-offtopic-sentences.ts) or between any of
   * the writer's seams, marked by the page's cohesion (./find-once-runs.ts), and a site's or
   * platform's whole line standing as a paragraph or a paragraph's tail (./find-outsider-lines.ts).
   */
  items: SpamSpan[][];
  /** Runs of the headline standing as a paragraph of their own (./headline-lines.ts), tiered with the page's other finds. */
  lines: HeadlineLine[];
}

/**
 * The mechanical finds and the scored candidates of a page (the benchmark reads these too).
 * `skip`: names of mechanical finders to leave out (benchmarks' ablation only); `time`: wraps each
 * stage (scripts/perf/spam-stages.ts times them).
 */
export function analyzeSpam(
  pageTitle: string,
  pageParagraphs: readonly string[],
  tools: SpamTools,
  links?: readonly (readonly LinkRange[])[],
  skip?: ReadonlySet<string>,
  time: StageTimer = (_stage, run) => run(),
): SpamAnalysis {
  // Every stage reads the page as a mainland page writes it (./mainland-view.ts): same length, so
  // spans found on it are the page's. Traditional pages lost the finders' words without it
  // (skip 'mainland-view': benchmarks' ablation only).
  const traditionalPage = time('readsTraditional', () => readsTraditional([pageTitle, ...pageParagraphs].join('\n')));
  const read = skip?.has('mainland-view') ? (text: string) => text : (text: string) => mainlandView(text, traditionalPage);
  const paragraphs = time('mainland view', () => pageParagraphs.map(read));
  const title = read(pageTitle);
  const pageNumbers = paragraphs.flatMap((text) => [...text].filter(isEnclosedNumber));
  const finders = mechanicalFinders(tools, pageNumbers, paragraphs, title, links, !skip?.has('quoted-speech')).filter(([name]) => !skip?.has(name));
  const mechanical = paragraphs.map((text) => mergeSpans(finders.flatMap(([name, find]) => time(`finder ${name}`, () => find(text)))));
  // The language stage reads the page without what was hidden; a span only marked suspect stays
  // in its text and counts as no farm mark (clean pages carry addresses too).
  const hidden = mechanical.map((spans) => spans.filter((s) => s.tier === 'hidden'));
  const page = time('readPage', () => readPage(title, paragraphs, hidden, tools));
  const { candidates, stuffing, stuffed } = time('scoreCandidates', () => scoreCandidates(page));
  // A whole line made of the site's own links is its live navigation (a breadcrumb the site rendered), as for the nav runs.
  const outsiders = time('outsiderLineSpans', () => outsiderLineSpans(page)).map((spans, i) => notSiteNavigation(paragraphs[i] ?? '', spans, links?.[i] ?? []));
  const scoredLinks = links?.some((ranges) => ranges.length) ? scoreLinks(linkCandidates(page.headline, tools, paragraphs, links)) : [];
  const parts = time('headlinePartSpans', () => headlinePartSpans(page));
  const phrases = joinParagraphs(time('headlinePhraseSpans', () => headlinePhraseSpans(page)), time('headlineInsideSpans', () => headlineInsideSpans(page)));
  const items = [
    time('reportedItemSpans', () => reportedItemSpans(page)),
    time('genericFillerSpans', () => genericFillerSpans(page)),
    time('pastedTwiceSpans', () => pastedTwiceSpans(page)),
    time('offtopicSentenceSpans', () => offtopicSentenceSpans(page)),
    ...(skip?.has('once-runs') ? [] : [time('onceRunSpans', () => onceRunSpans(page))]),
    outsiders,
  ].reduce(joinParagraphs);
  const lines = time('findHeadlineLines', () => findHeadlineLines(page));
  return { mechanical, page, scored: candidates, stuffing, stuffed, links: scoredLinks, parts, phrases, items, lines };
}

/** Runs one stage of analyzeSpam and may time it (scripts/perf/spam-stages.ts); the product passes none. */
export type StageTimer = <T>(stage: string, run: () => T) => T;

const joinParagraphs = (a: SpamSpan[][], b: SpamSpan[][]): SpamSpan[][] => a.map((spans, i) => [...spans, ...(b[i] ?? [])]);

/** The spans of an analysed page: the mechanical finds and the tiered language-level ones. */
export function spansOf({ mechanical, page, scored, links, parts, phrases, items, lines }: SpamAnalysis): SpamSpan[][] {
  const linked = decideLinks(links, mechanical.length);
  // A mechanical or link find is no evidence that a clause of the page was pasted: a line pasted
  // once reads its kind's ordinary levels only where the language stage itself hid something (the
  // stress test with one symbol or domain added to each page: 539 real characters marked by it
  // when a mechanical find counted, 16 without; scripts/spam/bench-junk.ts).
  const language = decide(scored, mechanical.length, undefined, false);
  // A lone run of the headline as a paragraph is hidden only where the rest of the page hid something (./headline-lines.ts).
  const evidence = lines.length ? pageEvidence([mechanical, parts, phrases, items, language, linked]).spans : 0;
  const headlineLines = lines.length ? headlineLineSpans(page, lines, evidence) : [];
  return mechanical.map((spans, i) => mergeSpans([...spans, ...(parts[i] ?? []), ...(phrases[i] ?? []), ...(items[i] ?? []), ...(language[i] ?? []), ...(linked[i] ?? []), ...(headlineLines[i] ?? [])]));
}

/** `links`: the page's links inside each paragraph (parallel to `paragraphs`), when the caller knows them. */
export function findInjectedSpans(title: string, paragraphs: readonly string[], tools: SpamTools, links?: readonly (readonly LinkRange[])[]): SpamSpan[][] {
  return spansOf(analyzeSpam(title, paragraphs, tools, links));
}
