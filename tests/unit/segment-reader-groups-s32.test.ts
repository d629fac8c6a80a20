import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 32 (issue 14). Every sentence here was written for these tests.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');
const page = (texts: string[]): string[] => segmenter.tagPage!(texts).map((words) => words.map((w) => w.word).join('|'));

describe('a name said once whose given name is a word CC-CEDICT holds, in a person’s slot (stated-names.ts)', () => {
  it('joins a surname and the word between a role or title and a word that follows a person', () => {
    expect(alone('居民代表孔国庆和物业一起检查了电梯。')).toContain('|孔国庆|和|');
    expect(alone('村民方建华给镇政府写了一封信。')).toContain('|方建华|给|');
  });

  it('leaves a surname-like character and a thing’s word in the same slots (楼层, 台阶)', () => {
    expect(alone('他把高楼层和低楼层的窗户都擦了。')).toContain('|把|高|楼层|和|');
    expect(alone('工人把石台阶和栏杆都修好了。')).not.toContain('石台阶');
  });

  it('leaves a surname and a rank that takes 副 "deputy" (主教), though its characters are given names’', () => {
    expect(alone('会上，裴主教和几位神父一起祈祷。')).toContain('|裴|主教|和|');
  });

  it('leaves a surname and the word where no word after it follows a person', () => {
    expect(alone('居民代表孔国庆节前回了老家。')).not.toContain('孔国庆');
  });
});

describe('a body’s short name where the page names it in full (page-abbreviations.ts)', () => {
  it('groups 红会 and 消协 where the page holds 红十字会 and 消费者协会', () => {
    const [, second] = page(['市红十字会今天开展了救护培训。', '红会的老师教大家包扎伤口。']);
    expect(second).toMatch(/^红会\|的\|/);
    const [, , third] = page(['区消费者协会收到了三百件投诉。', '投诉多数与网购有关。', '消协同商场谈了两次。']);
    expect(third).toMatch(/^消协\|同\|/);
  });

  it('leaves the two characters apart where the page does not name the body in full', () => {
    const [second] = page(['他脸一红会怎么样？']);
    expect(second).not.toContain('红会');
    const [, other] = page(['市红十字会今天开展了救护培训。', '会议中会见了三位代表。']);
    expect(other).not.toContain('中会');
    // 会 alone is also the modal "will": a noun before it is its subject, though the page names 人民代表大会.
    const [, people] = page(['人民代表大会召开了。', '很多人会关注这件事。']);
    expect(people).toContain('|人|会|关注|');
  });
});

describe('被 + a one-character verb + 者, the one it was done to (bound-suffixes.ts)', () => {
  it('groups 被救者 and 被困者 as one noun', () => {
    expect(alone('三位被救者今天出院了。')).toContain('|被救者|');
    expect(alone('矿井下的被困者已经全部升井。')).toContain('|被困者|');
  });

  it('leaves 被 the passive before a word ending in 者 that dictionaries hold (记者, 读者, 强者)', () => {
    expect(alone('这条新闻被读者转发了很多次。')).toContain('|被|读者|');
    expect(alone('他在路口被记者拦住了。')).toContain('|被|记者|');
    expect(alone('弱小的动物常被强者欺负。')).toContain('|被|强者|');
  });
});
