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

describe('a name whose last given character jieba glued into the next guess, the language model judging (given-name-ends.ts)', () => {
  it('takes the character back when it reads better with the name (贺德|基入 → 贺德基|入)', () => {
    const text = '那天贺德基入城办事。';
    expect(jiebaAlone(text)).toContain('贺德|基入');
    expect(regrouped(text)).toContain('贺德基|入|城');
  });

  it.each([
    // 兵 and 大 read better with the verb after them (兵败 "the army was beaten", 大惧 "greatly feared")
    ['萧铣兵败以后逃走了。', '萧铣|兵败'],
    ['张昂大惧，连夜逃走。', '张昂|大惧'],
  ])('leaves the guess when the character reads better with what follows: %s', (text, expected) => {
    expect(jiebaAlone(text)).toContain(expected);
    expect(regrouped(text)).toContain(expected);
  });
});
