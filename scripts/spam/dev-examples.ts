/**
 * The development pages the spam decision is trained on, and the labels of their candidates: the
 * dev split only (dev articles, dev pools, dev seed; see ./corpus.ts). Each dev article is read
 * clean and with the generator's insertions, under its own headline and under a news-style
 * headline made from its lead (./headlines.ts): a headline is made of words its article says, and
 * those are the negatives that matter most (the stress test uses the same kind of headline on CPP
 * text, which training never reads). Some pages have their headline pieces pasted in a cycle
 * (./headline-farm.ts), some whole headline words pasted a few times and nothing else
 * (./headline-words-farm.ts), and some one line of the dev pool pasted once: kinds the generator's
 * pages have few of.
 */
import * as jieba from 'jieba-wasm';
import type { ScoredCandidate } from '../../src/spam/decide';
import { analyzeSpam } from '../../src/spam/index';
import type { Example } from './learners';
import { generatorRun, loadCorpus, splitOf } from './corpus';
import { newsHeadline } from './headlines';
import { pasteOfftopic } from './offtopic-farm';
import { createRandom, injectSpam, OFF_TOPIC } from './inject';
import { createNodeSpamTools } from './node-tools';
import { newsSentences, pasteNewsSentence } from './paste-styles';
import type { TruthSpan } from './tally';

/** Pages per dev article: more than the bench's three, so the rarer kinds have examples. */
const VARIANTS = 6;
/** Of them, pages under a news-style headline of the article's own words. */
const NEWS_HEADLINE_VARIANTS = 3;
/** Pages per dev article whose headline pieces a farm pastes in a cycle (headline-farm.ts). */
const CYCLE_VARIANTS = 3;
/**
 * Pages per dev article whose farm pastes whole headline words a few times and leaves no other
 * mark (./headline-words-farm.ts), half under the article's headline, half under a news-style one.
 */
const WORDS_VARIANTS = 4;
/**
 * Pages per dev article with one line of the dev pool pasted once and nothing else: the generator
 * pastes a line only once on a quarter of the pages it gives lines, too few to learn from.
 */
const ONCE_VARIANTS = 6;
/**
 * A line pasted once has hundreds of candidate stretches around real text: one negative in this
 * many is trained on, standing for the rest (its weight), so training takes seconds, not minutes.
 * Which one is fixed by the stretch's own text (./train-decision.ts `trainedOn`), not by a running
 * count: with a count, one candidate more or less anywhere (a segmentation change moving 0.05% of
 * the words) swapped every later negative for its neighbour and moved the trained tiers.
 * All negatives are kept in the examples: the tiers are measured on every one of them.
 */
export const ONCE_NEGATIVES_KEPT = 5;
/**
 * Pages per dev article with one sentence of another dev article pasted once after a full stop or
 * a comma (./paste-styles.ts, seeds the benchmark's runs never use). Only their whole-sentence
 * candidates are read, so the other kinds learn from the same pages as before.
 */
const LINE_VARIANTS = 12;
/**
 * Pages per dev article with one or two sentences of an unrelated domain pasted whole
 * (./offtopic-farm.ts, its dev pool, seeds its benchmark never uses). Line candidates only.
 */
const OFFTOPIC_VARIANTS = 4;
const OFFTOPIC_TRAINING_SEED = 41;

/**
 * 1 when every copy lies inside the truth's spans of its family, 0 when any character is the
 * host's. A line pasted once must be found nearly whole (four fifths of it): a stretch that is
 * only part of it teaches nothing (null, left out).
 */
export function labelOf(candidate: ScoredCandidate, truth: readonly (readonly TruthSpan[])[]): 0 | 1 | null {
  const inside = candidate.places.every(([p, start, end]) => {
    for (let i = start; i < end; i++) if (!(truth[p] ?? []).some(([s, e, family]) => s <= i && i < e && family === candidate.family)) return false;
    return true;
  });
  if (!inside) return 0;
  if (candidate.kind !== 'once' && candidate.kind !== 'line') return 1;
  const [p, start, end] = candidate.places[0] ?? [0, 0, 0];
  return (truth[p] ?? []).some(([s, e]) => s <= start && end <= e && (end - start) * 5 >= (e - s) * 4) ? 1 : null;
}

export interface PieceExample extends Example {
  /** The page's stuffing features and whether its farm pasted headline pieces into it at all. */
  page: number[];
  stuffed: 0 | 1;
}

export interface DevelopmentExamples {
  piece: PieceExample[];
  headline: Example[];
  sentence: Example[];
  once: Example[];
  /** Whole sentences that may be another article's (./candidates-whole-sentences.ts). */
  line: Example[];
  /** One per page: its stuffing features, labelled stuffed or not. */
  stuffing: Example[];
}

/** The candidates of the development pages, by kind, with their labels. */
export async function developmentExamples(): Promise<DevelopmentExamples> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const run = generatorRun('dev');
  const examples: DevelopmentExamples = { piece: [], headline: [], sentence: [], once: [], line: [], stuffing: [] };
  let group = 0;
  /** `onlyLines`: the page teaches the line model only; `onlyPieces`: the headline piece and stuffing models only (the words style's). */
  const collect = (title: string, paragraphs: string[], truth: TruthSpan[][], knownSentences: string[], onlyLines = false, onlyPieces = false): void => {
    const analysis = analyzeSpam(title, paragraphs, { ...tools, knownSentences });
    if (onlyLines) {
      for (const candidate of analysis.scored) {
        const label = candidate.kind === 'line' ? labelOf(candidate, truth) : null;
        if (label !== null) examples.line.push({ features: candidate.features, label, group });
      }
      return;
    }
    const wholeTitle = (span: TruthSpan): boolean => span[2] === 'title' && span[1] - span[0] === title.length;
    const stuffed = truth.flat().some((span) => span[2] === 'title' && !wholeTitle(span)) ? 1 : 0;
    examples.stuffing.push({ features: analysis.stuffing, label: stuffed, group });
    for (const candidate of analysis.scored) {
      const label = labelOf(candidate, truth);
      if (label === null) continue;
      if (candidate.kind === 'piece') {
        examples.piece.push({ features: candidate.features, label, group, page: analysis.stuffing, stuffed });
        continue;
      }
      if (onlyPieces) continue;
      // A line pasted once has hundreds of candidate stretches around real text: one in
      // ONCE_NEGATIVES_KEPT is trained on, chosen by a hash of its page and text (stable).
      const sample = candidate.kind === 'once' && label === 0 ? stableHash(`${title}\u0000${stretchOf(paragraphs, candidate)}`) % ONCE_NEGATIVES_KEPT : undefined;
      examples[candidate.kind].push({ features: candidate.features, label, group, ...(sample === undefined ? {} : { sample }) });
    }
  };
  // As the bench does, pages are read in order by one reader of one farm, who remembers the
  // sentences pasted on earlier pages (here, the truth's: what a perfect detector would remember).
  let remembered: string[] = [];
  const docs = loadCorpus();
  const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
  const tag = (text: string): { word: string; tag: string }[] => jieba.tag(text, true) as { word: string; tag: string }[];
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    group = index;
    const news = { ...doc, title: newsHeadline(doc.paragraphs, tag, index) };
    collect(doc.title, doc.paragraphs, doc.paragraphs.map(() => []), []);
    collect(news.title, doc.paragraphs, doc.paragraphs.map(() => []), []);
    for (let v = 0; v < VARIANTS + NEWS_HEADLINE_VARIANTS; v++) {
      const source = v < VARIANTS ? doc : news;
      const page = injectSpam(source, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle);
      collect(page.title, page.paragraphs, page.truth, remembered);
      const pasted = page.truth.flatMap((spans, p) => spans.filter(([, , f]) => f === 'sentence').map(([s, e]) => page.paragraphs[p]?.slice(s, e) ?? ''));
      remembered = [...new Set([...pasted, ...remembered])].slice(0, 50);
    }
    for (let v = 0; v < CYCLE_VARIANTS; v++) {
      const page = injectSpam(v % 2 ? news : doc, run.seed * 100000 + index * 10 + VARIANTS + NEWS_HEADLINE_VARIANTS + v, run.pools, segment, 'cycle');
      collect(page.title, page.paragraphs, page.truth, []);
    }
    for (let v = 0; v < WORDS_VARIANTS; v++) {
      const page = injectSpam(v % 2 ? news : doc, run.wordsSeed * 100000 + index * 10 + v, run.pools, segment, 'words');
      // Only its headline evidence is learnt from: the sentence models stay as their own pages made them.
      collect(page.title, page.paragraphs, page.truth, [], false, true);
    }
    for (let v = 0; v < ONCE_VARIANTS; v++) {
      const page = pasteOnce(doc.paragraphs, createRandom(run.seed * 7919 + index * 31 + v), segment);
      if (page) collect(v % 2 ? news.title : doc.title, page.paragraphs, page.truth, []);
    }
    for (let v = 0; v < LINE_VARIANTS; v++) {
      const pasted = pasteNewsSentence(doc.paragraphs, donors, createRandom(run.seed * 104729 + index * 37 + v));
      if (!pasted) continue;
      const { paragraph, paste } = pasted;
      const paragraphs = doc.paragraphs.map((t, p) => (p === paragraph ? t.slice(0, paste.at) + paste.text + t.slice(paste.at) : t));
      const truth = paragraphs.map((_, p): TruthSpan[] => (p === paragraph ? [[paste.at, paste.at + paste.text.length, 'sentence']] : []));
      collect(v % 2 ? news.title : doc.title, paragraphs, truth, [], true);
    }
    for (let v = 0; v < OFFTOPIC_VARIANTS; v++) {
      const farm = pasteOfftopic(doc.paragraphs, 'dev', OFFTOPIC_TRAINING_SEED * 100000 + index * 10 + v);
      if (farm) collect(v % 2 ? news.title : doc.title, farm.paragraphs, farm.truth, [], true);
    }
  });
  return examples;
}

/** A dev-pool line pasted once at a word boundary after a Han character, as the generator pastes lines. */
function pasteOnce(paragraphs: readonly string[], random: () => number, segment: (text: string) => string[]): { paragraphs: string[]; truth: TruthSpan[][] } | null {
  const p = Math.floor(random() * paragraphs.length);
  const text = paragraphs[p] ?? '';
  const spots: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at < text.length && /\p{Script=Han}/u.test(text.charAt(at - 1))) spots.push(at);
  }
  if (spots.length === 0) return null;
  const line = OFF_TOPIC.dev[Math.floor(random() * OFF_TOPIC.dev.length)] ?? '';
  const spot = spots[Math.floor(random() * spots.length)] ?? 0;
  const out = [...paragraphs];
  out[p] = text.slice(0, spot) + line + text.slice(spot);
  return { paragraphs: out, truth: out.map((_, i) => (i === p ? [[spot, spot + line.length, 'sentence'] as TruthSpan] : [])) };
}

/** The text a candidate covers (its first copy), with the paragraph's index. */
function stretchOf(paragraphs: readonly string[], candidate: ScoredCandidate): string {
  const [p, start, end] = candidate.places[0] ?? [0, 0, 0];
  return `${p}:${paragraphs[p]?.slice(start, end) ?? ''}`;
}

/** FNV-1a over UTF-16 units: the same text gives the same number on every run. */
export function stableHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
