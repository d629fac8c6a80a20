import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/wordlist/sentence';

const paragraph = '日前,记者重回天目山下的这个大考场。沿着足迹,探寻临安特色的解题探索与实践!群众满意是考卷答案。';

function around(text: string, word: string, from = 0): string {
  const start = text.indexOf(word, from);
  return sentenceAround(text, start, start + word.length);
}

describe('sentenceAround', () => {
  it('returns the sentence holding the word, with its end mark', () => {
    expect(around(paragraph, '临安')).toBe('沿着足迹,探寻临安特色的解题探索与实践!');
  });

  it('handles the first and the last sentence', () => {
    expect(around(paragraph, '记者')).toBe('日前,记者重回天目山下的这个大考场。');
    expect(around(paragraph, '答案')).toBe('群众满意是考卷答案。');
  });

  it('keeps closing quotes with their sentence and drops the previous sentence’s', () => {
    const text = '他说:“我们要进一步加强信访工作。”这件事很重要。';
    expect(around(text, '信访')).toBe('他说:“我们要进一步加强信访工作。”');
    expect(around(text, '重要')).toBe('这件事很重要。');
  });

  it('splits on question marks, semicolons and line breaks', () => {
    expect(around('为什么?因为信访;然后结束', '信访')).toBe('因为信访;');
    expect(around('标题\n正文里的信访件\n脚注', '信访')).toBe('正文里的信访件');
  });

  it('cuts a run-on paragraph to a window around the word', () => {
    const long = '甲'.repeat(500) + '信访' + '乙'.repeat(500);
    const sentence = around(long, '信访');
    expect(sentence.length).toBeLessThanOrEqual(300);
    expect(sentence).toContain('信访');
  });

  it('collapses whitespace and trims', () => {
    expect(around('  这是   一个\t信访 句子 。', '信访')).toBe('这是 一个 信访 句子 。');
  });
});
