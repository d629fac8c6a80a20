/**
 * Another story's news item pasted once into the writer's paragraph behind a reporting connective
 * (…，[此外，据悉，某航空公司将于下月开通…，]王教授提醒… / …。[与此同时，…。]…): the connective makes
 * the foreign item read as the story going on. The connective alone is no evidence — 据了解 opens
 * real sentences on every news page — so it only says where such an item may start. What tells the
 * paste is the topic, read in three parts together:
 *
 * - the item is foreign: of its Han pairs (its connective left out) the rest of the page and the
 *   headline print almost none, though it is long enough to have its own subject and predicate;
 * - it carries a news frame of its own: a figure (digits, or a Han number with a unit);
 * - the writer's text around it is the page's own: the clause before it, and the clause after it
 *   where the paragraph goes on, each print a Han pair the rest of the page prints, so the writer's
 *   thought runs on across the gap. On a page of unrelated sentences (a digest, Wikipedia text
 *   under a headline) the neighbours share nothing either and nothing is found.
 *
 * The item ends where its clauses stop being foreign (the writer's next clause shares the page's
 * pairs) or at its sentence's end. It never opens a paragraph and never lies inside a quotation:
 * there the writer, or someone quoted, is speaking.
 */
import { hanPairs } from './features-lines';
import { pageOffsets, type SpamPage } from './page';
import { insideQuotes, isHan } from './text-classes';
import type { SpamSpan } from './types';

/**
 * Connectives that present what follows as more of the same report; one or two in a row. An adverb
 * (此外, 同时) counts only before its comma: without one it is inside the writer's own clause
 * (同时也是…, 同时还查清…).
 */
export const CONNECTIVE =
  /^(?:(?:(?:此外|另外|同时|与此同时|值得一提的是|值得注意的是)[，,]|(?:另据|另悉|据悉|据了解|据介绍|据报道|据统计|据透露|有消息称|消息称|记者(?:了解到|获悉|注意到|从[^，。！？]{2,10}(?:了解到|获悉))|业内人士(?:透露|表示|称)|据[^，。！？“”]{2,12}(?:报道|消息|介绍|透露|统计|称))[，,]?)){1,2}/u;
/** Where a clause may start: the paragraph's start, after a clause or sentence mark, after a closing quote. */
export const CLAUSE_START = '，,；;：:。！？!?”」』';
const CLAUSE_END = '，,；;。！？!?';
export const SENTENCE_END = '。！？!?';
const QUOTE_CLOSE = '”」』';
/**
 * A figure of the item's own: digits, or a Han number before a unit or measure; a lone 一 before a
 * measure is an article (一家公司, 一艘船), not a figure.
 */
const FIGURE = /[0-9０-９]|(?:[二三四五六七八九十两百千万亿]|一[一二三四五六七八九十百千万亿])[一二三四五六七八九十两百千万亿]*(?:[个家艘头部款名位座条次架辆只台吨亩元岁年月日号天周倍成里米公斤克度]|小时|分钟|人次|百分点)/u;
/** Han characters the item needs after its connective to hold a subject, a predicate and a figure. */
const MIN_BODY_HAN = 12;
const MAX_HAN = 48;
/** At most this share of the item's pairs may stand elsewhere on the page (a date, 今年, 全国). */
const MAX_PAIR_SHARE = 0.15;

export interface ReportedItem {
  paragraph: number;
  /** [start, end) in the paragraph's masked view, its closing mark included. */
  start: number;
  end: number;
  /** The share of the item's Han pairs (without its connective) the rest of the page prints. */
  pairShare: number;
  /** The paragraph goes on after the item with the writer's text. */
  goesOn: boolean;
}

export const hanOf = (text: string): number => [...text].filter(isHan).length;

/** The share of `text`'s different Han pairs that `pageCounts` holds more often than `text` does. */
export function sharedPairs(pageCounts: ReadonlyMap<string, number>, text: string): number {
  const own = hanPairs([text]);
  if (own.size === 0) return 0;
  let shared = 0;
  for (const [pair, n] of own) if ((pageCounts.get(pair) ?? 0) > n) shared++;
  return shared / own.size;
}

/**
 * Whether a clause after the item's first is more of it: another figure of the same report (…，体重均
 * 已超过五公斤) and no pair the page prints. The writer's sentence going on after a paste shares the
 * page's words or states no figure; a clause of the item that states none is left unmarked (a mark
 * too short, never the writer's text in it). The language model cannot choose the end: a comma
 * cuts its context, so the gain of every end after a comma is the same.
 */
function continuesItem(pageCounts: ReadonlyMap<string, number>, clause: string): boolean {
  return sharedPairs(pageCounts, clause) === 0 && FIGURE.test(clause);
}

/** The writer's clause before `at`: back past the marks that close it (。” ，) to the previous clause mark. */
function clauseBefore(text: string, at: number): string {
  let to = at;
  while (to > 0 && (CLAUSE_END.includes(text.charAt(to - 1)) || QUOTE_CLOSE.includes(text.charAt(to - 1)))) to--;
  let from = to;
  while (from > 0 && !CLAUSE_END.includes(text.charAt(from - 1))) from--;
  return text.slice(from, at);
}

/** The offset just after the clause of `text` that starts at `from` (its mark included). */
export function clauseEnd(text: string, from: number): number {
  let to = from;
  while (to < text.length && !CLAUSE_END.includes(text.charAt(to))) to++;
  return Math.min(text.length, to + 1);
}

export function findReportedItems(page: SpamPage): ReportedItem[] {
  const pageCounts = hanPairs([page.headline, ...page.paragraphs.map((p) => p.text)]);
  const out: ReportedItem[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const { text } = paragraph;
    for (let start = 1; start < text.length; start++) {
      if (!CLAUSE_START.includes(text.charAt(start - 1)) || insideQuotes(text, start)) continue;
      const connective = CONNECTIVE.exec(text.slice(start))?.[0];
      if (!connective) continue;
      const item = itemAt(pageCounts, text, start, start + connective.length);
      if (item) out.push({ paragraph: p, ...item });
    }
  });
  return out;
}

/** The item opening at `start` whose body starts at `body`, or null when the evidence is not all there. */
function itemAt(pageCounts: ReadonlyMap<string, number>, text: string, start: number, body: number): Omit<ReportedItem, 'paragraph'> | null {
  // The writer's clause before it is the page's own.
  if (sharedPairs(pageCounts, clauseBefore(text, start)) === 0) return null;
  // Clause by clause, as long as each is foreign, up to the sentence's end.
  let end = body;
  while (end < text.length) {
    const next = clauseEnd(text, end);
    const clause = text.slice(end, next);
    if (end > body && !continuesItem(pageCounts, clause)) break;
    if (hanOf(text.slice(start, next)) > MAX_HAN) return null;
    end = next;
    if (SENTENCE_END.includes(text.charAt(end - 1))) break;
  }
  const own = text.slice(body, end);
  if (hanOf(own) < MIN_BODY_HAN || !FIGURE.test(own)) return null;
  const pairShare = sharedPairs(pageCounts, own);
  if (pairShare > MAX_PAIR_SHARE) return null;
  // The writer's text after it, where the paragraph goes on, is the page's own too.
  const after = text.slice(end, clauseEnd(text, end));
  const goesOn = hanOf(after) > 0;
  if (goesOn && sharedPairs(pageCounts, after) === 0) return null;
  return { start, end, pairShare, goesOn };
}

const REASON = 'Another story’s news item, opened as if the article went on: none of its words are the page’s';

/** The items as marked spans: the reader judges (precision first: see ./tiers.ts). */
export function reportedItemSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const item of findReportedItems(page)) {
    const paragraph = page.paragraphs[item.paragraph];
    if (!paragraph) continue;
    const [start, end] = pageOffsets(paragraph, item.start, item.end);
    out[item.paragraph]?.push({ start, end, family: 'sentence', confidence: 0.8, tier: 'suspect', reason: REASON });
  }
  return out;
}
