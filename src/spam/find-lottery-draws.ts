/**
 * Family "seo": a lottery draw result pasted into an article as a sentence (某彩第2024035期开奖号码：
 * 03 11 17 22 28+09). Found by the shape every draw result has and prose does not: an issue number
 * of five to seven digits before 期, then a run of drawn numbers (three or more numbers of one or two
 * digits, or three to five digits standing bare after a colon). No list of lotteries.
 *
 * News on lotteries prints draw results too (a jackpot story, the lottery centre's notice). So a
 * draw is hidden only on a page that is not about lotteries — no 彩 or 奖 in its headline, and no
 * word of the lottery's own (彩票, 开奖, 中奖 …) outside the draws themselves. On a page that is,
 * the draw is the news: nothing is found there (a mark would sit on every lottery story).
 */
import { isSentenceEnd } from './text-classes';
import type { SpamSpan } from './types';

/** An issue number, then (within a few characters) the drawn numbers. */
const DRAW = /第?[0-9０-９]{5,7}期[^。！？\n]{0,12}?(?:[:：为是]\s?)?(?:[0-9０-９]{1,2}(?:\s?[ 、,，+＋|]\s?[0-9０-９]{1,2}){2,}|(?<=[:：为是]\s?)[0-9０-９]{3,5}(?![0-9０-９.％%]))/gu;
/** Words a story about a lottery uses (Simplified and Traditional), read outside the draws. */
const LOTTERY_WORDS = /彩票|彩民|福彩|體彩|体彩|[开開][奖獎]|中[奖獎]|[奖獎]池|[头頭][奖獎]|[奖獎]金/u;
/** What a lottery's name is made of (福彩, 3D, 双色球): Han, Latin letters or digits. */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9０-９]/u;

/** Whether the page is about lotteries: its headline or another paragraph says so, and a draw there is the news. */
export function isLotteryPage(title: string, paragraphs: readonly string[]): boolean {
  if (/[彩奖獎]/u.test(title)) return true;
  return paragraphs.some((p) => {
    let rest = p;
    for (const [start, end] of draws(p)) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
    return LOTTERY_WORDS.test(rest);
  });
}

/**
 * Where the draw starts: with the lottery's name when it stands as the sentence's start (双色球,
 * 福彩3D, 北京赛车: at most five characters after 。！？； or the paragraph's start); otherwise at the
 * issue number, since a name glued to the article's own words (…当成餐厅七乐彩, 元／运次时时彩) cannot
 * be told from them.
 */
function nameStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start <= 5 && NAME_CHAR.test(text.charAt(start - 1))) start--;
  return at - start <= 5 && (start === 0 || isSentenceEnd(text.charAt(start - 1))) ? start : at;
}

/** [start, end) of each draw result in `text`. */
function draws(text: string): [number, number][] {
  return [...text.matchAll(DRAW)].map((m) => {
    const end = m.index + m[0].length;
    return [nameStart(text, m.index), isSentenceEnd(text.charAt(end)) ? end + 1 : end];
  });
}

export function findLotteryDraws(text: string, lotteryPage = false): SpamSpan[] {
  if (lotteryPage) return [];
  return draws(text).map(([start, end]) => ({
    start,
    end,
    family: 'seo',
    confidence: 0.9,
    tier: 'hidden',
    reason: 'A lottery draw result pasted into an article on something else.',
  }));
}
