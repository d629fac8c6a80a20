/**
 * Word segmentation F on the SIGHAN 2005 PKU and MSR test sets (research use only: read in place
 * from ../shared/bench/segmentation, never shipped or trained on), for jieba alone and for the
 * extension's segmenter (glossary terms, regrouping), scored as ../shared/bench/eval-segmentation.mjs
 * scores: a word is right when its span of code points equals a gold word's.
 *
 * Usage: npx tsx scripts/words/sighan.ts
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';

const DATA = process.env.SIGHAN ?? '/work/shared/bench/segmentation/';

const readLines = (file: string): string[] => {
  const lines = readFileSync(`${DATA}${file}`, 'utf8').split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
};
const goldWords = (line: string): string[] => line.replace(/\u3000/g, ' ').trim().split(/\s+/).filter(Boolean);
const spans = (words: readonly string[]): string[] => {
  let at = 0;
  return words.map((w) => `${at},${(at += [...w].length)}`);
};

function f1(gold: readonly string[], cut: (line: string) => string[], raw: readonly string[]): string {
  let goldCount = 0;
  let predicted = 0;
  let right = 0;
  raw.forEach((line, i) => {
    const want = spans(goldWords(gold[i]!));
    const got = new Set(spans(cut(line).flatMap((t) => t.split(/\s+/)).filter(Boolean)));
    goldCount += want.length;
    predicted += got.size;
    right += want.filter((s) => got.has(s)).length;
  });
  const p = right / predicted;
  const r = right / goldCount;
  return `P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F ${((200 * p * r) / (p + r)).toFixed(2)}`;
}

const corpora = ['pku', 'msr'].map((name) => ({ name, raw: readLines(`${name}_test.utf8`), gold: readLines(`${name}_test_gold.utf8`) }));
// jieba alone first: the segmenter below teaches jieba the glossary's terms.
const alone = corpora.map((c) => f1(c.gold, (l) => jieba.cut(l, true), c.raw));
const dictionary = await loadDictionaryFromDisk();
const segmenter = createNodeSegmenter(dictionary.customWords());
corpora.forEach((c, k) => {
  console.log(`${c.name} jieba alone:    ${alone[k]}`);
  console.log(`${c.name} Dudong's words: ${f1(c.gold, (l) => segmenter.cut(l), c.raw)}`);
});
