/**
 * Shapes a writer gives a clause and a farm's paste does not take: an item of an enumeration
 * (一是…；二是…；三是…, 第一，…第二，…, 不要…，不要…，不要…) shares its structure with the items
 * beside it, and a clause inside a quotation is someone's words the writer reports. A farm drops
 * its sentence after a full stop or between two words: it does not write the second item of a
 * list, nor open and close a quotation around itself. The line kinds (a sentence pasted once,
 * whole or mid-sentence) read topic and seams, and a list's item or a witness's aside is as far
 * from the article's words as a paste; these shapes say whose it is.
 *
 * Cheap: a few scans of the candidate's own paragraph, no segmenter, no lexicon.
 */
import { insideQuotes } from './text-classes';

const SENTENCE_ENDS = '。！？!?';
const CLAUSE_MARKS = '，,；;：:、';
/**
 * An item's ordinal where a clause starts: 一是 二要 三不 (a numeral + a verb of listing), 第一 (+ a
 * pause), 首先 其次 再次 最后, (1) （二） ①, 一、. "最后" alone opens any closing clause, so the
 * markers count only when two or more stand in one sentence or paragraph.
 */
const ORDINAL = /(?:^|[，,；;：:。！？、\s“”])(?:[一二三四五六七八九十][是要不]|第[一二三四五六七八九十]+[，,、]|首先|其次|再次|最后|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[①-⑩]|[一二三四五六七八九十]、)/gu;

export type WriterShape = 'enumeration' | 'quotation';

/** Whether [start, end) of `text` is an item of an enumeration or lies inside a quotation. */
export function writerShapeOf(text: string, start: number, end: number): WriterShape | null {
  if (end > start && insideQuotes(text, start) && insideQuotes(text, end - 1) && !/[”」』]/u.test(text.slice(start, end))) return 'quotation';
  return isEnumerationItem(text, start, end) ? 'enumeration' : null;
}

function isEnumerationItem(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  // The structure is shared with text outside the span: a sentence that is a list of its own,
  // pasted whole, has its items inside it and none beside it.
  const outside = sentence.slice(0, start - from) + '。' + sentence.slice(end - from);
  if (ordinals(sentence) >= 2 && ordinals(outside) >= 1) return true;
  // Items of a list split by semicolons (…；…；…), the span one of them.
  if (semicolons(sentence) >= 2 && semicolons(outside) >= 1) return true;
  // A sentence of its own opening with an ordinal, in a paragraph of such sentences.
  const paragraphOutside = text.slice(0, from) + '。' + text.slice(to);
  if (startsWithOrdinal(sentence) && ordinals(paragraphOutside) >= 1) return true;
  return parallelOpenings(sentence, start - from, end - from);
}

/**
 * Whether a sentence is a list of its own: two or more of its clauses open alike, with the same two
 * characters (不准…，不准…) or with numerals before the same character (一来…，二来…; 一是…，二是…).
 * A writer builds an argument so; a sentence of another story pasted whole may be one too, so this
 * only keeps such a sentence from being hidden by its gap alone (./decide.ts), never from a mark.
 */
export function isListSentence(sentence: string): boolean {
  const openings = sentence
    .split(/[，,；;：:。！？!?]/u)
    .filter((clause) => clause.length >= 4)
    .map((clause) => (/^[一二三四五六七八九十两]/u.test(clause) ? `#${clause.charAt(1)}` : clause.slice(0, 2)));
  return new Set(openings).size < openings.length;
}

/**
 * Whether a sentence opens with a clause that frames what follows (在为期一周的时间里，…; 随着…，): a
 * writer's lead-in, not a sentence's subject. A farm that pastes after a comma leaves the writer's
 * lead-in before its paste, so such a sentence cannot say whose its first clause is (./decide.ts
 * does not hide it by its gap alone).
 */
export function opensWithFrame(sentence: string): boolean {
  return /^(?:在|从|当|自|于|随着|为了|对于|经过|截至|通过|根据|按照|由于|因为)[^，,。！？]*[，,]/u.test(sentence);
}

function semicolons(text: string): number {
  return (text.match(/[；;]/gu) ?? []).length;
}

/** The sentence (between full stops) holding [start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_ENDS.includes(text.charAt(from - 1))) from--;
  let to = Math.max(end, start + 1);
  while (to < text.length && !SENTENCE_ENDS.includes(text.charAt(to - 1))) to++;
  return [from, to];
}

function ordinals(text: string): number {
  return [...text.matchAll(ORDINAL)].length;
}

function startsWithOrdinal(sentence: string): boolean {
  const m = ORDINAL.exec(sentence);
  ORDINAL.lastIndex = 0;
  return m !== null && m.index <= 1;
}

/**
 * Three or more clauses of the sentence open with the same two characters (不要…，不要…，不要…;
 * 有的…，有的…，有的…), the span starting one of them and at least one other lying outside it.
 */
function parallelOpenings(sentence: string, start: number, end: number): boolean {
  const openings: [number, string][] = [];
  let at = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i < sentence.length && !CLAUSE_MARKS.includes(sentence.charAt(i)) && !SENTENCE_ENDS.includes(sentence.charAt(i))) continue;
    const clause = sentence.slice(at, i);
    if (clause.length >= 4) openings.push([at, clause.slice(0, 2)]);
    at = i + 1;
  }
  const counts = new Map<string, number>();
  for (const [, opening] of openings) counts.set(opening, (counts.get(opening) ?? 0) + 1);
  return openings.some(
    ([clauseAt, opening]) =>
      (counts.get(opening) ?? 0) >= 3 && clauseAt >= start - 1 && clauseAt < end && openings.some(([otherAt, other]) => other === opening && (otherAt < start - 1 || otherAt >= end)),
  );
}
