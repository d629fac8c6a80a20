/**
 * The readings the whole Node pipeline gives a part of a sentence, read as the background reads a
 * paragraph: shared by the pinyin grammar tests of every session.
 */
import { beforeAll, expect, it } from 'vitest';
import { createNodePipeline, type ReadParagraph } from '../../scripts/words/pipeline';

/** Readings of `part` (its first occurrence, or the occurrence after `after`) in `sentence`. */
export function readingIn(read: ReadParagraph, sentence: string, part: string, after = ''): string {
  const at = sentence.indexOf(part, after ? sentence.indexOf(after) + after.length : 0);
  if (at < 0) throw new Error(`${part} not in ${sentence}`);
  const units = new Array<string>(sentence.length).fill('');
  for (const token of read(sentence)) token.readings.forEach((r, k) => (units[token.start + k] = r));
  return units.slice(at, at + part.length).join(' ');
}

/** Loads the pipeline once for the test file and returns `readingIn` bound to it. */
export function pipelineReadings(): (sentence: string, part: string, after?: string) => string {
  let read: ReadParagraph;
  beforeAll(async () => {
    read = await createNodePipeline();
  }, 120_000); // jieba, the dictionary and the model load slowly on a busy machine
  return (sentence, part, after = '') => readingIn(read, sentence, part, after);
}

/** One test per [sentence, part, reading] row: the part's pipeline reading in the sentence. */
export function readingCases(readingOf: (sentence: string, part: string) => string): (rows: [string, string, string][]) => void {
  return (rows) =>
    it.each(rows)('%s', (sentence, part, reading) => {
      expect(readingOf(sentence, part)).toBe(reading);
    });
}
