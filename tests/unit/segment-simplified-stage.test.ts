/** The Segmenter cuts the Simplified view and gives the words back in the page's characters. */
import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter, type Segmenter } from '../../src/segment/segmenter';
import { throughSimplifiedView, wordsOnPage } from '../../src/segment/simplified-stage';

const segmenter = createJiebaSegmenter(jieba);

describe('cutting Traditional text through its Simplified view', () => {
  it('cuts a Traditional sentence as its Simplified twin, in the page characters', () => {
    const traditional = '領導幹部下訪接訪，習近平同志強調，這是檢驗幹部作風的大考場。';
    const simplified = '领导干部下访接访，习近平同志强调，这是检验干部作风的大考场。';
    const words = segmenter.cut(traditional);
    expect(words.join('')).toBe(traditional);
    expect(words.map((w) => w.length)).toEqual(segmenter.cut(simplified).map((w) => w.length));
    expect(words.slice(0, 7)).toEqual(['領導', '幹部', '下訪', '接訪', '，', '習近平', '同志']);
  });

  it('keeps a glossary term whole when the page writes it in Traditional', () => {
    const withTerm = createJiebaSegmenter(jieba, ['全过程人民民主']);
    expect(withTerm.cut('推進全過程人民民主建設')).toContain('全過程人民民主');
  });

  it('gives the parts of speech of the Simplified view with the page words', () => {
    const tagged = segmenter.tag?.('幹部下訪接訪') ?? [];
    expect(tagged.map((t) => t.word)).toEqual(['幹部', '下訪', '接訪']);
    expect(tagged.map((t) => t.tag)).toEqual(segmenter.tag?.('干部下访接访').map((t) => t.tag));
  });

  it('leaves Simplified text to the segmenter as it is', () => {
    const text = '领导干部下访接访';
    expect(segmenter.cut(text)).toEqual(jieba.cut(text, true));
  });

  it('tells dictionary words in either script', () => {
    expect(segmenter.isDictionaryWord?.('幹部')).toBe(true);
    expect(segmenter.isDictionaryWord?.('干部')).toBe(true);
    expect(segmenter.isDictionaryWord?.('部下訪')).toBe(false);
  });

  it('cuts the page text as written when the inner segmenter does not cover the view exactly', () => {
    const lossy: Segmenter = { cut: (text) => (/[个们]/.test(text) ? [text.slice(1)] : [...text]) };
    expect(throughSimplifiedView(lossy).cut('個們')).toEqual(['個', '們']);
    expect(wordsOnPage('個們', ['个', '们'])).toEqual(['個', '們']);
    expect(wordsOnPage('個們', ['个'])).toBeNull();
    expect(wordsOnPage('個', ['个', '们'])).toBeNull();
  });
});
