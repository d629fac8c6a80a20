/**
 * bench:words — the pipeline against news paragraphs segmented and read by hand
 * (tests/fixtures/news-words/, text read in place from ../shared/corpus), beside the CPP figure.
 *
 * Prints, for the gold set and the held-back set: misread words, neutral-tone differences and
 * wrongly grouped words (see score.ts). The held-back set is for checking, never for tuning: its
 * errors are listed only with --held-back-errors.
 *
 * The session 12 sample (sample-s12.txt) was drawn by a seeded pick of articles and judged before
 * that session's rules were written; its errors are listed with --sample-errors.
 *
 * Session 23's written set (written-s23-dev.txt, written-s23-held.txt: sentences written for the
 * project on other topics, grouping only) is measured too; --written-errors lists the dev half's
 * errors, never the held-out half's. --written-only skips CPP and the corpus sets (fast).
 * Session 24's written held-out set (written-s24-held.txt: nature, birds, theatre, sports clubs,
 * neighbourhoods, weather; frozen before session 24's regroup check) prints its rate only.
 * Session 25's written sets (written-s25-dev.txt, written-s25-held.txt: names, estates, lanes,
 * villages, workshops, fish names, chat groups; pages of several paragraphs read together) are
 * read a page at a time; --s25-errors lists the dev set's errors, never the held-out set's.
 * Session 26's written sets (written-s26-dev.txt, written-s26-held.txt: county and township news, a court,
 * hospitals, weather, transport; township names before 乡/镇/村/街道, two-character personal names, 没有/有人/想当
 * both ways) are read a page at a time too; --s26-errors lists the dev set's errors, never the held-out set's.
 * Session 27's written sets (written-s27-dev.txt, written-s27-held.txt: a craft, product or place a page names again and
 * again, a character glued to the next word, village teams) are read a page at a time; --s27-errors lists the dev set's errors.
 * Session 28's written sets (written-s28-dev.txt, written-s28-held.txt: a shop, dish or tool a page names three or more
 * times, characters taken by the wrong neighbour, X|就 and 就|让, Simplified and Traditional) are read a page at a time;
 * --s28-errors lists the dev set's errors.
 * Session 29's written sets (written-s29-dev.txt, written-s29-held.txt: a one-character verb or adjective after its
 * subject noun, reduplicated nouns and measures, 阿 + given + title, a potential complement, and their look-alikes)
 * are read a page at a time; --s29-errors lists the dev set's errors.
 * Session 30's written sets (written-s30-dev.txt, written-s30-held.txt: personal names, abbreviated government bodies
 * after a place, and their look-alikes) are read a page at a time; --s30-errors lists the dev set's errors.
 * Session 31's written held-out set (written-s31-held.txt: names said once whose given name is a word, and
 * a surname's character used as the word it is) is read a page at a time, rate only; so is written-s31-held-b.txt
 * (never-seen pages' classes: 自 开通 以来, 不能 自己 + a verb, 線上 去).
 * Session 32's written sets (written-s32-dev.txt, written-s32-held.txt: given names that are words CC-CEDICT holds,
 * 文静 海燕 光明, in a person's slot; 红会-type short names of a body the page names in full; look-alikes) are read a
 * page at a time; --s32-errors lists the dev set's errors, never the held-out set's. written-s32-held-b.txt
 * (被 + a one-character verb + 者 as one noun, passive look-alikes) prints its rate only.
 * Session 33's written held-out set (written-s33-held.txt: place names ending in a generic head that jieba cuts into
 * pieces, 青龙|河水|位, 汤|集镇, and look-alikes, 过 河, 村里, 大 码头) prints its rate only.
 * --articles reads the corpus sets' paragraphs an article at a time (their gold paragraphs only).
 *
 * Usage: npm run bench:words [-- --errors] [-- --held-back-errors] [-- --sample-errors] [-- --written-errors] [-- --s25-errors] [-- --s26-errors] [-- --s27-errors] [-- --s28-errors] [-- --s29-errors] [-- --s30-errors] [-- --s32-errors] [-- --written-only] [-- --articles]
 */
import { createPinyinReader } from '../../src/pinyin/index';
import { predictAll, score } from '../pinyin/cpp-accuracy';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadCpp } from '../pinyin/data';
import { loadCorpus, loadGold, type GoldParagraph } from './gold';
import { createNodePagePipeline, loadShippedAsset, type ReadPage } from './pipeline';
import { loadWritten, loadWrittenPages } from './written';
import { judgeParagraph, tally, type Tally, type WordVerdict } from './score';

const FIXTURES = new URL('../../tests/fixtures/news-words/', import.meta.url);
const SHOW_ERRORS = process.argv.includes('--errors');
const SHOW_HELD_BACK_ERRORS = process.argv.includes('--held-back-errors');
const SHOW_SAMPLE_ERRORS = process.argv.includes('--sample-errors');
const SHOW_WRITTEN_ERRORS = process.argv.includes('--written-errors');
const SHOW_S25_ERRORS = process.argv.includes('--s25-errors');
const SHOW_S26_ERRORS = process.argv.includes('--s26-errors');
const SHOW_S27_ERRORS = process.argv.includes('--s27-errors');
const SHOW_S28_ERRORS = process.argv.includes('--s28-errors');
const SHOW_S29_ERRORS = process.argv.includes('--s29-errors');
const SHOW_S30_ERRORS = process.argv.includes('--s30-errors');
const SHOW_S32_ERRORS = process.argv.includes('--s32-errors');
const WRITTEN_ONLY = process.argv.includes('--written-only');
const ARTICLES = process.argv.includes('--articles');

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(2)}%`;

function describe(gold: GoldParagraph, v: WordVerdict): string {
  const word = gold.text.slice(v.start, v.end);
  const context = `${gold.text.slice(Math.max(0, v.start - 8), v.start)}[${word}]${gold.text.slice(v.end, v.end + 8)}`;
  const want = gold.readings.slice(v.start, v.end).filter((r) => r.length).map((r) => r.join('/')).join(' ');
  return `  ${gold.id} ${v.errors.join('+')}: ${context}  got=${v.got.filter((r) => r).join(' ')} gold=${want}`;
}

function benchSet(name: string, file: string, readPage: ReadPage, showErrors: boolean): Tally {
  const path = new URL(file, FIXTURES).pathname;
  // Sessions 25's to 28's sets are pages read together; the older sets are paragraphs read one at a time.
  const pages = /^written-s(2[5-8]|3[0-2])/.test(file)
    ? loadWrittenPages(path)
    : file.startsWith('written-')
      ? loadWritten(path).map((p) => [p])
      : byArticle(loadGold(path, loadCorpus()));
  const gold = pages.flat();
  const verdicts: WordVerdict[] = [];
  const lines: string[] = [];
  for (const page of pages) {
    const tokens = readPage(page.map((p) => p.text));
    page.forEach((paragraph, i) => {
      const judged = judgeParagraph(paragraph, tokens[i]!);
      verdicts.push(...judged);
      for (const v of judged) if (v.errors.length) lines.push(describe(paragraph, v));
    });
  }
  const t = tally(verdicts);
  const articles = new Set(gold.map((p) => p.id.split(':')[0])).size;
  const chars = gold.reduce((n, p) => n + [...p.text].filter((c) => /\p{Script=Han}/u.test(c)).length, 0);
  console.log(`${name} (${file}): ${file.startsWith('written-') ? 0 : articles} articles, ${gold.length} paragraphs, ${t.words} words, ${chars} Han characters`);
  console.log(`  misread words:            ${String(t.misread).padStart(4)}  ${percent(t.misread, t.words)}`);
  console.log(`  neutral-tone differences: ${String(t.neutral).padStart(4)}  ${percent(t.neutral, t.words)}`);
  console.log(`  wrongly grouped words:    ${String(t.grouping).padStart(4)}  ${percent(t.grouping, t.words)}`);
  if (showErrors) for (const l of lines) console.log(l);
  return t;
}

/**
 * The corpus sets' paragraphs, one at a time (as measured since session 1), or with --articles each
 * article's gold paragraphs read together as its page (what the page-wide rules see on the page).
 */
function byArticle(gold: GoldParagraph[]): GoldParagraph[][] {
  if (!ARTICLES) return gold.map((p) => [p]);
  const pages = new Map<string, GoldParagraph[]>();
  for (const p of gold) {
    const article = p.id.split(':')[0]!;
    pages.set(article, [...(pages.get(article) ?? []), p]);
  }
  return [...pages.values()];
}

/** Session 25's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS25(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 25 written dev', 'written-s25-dev.txt', read, SHOW_S25_ERRORS),
    benchSet('session 25 written held-out', 'written-s25-held.txt', read, false),
  ];
}

/** Session 26's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS26(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 26 written dev', 'written-s26-dev.txt', read, SHOW_S26_ERRORS),
    benchSet('session 26 written held-out', 'written-s26-held.txt', read, false),
  ];
}

/** Session 27's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS27(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 27 written dev', 'written-s27-dev.txt', read, SHOW_S27_ERRORS),
    benchSet('session 27 written held-out', 'written-s27-held.txt', read, false),
  ];
}

/** Session 28's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS28(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 28 written dev', 'written-s28-dev.txt', read, SHOW_S28_ERRORS),
    benchSet('session 28 written held-out', 'written-s28-held.txt', read, false),
  ];
}

/** Session 29's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS29(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 29 written dev', 'written-s29-dev.txt', read, SHOW_S29_ERRORS),
    benchSet('session 29 written held-out', 'written-s29-held.txt', read, false),
  ];
}

/** Session 30's written sets, read a page at a time: dev (errors on request) and held-out (rate only). */
function benchS30(read: ReadPage): [Tally, Tally] {
  return [
    benchSet('session 30 written dev', 'written-s30-dev.txt', read, SHOW_S30_ERRORS),
    benchSet('session 30 written held-out', 'written-s30-held.txt', read, false),
  ];
}

async function main(): Promise<void> {
  if (WRITTEN_ONLY) {
    const read = await createNodePagePipeline();
    const d = benchSet('written set, dev', 'written-s23-dev.txt', read, SHOW_WRITTEN_ERRORS);
    const w = benchSet('written set, held out', 'written-s23-held.txt', read, false);
    const n = benchSet('session 24 written held-out', 'written-s24-held.txt', read, false);
    const [d25, h25] = benchS25(read);
    const [d26, h26] = benchS26(read);
    const [d27, h27] = benchS27(read);
    const [d28, h28] = benchS28(read);
    const [d29, h29] = benchS29(read);
    const [d30, h30] = benchS30(read);
    const h31 = benchSet('session 31 written held-out', 'written-s31-held.txt', read, false);
    const b31 = benchSet('session 31 written held-out, never-seen classes', 'written-s31-held-b.txt', read, false);
    const d32 = benchSet('session 32 written dev', 'written-s32-dev.txt', read, SHOW_S32_ERRORS);
    const h32 = benchSet('session 32 written held-out', 'written-s32-held.txt', read, false);
    const b32 = benchSet('session 32 written held-out, 被 + verb + 者', 'written-s32-held-b.txt', read, false);
  const h33 = benchSet('session 33 written held-out, place heads', 'written-s33-held.txt', read, false);
    console.log(
      `written-summary dev grouping=${percent(d.grouping, d.words)} held grouping=${percent(w.grouping, w.words)} s24-held grouping=${percent(n.grouping, n.words)}` +
        ` s25-dev grouping=${percent(d25.grouping, d25.words)} s25-held grouping=${percent(h25.grouping, h25.words)}` +
        ` s26-dev grouping=${percent(d26.grouping, d26.words)} s26-held grouping=${percent(h26.grouping, h26.words)}` +
        ` s27-dev grouping=${percent(d27.grouping, d27.words)} s27-held grouping=${percent(h27.grouping, h27.words)}` +
        ` s28-dev grouping=${percent(d28.grouping, d28.words)} s28-held grouping=${percent(h28.grouping, h28.words)}` +
        ` s29-dev grouping=${percent(d29.grouping, d29.words)} s29-held grouping=${percent(h29.grouping, h29.words)}` +
        ` s30-dev grouping=${percent(d30.grouping, d30.words)} s30-held grouping=${percent(h30.grouping, h30.words)}` +
        ` s31-held grouping=${percent(h31.grouping, h31.words)} s31-held-b grouping=${percent(b31.grouping, b31.words)}` +
        ` s32-dev grouping=${percent(d32.grouping, d32.words)} s32-held grouping=${percent(h32.grouping, h32.words)} s32-held-b grouping=${percent(b32.grouping, b32.words)} s33-held grouping=${percent(h33.grouping, h33.words)}`,
    );
    return;
  }
  // CPP first, with jieba as bench:pinyin runs it (the glossary's words are added below).
  const reader = await createPinyinReader(loadShippedAsset, { dictionaryNeutralTones: false });
  const test = loadCpp('test');
  const cpp = score(test, predictAll(test, createNodeSegmenter(), reader));
  const read = await createNodePagePipeline();
  const g = benchSet('news gold set', 'gold.txt', read, SHOW_ERRORS);
  const h = benchSet('held-back set', 'held-back.txt', read, SHOW_HELD_BACK_ERRORS);
  const s = benchSet('session 12 sample', 'sample-s12.txt', read, SHOW_SAMPLE_ERRORS);
  const d = benchSet('written set, dev', 'written-s23-dev.txt', read, SHOW_WRITTEN_ERRORS);
  const w = benchSet('written set, held out', 'written-s23-held.txt', read, false);
  const n = benchSet('session 24 written held-out', 'written-s24-held.txt', read, false);
  const [d25, h25] = benchS25(read);
  const [d26, h26] = benchS26(read);
  const [d27, h27] = benchS27(read);
  const [d28, h28] = benchS28(read);
  const [d29, h29] = benchS29(read);
  const [d30, h30] = benchS30(read);
  const h31 = benchSet('session 31 written held-out', 'written-s31-held.txt', read, false);
  const b31 = benchSet('session 31 written held-out, never-seen classes', 'written-s31-held-b.txt', read, false);
  const d32 = benchSet('session 32 written dev', 'written-s32-dev.txt', read, SHOW_S32_ERRORS);
  const h32 = benchSet('session 32 written held-out', 'written-s32-held.txt', read, false);
  const b32 = benchSet('session 32 written held-out, 被 + verb + 者', 'written-s32-held-b.txt', read, false);
  const h33 = benchSet('session 33 written held-out, place heads', 'written-s33-held.txt', read, false);
  console.log(`CPP test polyphones (as bench:pinyin): ${cpp.toFixed(2)}%`);
  console.log(
    `words-summary misread=${percent(g.misread, g.words)} neutral=${percent(g.neutral, g.words)} grouping=${percent(g.grouping, g.words)}` +
      ` held-back misread=${percent(h.misread, h.words)} neutral=${percent(h.neutral, h.words)} grouping=${percent(h.grouping, h.words)}` +
      ` sample-s12 misread=${percent(s.misread, s.words)} grouping=${percent(s.grouping, s.words)}` +
      ` written-dev grouping=${percent(d.grouping, d.words)} written-held grouping=${percent(w.grouping, w.words)} s24-held grouping=${percent(n.grouping, n.words)}` +
      ` s25-dev grouping=${percent(d25.grouping, d25.words)} s25-held grouping=${percent(h25.grouping, h25.words)}` +
      ` s26-dev grouping=${percent(d26.grouping, d26.words)} s26-held grouping=${percent(h26.grouping, h26.words)}` +
      ` s27-dev grouping=${percent(d27.grouping, d27.words)} s27-held grouping=${percent(h27.grouping, h27.words)}` +
      ` s28-dev grouping=${percent(d28.grouping, d28.words)} s28-held grouping=${percent(h28.grouping, h28.words)}` +
      ` s29-dev grouping=${percent(d29.grouping, d29.words)} s29-held grouping=${percent(h29.grouping, h29.words)}` +
      ` s30-dev grouping=${percent(d30.grouping, d30.words)} s30-held grouping=${percent(h30.grouping, h30.words)}` +
      ` s31-held grouping=${percent(h31.grouping, h31.words)} s31-held-b grouping=${percent(b31.grouping, b31.words)}` +
      ` s32-dev grouping=${percent(d32.grouping, d32.words)} s32-held grouping=${percent(h32.grouping, h32.words)} s32-held-b grouping=${percent(b32.grouping, b32.words)} s33-held grouping=${percent(h33.grouping, h33.words)} cpp=${cpp.toFixed(2)}%`,
  );
}

await main();
