/**
 * Session 27: clean pages the outsider-line fit never sees, read only to set (dev halves) and check
 * (held-out halves) its mark level (./train-outsider-lines.ts --mark-pools): a mark on text nobody
 * pasted is a cost, and session 26's mark level, set on the corpus's dev lines alone, marked real CPP
 * and corpus text (bench:spam: corpus 137 → 193, CPP stress 295 → 525). The pools are those of
 * ./furniture26-clean-pools.ts, read as the outsider finder reads a page:
 *
 *   level-cpp     CPP Wikipedia pages under the news-style headline of bench:spam's stress test (research data: levels only)
 *   level-sighan  SIGHAN 2005 PKU/MSR test sentences, ten lines to a page, no headline (research data, as CPP)
 *   level-short   the corpus's short paragraphs (captions, datelines, credits: under 40 characters or no stop),
 *                 each read alone as a one-paragraph page under its article's title (S and T)
 *   level-guards  the project's guard news (tests/fixtures/*-guard-texts.ts, latin-clean-texts.ts), page by page (S and T)
 *
 * Halves by page: CPP keeps its own dev/test files; the rest alternate page by page. `every` reads every
 * N-th CPP and SIGHAN page only (the machine is shared; the figures say which N).
 */
import { readFileSync } from 'node:fs';
import { AD_GUARD_PAGES } from '../../tests/fixtures/ad-guard-texts';
import { COMMERCE_GUARD_TEXTS } from '../../tests/fixtures/commerce-guard-texts';
import { FURNITURE_GUARD_PAGES } from '../../tests/fixtures/furniture-guard-texts';
import { GREY_GUARD_PAGES } from '../../tests/fixtures/grey-guard-texts';
import { LATIN_CLEAN_TEXTS } from '../../tests/fixtures/latin-clean-texts';
import { LOOKALIKE_GUARD_PAGES } from '../../tests/fixtures/lookalike-guard-texts';
import { LURE_GUARD_PAGES } from '../../tests/fixtures/lure-guard-texts';
import { NOTICE_GUARD_PAGES } from '../../tests/fixtures/notice-guard-texts';
import { loadCorpus, loadCppPages, splitOf, type Split } from './corpus';
import { newsHeadline, type Tagger } from './headlines';

export interface LevelPage {
  title: string;
  paragraphs: string[];
  split: Split;
  style: string;
}

const SIGHAN = new URL('../../../shared/bench/segmentation/', import.meta.url);
const byIndex = (i: number): Split => (i % 2 === 0 ? 'dev' : 'heldout');
const isShort = (text: string): boolean => text.replace(/\s/gu, '').length < 40 || !/[。！？!?]/u.test(text);

/** The level pools' pages, by pool name. */
export function levelPages(tag: Tagger, toTraditional: (text: string) => string, every: number): Record<string, LevelPage[]> {
  const both = (page: LevelPage): LevelPage[] => [page, { ...page, title: toTraditional(page.title), paragraphs: page.paragraphs.map(toTraditional), style: 'traditional' }];
  const corpus = loadCorpus();
  return {
    'level-cpp': loadCppPages()
      .filter((_, i) => i % every === 0)
      .map((page, i) => ({ title: newsHeadline(page.texts, tag, i), paragraphs: page.texts, split: page.split, style: 'news-headline' })),
    'level-sighan': ['pku_test.utf8', 'msr_test.utf8'].flatMap((file) => {
      const lines = readFileSync(new URL(file, SIGHAN), 'utf8').split('\n').filter((l) => l.trim());
      return Array.from({ length: Math.ceil(lines.length / 10) }, (_, i) => lines.slice(i * 10, i * 10 + 10))
        .map((paragraphs, i) => ({ title: '', paragraphs, split: byIndex(Math.floor(i / every)), style: file.split('_')[0] ?? file }))
        .filter((_, i) => i % every === 0);
    }),
    'level-short': corpus.flatMap((doc) =>
      doc.paragraphs.filter((text) => text.trim() && isShort(text)).flatMap((text) => both({ title: doc.title, paragraphs: [text], split: splitOf(doc.url), style: 'simplified' })),
    ),
    'level-guards': [...AD_GUARD_PAGES, ...FURNITURE_GUARD_PAGES, ...GREY_GUARD_PAGES, ...LOOKALIKE_GUARD_PAGES, ...LURE_GUARD_PAGES, ...NOTICE_GUARD_PAGES, COMMERCE_GUARD_TEXTS, LATIN_CLEAN_TEXTS].flatMap(
      (paragraphs, i) => both({ title: '', paragraphs: [...paragraphs], split: byIndex(i), style: 'simplified' }),
    ),
  };
}
