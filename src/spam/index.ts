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
import { findAdLines } from './find-ad-lines';
import { findContactAds, findSlangContacts } from './find-contact-ads';
import { findObfuscatedDomains } from './find-domains';
import { findDodgedDomains } from './find-dodged-domains';
import { findEnglishSeo } from './find-english-seo';
import { findFarmStamps } from './find-farm-stamps';
import { findEngagementBait } from './find-engagement-bait';
import { findGamblingWords } from './find-gambling-words';
import { findGlossedKeywords } from './find-glossed-keywords';
import { findGreyWords } from './find-grey-words';
import { findHanNumbers } from './find-han-numbers';
import { findHotlines } from './find-hotlines';
import { findJammers } from './find-jammers';
import { findLabelRuns, findLinkBlocks } from './find-label-runs';
import { findLotteryDraws, isLotteryPage } from './find-lottery-draws';
import { findMarkupLeaks } from './find-markup-leaks';
import { findPlatformChrome } from './find-platform-chrome';
import { findPriceTickers } from './find-price-tickers';
import { findPinyinGlosses } from './find-pinyin';
import { findPinyinWords } from './find-pinyin-words';
import { findWordReadings, isAboutReadings } from './find-word-readings';
import { findDoubledPunctuation } from './find-punctuation';
import { findQuestionChains } from './find-question-chains';
import { findReadingTimes } from './find-reading-times';
import { findReaderComments } from './find-reader-comments';
import { findReaderLures, pageWriterWords } from './find-reader-lures';
import { findRepeatedSentences } from './find-repeated-sentences';
import { findCouponCodes, findPricePromotions } from './find-sales-strings';
import { findSeoKeywords } from './find-seo';
import { findBracketLines } from './find-bracket-lines';
import { findAppWalls, findPagination, findSiteIntroductions, findSiteSlogans } from './find-site-furniture';
import { findSiteLines } from './find-site-lines';
import { findSiteNotices } from './find-site-notices';
import { findSentFrom } from './find-sent-from';
import { findSeparatedWords } from './find-separated-words';
import { findSpacedWords } from './find-spaced-words';
import { findSpeltDomains } from './find-spelt-domains';
import { findSponsorNotes } from './find-sponsor-notes';
import { findSplitWords } from './find-split-words';
import { findStraySymbols } from './find-symbols';
import { findTagLines } from './find-tag-lines';
import { findWeatherWidgets } from './find-weather-widgets';
import { headlinePartSpans } from './headline-parts';
import { headlineInsideSpans } from './headline-inside';
import { headlinePhraseSpans } from './headline-phrases';
import { mergeSpans } from './merge-spans';
import { readPage, type SpamPage } from './page';
import { reportedItemSpans } from './reported-items';
import { isEnclosedNumber } from './text-classes';
import type { LinkRange, SpamSpan, SpamTools } from './types';

export type { LinkRange, SpamFamily, SpamSpan, SpamTools } from './types';

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
  /** Another story's news items behind a reporting connective (./reported-items.ts). */
  items: SpamSpan[][];
}

/**
 * The exact finders by name, in the order they run. The names let a benchmark leave one out
 * (`skip` below) to measure what it adds; the extension always runs all of them.
 */
export function mechanicalFinders(
  tools: SpamTools,
  pageNumbers: readonly string[],
  paragraphs: readonly string[] = [],
  title = '',
): [string, (text: string) => SpamSpan[]][] {
  // Ad lines are found page by page (a line repeated across paragraphs); each paragraph takes its own.
  let adLines: SpamSpan[][] | null = null;
  const adLinesOf = (text: string): SpamSpan[] => {
    adLines ??= findAdLines(paragraphs, (text) => tools.segmenter.cut(text));
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (adLines[p] ?? []) : [];
  };
  // Gambling words are judged against the whole page (is the article about gambling?), once.
  let gambling: SpamSpan[][] | null = null;
  const gamblingOf = (text: string): SpamSpan[] => {
    gambling ??= findGamblingWords(title, paragraphs, (text) => tools.segmenter.cut(text));
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (gambling[p] ?? []) : [];
  };
  // Grey-market words are judged against the whole page too (is the article about the trade?), once.
  let grey: SpamSpan[][] | null = null;
  const greyOf = (text: string): SpamSpan[] => {
    grey ??= findGreyWords(title, paragraphs, (text) => tools.segmenter.cut(text));
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (grey[p] ?? []) : [];
  };
  // Site lines are judged against the whole page (is a related headline on its topic?), once.
  let siteLines: SpamSpan[][] | null = null;
  const siteLinesOf = (text: string): SpamSpan[] => {
    siteLines ??= findSiteLines(title, paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (siteLines[p] ?? []) : findSiteLines(title, [text])[0] ?? [];
  };
  // A sentence the page already says is judged against the whole page, once.
  let repeated: SpamSpan[][] | null = null;
  const repeatedOf = (text: string): SpamSpan[] => {
    repeated ??= findRepeatedSentences(paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (repeated[p] ?? []) : [];
  };
  // Link blocks are read across lines (a heading over title lines), once.
  let linkBlocks: SpamSpan[][] | null = null;
  const linkBlocksOf = (text: string): SpamSpan[] => {
    linkBlocks ??= findLinkBlocks(title, paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (linkBlocks[p] ?? []) : findLinkBlocks(title, [text])[0] ?? [];
  };
  // Reader comments are read across lines (a block of name: remark lines), once.
  let comments: SpamSpan[][] | null = null;
  const commentsOf = (text: string): SpamSpan[] => {
    comments ??= findReaderComments(paragraphs, (word) => tools.isKnownWord?.(word) ?? false);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (comments[p] ?? []) : findReaderComments([text])[0] ?? [];
  };
  // Bracketed lines are judged against the whole page (is the line on the story's topic?), once.
  let bracketLines: SpamSpan[][] | null = null;
  const bracketLinesOf = (text: string): SpamSpan[] => {
    bracketLines ??= findBracketLines(title, paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (bracketLines[p] ?? []) : findBracketLines(title, [text])[0] ?? [];
  };
  // Tickers are judged against the whole page (does the story speak of these prices?), once.
  let tickers: SpamSpan[][] | null = null;
  const tickersOf = (text: string): SpamSpan[] => {
    tickers ??= findPriceTickers(paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (tickers[p] ?? []) : findPriceTickers([text])[0] ?? [];
  };
  // Weather widgets are judged against the whole page (is the story about the weather?), once.
  let weather: SpamSpan[][] | null = null;
  const weatherOf = (text: string): SpamSpan[] => {
    weather ??= findWeatherWidgets(title, paragraphs);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (weather[p] ?? []) : findWeatherWidgets(title, [text])[0] ?? [];
  };
  // Single marks inside words count page-wide (several on a page are a farm's, one may be the writer's), once.
  let separated: SpamSpan[][] | null = null;
  const separatedOf = (text: string): SpamSpan[] => {
    separated ??= findSeparatedWords(paragraphs, tools);
    const p = paragraphs.indexOf(text);
    return p >= 0 ? (separated[p] ?? []) : [];
  };
  // Whether the page is about lotteries (a draw is then the news, only marked), once.
  let lotteryPage: boolean | null = null;
  const aboutReadings = isAboutReadings(title, paragraphs);
  const isLast = (text: string): boolean => paragraphs.length > 0 && text === paragraphs[paragraphs.length - 1];
  // Whether the writer's sentences go on below a paragraph (a pager standing there is no site's own, which ends the story).
  const storyAfter = (text: string): boolean => paragraphs.slice(paragraphs.indexOf(text) + 1).some((next) => /[。！？]/u.test(next) && (next.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20);
  // The writer's content words, for whether a glued run of lures is off the article's topic, once.
  let writerWords: Set<string> | null = null;
  let pageText: string | null = null;
  const cut = (text: string): string[] => tools.segmenter.cut(text);
  const luresOf = (text: string): SpamSpan[] => findReaderLures(text, (writerWords ??= pageWriterWords(title, paragraphs, cut)), cut, isLast(text));
  return [
    ['pinyin', (text) => (aboutReadings ? [] : findPinyinGlosses(text))],
    ['symbols', (text) => findStraySymbols(text, pageNumbers)],
    ['jammers', findJammers],
    ['split-words', (text) => findSplitWords(text, tools)],
    ['junk-domains', findObfuscatedDomains],
    ['spelt-domains', findSpeltDomains],
    ['seo', findSeoKeywords],
    ['punctuation', findDoubledPunctuation],
    ['english-seo', findEnglishSeo],
    ['ad-lines', adLinesOf],
    ['contact-ads', findContactAds],
    ['spaced-words', (text) => findSpacedWords(text, tools)],
    ['separated-words', separatedOf],
    ['pinyin-words', (text) => findPinyinWords(text, tools)],
    ['word-readings', (text) => findWordReadings(text, tools, aboutReadings, () => paragraphs.slice(0, Math.max(0, paragraphs.indexOf(text))).join(''))],
    ['gambling-words', gamblingOf],
    ['han-numbers', findHanNumbers],
    ['engagement-bait', (text) => findEngagementBait(text, isLast(text))],
    ['site-lines', siteLinesOf],
    ['lottery-draws', (text) => findLotteryDraws(text, (lotteryPage ??= isLotteryPage(title, paragraphs)))],
    ['dodged-domains', findDodgedDomains],
    ['glossed-keywords', findGlossedKeywords],
    ['slang-contacts', findSlangContacts],
    ['tag-lines', (text) => findTagLines(text, isLast(text), (pageText ??= [title, ...paragraphs].join('\n')))],
    ['sponsor-notes', findSponsorNotes],
    ['grey-words', greyOf],
    // Session 13: contacts, the farm site's furniture, shop strings, stuffed questions, repeats.
    ['hotlines', findHotlines],
    ['site-slogans', findSiteSlogans],
    ['app-walls', findAppWalls],
    ['pagination', (text) => findPagination(text, isLast(text), storyAfter(text))],
    ['coupon-codes', findCouponCodes],
    ['price-promotions', (text) => findPricePromotions(text, title)],
    ['question-chains', (text) => findQuestionChains(text, paragraphs)],
    ['repeated-sentences', repeatedOf],
    // Session 14: the farm's notices, calls and name lines.
    ['site-notices', (text) => findSiteNotices(text, isLast(text), tools.languageModel)],
    // Session 15: a platform's chrome, the copier's stamps and image remains, link lines under any label.
    ['platform-chrome', findPlatformChrome],
    ['farm-stamps', (text) => findFarmStamps(text, text === paragraphs[0], text === paragraphs[0] || text === paragraphs[1])],
    ['label-runs', (text) => findLabelRuns(text, title)],
    // Session 16: link blocks with no label, the farm's line about itself.
    ['link-blocks', linkBlocksOf],
    ['site-intros', findSiteIntroductions],
    // Session 17: blocks of reader comments.
    ['reader-comments', commentsOf],
    // Session 18: lines of furniture inside the body, read by their shape and topic.
    ['bracket-lines', bracketLinesOf],
    // Session 18: sales, scam and bait clauses glued into the writer's paragraphs.
    ['reader-lures', luresOf],
    // Session 19: a phone's or an app's signature under a post; a price ticker.
    ['sent-from', findSentFrom],
    ['price-tickers', tickersOf],
    // Session 20: a template's markup shown as text.
    ['markup-leaks', (text) => findMarkupLeaks(text, title)],
    // Session 20: widgets and the site's furniture glued into the writer's text.
    ['reading-times', findReadingTimes],
    ['weather-widgets', weatherOf],
  ];
}

/**
 * The mechanical finds and the scored candidates of a page (the benchmark reads these too).
 * `skip`: names of mechanical finders to leave out (benchmarks' ablation only).
 */
export function analyzeSpam(
  title: string,
  paragraphs: readonly string[],
  toolsIn: SpamTools,
  links?: readonly (readonly LinkRange[])[],
  skip?: ReadonlySet<string>,
): SpamAnalysis {
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
  const finders = mechanicalFinders(tools, pageNumbers, paragraphs, title).filter(([name]) => !skip?.has(name));
  const mechanical = paragraphs.map((text) => mergeSpans(finders.flatMap(([, find]) => find(text))));
  // The language stage reads the page without what was hidden; a span only marked suspect stays
  // in its text and counts as no farm mark (clean pages carry addresses too).
  const hidden = mechanical.map((spans) => spans.filter((s) => s.tier === 'hidden'));
  const page = readPage(title, paragraphs, hidden, tools);
  const { candidates, stuffing, stuffed } = scoreCandidates(page);
  const scoredLinks = links?.some((ranges) => ranges.length) ? scoreLinks(linkCandidates(page.headline, tools, paragraphs, links)) : [];
  return { mechanical, page, scored: candidates, stuffing, stuffed, links: scoredLinks, parts: headlinePartSpans(page), phrases: joinParagraphs(headlinePhraseSpans(page), headlineInsideSpans(page)), items: reportedItemSpans(page) };
}

const joinParagraphs = (a: SpamSpan[][], b: SpamSpan[][]): SpamSpan[][] => a.map((spans, i) => [...spans, ...(b[i] ?? [])]);

/** The spans of an analysed page: the mechanical finds and the tiered language-level ones. */
export function spansOf({ mechanical, scored, links, parts, phrases, items }: SpamAnalysis): SpamSpan[][] {
  const linked = decideLinks(links, mechanical.length);
  // A mechanical or link find is no evidence that a clause of the page was pasted: a line pasted
  // once reads its kind's ordinary levels only where the language stage itself hid something (the
  // stress test with one symbol or domain added to each page: 539 real characters marked by it
  // when a mechanical find counted, 16 without; scripts/spam/bench-junk.ts).
  const language = decide(scored, mechanical.length, undefined, false);
  return mechanical.map((spans, i) => mergeSpans([...spans, ...(parts[i] ?? []), ...(phrases[i] ?? []), ...(items[i] ?? []), ...(language[i] ?? []), ...(linked[i] ?? [])]));
}

/** `links`: the page's links inside each paragraph (parallel to `paragraphs`), when the caller knows them. */
export function findInjectedSpans(title: string, paragraphs: readonly string[], tools: SpamTools, links?: readonly (readonly LinkRange[])[]): SpamSpan[][] {
  return spansOf(analyzeSpam(title, paragraphs, tools, links));
}
