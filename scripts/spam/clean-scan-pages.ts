/**
 * The clean pages a finder's scan reads, where every find is the writer's text: the corpus under its
 * own and a news-style headline (Simplified and Traditional), the CPP pages under plain and news-style
 * headlines (the stress test), the short articles, the marks-clean pages, and SIGHAN's PKU and MSR test
 * text read as news pages — a page of a few lines, and with `long` also pages of many (a repeat is
 * likelier the more text a page holds). Read in place, never tuned on. Measuring only.
 */
import * as jieba from 'jieba-wasm';
import { MARKS_CLEAN_PAGES } from '../../tests/fixtures/marks-clean-pages';
import { SHORT_ARTICLES } from '../../tests/fixtures/short-articles';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { sighanPages } from './sighan-pages';
import { loadToTraditional } from './traditional';

export interface CleanScanPage {
  /** The set's name, as the scans print it. */
  set: string;
  title: string;
  texts: readonly string[];
}

export async function cleanScanPages({ long = false }: { long?: boolean } = {}): Promise<CleanScanPage[]> {
  const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
  const toTraditional = await loadToTraditional();
  const pages: CleanScanPage[] = [];
  loadCorpus().forEach((doc, i) => {
    pages.push({ set: 'corpus', title: doc.title, texts: doc.paragraphs });
    pages.push({ set: 'corpus T', title: toTraditional(doc.title), texts: doc.paragraphs.map(toTraditional) });
    pages.push({ set: 'corpus news', title: newsHeadline(doc.paragraphs, tag, i), texts: doc.paragraphs });
  });
  loadCppPages().forEach(({ plainTitle, texts }, i) => {
    pages.push({ set: 'cpp plain', title: plainTitle, texts });
    pages.push({ set: 'cpp news (stress)', title: newsHeadline(texts, tag, i), texts });
  });
  for (const a of SHORT_ARTICLES) pages.push({ set: 'short', title: a.title, texts: a.paragraphs });
  for (const a of MARKS_CLEAN_PAGES) pages.push({ set: 'marks-clean', title: a.title, texts: a.paragraphs });
  const sighan: [string, string, number, number][] = [['pku', 'pku_test.utf8', 1, 8], ['pku long', 'pku_test.utf8', 4, 12], ['msr', 'msr_test.utf8', 4, 3], ['msr long', 'msr_test.utf8', 4, 12]];
  for (const [set, file, per, count] of sighan) {
    if (set.endsWith(' long') && !long) continue;
    for (const texts of sighanPages(file, per, count)) pages.push({ set, title: texts[0]?.slice(0, 20) ?? '', texts });
  }
  return pages;
}
