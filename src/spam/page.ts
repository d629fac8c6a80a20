/**
 * What every stage of the decision reads about one page, computed once: the headline, each
 * paragraph's Simplified view (so a Traditional page is judged as a Simplified one is) with the
 * mechanical finds taken out, and the segmenter's words of it. Offsets in `text` are the masked
 * view's; `map` takes them back to the page's.
 */
import { toSimplified } from '../script/simplified-view';
import type { SpamTools } from './types';
import { cleanView, type View } from './masked-view';
import { foldWidth, headlineOf } from './headline-text';
import type { SpamSpan } from './types';

export interface PageParagraph extends View {
  /** Offsets where the segmenter's words start and end in `text` (0 and text.length included). */
  boundaries: ReadonlySet<number>;
  words: readonly string[];
  /** The paragraph is the headline itself (the page's h1 read as part of the article). */
  isHeadline: boolean;
}

export interface SpamPage {
  /** The headline in its Simplified view, without a site name after it. */
  headline: string;
  paragraphs: readonly PageParagraph[];
  /** How many spans the mechanical finders hid on the page: a farm page shows its hand. */
  mechanicalCount: number;
  tools: SpamTools;
}

export function readPage(title: string, texts: readonly string[], mechanical: readonly SpamSpan[][], tools: SpamTools): SpamPage {
  const headline = headlineOf(toSimplified(title));
  // Compared in one width: a page's h1 and its <title> may write the same colon or bracket in
  // either (港报：… in the title, 港报:… on the page).
  const compactHeadline = foldWidth(headline).replace(/\s+/gu, '');
  const paragraphs = texts.map((original, p): PageParagraph => {
    const view = cleanView(toSimplified(original), mechanical[p] ?? []);
    const words = tools.segmenter.cut(view.text);
    const boundaries = new Set<number>([0]);
    let at = 0;
    for (const word of words) boundaries.add((at += word.length));
    const compact = foldWidth(view.text).replace(/\s+/gu, '');
    const isHeadline = compact.length > 0 && (compactHeadline.includes(compact) || (compact.includes(compactHeadline) && compact.length <= compactHeadline.length * 1.3));
    return { ...view, words, boundaries, isHeadline };
  });
  const mechanicalCount = mechanical.reduce((n, spans) => n + spans.length, 0);
  return { headline, paragraphs, mechanicalCount, tools };
}

/** The page offsets [start, end) of the masked-view stretch [from, to) of paragraph p. */
export function pageOffsets(paragraph: PageParagraph, from: number, to: number): [number, number] {
  return [paragraph.map[from] ?? 0, (paragraph.map[to - 1] ?? 0) + 1];
}
