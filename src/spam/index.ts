/**
 * Finds text that content farms injected into a copied article (see ./types for the families).
 * Pure: text in, spans with reasons and tiers out; the background passes the segmenter, the
 * dictionary and the language model.
 *
 * Two stages. The mechanical finders (pinyin in brackets, stray symbols, jammer strings, spelt-out
 * domains, betting app-site keywords, doubled punctuation) are exact: what they find is hidden. The
 * language-level families (headline pieces and copies, pasted sentences) are one scored decision
 * (./decide.ts): candidates → features → a calibrated probability → hidden, suspect or nothing.
 */
import { decide, scoreCandidates, type ScoredCandidate } from './decide';
import { decideLinks, scoreLinks, type ScoredLink } from './decide-links';
import { linkCandidates } from './features-links';
import { findObfuscatedDomains } from './find-domains';
import { findJammers } from './find-jammers';
import { findPinyinGlosses } from './find-pinyin';
import { findDoubledPunctuation } from './find-punctuation';
import { findSeoKeywords } from './find-seo';
import { findSplitWords } from './find-split-words';
import { findStraySymbols } from './find-symbols';
import { mergeSpans } from './merge-spans';
import { readPage, type SpamPage } from './page';
import { isEnclosedNumber } from './text-classes';
import type { LinkRange, SpamSpan, SpamTools } from './types';

export type { LinkRange, SpamFamily, SpamSpan, SpamTools } from './types';

export interface SpamAnalysis {
  /** Per paragraph, what the exact finders found (all hidden). */
  mechanical: SpamSpan[][];
  page: SpamPage;
  /** Every language-level candidate with its features and probability, before tiers. */
  scored: ScoredCandidate[];
  /** The page-level features of a stuffed lead (./features-stuffing.ts) and their probability. */
  stuffing: number[];
  stuffed: number;
  /** The page's links with their evidence and probability (none when the caller gave no links). */
  links: ScoredLink[];
}

/** The mechanical finds and the scored candidates of a page (the benchmark reads these too). */
export function analyzeSpam(title: string, paragraphs: readonly string[], toolsIn: SpamTools, links?: readonly (readonly LinkRange[])[]): SpamAnalysis {
  // Several stages cut the same texts; cut each once per call.
  const cuts = new Map<string, string[]>();
  const tools: SpamTools = {
    ...toolsIn,
    segmenter: {
      cut: (text) => {
        let words = cuts.get(text);
        if (!words) cuts.set(text, (words = toolsIn.segmenter.cut(text)));
        return words;
      },
      isDictionaryWord: toolsIn.segmenter.isDictionaryWord?.bind(toolsIn.segmenter),
    },
  };
  const pageNumbers = paragraphs.flatMap((text) => [...text].filter(isEnclosedNumber));
  const mechanical = paragraphs.map((text) =>
    mergeSpans([
      ...findPinyinGlosses(text),
      ...findStraySymbols(text, pageNumbers),
      ...findJammers(text),
      ...findSplitWords(text, tools),
      ...findObfuscatedDomains(text),
      ...findSeoKeywords(text),
      ...findDoubledPunctuation(text),
    ]),
  );
  const page = readPage(title, paragraphs, mechanical, tools);
  const { candidates, stuffing, stuffed } = scoreCandidates(page);
  const scoredLinks = links?.some((ranges) => ranges.length) ? scoreLinks(linkCandidates(page.headline, tools, paragraphs, links)) : [];
  return { mechanical, page, scored: candidates, stuffing, stuffed, links: scoredLinks };
}

/** The spans of an analysed page: the mechanical finds and the tiered language-level ones. */
export function spansOf({ mechanical, scored, links }: SpamAnalysis): SpamSpan[][] {
  const language = decide(scored, mechanical.length);
  const linked = decideLinks(links, mechanical.length);
  return mechanical.map((spans, i) => mergeSpans([...spans, ...(language[i] ?? []), ...(linked[i] ?? [])]));
}

/** `links`: the page's links inside each paragraph (parallel to `paragraphs`), when the caller knows them. */
export function findInjectedSpans(title: string, paragraphs: readonly string[], tools: SpamTools, links?: readonly (readonly LinkRange[])[]): SpamSpan[][] {
  return spansOf(analyzeSpam(title, paragraphs, tools, links));
}
