/**
 * Messages from the toolbar popup to the reader in a tab (`tabs.sendMessage`). The reader answers
 * each with its status; the background never sees these.
 */
import * as v from 'valibot';

export const ReaderStatusRequestSchema = v.object({ type: v.literal('reader-status') });
export type ReaderStatusRequest = v.InferOutput<typeof ReaderStatusRequestSchema>;

/** Show hidden spam in place (struck through) or hide it again. */
export const RevealSpamRequestSchema = v.object({ type: v.literal('reveal-spam'), reveal: v.boolean() });
export type RevealSpamRequest = v.InferOutput<typeof RevealSpamRequestSchema>;

/** Read the article again after its annotation failed ("couldn't annotate — retry" in the popup). */
export const RetryAnnotationRequestSchema = v.object({ type: v.literal('retry-annotation') });
export type RetryAnnotationRequest = v.InferOutput<typeof RetryAnnotationRequestSchema>;

/**
 * Show pinyin on a Chinese page that was not recognised as an article (`read: true`), or take it off
 * again. Asked from the popup; lasts as long as the page.
 */
export const ReadPageRequestSchema = v.object({ type: v.literal('read-page'), read: v.boolean() });
export type ReadPageRequest = v.InferOutput<typeof ReadPageRequestSchema>;

export const TabRequestSchema = v.variant('type', [ReaderStatusRequestSchema, RevealSpamRequestSchema, RetryAnnotationRequestSchema, ReadPageRequestSchema]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export const ReaderStatusSchema = v.object({
  kind: v.picklist(['chinese', 'article']),
  /** A Chinese page the reader annotates because the user asked (read-page), not as a detected article. */
  onRequest: v.optional(v.boolean()),
  /** Whether Dudong is on for this site (annotations present or coming). */
  active: v.boolean(),
  /** Spam insertions found and hidden on this page. */
  spamHidden: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Spans shown with a mark because they may have been inserted. */
  spamSuspect: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  revealed: v.boolean(),
  /**
   * Set while the article cannot be annotated: `retrying` (the background failed, retrying with
   * back-off), `failed` (given up; the popup offers a retry).
   */
  trouble: v.optional(v.picklist(['retrying', 'failed'])),
  /** Distinct words annotated on the page so far, by whether the reader knows them. */
  words: v.optional(
    v.object({
      known: v.pipe(v.number(), v.integer(), v.minValue(0)),
      new: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /**
   * Places where the page undid the pinyin round after round (it restores its own markup): Dudong
   * leaves them alone, and the popup says so.
   */
  fought: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type ReaderStatus = v.InferOutput<typeof ReaderStatusSchema>;
