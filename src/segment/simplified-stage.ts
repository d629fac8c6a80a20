/**
 * The first stage of the Segmenter: cut the Simplified view of the text (jieba's dictionary is
 * Simplified, so 幹部下訪 cut as written gives 幹|部下|訪) and give the words back in the page's
 * characters. The view keeps every index (src/script/simplified-view.ts), so each word maps back
 * by its length alone.
 */
import { toSimplified } from '../script/simplified-view';
import type { Segmenter } from './types';

/** `viewWords` (a cut of the view of `text`) as slices of `text`; null when they do not cover it exactly. */
export function wordsOnPage(text: string, viewWords: readonly string[]): string[] | null {
  const words: string[] = [];
  let at = 0;
  for (const word of viewWords) {
    words.push(text.slice(at, at + word.length));
    at += word.length;
  }
  return at === text.length ? words : null;
}

/** `segmenter` reading the Simplified view: words come back as the page wrote them. */
export function throughSimplifiedView(segmenter: Segmenter): Segmenter {
  const through: Segmenter = {
    cut(text) {
      const view = toSimplified(text);
      if (view === text) return segmenter.cut(text);
      // A segmenter that lost or added characters would shift every later word: cut as written then.
      return wordsOnPage(text, segmenter.cut(view)) ?? segmenter.cut(text);
    },
  };
  const tag = segmenter.tag?.bind(segmenter);
  if (tag) {
    through.tag = (text) => {
      const view = toSimplified(text);
      if (view === text) return tag(text);
      const tagged = tag(view);
      const words = wordsOnPage(text, tagged.map((w) => w.word));
      return words ? words.map((word, i) => ({ word, tag: tagged[i]!.tag })) : tag(text);
    };
  }
  const tagPage = segmenter.tagPage?.bind(segmenter);
  if (tagPage) {
    through.tagPage = (texts, wanted) => {
      const views = texts.map(toSimplified);
      const tagged = tagPage(views, wanted);
      return texts.map((text, p) => {
        if (views[p] === text || (wanted && !wanted.has(p))) return tagged[p]!;
        const words = wordsOnPage(text, tagged[p]!.map((w) => w.word));
        return words ? words.map((word, i) => ({ word, tag: tagged[p]![i]!.tag })) : through.tag!(text);
      });
    };
  }
  const isDictionaryWord = segmenter.isDictionaryWord?.bind(segmenter);
  if (isDictionaryWord) through.isDictionaryWord = (word) => isDictionaryWord(toSimplified(word));
  return through;
}
