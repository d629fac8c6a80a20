/**
 * Page detection: is this page Chinese, and does it hold an article? Cheap enough to run on every
 * page: the language check reads a few thousand characters and stops; the article search runs only
 * on Chinese pages.
 */
import { analyzeArticle } from './article-root';
import { decideLanguage } from './language';
import { sampleVisibleText } from './visible-text';

export type PageKind = 'off' | 'chinese' | 'article';

export { findArticleRoot, analyzeArticle } from './article-root';
export { decideLanguage } from './language';
export { sampleVisibleText } from './visible-text';

export function classifyPage(doc: Document): PageKind {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (decideLanguage(sampleVisibleText(doc), lang) !== 'chinese') return 'off';
  return analyzeArticle(doc).isArticle ? 'article' : 'chinese';
}
