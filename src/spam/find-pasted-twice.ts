/**
 * One off-topic sentence a farm pasted into two or three of the writer's places (session 22, issue
 * 12). Either evidence alone is weak: writers repeat a line (an attribution, a refrain, a quotation
 * recalled), and a writer's aside is off the story's topic too. Together they are strong: a writer
 * who repeats a line repeats one of the story's, and an aside is said once.
 *
 * The extent is where the copies agree: the longest stretch the copies share, grown character by
 * character from a common window until the text around each copy differs. So it is read from the
 * page, not guessed at a seam: a paste glued between two of the writer's words with no mark of
 * its own ends where the two copies' neighbours part. A mark the writer put before the paste
 * (…，[paste]) is given back; the paste's own closing mark (a comma or a stop both copies carry)
 * stays with it.
 *
 * What the page says is the writer's is left:
 * - a stretch the rest of the page speaks of: more than a small share of its Han pairs printed
 *   outside its copies (the writer's own line repeated, a name said twice);
 * - a copy in quotation or title marks (a slogan, a quotation recalled, a book's name);
 * - a lead-in opening a sentence in every copy and closed by a comma (记者从…了解到，): the
 *   writer's attribution, repeated to open two paragraphs;
 * - a line opening the article and closing it (a refrain), and a paragraph printed twice whole;
 * - copies in two paragraphs that share another long stretch: one template the writer filled twice.
 */
import { hanPairs, pairShare } from './features-lines';
import { pageOffsets, type SpamPage } from './page';
import { agreeAfter, echoes, endsWritersSentence, fitsAsSentence, isWriters, type PastedCopy, leadsIn, oneSentence, parallelFrames, sameLead, standsWhole, templatedParagraphs } from './pasted-twice-writers';
import { insideQuotes, isHan, isWordCharacter } from './text-classes';
import type { SpamSpan } from './types';

export type { PastedCopy } from './pasted-twice-writers';

/** A window the copies must share to be looked at; grown from there. */
const WINDOW = 8;
/** Han a paste needs to be a sentence of its own (a subject and a predicate), not a phrase. */
const MIN_HAN = 12;
/** Farms paste a line two or three times; a stretch the page has more often is its boilerplate. */
const MAX_COPIES = 3;
/** At most this share of the stretch's Han pairs may stand elsewhere on the page (今年, 一家, 公司). */
const MAX_PAIR_SHARE = 0.15;
const CLOSING = '，,；;。！？!?';

export interface PastedTwice {
  text: string;
  copies: PastedCopy[];
  pairShare: number;
}

export interface JudgedStretch extends PastedTwice {
  left: string | null;
}

interface Hit {
  paragraph: number;
  at: number;
}

/** The page's 8-character windows that start on a Han character, by text, where two or more stand. */
function sharedWindows(texts: readonly string[]): Hit[][] {
  const byWindow = new Map<string, Hit[]>();
  texts.forEach((text, paragraph) => {
    for (let at = 0; at + WINDOW <= text.length; at++) {
      if (!isHan(text.charAt(at))) continue;
      const key = text.slice(at, at + WINDOW);
      const list = byWindow.get(key) ?? [];
      list.push({ paragraph, at });
      byWindow.set(key, list);
    }
  });
  return [...byWindow.values()].filter((hits) => hits.length >= 2);
}

/** The stretch around two hits of one window where the copies agree, [start, end) in each. */
function grow(texts: readonly string[], a: Hit, b: Hit): [number, number, number, number] | null {
  const [ta, tb] = [texts[a.paragraph] ?? '', texts[b.paragraph] ?? ''];
  let [sa, sb] = [a.at, b.at];
  while (sa > 0 && sb > 0 && ta.charAt(sa - 1) === tb.charAt(sb - 1)) [sa, sb] = [sa - 1, sb - 1];
  let [ea, eb] = [a.at + WINDOW, b.at + WINDOW];
  while (ea < ta.length && eb < tb.length && ta.charAt(ea) === tb.charAt(eb)) [ea, eb] = [ea + 1, eb + 1];
  // Copies that overlap are one text repeating itself (哈哈哈哈), not a line pasted twice.
  if (a.paragraph === b.paragraph && sb < ea) return null;
  return [sa, ea, sb, eb];
}

/**
 * Every stretch of 8+ characters the page has in two or three places, cut to where the copies part,
 * with why it is left (`left`: null when it is taken as a paste).
 */
export function judgeSharedStretches(page: SpamPage): JudgedStretch[] {
  const texts = page.paragraphs.map((p) => (p.isHeadline ? '' : p.text));
  const windows = sharedWindows(texts);
  const windowCount = new Map<string, number>(windows.map((hits) => [windowAt(texts, hits[0] as Hit), hits.length]));
  const copiesOf = new Map<string, Map<string, PastedCopy>>();
  for (const hits of windows) {
    if (hits.length > MAX_COPIES) continue;
    for (let i = 0; i < hits.length; i++) {
      for (let j = i + 1; j < hits.length; j++) {
        const [a, b] = [hits[i] as Hit, hits[j] as Hit];
        const grown = grow(texts, a, b);
        if (!grown) continue;
        const [sa, ea, sb] = grown;
        const edges = onWords(page, a.paragraph, sa, b.paragraph, sb, ea - sa);
        if (!edges) continue;
        const [from, to] = edges;
        const text = (texts[a.paragraph] ?? '').slice(sa + from, sa + to);
        const copies = copiesOf.get(text) ?? new Map<string, PastedCopy>();
        for (const [paragraph, start] of [[a.paragraph, sa + from], [b.paragraph, sb + from]] as const) copies.set(`${paragraph}:${start}`, { paragraph, start, end: start + text.length });
        copiesOf.set(text, copies);
      }
    }
  }
  const pageCounts = hanPairs([page.headline, ...texts]);
  const out: JudgedStretch[] = [];
  for (const [shared, byPlace] of copiesOf) {
    const sharedCopies = [...byPlace.values()].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
    const [from, to] = withoutWritersClauses(texts, shared, sharedCopies, pageCounts);
    const text = shared.slice(from, to);
    const copies = sharedCopies.map((c) => ({ paragraph: c.paragraph, start: c.start + from, end: c.start + to }));
    const share = pairShare(pageCounts, text, copies.length);
    out.push({ text, copies, pairShare: share, left: whyLeft(texts, text, copies, share, windowCount) });
  }
  return out;
}

/** A clause at an open end is the writer's when the page prints this share of its Han pairs (a paste's may share one: 可以, 设计). */
const WRITERS_CLAUSE_SHARE = 0.5;
const OPEN_CLAUSE = /^([^，,；;。！？!?]+)[，,；;]/u;
const LAST_CLAUSE = /[，,；;]([^，,；;。！？!?]+)$/u;

/**
 * The shared stretch [from, to) without a clause at an open end that the page prints elsewhere:
 * the writer's words both copies happen to have next to the line (…告诉记者，[小桔灯] twice, the
 * story's subject opening both sentences after a repeated attribution). Read only where a copy is
 * glued to the writer's words on that side; a clause most of whose pairs the page prints is the writer's.
 */
function withoutWritersClauses(texts: readonly string[], text: string, copies: readonly PastedCopy[], pageCounts: ReadonlyMap<string, number>): [number, number] {
  const glued = (side: 'before' | 'after'): boolean =>
    copies.some((c) => isWordCharacter((texts[c.paragraph] ?? '').charAt(side === 'before' ? c.start - 1 : c.end)));
  const writers = (clause: string): boolean => pairShare(pageCounts, clause, copies.length) >= WRITERS_CLAUSE_SHARE;
  let [from, to] = [0, text.length];
  for (let m = LAST_CLAUSE.exec(text); glued('after') && m?.[1] && writers(m[1]); m = LAST_CLAUSE.exec(text.slice(from, to))) to = from + m.index + 1;
  for (let m = OPEN_CLAUSE.exec(text.slice(from, to)); glued('before') && m?.[1] && writers(m[1]); m = OPEN_CLAUSE.exec(text.slice(from, to))) from += m[0].length;
  return [from, to];
}

/** The stretches pasted in two or three places, by the evidence of ./find-pasted-twice.ts. */
export function findPastedTwice(page: SpamPage): PastedTwice[] {
  return judgeSharedStretches(page).filter((s) => s.left === null);
}

/** Why a shared stretch is the writer's (null: it is a paste). */
function whyLeft(texts: readonly string[], text: string, copies: readonly PastedCopy[], share: number, windowCount: ReadonlyMap<string, number>): string | null {
  if ([...text].filter(isHan).length < MIN_HAN) return 'short';
  if (copies.length < 2 || copies.length > MAX_COPIES) return 'copies';
  if (!standsWhole(text)) return 'not whole';
  // A window of it standing in more places than its copies: the writer's parallel wording
  // (把庞子的过错告知穆公 said three times, twice the same), or a template the page fills again and again.
  if (windowsOf(text).some((w) => (windowCount.get(w) ?? 0) > copies.length)) return 'more windows';
  if (share > MAX_PAIR_SHARE) return 'on topic';
  if (copies.some((c) => isWriters(texts, c))) return 'quote closing or whole paragraph';
  if (copies.every((c) => insideQuotes(texts[c.paragraph] ?? '', c.start, true))) return 'quoted';
  if (parallelFrames(texts, copies)) return 'parallel frames';
  if (agreeAfter(texts, copies)) return 'agree after';
  if (copies.every((c) => endsWritersSentence(texts[c.paragraph] ?? '', c))) return 'sentence tail';
  if (leadsIn(texts, copies, text)) return 'lead-in';
  if (echoes(texts, copies)) return 'echo';
  if (oneSentence(texts, copies)) return 'one sentence';
  if (sameLead(texts, copies)) return 'same lead';
  if (templatedParagraphs(texts, copies)) return 'template';
  return null;
}

const windowAt = (texts: readonly string[], hit: Hit): string => (texts[hit.paragraph] ?? '').slice(hit.at, hit.at + WINDOW);
const windowsOf = (text: string): string[] => [...Array(Math.max(0, text.length - WINDOW + 1)).keys()].filter((i) => isHan(text.charAt(i))).map((i) => text.slice(i, i + WINDOW));

/**
 * The shared stretch [from, to) (offsets into it) cut to the segmenter's word edges in both copies,
 * without the writer's marks before it and with at most one closing mark of its own; null when
 * nothing is left. Two copies' neighbours may agree by chance on a character (both followed by 的,
 * both by a list's 1): the stretch then ends inside a word of one copy, and the word goes back.
 */
function onWords(page: SpamPage, pa: number, sa: number, pb: number, sb: number, length: number): [number, number] | null {
  const [ba, bb] = [page.paragraphs[pa]?.boundaries, page.paragraphs[pb]?.boundaries];
  const text = page.paragraphs[pa]?.text.slice(sa, sa + length) ?? '';
  if (!ba || !bb) return null;
  const both = (i: number): boolean => ba.has(sa + i) && bb.has(sb + i);
  let from = 0;
  while (from < length && (!isWordCharacter(text.charAt(from)) || !both(from))) from++;
  let to = from;
  for (let i = from + 1; i <= length; i++) if (isWordCharacter(text.charAt(i - 1)) && both(i)) to = i;
  if (to < length && CLOSING.includes(text.charAt(to))) to++;
  // Where the copies agree on a word character beyond a word's edge, the seam is not where they part:
  // the writer's wording runs on (…之后进行|当归 / …之后进行|当透白), and the stretch is left.
  if (/[\p{L}\p{N}]/u.test(text.slice(0, from)) || /[\p{L}\p{N}]/u.test(text.slice(to))) return null;
  return to > from ? [from, to] : null;
}

const REASON = 'An off-topic sentence pasted in two or more places: none of its words are the page’s, and it stands where the copies’ surroundings differ';
const MARKED = 'A sentence the page has twice with none of its words elsewhere: one copy may be the writer’s own, the other pasted';

export function pastedTwiceSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  const texts = page.paragraphs.map((p) => (p.isHeadline ? '' : p.text));
  for (const found of findPastedTwice(page)) {
    // Hidden only where no copy could be the writer's own sentence standing in its place.
    const hide = !found.copies.some((c) => fitsAsSentence(texts, c));
    for (const c of found.copies) {
      const paragraph = page.paragraphs[c.paragraph];
      if (!paragraph) continue;
      const [start, end] = pageOffsets(paragraph, c.start, c.end);
      out[c.paragraph]?.push({ start, end, family: 'sentence', confidence: hide ? 0.9 : 0.6, tier: hide ? 'hidden' : 'suspect', reason: hide ? REASON : MARKED });
    }
  }
  return out;
}
