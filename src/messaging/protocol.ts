/**
 * The one protocol between content scripts (and pages) and the background. Every request is a
 * member of `DudongRequest`; the background validates `type` at its boundary and ignores the rest.
 */
import type { SpamSpan } from '../spam/types';

/** A run of an article paragraph that is one segmenter word (or the part of one that a hidden span did not cut off). */
export interface WordToken {
  /** [start, end) in UTF-16 code units of the paragraph text as sent. */
  start: number;
  end: number;
  /** The whole word as segmented (after hidden spam was taken out), for lookups. */
  word: string;
  /**
   * One reading per UTF-16 code unit of [start, end): numbered pinyin `zhong1`, neutral tone `5`,
   * ü written `v` (`lv4`), or '' where the unit is not a Han character.
   */
  readings: string[];
}

export interface ParagraphAnalysis {
  spam: SpamSpan[];
  /** Tokens in order, never overlapping a spam span. Tokens with no Han character are omitted. */
  tokens: WordToken[];
}

export interface AnalyzeRequest {
  type: 'analyze';
  /** The page's headline (document.title or the article's h1); spam detection compares against it. */
  title: string;
  paragraphs: string[];
  /** Whether to look for injected spam at all (a user setting). */
  findSpam: boolean;
  /**
   * Indices of the paragraphs whose tokens are wanted now (default: all); the others come back with
   * no tokens. Spam is always judged over the whole article. A long article is asked for twice,
   * what is on screen first; the background keeps the article's spam between the two requests.
   */
  tokensFor?: number[];
}
export interface AnalyzeResponse {
  paragraphs: ParagraphAnalysis[];
}

/** Sent by the detector once a page is classified; the background injects the reader where needed. */
export interface PageClassifiedRequest {
  type: 'page-classified';
  kind: 'chinese' | 'article';
}

/** Start the background's heavy state (jieba, dictionary, pinyin model) before it is needed. */
export interface WarmRequest {
  type: 'warm';
}

export interface LookupRequest {
  type: 'lookup';
  /** The word to explain (the segmenter's word, or the longest match at the pointer). */
  word: string;
  /**
   * How the word is read where it stands (the ruby's readings, numbered and joined with spaces:
   * `yin2 hang2`); the senses with this reading come first. Optional.
   */
  reading?: string;
}

/** On pages without an article: the longest dictionary word starting at the front of `text`. */
export interface LongestMatchRequest {
  type: 'longest-match';
  text: string;
}
export interface LongestMatchResponse {
  /** Length in UTF-16 code units of the longest headword prefix of `text`; 0 when none. */
  length: number;
}

export interface DictionarySense {
  /** Numbered pinyin as in CC-CEDICT, normalised to our form: `xin4 fang3`. */
  pinyin: string;
  definitions: string[];
  /** Measure words, as CC-CEDICT references: `個|个[ge4]` (traditional|simplified[pinyin]), `家[jia1]`. */
  classifiers?: string[];
  /**
   * Words this is a variant of, as CC-CEDICT references (`乾|干[gan1]`); the definitions say
   * which kind of variant ("old variant of …").
   */
  variantOf?: string[];
  /**
   * The traditional form this sense belongs to, given only when a word's senses come from several
   * (干: 乾 "dry", 幹 "to do", 干 "to concern").
   */
  traditional?: string;
}

export interface GlossaryNote {
  term: string;
  traditional?: string;
  pinyin: string;
  gloss: string;
  explanation: string;
  category: string;
  related?: string[];
}

export interface LookupResponse {
  word: string;
  simplified: string;
  traditional: string;
  senses: DictionarySense[];
  glossary?: GlossaryNote;
  /** For multi-character words: each character with its own senses. */
  characters: Array<{ char: string; senses: DictionarySense[] }>;
}

export type DudongRequest =
  | AnalyzeRequest
  | PageClassifiedRequest
  | WarmRequest
  | LookupRequest
  | LongestMatchRequest;

export interface ResponseFor {
  analyze: AnalyzeResponse;
  'page-classified': void;
  warm: void;
  lookup: LookupResponse | null;
  'longest-match': LongestMatchResponse;
}

/**
 * Messages from the toolbar popup to the reader in a tab (`tabs.sendMessage`). The reader answers
 * each with its status; the background never sees these.
 */
export interface ReaderStatusRequest {
  type: 'reader-status';
}
/** Show hidden spam in place (struck through) or hide it again. */
export interface RevealSpamRequest {
  type: 'reveal-spam';
  reveal: boolean;
}
export type TabRequest = ReaderStatusRequest | RevealSpamRequest;

export interface ReaderStatus {
  kind: 'chinese' | 'article';
  /** Whether Dudong is on for this site (annotations present or coming). */
  active: boolean;
  /** Spam insertions found and hidden on this page. */
  spamHidden: number;
  revealed: boolean;
}
export interface TabResponseFor {
  'reader-status': ReaderStatus;
  'reveal-spam': ReaderStatus;
}
