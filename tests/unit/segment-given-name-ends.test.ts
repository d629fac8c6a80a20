import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests; jieba's own cut is checked too, so a case that stops
// exercising the rule (a jieba upgrade) fails instead of passing for free.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a name whose last given character jieba left alone, before a verb of stating (given-name-ends.ts)', () => {
  it.each([
    ['村民石长根表示，今年收成好。', '石长|根', '石长根|表示'],
    ['据石长根介绍，这片地是他的。', '石长|根', '据|石长根|介绍'],
    ['石长根说，水渠明年修好。', '石长|根说', '石长根|说'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // an adverb before the verb of stating is the speaker's, not the name's (常说 "often says")
    ['这是任尧森常说的话。', '尧森|常|说'],
    // no verb of stating after: not evidence enough for a name
    ['石长根的儿子在外地打工。', '石长|根|的'],
  ])('leaves alone %s', (text, expected) => expect(regrouped(text)).toContain(expected));
});
