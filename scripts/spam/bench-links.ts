/**
 * The link pages of a bench run (./link-pages.ts, ./link-farm.ts), judged by the whole detector
 * with their link ranges, as the reader sends them: recall of the pasted keywords by how they were
 * pasted (as link text, as plain text), and what the clean pages and the real links lose.
 */
import { findSeoKeywords } from '../../src/spam/find-seo';
import type { LinkRange, SpamSpan } from '../../src/spam/types';
import type { BenchSplit } from './corpus';
import { allKeywords } from './link-farm';
import { linkPages } from './link-pages';
import { CleanCount, newTallies, score, type Tally, type TruthSpan } from './tally';

type Judge = (title: string, paragraphs: readonly string[], links?: readonly (readonly LinkRange[])[]) => SpamSpan[][];

interface Counts {
  truth: number;
  hidden: number;
  marked: number;
}

const counts = (): Counts => ({ truth: 0, hidden: 0, marked: 0 });

function add(into: Counts, paragraphs: readonly string[], truth: readonly (readonly TruthSpan[])[], found: readonly (readonly SpamSpan[])[]): void {
  paragraphs.forEach((_, p) => {
    for (const [start, end] of truth[p] ?? []) {
      for (let i = start; i < end; i++) {
        into.truth++;
        const span = (found[p] ?? []).find((s) => s.start <= i && i < s.end);
        if (span?.tier === 'hidden') into.hidden++;
        if (span) into.marked++;
      }
    }
  });
}

const rate = (n: number, d: number): string => (n / Math.max(1, d)).toFixed(4);

export function benchLinkPages(split: BenchSplit, judge: Judge, convert: (text: string) => string): string[] {
  const pages = linkPages(split, undefined, convert);
  const byStyle = new Map<string, Counts>([['link', counts()], ['plain', counts()]]);
  const withoutLinks = new Map<string, Counts>([['link', counts()], ['plain', counts()]]);
  const farmTallies = newTallies();
  const clean = new CleanCount();
  let realLinkChars = 0;
  let realHidden = 0;
  let realMarked = 0;
  for (const { page, farm } of pages) {
    const found = judge(page.title, page.paragraphs, page.links);
    for (const style of ['link', 'plain']) {
      const truth = page.truth.map((spans, p) => spans.filter((_, i) => page.styles[p]?.[i] === style));
      add(byStyle.get(style)!, page.paragraphs, truth, found);
      if (farm) add(withoutLinks.get(style)!, page.paragraphs, truth, judge(page.title, page.paragraphs));
    }
    if (farm) score(page.paragraphs, page.truth, found, farmTallies);
    else clean.add(page.paragraphs, found, page.title);
    // Real links: characters of the site's own link text hidden or marked.
    page.links.forEach((ranges, p) => {
      for (const l of ranges) {
        if ((page.truth[p] ?? []).some(([s, e]) => s === l.start && e === l.end)) continue;
        for (let i = l.start; i < l.end; i++) {
          realLinkChars++;
          const span = (found[p] ?? []).find((s) => s.start <= i && i < s.end);
          if (span?.tier === 'hidden') realHidden++;
          if (span) realMarked++;
        }
      }
    });
  }
  const farms = pages.filter((p) => p.farm).length;
  const all = farmTallies.get('all') as Tally;
  const listed = (s: 'dev' | 'heldout' | 'fresh'): number => allKeywords(s).filter((k) => findSeoKeywords(`他说。${k}`).length > 0).length;
  const vocabulary = split === 'dev' ? 'dev' : split === 'heldout' ? 'heldout' : 'fresh';
  const lines = [
    `\nLink pages (scripts/spam/link-farm.ts: ${farms} farm pages with 1–4 keywords of the ${vocabulary} vocabulary, ${listed(vocabulary)} of ${allKeywords(vocabulary).length} of whose keywords find-seo.ts knows; ${pages.length - farms} clean pages; a site's real links on every page):`,
    `  keywords pasted as link text      hidden ${rate(byStyle.get('link')!.hidden, byStyle.get('link')!.truth)}  hidden or marked ${rate(byStyle.get('link')!.marked, byStyle.get('link')!.truth)}   (${byStyle.get('link')!.truth} chars; without link ranges: ${rate(withoutLinks.get('link')!.hidden, withoutLinks.get('link')!.truth)} / ${rate(withoutLinks.get('link')!.marked, withoutLinks.get('link')!.truth)})`,
    `  keywords pasted as plain text     hidden ${rate(byStyle.get('plain')!.hidden, byStyle.get('plain')!.truth)}  hidden or marked ${rate(byStyle.get('plain')!.marked, byStyle.get('plain')!.truth)}   (${byStyle.get('plain')!.truth} chars)`,
    `  farm pages, every family: precision of hidden ${rate(all.predictedRight, all.predicted)} (${all.predicted - all.predictedRight} real chars hidden), of marked ${rate(all.suspectRight, all.suspect)} (${all.suspect - all.suspectRight} real chars marked)`,
    `  the site's real links: ${realLinkChars} chars, hidden ${realHidden}, marked ${realMarked}`,
    `  clean link pages:                 ${clean.summary()}`,
  ];
  return lines;
}
