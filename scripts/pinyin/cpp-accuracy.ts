/**
 * The pipeline's reading of CPP's marked character, scored as /work/shared/bench/eval-polyphone.mjs
 * scores it (readings normalised to base + tone digit). Shared by bench:pinyin and bench:words.
 */
import type { PinyinReader } from '../../src/pinyin/index';
import { toNumbered } from '../../src/pinyin/numbered';
import type { Segmenter } from '../../src/segment/segmenter';
import type { CppItem } from './data';

export function predictAll(items: CppItem[], segmenter: Segmenter, reader: PinyinReader): string[] {
  return items.map((item) => readSentence(item.text, segmenter, reader)[item.at] ?? '');
}

/** The pipeline's reading of each UTF-16 unit of `text`, as analyzeArticle reads a paragraph. */
export function readSentence(text: string, segmenter: Segmenter, reader: PinyinReader): string[] {
  const tagged = segmenter.tag?.(text);
  const words = tagged ? tagged.map((w) => w.word) : segmenter.cut(text);
  return reader.readWords(words, tagged?.map((w) => w.tag)).flat();
}

/** Percentage of items whose prediction is the gold reading. */
export function score(items: CppItem[], preds: string[]): number {
  let ok = 0;
  preds.forEach((p, i) => {
    if (toNumbered(p) === items[i]!.gold) ok++;
  });
  return (100 * ok) / items.length;
}
