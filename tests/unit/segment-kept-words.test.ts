import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from '../../src/segment/segmenter';

// Sentences written here for the test.
const SENTENCE = '今天下午，市图书馆的新阅览室正式开放，不少老人带着孙子来看书。';
const OTHER = '雨停以后，河边的步道上又热闹起来。';

describe('the segmenter keeps the words of texts it cut', () => {
  it('gives the same words for a text cut again, by cut, tag and tagPage', () => {
    const fresh = createJiebaSegmenter(jieba).tag!(SENTENCE);
    const segmenter = createJiebaSegmenter(jieba);
    const first = segmenter.tag!(SENTENCE);
    expect(segmenter.tag!(SENTENCE)).toEqual(first);
    expect(segmenter.cut(SENTENCE)).toEqual(first.map((w) => w.word));
    expect(segmenter.tagPage!([SENTENCE, OTHER])[0]!.map((w) => w.word)).toEqual(first.map((w) => w.word));
    expect(first).toEqual(fresh);
  });

  it('hands out copies: a caller changing its words changes nobody else’s', () => {
    const segmenter = createJiebaSegmenter(jieba);
    const words = segmenter.tag!(OTHER);
    const expected = words.map((w) => ({ ...w }));
    words[0]!.word = 'X';
    words[0]!.tag = 'x';
    words.pop();
    expect(segmenter.tag!(OTHER)).toEqual(expected);
    const cut = segmenter.cut(OTHER);
    cut.push('Y');
    expect(segmenter.cut(OTHER)).toEqual(expected.map((w) => w.word));
  });
});
