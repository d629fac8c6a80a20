/** Messages about the page as a whole, sent by the detector and the reader. */
import * as v from 'valibot';

/** Sent by the detector once a page is classified; the background injects the reader where needed. */
export const PageClassifiedRequestSchema = v.object({
  type: v.literal('page-classified'),
  kind: v.picklist(['chinese', 'article']),
});
export type PageClassifiedRequest = v.InferOutput<typeof PageClassifiedRequestSchema>;

/** Start the background's heavy state (jieba, dictionary, pinyin model) before it is needed. */
export const WarmRequestSchema = v.object({ type: v.literal('warm') });
export type WarmRequest = v.InferOutput<typeof WarmRequestSchema>;

/** What a request answers when it has nothing to say beyond "done". */
export const NoAnswerSchema = v.undefined();
