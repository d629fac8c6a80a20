/**
 * The link pages of one split (./link-farm.ts) and their link candidates, labelled: what the link
 * trainer learns from (dev), what its ablation and the benchmark measure on (held-out, fresh).
 * Per article: some pages with pasted keywords and a site's real links, some with only the real
 * links (PageCounts).
 */
import * as jieba from 'jieba-wasm';
import { toSimplified } from '../../src/script/simplified-view';
import { headlineOf } from '../../src/spam/headline-text';
import { linkCandidates, type LinkCandidate } from '../../src/spam/features-links';
import type { SpamTools } from '../../src/spam/types';
import { loadCorpus, splitOf } from './corpus';
import type { TaggedWord } from './headlines';
import { LINK_SEEDS, linkPage, type LinkedPage, type LinkSplit } from './link-farm';

/** Pages per article: the trainer reads more of them than the benchmark's full pipeline can afford. */
export interface PageCounts {
  farm: number;
  clean: number;
}
export const BENCH_PAGES: PageCounts = { farm: 2, clean: 1 };
export const TRAINING_PAGES: PageCounts = { farm: 6, clean: 3 };

export const tag = (text: string): TaggedWord[] => jieba.tag(text, true) as TaggedWord[];

export interface LabelledPage {
  page: LinkedPage;
  farm: boolean;
  /** The corpus article it was made from (cross-validation keeps an article's pages together). */
  group: number;
}

/** The split's link pages; `convert` turns the text into Traditional (one character for one) when asked. */
export function linkPages(split: LinkSplit, counts: PageCounts = BENCH_PAGES, convert: (text: string) => string = (t) => t): LabelledPage[] {
  const docs = loadCorpus();
  const articles = split === 'dev' ? 'dev' : 'heldout';
  const related = docs.filter((d) => splitOf(d.url) === articles).map((d) => d.title);
  const out: LabelledPage[] = [];
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== articles) return;
    const others = related.filter((t) => t !== doc.title);
    for (let v = 0; v < counts.farm + counts.clean; v++) {
      const farm = v < counts.farm;
      const page = linkPage(doc, LINK_SEEDS[split] * 100000 + index * 100 + v, split, tag, others, farm);
      page.title = convert(page.title);
      page.paragraphs = page.paragraphs.map(convert);
      out.push({ page, farm, group: index });
    }
  });
  return out;
}

export interface LabelledCandidate extends LinkCandidate {
  label: 0 | 1;
  group: number;
}

/** Every link of the pages as a candidate, labelled 1 when it is a pasted keyword. */
export function labelledCandidates(pages: readonly LabelledPage[], tools: SpamTools): LabelledCandidate[] {
  return pages.flatMap(({ page, group }) =>
    linkCandidates(headlineOf(toSimplified(page.title)), tools, page.paragraphs, page.links).map((c) => {
      const pasted = (page.truth[c.paragraph] ?? []).some(([start, end]) => start === c.link.start && end === c.link.end);
      return { ...c, label: pasted ? 1 : 0, group } as LabelledCandidate;
    }),
  );
}
