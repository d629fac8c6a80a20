import type { LanguageModel } from '../lm/index';
import type { Segmenter } from '../segment/types';
import type { TopicVectors } from '../topic/vectors';

/** The families of text that content farms inject into copied articles. */
export type SpamFamily =
  | 'title' // fragments of the headline stuffed into sentences
  | 'sentence' // an off-topic sentence dropped mid-sentence
  | 'pinyin' // pinyin in brackets after characters: 国(guo)务院
  | 'symbol' // stray symbols and emoji inside words: ⛦ ☂ ③ 🎉
  | 'seo' // SEO keywords, in 《》 or bare, inserted mid-word or after a full stop
  | 'jammer' // anti-scrape runs of random ASCII: w5 s9 B9 ?8 g$ R
  | 'domain' // obfuscated domain names: +x.i!a/o~s′h¢u\o\h?u·.~c!o,m+
  | 'punctuation'; // doubled punctuation at clause ends: ,, ,。

/** One injected span in a paragraph: [start, end) in UTF-16 code units of that paragraph's text. */
export interface SpamSpan {
  start: number;
  end: number;
  family: SpamFamily;
  /** 0..1: how sure the detector is that the span was pasted in. */
  confidence: number;
  /**
   * `hidden`: sure enough to take it out of the text (revealable); `suspect`: shown, with a quiet
   * mark, for the reader to judge. Decided in one place: ./tiers.ts.
   */
  tier: 'hidden' | 'suspect';
  /** A short English sentence for the reader: why this was hidden. */
  reason: string;
}

/**
 * A link of the page inside a paragraph: [start, end) in UTF-16 units of the paragraph's text as
 * sent. Only the host relation leaves the page, never the address: `sameSite` says whether the
 * link goes to the page's own site, `target` is a number equal for links with the same address
 * (so a target that recurs is evidence, not a URL).
 */
export interface LinkRange {
  start: number;
  end: number;
  sameSite: boolean;
  target: number;
}

/** Language evidence the detector may use; the background passes the real ones. */
export interface SpamTools {
  segmenter: Segmenter;
  /** Whether a word is a dictionary headword. */
  isKnownWord?(word: string): boolean;
  /**
   * Sentences found pasted (family "sentence") on earlier pages, which the caller may remember:
   * farms reuse their lines, so on a later page one copy is enough to hide them.
   */
  knownSentences?: readonly string[];
  /** Open-gram's word trigram model (src/lm), to weigh how fluent a text reads with and without a span. */
  languageModel?: LanguageModel;
  /** Word topic vectors (src/topic), to weigh how far a sentence's meaning lies from its page's. */
  topicVectors?: TopicVectors;
}
