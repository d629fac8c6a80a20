/**
 * Content words — words of two Han characters or more — and how many of a stretch's content words
 * the rest of the page also says. The once and whole-sentence candidates both keep a stretch only
 * when few of its words are the article's own, so both count them here the same way.
 */
import type { SpamPage } from './page';
import { isHan } from './text-classes';

/** Words of two Han characters or more: what a topic is made of. */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && [...word].every(isHan);
}

/** How often each content word stands on the page (the headline's paragraph included). */
export function pageContentCounts(page: SpamPage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of page.paragraphs) for (const word of p.words) if (isContentWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Of a stretch's content words (`inside`: word → times in the stretch), how many there are and how
 * many of them the page says outside the stretch too.
 */
export function articleShare(inside: ReadonlyMap<string, number>, pageCounts: ReadonlyMap<string, number>): { contentWords: number; articleWords: number } {
  let contentWords = 0;
  let articleWords = 0;
  for (const [word, n] of inside) {
    contentWords += n;
    if ((pageCounts.get(word) ?? 0) > n) articleWords += n;
  }
  return { contentWords, articleWords };
}
