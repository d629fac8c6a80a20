import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests (session 14: src/segment/split-set-phrases.ts). Each case also
// shows what jieba alone does, so a case that stops exercising the rule fails loudly.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('jieba’s four-character phrases of two words are two words', () => {
  it.each([
    ['不少工厂想方设法节省成本。', '节省成本', '节省|成本'],
    ['保安发现那名男子神色异常。', '神色异常', '神色|异常'],
    ['他对这项决定表示反对，也不必追究刑事责任。', '刑事责任', '刑事|责任'],
    // session 23: the same phrases under other tags (n, t, and an adverb before an adjective)
    ['区里的民政部门昨天上午开始登记。', '民政部门', '民政|部门'],
    ['区里的民政部门昨天上午开始登记。', '昨天上午', '昨天|上午'],
    ['这家工厂的生产一直比较稳定。', '比较稳定', '比较|稳定'],
  ])('%s', (text, whole, cut) => {
    expect(jiebaAlone(text)).toContain(whole);
    expect(regrouped(text)).toContain(cut);
  });

  it.each([
    // an idiom whose half jieba tags a state word (褴褛 z)
    ['老人衣衫褴褛，站在路边。', '衣衫褴褛'],
    // an idiom jieba tags i
    ['孩子们天真无邪地笑着。', '天真无邪'],
    // a phrase CC-CEDICT holds as one word
    ['他们一直齐心协力。', '齐心协力'],
    // a word of three characters and the person it makes (session 23)
    ['医生说那位精神病人已经出院。', '精神病人'],
  ])('keeps an idiom or a dictionary word whole: %s', (text, whole) => {
    expect(jiebaAlone(text)).toContain(whole);
    expect(regrouped(text)).toContain(`|${whole}|`);
  });
});
