/** The analyze message: an article's paragraphs in, spam spans and tokens with readings out. */
import * as v from 'valibot';
import type { LinkRange, SpamSpan } from '../spam/types';
import { MAX_ANALYZE_PARAGRAPHS, MAX_LINKS_PER_PARAGRAPH, MAX_TITLE_CHARS } from './limits';
import { offset, sameType, type Same } from './schema-util';

export const SpamSpanSchema = v.object({
  start: offset(),
  end: offset(),
  // The family names live in src/spam; here it is enough that one is a string (it becomes an attribute value).
  family: v.custom<SpamSpan['family']>((value) => typeof value === 'string'),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** `hidden`: taken out of the text; `suspect`: shown with a quiet mark for the reader to judge. */
  tier: v.picklist(['hidden', 'suspect']),
  reason: v.string(),
});
sameType<Same<v.InferOutput<typeof SpamSpanSchema>, SpamSpan>>(true);

/** A run of an article paragraph that is one segmenter word (or the part of one that a hidden span did not cut off). */
export const WordTokenSchema = v.object({
  /** [start, end) in UTF-16 code units of the paragraph text as sent. */
  start: offset(),
  end: offset(),
  /** The whole word as segmented (after hidden spam was taken out), for lookups. */
  word: v.string(),
  /**
   * One reading per UTF-16 code unit of [start, end): numbered pinyin `zhong1`, neutral tone `5`,
   * ü written `v` (`lv4`), or '' where the unit is not a Han character.
   */
  readings: v.array(v.string()),
  /** The word's HSK 3.0 band (1–6, 7 for 7–9), when it is in the list: for known words by level and level colours. */
  hsk: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
  /** The word's Simplified form, only when it differs (a Traditional page): known words and notes are kept under it. */
  simplified: v.optional(v.string()),
});
export type WordToken = v.InferOutput<typeof WordTokenSchema>;

export const ParagraphAnalysisSchema = v.object({
  /** Spans hidden as spam (tier 'hidden'), sorted, never overlapping each other or a token. */
  spam: v.array(SpamSpanSchema),
  /**
   * Spans that may have been inserted (tier 'suspect'): shown, with a quiet mark. Sorted, never
   * overlapping each other or a hidden span; tokens may lie inside them. Absent: none.
   */
  suspects: v.optional(v.array(SpamSpanSchema)),
  /** Tokens in order, never overlapping a spam span. Tokens with no Han character are omitted. */
  tokens: v.array(WordTokenSchema),
});
export type ParagraphAnalysis = v.InferOutput<typeof ParagraphAnalysisSchema>;

export const LinkRangeSchema = v.object({
  start: offset(),
  end: offset(),
  sameSite: v.boolean(),
  target: offset(),
});
sameType<Same<v.InferOutput<typeof LinkRangeSchema>, LinkRange>>(true);

export const AnalyzeRequestSchema = v.pipe(
  v.object({
    type: v.literal('analyze'),
    /** The page's headline (document.title or the article's h1); spam detection compares against it. */
    title: v.pipe(v.string(), v.transform((title) => title.slice(0, MAX_TITLE_CHARS))),
    /** The total size is checked by the router (`too-large`), not here: that is a refusal, not a malformed message. */
    paragraphs: v.pipe(v.array(v.string()), v.maxLength(MAX_ANALYZE_PARAGRAPHS)),
    /** Whether to look for injected spam at all (a user setting). */
    findSpam: v.boolean(),
    /**
     * Indices of the paragraphs whose tokens are wanted now (default: all); the others come back with
     * no tokens. Spam is always judged over the whole request. A long article is asked for twice,
     * what is on screen first; the background keeps the article's spam between the two requests.
     */
    tokensFor: v.optional(v.array(offset())),
    /**
     * The page's links inside each paragraph (parallel to `paragraphs`; absent or shorter: no links),
     * offsets in that paragraph's text. Spam evidence: a farm pastes its keywords as link text.
     */
    links: v.optional(v.array(v.pipe(v.array(LinkRangeSchema), v.maxLength(MAX_LINKS_PER_PARAGRAPH)))),
  }),
  v.check(
    (request) => !request.tokensFor || request.tokensFor.every((i) => i < request.paragraphs.length),
    'tokensFor names a paragraph the request does not have',
  ),
  v.check(
    (request) =>
      !request.links ||
      (request.links.length <= request.paragraphs.length &&
        request.links.every((ranges, i) => ranges.every((r) => r.start < r.end && r.end <= (request.paragraphs[i]?.length ?? 0)))),
    'a link range lies outside its paragraph',
  ),
);
export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;

export const AnalyzeResponseSchema = v.object({ paragraphs: v.array(ParagraphAnalysisSchema) });
export type AnalyzeResponse = v.InferOutput<typeof AnalyzeResponseSchema>;
