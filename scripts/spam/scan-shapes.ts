/**
 * What the mechanical finders mark on clean text, finder by finder and tier by tier: the corpus
 * (titles and paragraphs, as written and in Traditional), the SIGHAN 2005 PKU/MSR test sets and
 * training word lists, the CPP sentences as pages (research data, read in place, measured only), and the
 * Latin-heavy news of tests/fixtures/latin-clean-texts.ts and the news on gambling and loans of
 * tests/fixtures/commerce-guard-texts.ts, tests/fixtures/ad-guard-texts.ts, tests/fixtures/grey-guard-texts.ts, tests/fixtures/furniture-guard-texts.ts, tests/fixtures/notice-guard-texts.ts, tests/fixtures/lookalike-guard-texts.ts and tests/fixtures/lure-guard-texts.ts. Every hit is printed. The bar: 0 hidden.
 *
 *   npx tsx scripts/spam/scan-shapes.ts                       every finder
 *   npx tsx scripts/spam/scan-shapes.ts spelt-domains symbols  only these (names of mechanicalFinders)
 */
import { readFileSync } from 'node:fs';
import { mechanicalFinders } from '../../src/spam/index';
import { AD_GUARD_PAGES } from '../../tests/fixtures/ad-guard-texts';
import { COMMERCE_GUARD_TEXTS } from '../../tests/fixtures/commerce-guard-texts';
import { FURNITURE_GUARD_PAGES } from '../../tests/fixtures/furniture-guard-texts';
import { GREY_GUARD_PAGES } from '../../tests/fixtures/grey-guard-texts';
import { LATIN_CLEAN_TEXTS } from '../../tests/fixtures/latin-clean-texts';
import { LOOKALIKE_GUARD_PAGES } from '../../tests/fixtures/lookalike-guard-texts';
import { LURE_GUARD_PAGES } from '../../tests/fixtures/lure-guard-texts';
import { NOTICE_GUARD_PAGES } from '../../tests/fixtures/notice-guard-texts';
import { loadCppPages } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const SHARED_CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const SHARED_BENCH = new URL('../../../shared/bench/', import.meta.url);
const only = process.argv.slice(2);
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
// Pages, so the page-level finders (a line repeated across paragraphs) read a page at a time:
// corpus articles, CPP pages, and ten lines to a page of the other sets.
const sets: [string, string[][]][] = [];
const articles = ['news', 'other'].flatMap((k) =>
  readFileSync(new URL(`sogou-2012-${k}.jsonl`, SHARED_CORPUS), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const d = JSON.parse(l) as { title: string; paragraphs: string[] };
      return [d.title, ...d.paragraphs];
    }),
);
const inTens = (lines: readonly string[]): string[][] => Array.from({ length: Math.ceil(lines.length / 10) }, (_, i) => lines.slice(i * 10, i * 10 + 10));
sets.push(['corpus', articles], ['corpus, Traditional', articles.map((page) => page.map(toTraditional))]);
for (const f of ['segmentation/pku_test.utf8', 'segmentation/msr_test.utf8', 'segmentation/pku_training_words.utf8', 'segmentation/msr_training_words.utf8'])
  sets.push([f, inTens(readFileSync(new URL(f, SHARED_BENCH), 'utf8').split('\n'))]);
sets.push(['CPP pages (polyphone dev + test)', loadCppPages().map((p) => [p.plainTitle, ...p.texts])]);
sets.push(['Latin-heavy news (tests/fixtures)', [[...LATIN_CLEAN_TEXTS]]], ['Latin-heavy news, Traditional', [LATIN_CLEAN_TEXTS.map(toTraditional)]]);
// News about gambling, loans and fraud, quoting the farms' words (session 10): marks are allowed, hiding is not.
sets.push(['guard news on gambling and loans (tests/fixtures)', [[...COMMERCE_GUARD_TEXTS]]], ['guard news, Traditional', [COMMERCE_GUARD_TEXTS.map(toTraditional)]]);
// News on social media, lotteries, old hotlines in Han digits, slash lists (session 11), page by page.
sets.push(['guard news on calls to share, lotteries, Han-digit numbers (tests/fixtures)', AD_GUARD_PAGES.map((page) => [...page])], ['guard news (session 11), Traditional', AD_GUARD_PAGES.map((page) => page.map(toTraditional))]);
// News on loans, credit, betting crackdowns and data leaks, real tag lines and sponsor notes (session 12).
sets.push(['guard news on the grey market (tests/fixtures)', GREY_GUARD_PAGES.map((page) => [...page])], ['guard news (session 12), Traditional', GREY_GUARD_PAGES.map((page) => page.map(toTraditional))]);
// News on shopping festivals, apps, hotlines, a restated key sentence, an interview, coupon fraud (session 13).
sets.push(['guard news on prices, apps, hotlines, repeats, questions (tests/fixtures)', FURNITURE_GUARD_PAGES.map((page) => [...page])], ['guard news (session 13), Traditional', FURNITURE_GUARD_PAGES.map((page) => page.map(toTraditional))]);
// News on podcasts, takedown notices, prize draws, city accounts, gambling, fake papers and loans (session 14).
sets.push(['guard news on notices, accounts, prize draws, fake papers (tests/fixtures)', NOTICE_GUARD_PAGES.map((page) => [...page])], ['guard news (session 14), Traditional', NOTICE_GUARD_PAGES.map((page) => page.map(toTraditional))]);
// Look-alikes QA15 caught marked (product names, lottery numbers, a disguised address quoted, a pinyin lesson) and real uses of session 16's classes.
sets.push(['guard news that looks like spam (tests/fixtures, session 16)', LOOKALIKE_GUARD_PAGES.map((page) => [...page])], ['guard news (session 16), Traditional', LOOKALIKE_GUARD_PAGES.map((page) => page.map(toTraditional))]);
// News quoting or resembling the lures glued into paragraphs: fraud, prices, a lottery win, hotlines, loans, stocks (session 18).
sets.push(['guard news on lures (tests/fixtures, session 18)', LURE_GUARD_PAGES.map((page) => [...page])], ['guard news (session 18), Traditional', LURE_GUARD_PAGES.map((page) => page.map(toTraditional))]);
const totals = new Map<string, { hidden: number; suspect: number }>();
let chars = 0;
for (const [name, pages] of sets) {
  for (const page of pages) {
    const finders = mechanicalFinders(tools, [], page).filter(([finder]) => wanted(finder));
    for (const line of page) {
      chars += line.length;
      for (const [finder, find] of finders) {
        for (const s of find(line)) {
          const t = totals.get(finder) ?? { hidden: 0, suspect: 0 };
          t[s.tier] += s.end - s.start;
          totals.set(finder, t);
          console.log(`  ${finder} ${s.tier} (${name}): [${line.slice(s.start, s.end)}] …${line.slice(Math.max(0, s.start - 12), s.end + 12)}…`);
        }
      }
    }
  }
}
console.log(`clean text: ${chars} chars in ${sets.length} sets`);
for (const [finder] of mechanicalFinders(tools, []).filter(([name]) => wanted(name))) {
  const t = totals.get(finder) ?? { hidden: 0, suspect: 0 };
  console.log(`  ${finder.padEnd(14)} ${t.hidden} chars hidden, ${t.suspect} marked suspect`);
}
