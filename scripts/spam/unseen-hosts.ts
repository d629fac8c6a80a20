/**
 * The hosts and pages of the unseen styles (./unseen-styles.ts), as scripts/spam/bench-unseen.ts
 * reads them and scripts/spam/calibrate-line-level.ts calibrates on them: the short hand-written
 * articles of the split and the corpus's held-out gongyi articles, three pages a style for a short
 * host (≤ 400 Han characters) and one for a long one, every other page with a farm address besides.
 */
import type { PartStyle } from './part-styles';
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, splitOf } from './corpus';
import { PIECE_POSITIONS, SENTENCE_POSITIONS, pasteUnseen, UNSEEN_SEEDS, type UnseenPage, type UnseenSplit, type UnseenStyle } from './unseen-styles';

export const SHORT_HAN = 400;

export interface UnseenHost {
  title: string;
  paragraphs: readonly string[];
  short: boolean;
}

const hanCount = (texts: readonly string[]): number => texts.join('').match(/\p{Script=Han}/gu)?.length ?? 0;

export function unseenHosts(split: UnseenSplit): UnseenHost[] {
  return [
    ...SHORT_ARTICLES.filter((a) => a.split === split),
    ...loadCorpus().filter((d) => d.url.includes('gongyi.sohu.com') && splitOf(d.url) === 'heldout' && hanCount(d.paragraphs) >= 150),
  ].map((h) => ({ title: h.title, paragraphs: h.paragraphs, short: hanCount(h.paragraphs) <= SHORT_HAN }));
}

export interface UnseenHostPage {
  style: UnseenStyle | PartStyle;
  withMark: boolean;
  page: UnseenPage;
}

/** The pasted pages of host number `h` of `unseenHosts(split)`, in the styles asked for. */
export function unseenPagesOf(host: UnseenHost, h: number, split: UnseenSplit, cut: (text: string) => string[], styles: readonly UnseenStyle[] = [...PIECE_POSITIONS, ...SENTENCE_POSITIONS]): UnseenHostPage[] {
  const out: UnseenHostPage[] = [];
  const all: readonly UnseenStyle[] = [...PIECE_POSITIONS, ...SENTENCE_POSITIONS];
  all.forEach((style, s) => {
    if (!styles.includes(style)) return;
    for (let n = 0; n < (host.short ? 3 : 1); n++) {
      const withMark = (h + s + n) % 2 === 1;
      const page = pasteUnseen(host.title, host.paragraphs, style, split, UNSEEN_SEEDS[split] * 100000 + h * 100 + s * 10 + n, cut, withMark);
      if (page) out.push({ style, withMark, page });
    }
  });
  return out;
}
