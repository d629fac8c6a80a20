import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import * as jieba from 'jieba-wasm';

// Session 27: a character that closes its word, which jieba's dictionary gave to the next word
// (src/segment/closing-characters.ts). Sentences written for these tests; each shows jieba's cut
// first, so a case that stops exercising the rule fails.
const segmenter = createNodeSegmenter();
const cut = (text: string): string => segmenter.cut(text).join('|');
const jiebaCut = (text: string): string => jieba.cut(text, true).join('|');

describe('a character jieba gave to the next word goes back', () => {
  it('closes a place phrase after a preposition of place: the noun and its localiser (看台|上)', () => {
    expect(jiebaCut('球迷们坐在看台上挥舞国旗。')).toContain('看|台上');
    expect(cut('球迷们坐在看台上挥舞国旗。')).toContain('|看台|上|');
  });

  it('gives a time word its second character back before an adverb (一早|就)', () => {
    expect(jiebaCut('爷爷一早就去赶集了。')).toContain('一|早就');
    expect(cut('爷爷一早就去赶集了。')).toContain('|一早|就|');
  });

  it('leaves a verb and a place word where no preposition opens a place phrase (看|台上)', () => {
    expect(cut('大家都爱看台上的演员跳舞。')).toContain('看|台上');
  });

  it('leaves 早就 whole where no time word is stranded before it (他|早就, 都|早就)', () => {
    expect(cut('他早就知道了。')).toContain('他|早就|');
    expect(cut('大家都早就知道了。')).toContain('都|早就|');
  });
});
