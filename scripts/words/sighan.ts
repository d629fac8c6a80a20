/**
 * Word segmentation F on the SIGHAN 2005 PKU and MSR test sets (research use only: read in place
 * from ../shared/bench/segmentation, never shipped or trained on), for jieba alone and for the
 * extension's segmenter (glossary terms, regrouping), scored as ../shared/bench/eval-segmentation.mjs
 * scores: a word is right when its span of code points equals a gold word's.
 *
 * --against=<checkout> also cuts with another checkout's segmenter (e.g. /work/main) and counts
 * the lines the two cut differently and the gold words each gets right there: whether a change of
 * the regrouping generalises, on text no rule was written from.
 *
 * --half=dev|held scores only the odd (dev) or even (held) lines of each test set: margins are
 * calibrated on the dev half, the held half reports what carries.
 *
 * Usage: npx tsx scripts/words/sighan.ts [--against=<checkout>] [--show] [--half=dev|held]
 */
import { goldWords, readLines, spans } from './sighan-data';
import * as jieba from 'jieba-wasm';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';



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

const half = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
const inHalf = (_: string, i: number): boolean => half === undefined || (half === 'dev' ? i % 2 === 1 : i % 2 === 0);
const corpora = ['pku', 'msr'].map((name) => ({
  name,
  raw: readLines(`${name}_test.utf8`).filter(inHalf),
  gold: readLines(`${name}_test_gold.utf8`).filter(inHalf),
}));
// jieba alone first: the segmenter below teaches jieba the glossary's terms.
const alone = corpora.map((c) => f1(c.gold, (l) => jieba.cut(l, true), c.raw));
const dictionary = await loadDictionaryFromDisk();
const segmenter = createNodeSegmenter(dictionary.customWords());
corpora.forEach((c, k) => {
  console.log(`${c.name} jieba alone:    ${alone[k]}`);
  console.log(`${c.name} Dudong's words: ${f1(c.gold, (l) => segmenter.cut(l), c.raw)}`);
});

const against = process.argv.find((a) => a.startsWith('--against='))?.slice('--against='.length);
if (against) {
  type NodeSegmenterModule = { createNodeSegmenter: (words: Iterable<string>) => { cut(text: string): string[] } };
  const other = ((await import(`${against}/scripts/segment/node-segmenter.ts`)) as NodeSegmenterModule).createNodeSegmenter(
    dictionary.customWords(),
  );
  const rightWords = (gold: string, words: readonly string[]): number => {
    const got = new Set(spans(words.flatMap((t) => t.split(/\s+/)).filter(Boolean)));
    return spans(goldWords(gold)).filter((s) => got.has(s)).length;
  };
  for (const c of corpora) {
    let lines = 0;
    let rightThere = 0;
    let rightHere = 0;
    c.raw.forEach((line, i) => {
      const there = other.cut(line);
      const here = segmenter.cut(line);
      if (there.join('|') === here.join('|')) return;
      lines++;
      const a = rightWords(c.gold[i]!, there);
      const b = rightWords(c.gold[i]!, here);
      rightThere += a;
      rightHere += b;
      if (process.argv.includes('--show')) console.log(`  ${c.name} ${b - a >= 0 ? '+' : ''}${b - a}: ${there.join('|')}\n      → ${here.join('|')}`);
    });
    console.log(`${c.name} against ${against}: ${lines} lines cut otherwise; gold words right there ${rightThere}, here ${rightHere}`);
  }
}
