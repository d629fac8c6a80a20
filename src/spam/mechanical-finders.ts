/**
 * The exact finders of ./index.ts by name, in the order they run: pinyin in brackets, stray
 * symbols, jammer strings, spelt-out domains, the farm site's furniture and ads … What they find is
 * hidden, or marked suspect where a finder says so (shapes writers also use).
 */
import { findAdLines } from './find-ad-lines';
import { findClosedRows } from './find-closed-rows';
import { findCommentRows } from './find-comment-rows';
import { findControlRuns } from './find-control-runs';
import { findAiNotes } from './find-ai-notes';
import { findContactAds, findSlangContacts } from './find-contact-ads';
import { findContactLines } from './find-contact-lines';
import { findCouponCalls } from './find-coupon-calls';
import { findObfuscatedDomains } from './find-domains';
import { findDodgedDomains } from './find-dodged-domains';
import { findEnglishSeo } from './find-english-seo';
import { furnitureReader } from './find-furniture-runs';
import { findFarmStamps } from './find-farm-stamps';
import { findEngagementBait } from './find-engagement-bait';
import { findGamblingWords } from './find-gambling-words';
import { findGlossedKeywords } from './find-glossed-keywords';
import { findGreyWords } from './find-grey-words';
import { findHanNumbers } from './find-han-numbers';
import { findHoroscopeLines } from './find-horoscope-lines';
import { findHotlines } from './find-hotlines';
import { findJammers, findJammerTokens } from './find-jammers';
import { findLabelRuns, findLinkBlocks } from './find-label-runs';
import { findLotteryDraws, isLotteryPage } from './find-lottery-draws';
import { findMarkupLeaks } from './find-markup-leaks';
import { findMojibake } from './find-mojibake';
import { findEmojiCodes, findSubtitleTimings } from './find-chat-codes';
import { findNavRuns } from './find-nav-runs';
import { notSiteNavigation } from './site-navigation';
import { findPageWidgets } from './find-page-widgets';
import { findPlatformChrome } from './find-platform-chrome';
import { findPlatformRows } from './find-platform-rows';
import { findPriceTickers } from './find-price-tickers';
import { findPinyinGlosses } from './find-pinyin';
import { findPinyinWords } from './find-pinyin-words';
import { findWordReadings, isAboutReadings } from './find-word-readings';
import { findDoubledPunctuation } from './find-punctuation';
import { findQuestionChains } from './find-question-chains';
import { findInterfaceRuns } from './find-interface-runs';
import { findReadingTimes } from './find-reading-times';
import { findReaderComments } from './find-reader-comments';
import { findReaderGates } from './find-reader-gates';
import { findQueryRows } from './find-query-rows';
import { findReaderLures, pageWriterWords } from './find-reader-lures';
import { findRepeatedSentences } from './find-repeated-sentences';
import { findCouponCodes, findPricePromotions } from './find-sales-strings';
import { findScreenLines } from './find-screen-lines';
import { findBlockerNotices } from './find-blocker-notices';
import { findGameAds } from './find-game-ads';
import { findParcelNotices } from './find-parcel-notices';
import { findSeoKeywords } from './find-seo';
import { findRareHanRuns } from './find-rare-han';
import { findBracketLines } from './find-bracket-lines';
import { findAppWalls, findPagination, findSiteIntroductions, findSiteSlogans } from './find-site-furniture';
import { findSiteLines } from './find-site-lines';
import { findSiteNotices } from './find-site-notices';
import { findSentFrom } from './find-sent-from';
import { findSeparatedWords } from './find-separated-words';
import { findSpacedWords } from './find-spaced-words';
import { findSpeechRows } from './find-speech-rows';
import { findSpeltDomains } from './find-spelt-domains';
import { findSponsorNotes } from './find-sponsor-notes';
import { findSplitWords } from './find-split-words';
import { findTranslationNotices } from './find-translation-notices';
import { findLoneBoxes, findStraySymbols } from './find-symbols';
import { findTagLines } from './find-tag-lines';
import { findWeatherWidgets } from './find-weather-widgets';
import { markQuotedWhole } from './quoted-whole';
import { findInSpeech } from './quoted-speech';
import type { LinkRange, SpamSpan, SpamTools } from './types';

/**
 * The exact finders by name, in the order they run. The names let a benchmark leave one out
 * (`skip` in ./index.ts analyzeSpam) to measure what it adds; the extension always runs all of them.
 */
export function mechanicalFinders(
  tools: SpamTools,
  pageNumbers: readonly string[],
  paragraphs: readonly string[] = [],
  title = '',
  links?: readonly (readonly LinkRange[])[],
  inSpeech = true,
): [string, (text: string) => SpamSpan[]][] {
  const finders = listOfFinders(tools, pageNumbers, paragraphs, title, links);
  // Every finder reads the speech inside the writer's quotations too, as a text of its own (./quoted-speech.ts);
  // `inSpeech` false: benchmarks' ablation only.
  // A find that fills a quotation on its own (“…”, ‘…’ inside a speaker's words) is the writer or the speaker citing
  // the thing, whichever finder found it: marked (./quoted-whole.ts; places25 look-alikes: the writer quoting a pop-up,
  // a text message, a notice — hidden by finders that had no such guard).
  const cited = finders.map(([name, find]): [string, (text: string) => SpamSpan[]] => [name, (text) => markQuotedWhole(text, find(text))]);
  return inSpeech ? cited.map(([name, find]) => [name, NOT_IN_SPEECH.has(name) ? find : (text: string) => [...find(text), ...findInSpeech(text, find)]]) : cited;
}

/**
 * Finders that do not read speech: reader-lures judges a run by the page's words, and the speaker's
 * are the page's — in speech it ran on from a paste into the speaker's next clause (places25 dev:
 * 22 pasted characters hidden for 18 of the speaker's); speech-rows reads only speech already.
 */
const NOT_IN_SPEECH = new Set(['reader-lures', 'speech-rows']);

function listOfFinders(
  tools: SpamTools,
  pageNumbers: readonly string[],
  paragraphs: readonly string[],
  title: string,
  links?: readonly (readonly LinkRange[])[],
): [string, (text: string) => SpamSpan[]][] {
  // Page-wide finders read all the paragraphs once (a line repeated across paragraphs, whether the
  // article is about the trade, a related headline on the page's topic …); each paragraph then
  // takes its own. A text that is not one of the page's paragraphs is read alone where the finder
  // can judge a line by itself (`alone`), and not at all otherwise.
  const pageWide = (read: (texts: readonly string[]) => SpamSpan[][], alone?: (text: string) => SpamSpan[]) => {
    let found: SpamSpan[][] | null = null;
    return (text: string): SpamSpan[] => {
      const p = paragraphs.indexOf(text);
      return p >= 0 ? ((found ??= read(paragraphs))[p] ?? []) : (alone?.(text) ?? []);
    };
  };
  const byItself = (read: (texts: readonly string[]) => SpamSpan[][]) => pageWide(read, (text) => read([text])[0] ?? []);
  const cut = (text: string): string[] => tools.segmenter.cut(text);
  const adLinesOf = pageWide((texts) => findAdLines(texts, cut));
  const gamblingOf = pageWide((texts) => findGamblingWords(title, texts, cut));
  const greyOf = pageWide((texts) => findGreyWords(title, texts, cut));
  const repeatedOf = pageWide(findRepeatedSentences);
  const separatedOf = pageWide((texts) => findSeparatedWords(texts, tools));
  const siteLinesOf = byItself((texts) => findSiteLines(title, texts));
  const linkBlocksOf = byItself((texts) => findLinkBlocks(title, texts));
  const bracketLinesOf = byItself((texts) => findBracketLines(title, texts));
  const tickersOf = byItself(findPriceTickers);
  const weatherOf = byItself((texts) => findWeatherWidgets(title, texts));
  // Reader comments: a line read by itself has no dictionary to tell a name from a word.
  const commentsOf = pageWide((texts) => findReaderComments(texts, (word) => tools.isKnownWord?.(word) ?? false), (text) => findReaderComments([text])[0] ?? []);
  // Whether the page is about lotteries (a draw is then the news, only marked), once.
  let lotteryPage: boolean | null = null;
  const aboutReadings = isAboutReadings(title, paragraphs);
  const isLast = (text: string): boolean => paragraphs.length > 0 && text === paragraphs[paragraphs.length - 1];
  // Whether the writer's sentences go on below a paragraph (a pager standing there is no site's own, which ends the story).
  const storyAfter = (text: string): boolean => paragraphs.slice(paragraphs.indexOf(text) + 1).some((next) => /[。！？]/u.test(next) && (next.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20);
  // The writer's content words, for whether a glued run of lures is off the article's topic, once.
  let writerWords: Set<string> | null = null;
  let pageText: string | null = null;
  // Whether a paragraph stands among the writer's sentences (the page's paragraphs have them; a word list's have not): a bare label line there is the page's.
  let prosePage: boolean | null = null;
  const amidProse = (text: string): boolean => paragraphs.includes(text) && (prosePage ??= paragraphs.filter((p) => /[。！？]/u.test(p)).length >= 2);
  // The headline and the page's other paragraphs, which two finders read beside each paragraph: joined once a paragraph.
  const rest = new Map<string, string>();
  const restOfPage = (text: string): string => rest.get(text) ?? rest.set(text, [title, ...paragraphs.filter((other) => other !== text)].join('\n')).get(text)!;
  const furnitureOf = furnitureReader(title, paragraphs, tools.languageModel, tools.segmenter.tag?.bind(tools.segmenter), tools.isKnownWord);
  const luresOf = (text: string): SpamSpan[] => findReaderLures(text, (writerWords ??= pageWriterWords(title, paragraphs, cut)), cut, isLast(text));
  // The finders of the page's furniture read by its structure (sessions 20–23, wrapped below): a row filling a
  // quotation on its own is the writer citing what a page shows (quoted-whole.ts), marked, not hidden.
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
    ['engagement-bait', (text) => findEngagementBait(text, isLast(text), cut)],
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
    ['reading-times', (text) => markQuotedWhole(text, findReadingTimes(text))],
    ['weather-widgets', weatherOf],
    // Session 21: a page's interface (counters, a player, a control and its arrow) glued anywhere into the writer's text.
    ['interface-runs', (text) => markQuotedWhole(text, findInterfaceRuns(text))],
    // Session 21: search queries set apart by spaces, glued into the writer's text.
    ['query-rows', (text) => markQuotedWhole(text, findQueryRows(text, cut))],
    // Session 22: one reader's comment row (or a few), by its handle, remark and the platform's marks, glued anywhere.
    ['comment-rows', (text) => markQuotedWhole(text, findCommentRows(text, restOfPage(text)))],
    // Session 22: contact lines and coupon calls speaking to the reader.
    ['contact-lines', (text) => markQuotedWhole(text, findContactLines(text))],
    ['coupon-calls', (text) => markQuotedWhole(text, findCouponCalls(text))],
    // Session 22: the site's interface copied along (breadcrumbs, language switchers, ratings, countdowns, geotags, ad labels, gates, AI summaries).
    // A breadcrumb made of the site's own links is its working navigation, not copied text (session 22's e2e short farm page).
    ['nav-runs', (text) => markQuotedWhole(text, notSiteNavigation(text, findNavRuns(text, amidProse(text)), links?.[paragraphs.indexOf(text)] ?? []))],
    ['page-widgets', (text) => markQuotedWhole(text, findPageWidgets(text, amidProse(text)))],
    ['reader-gates', findReaderGates],
    ['ai-notes', (text) => markQuotedWhole(text, findAiNotes(text))],
    // Session 22: a machine-translation notice, by the text it names and its own disclaimer.
    ['translation-notices', (text) => markQuotedWhole(text, findTranslationNotices(text))],
    // Session 22: a horoscope or almanac line, by its sign and the widget's slots.
    ['horoscope-lines', (text) => markQuotedWhole(text, findHoroscopeLines(text, restOfPage(text)))],
    // Session 23: the page's controls (share, print, font size, listen, download, report, placeholders, previous / next), read slot by slot.
    ['control-runs', (text) => markQuotedWhole(text, findControlRuns(text))],
    // Session 23: pagers, counters, hashtags and labelled keyword rows, ended by their own slots, glued anywhere.
    ['closed-rows', (text) => markQuotedWhole(text, findClosedRows(text, cut))],
    // Session 23: a platform's or a shop's row (counts, percentages, prices, times, a device, handles, a ranking, editors' tags) glued anywhere.
    ['platform-rows', (text) => markQuotedWhole(text, findPlatformRows(text, isLast(text)))],
    // Session 24: one learned decision over the runs the cuts give, for the furniture no finder above was written for.
    ['furniture-runs', (text) => markQuotedWhole(text, furnitureOf(text))],
    // Session 28: a row of a page's slots pasted into someone's quoted words (it reads the speech itself: not read again in it).
    ['speech-rows', findSpeechRows],
    // Session 30: forms no writer types — chat apps' emoji codes, subtitle and lyrics timings, text read in the wrong encoding.
    ['emoji-codes', findEmojiCodes],
    ['subtitle-timings', findSubtitleTimings],
    ['mojibake', findMojibake],
    ['jammer-tokens', findJammerTokens],
    // Session 32: runs of characters no word is made of (the language model's lexicon); a box dropped between two sentences.
    ['rare-han', (text) => (tools.languageModel ? findRareHanRuns(text, tools.languageModel) : [])],
    ['lone-boxes', (text) => findLoneBoxes(text, paragraphs)],
    // Session 33: three of those screens' lines hidden where a whole sentence is the notice (an ad-block notice, a game's ad, a courier's text).
    ['blocker-notices', (text) => markQuotedWhole(text, findBlockerNotices(text))],
    ['game-ads', (text) => markQuotedWhole(text, findGameAds(text))],
    ['parcel-notices', (text) => markQuotedWhole(text, findParcelNotices(text))],
    // Session 30: lines of other screens (a chatbot, an app's notification, a live stream, a map, a parcel tracker), marked only.
    // A line made of the page's own links is the site's (its related stories, its navigation): the link stage judges it.
    ['screen-lines', (text) => findScreenLines(text, links?.[paragraphs.indexOf(text)] ?? [])],
  ];
}
