/**
 * Whole sentences that are another screen's notice (session 33, issue 12): a line a farm copies along with the
 * article — a site's ad-block notice, a mobile game's ad, a courier's text — that no finder hid even standing
 * alone as its own paragraph (places30 dev, own place). Its class's finder says which words it needs; this
 * reads the paragraph sentence by sentence and hides a sentence only where it is the notice from its first
 * character to its last:
 *
 * - every cue it needs is in it (its class's words, and the way the notice speaks: to "you", about this page, a
 *   code, a brand in 【】), and no word of a writer telling of someone (据, 称, 记者, 她, 网友 …) nor a quotation;
 * - a strong word of its class opens it and one ends it, give or take a few characters (a paste glued to the
 *   writer's words with no stop runs on into them: the sentence then holds more than the notice, and is left —
 *   places30 dev, a game's ad glued inside a writer's clause: 13 writer's characters hidden when any of the
 *   notice's words, 就 or 天, could stand at its edge), and every clause of it holds one of the notice's words;
 * - it is short (a notice is a line, not a paragraph of prose).
 *
 * The screen-lines finder still marks what this leaves (./find-screen-lines.ts).
 */
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

export interface NoticeForm {
  /** Each must match somewhere in the sentence. */
  needs: readonly RegExp[];
  /** The class's strong words (several characters, or a code), longest first: where the notice starts and ends. */
  edges: RegExp;
  /** Every word of the notice, strong or not: each of its clauses holds one. */
  cues: RegExp;
  /** A word that may follow a name of up to four Han (a game's: 神话手游) where the notice opens. */
  named?: RegExp;
  /** A writer telling of someone: the sentence is left. */
  told: RegExp;
  reason: string;
}

/** Sentences: up to a stop (a notice's !! and …… included), or the paragraph's end. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?…]+|$)/gu;
/** Clauses of a sentence: a notice sets its parts apart with commas, colons or spaces. */
const CLAUSE_BREAK = /[，,；;：:、\s]+/u;
const QUOTATION = /[“”「」『』‘’"]/u;
const LONGEST = 48;
/**
 * What may stand before the first strong word (a bracketed label, 这款) and after the last (a particle): no more. A
 * slack of three characters hid the writer's words a paste was glued to (请农民工吃饭算不算[…显示]做慈善, places30 dev).
 */
const LEAD = /^(?:[【[(（][^】\])）]{0,8}[】\])）]\s*)?(?:这款|一款)?$/u;
const TAIL = /^[了吧哦呢啦哈噢]?$/u;

export function findNoticeSentences(text: string, simplified: string, form: NoticeForm): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of simplified.matchAll(SENTENCE)) {
    const raw = m[0];
    const start = m.index + raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[。！？!?…]+$/u, '');
    if (body.length < 4 || body.length > LONGEST) continue;
    if (QUOTATION.test(body) || form.told.test(body) || !form.needs.every((need) => need.test(body))) continue;
    const edges = [...body.matchAll(new RegExp(form.edges.source, 'gu'))];
    const first = edges[0];
    const last = edges.at(-1);
    if (!first || !last) continue;
    const lead = body.slice(0, first.index);
    const named = !!form.named && /^\p{Script=Han}{1,4}$/u.test(lead) && new RegExp(`^(?:${form.named.source})`, 'u').test(first[0]);
    if (!(LEAD.test(lead) || named) || !TAIL.test(body.slice(last.index + last[0].length))) continue;
    if (!body.split(CLAUSE_BREAK).every((clause) => !/[\p{L}\p{N}]/u.test(clause) || form.cues.test(clause))) continue;
    const end = start + raw.trim().length;
    // The text read is the Simplified view of the page's: the same offsets.
    if (text.slice(start, end).trim().length === 0) continue;
    spans.push(finderSpan(start, end, 'seo', true, { hidden: form.reason, marked: form.reason }));
  }
  return spans;
}
