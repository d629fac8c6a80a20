/**
 * Whole sentences that are another screen's notice (session 33, issue 12): a line a farm copies along with the
 * article — a site's ad-block notice, a mobile game's ad, a courier's text — that no finder hid even standing
 * alone as its own paragraph (places30 dev, own place). Its class's finder says which words it needs; this
 * reads the paragraph sentence by sentence and hides a sentence only where it is the notice from its first
 * character to its last:
 *
 * - every cue it needs is in it (its class's words, and the way the notice speaks: to "you", about this page, a
 *   code, a brand in 【】), and no word of a writer telling of someone (据, 称, 记者, 她, 网友 …) nor a quotation;
 * - its first cue opens it and its last cue ends it, give or take a few characters (a paste glued to the writer's
 *   next words with no stop runs on into them: the sentence then holds more than the notice, and is left);
 * - it is short (a notice is a line, not a paragraph of prose).
 *
 * The screen-lines finder still marks what this leaves (./find-screen-lines.ts).
 */
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

export interface NoticeForm {
  /** Each must match somewhere in the sentence. */
  needs: readonly RegExp[];
  /** Every cue (the needed ones and the notice's other words): where the notice starts and ends. */
  cues: RegExp;
  /** A writer telling of someone: the sentence is left. */
  told: RegExp;
  reason: string;
}

/** Sentences: up to a stop (a notice's !! and …… included), or the paragraph's end. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?…]+|$)/gu;
const QUOTATION = /[“”「」『』‘’"]/u;
const LONGEST = 48;
/** Characters allowed before the first cue and after the last one (a particle, a mark, 了, 吧). */
const SLACK = 3;

export function findNoticeSentences(text: string, simplified: string, form: NoticeForm): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of simplified.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[。！？!?…]+$/u, '');
    const start = m.index + lead;
    if (body.length < 4 || body.length > LONGEST) continue;
    if (QUOTATION.test(body) || form.told.test(body) || !form.needs.every((need) => need.test(body))) continue;
    const cues = [...body.matchAll(new RegExp(form.cues.source, 'gu'))];
    const first = cues[0];
    const last = cues.at(-1);
    if (!first || !last) continue;
    if (first.index > SLACK || body.length - (last.index + last[0].length) > SLACK) continue;
    const end = start + raw.trim().length;
    // The text read is the Simplified view of the page's: the same offsets.
    if (text.slice(start, end).trim().length === 0) continue;
    spans.push(finderSpan(start, end, 'seo', true, { hidden: form.reason, marked: form.reason }));
  }
  return spans;
}
