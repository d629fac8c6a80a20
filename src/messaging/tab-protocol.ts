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

export const TabRequestSchema = v.variant('type', [ReaderStatusRequestSchema, RevealSpamRequestSchema]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export const ReaderStatusSchema = v.object({
  kind: v.picklist(['chinese', 'article']),
  /** Whether Dudong is on for this site (annotations present or coming). */
  active: v.boolean(),
  /** Spam insertions found and hidden on this page. */
  spamHidden: v.pipe(v.number(), v.integer(), v.minValue(0)),
  revealed: v.boolean(),
});
export type ReaderStatus = v.InferOutput<typeof ReaderStatusSchema>;
