/** Zhuyin is offered first on pages that declare Taiwan, Hong Kong or Traditional Chinese; the user's pick wins. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolvePinyinStyle } from '../../src/hover/settings';
import { declaredPageLanguage, isTraditionalChineseTag, offersZhuyinFirst } from '../../src/script/page-language';

const page = (html: string) => parseHTML(html).document as unknown as Document;

describe('isTraditionalChineseTag', () => {
  it.each(['zh-TW', 'zh-tw', 'zh_TW', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'zh-Hant-HK', 'zh-MO', 'yue-HK', 'cmn-Hant-TW'])('%s: yes', (tag) => {
    expect(isTraditionalChineseTag(tag)).toBe(true);
  });
  it.each(['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-TW', 'zh-SG', 'en-TW', 'ja', ''])('%s: no', (tag) => {
    expect(isTraditionalChineseTag(tag)).toBe(false);
  });
});

describe('the page language', () => {
  it('reads the root element lang first, then a content-language pragma naming one language', () => {
    expect(declaredPageLanguage(page('<html lang="zh-Hant-TW"><head><meta http-equiv="content-language" content="zh-CN"></head></html>'))).toBe('zh-Hant-TW');
    expect(declaredPageLanguage(page('<html><head><meta http-equiv="Content-Language" content="zh-HK"></head></html>'))).toBe('zh-HK');
    expect(declaredPageLanguage(page('<html><head><meta http-equiv="content-language" content="zh-TW, en"></head></html>'))).toBe('');
    expect(offersZhuyinFirst(page('<html lang="zh-TW"><body></body></html>'))).toBe(true);
    expect(offersZhuyinFirst(page('<html lang="zh-CN"><body></body></html>'))).toBe(false);
    expect(offersZhuyinFirst(page('<html><body></body></html>'))).toBe(false);
  });
});

describe('resolvePinyinStyle', () => {
  it('shows zhuyin on such a page only while the user has not picked a style', () => {
    expect(resolvePinyinStyle('auto', true)).toBe('zhuyin');
    expect(resolvePinyinStyle('auto', false)).toBe('marks');
    expect(resolvePinyinStyle('marks', true)).toBe('marks');
    expect(resolvePinyinStyle('numbers', true)).toBe('numbers');
    expect(resolvePinyinStyle('zhuyin', false)).toBe('zhuyin');
  });
});
