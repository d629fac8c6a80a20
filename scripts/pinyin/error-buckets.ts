/**
 * Where a model's CPP errors come from, by the layer the reading rests on (reading-layer.ts), as
 * train:pinyin prints for its cross-validation folds. For measuring only: nothing is tuned on test.
 *
 * Usage: tsx scripts/pinyin/error-buckets.ts [test|dev] [model.bin]
 */
import { readFileSync } from 'node:fs';
import { createPinyinReader } from '../../src/pinyin/index';
import { toNumbered } from '../../src/pinyin/numbered';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { readSentence } from './cpp-accuracy';
import { loadCedictHeadwords, loadCompleteHeadwords, loadCpp, mergeHeadwords } from './data';
import { formatLayers, readingLayer } from './reading-layer';

const split = process.argv[2] === 'dev' ? 'dev' : 'test';
const modelPath = process.argv[3] ?? new URL('../../assets/public/data/pinyin-model.bin', import.meta.url).pathname;

async function main(): Promise<void> {
  const headwords = mergeHeadwords(loadCedictHeadwords(), loadCompleteHeadwords());
  const segmenter = createNodeSegmenter();
  const reader = await createPinyinReader(
    async () => {
      const b = readFileSync(modelPath);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    },
    { dictionaryNeutralTones: false },
  );
  const buckets = new Map<string, [number, number]>();
  let neutralForCitation = 0;
  for (const item of loadCpp(split)) {
    const words = segmenter.tag!(item.text).map((w) => w.word);
    let start = 0;
    let w = 0;
    while (start + words[w]!.length <= item.at) start += words[w++]!.length;
    const word = words[w]!;
    const bucket = readingLayer(word, item.at - start, item.gold, headwords);
    const got = toNumbered(readSentence(item.text, segmenter, reader)[item.at] ?? '');
    const counts = buckets.get(bucket) ?? [0, 0];
    counts[1]++;
    if (got !== item.gold) counts[0]++;
    // CPP labels a citation tone where dictionaries write a neutral one (认识 shi2): a tone question only.
    if (got !== item.gold && got.endsWith('5') && got.slice(0, -1) === item.gold.slice(0, -1)) neutralForCitation++;
    buckets.set(bucket, counts);
  }
  const errors = [...buckets.values()].reduce((n, [e]) => n + e, 0);
  console.log(`${split}: ${errors} errors (${neutralForCitation} neutral tone for a citation tone);`, formatLayers(buckets));
}

await main();
