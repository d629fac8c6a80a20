import { describe, expect, it } from 'vitest';
import { baseReadings } from '../../src/pinyin/base-readings';

describe('baseReadings', () => {
  // Sentences written for this test: pinyin-pro 3.29 reads 嚣 áo, 簿 bó, 鳜 jué and 噱头 jué tóu.
  it.each([
    ['警方打掉了这个气焰嚣张的团伙。', '嚣', 'xiao1'],
    ['两家公司为此对簿公堂。', '簿', 'bu4'],
    ['渔民捕到一条大鳜鱼。', '鳜', 'gui4'],
    ['商家用低价作噱头招揽顾客。', '噱', 'xue2'],
  ])('reads the standard reading pinyin-pro lacks: %s', (text, char, reading) => {
    expect(baseReadings(text)[text.indexOf(char)]).toBe(reading);
  });

  it('keeps 噱 jué outside 噱头', () => {
    const text = '此言一出，全场发噱。';
    expect(baseReadings(text)[text.indexOf('噱')]).toBe('jue2');
  });

  it('reads a word the same inside a long paragraph as inside its clause', () => {
    const clause = '该专家认为，按照检测结果，这批产品不合格。';
    const filler = '针对光明发布的声明，有知情专家质疑其错误解读，有偷换概念之嫌。'.repeat(6);
    const alone = baseReadings(clause);
    const inParagraph = baseReadings(filler + clause).slice(filler.length);
    expect(inParagraph).toEqual(alone);
    expect(alone.slice(3, 5)).toEqual(['ren4', 'wei2']);
  });

  it('gives one entry per UTF-16 unit, empty for non-Han, across chunk cuts', () => {
    const text = `${'中'.repeat(45)}A𠀋1。好`;
    const out = baseReadings(text);
    expect(out).toHaveLength(text.length);
    expect(out[0]).toBe('zhong1');
    expect(out[45]).toBe('');
    expect(out[text.length - 1]).toBe('hao3');
  });

  it('cuts an over-long clause between words when word starts are given', () => {
    const words = Array.from({ length: 30 }, () => '银行');
    const starts = words.map((_, i) => i * 2);
    const out = baseReadings(words.join(''), starts);
    expect(out.filter((r, i) => i % 2 === 1 && r !== 'hang2')).toEqual([]);
  });
});
