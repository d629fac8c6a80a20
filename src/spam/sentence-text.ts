/**
 * What the two sentence finders (repeated lines, lone lines) share: the characters of a said
 * clause, and the marks that tell a line standing on its own from one pasted into another sentence.
 */
import { isSentenceEnd } from './text-classes';

/**
 * Characters that make a stretch a clause someone says: pronouns, aspect and mood particles,
 * adverbs of degree and negation, in both scripts. Farms paste chatty first-person lines; names,
 * titles of bodies and policy phrases are built from nouns and have almost none of these. Counted
 * as characters, since the segmenter glues them into words (我要, 真好看, 带我去).
 */
export const CLAUSE_CHARS = '我你妳您咱她就也都了吗嗎吧呢啊呀嘛很真太没沒不再又想把被';
export const QUOTES_OPEN = '“「『"‘＂＇(（《';
export const QUOTES_CLOSE = '”」』"’＂＇)）》';

/** How many different clause characters the text holds. */
export function clauseCharCount(text: string): number {
  return new Set([...text].filter((ch) => CLAUSE_CHARS.includes(ch))).size;
}

/**
 * Whether [start, end) is a sentence or a quotation of its own: it opens after a sentence end, an
 * opening quote or the paragraph's start, and closes likewise. That is how articles repeat a
 * quote or a line; pasted lines run into the text on at least one side.
 */
export function standsAsSentence(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const opens = start === 0 || isSentenceEnd(before) || QUOTES_OPEN.includes(before);
  const closes = end === text.length || isSentenceEnd(after) || QUOTES_CLOSE.includes(after);
  return opens && closes;
}

/** [start, end) of each sentence of `text`: up to and with its 。！？ (and a closing quote after it). */
export function sentenceRanges(text: string, tildeEnds = false): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // `tildeEnds`: a chatty line may end with a tilde (…送出红包～); after a digit it is a range (3～5天).
    const tilde = tildeEnds && '～~'.includes(text.charAt(i)) && !/[\d一二三四五六七八九十百千万]/u.test(text.charAt(i - 1));
    if (!tilde && !'。！？!?'.includes(text.charAt(i))) continue;
    let end = i + 1;
    while (end < text.length && '！？!?”」』'.includes(text.charAt(end))) end++;
    out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
