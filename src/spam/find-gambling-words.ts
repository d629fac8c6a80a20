/**
 * Family "seo", by meaning: a gambling word in an article that is not about gambling (早高峰的拥堵
 * 百家乐 in a story on traffic). Farms paste betting words into copied news as plain text; the words
 * come from a class — CC-CEDICT headwords whose first meaning is gambling, betting or a lottery
 * (./gambling-words.json, written by scripts/spam/build-gambling-words.ts) — not from a list of the
 * farms' brands, so words nobody listed are found too, in either script.
 *
 * The same words are the topic of news about gambling (a raid on a casino, the sports lottery's
 * sales). What tells the two apart is the article: its headline names the class, or three paragraphs
 * or more use it. Otherwise each such word is marked, never hidden: one mention of 彩票 in a story
 * about a lottery winner's village is still the writer's.
 *
 * A word inside quotation marks (以“赌球”为名, 所谓「百家乐」) is a name the writer reports — the
 * story of a fraud quotes the bait of the very crime it tells — and is not marked: a farm pastes
 * its keywords bare (none of the generator's styles quotes one).
 */
import GAMBLING_WORDS from './gambling-words.json';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

const CLASS = new Set<string>(GAMBLING_WORDS);
const CLASS_WORDS = [...CLASS];
/** A word of the class, or a longer word of the segmenter's holding one (体育彩票, 赌场里). */
function ofClass(word: string): boolean {
  return CLASS.has(word) || (word.length > 2 && CLASS_WORDS.some((w) => word.includes(w)));
}

/** An article using the class in this many paragraphs is about it. */
const TOPIC_PARAGRAPHS = 3;

/** Per paragraph, the gambling words of a page that is not about gambling (suspect only). */
export function findGamblingWords(title: string, paragraphs: readonly string[], cut: (text: string) => string[]): SpamSpan[][] {
  // Each paragraph's words of the class; a quoted one counts towards the topic but is not marked.
  const found = paragraphs.map((text) => {
    const at: [number, number, boolean][] = [];
    // A word of the class, or one holding it, needs the class word in the text: most paragraphs
    // have none and are not cut again (the language stage cuts other views of them).
    if (!CLASS_WORDS.some((w) => text.includes(w))) return at;
    let offset = 0;
    for (const word of cut(text)) {
      if (ofClass(word)) at.push([offset, offset + word.length, insideQuotes(text, offset, true)]);
      offset += word.length;
    }
    return at;
  });
  const inTitle = cut(title).some(ofClass);
  if (inTitle || found.filter((at) => at.length > 0).length >= TOPIC_PARAGRAPHS) return paragraphs.map(() => []);
  return found.map((at) =>
    at.filter(([, , quoted]) => !quoted).map(([start, end]) => ({
      start,
      end,
      family: 'seo' as const,
      confidence: 0.6,
      tier: 'suspect' as const,
      reason: 'A gambling word in an article that is not about gambling: possibly pasted in.',
    })),
  );
}
