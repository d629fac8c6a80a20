import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 30 (issue 14): QA29's and GATE29's never-seen pages, described by class only. Every sentence here
// was written for these tests (not the written-s30 sets').
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');

describe('a place and an abbreviated government body (body-abbreviations.ts)', () => {
  it('keeps the abbreviation whole when jieba cut across it (市人|社局, 省住|建厅, 市文|旅局)', () => {
    expect(alone('今天上午，市人社局召开了发布会。')).toContain('|市|人社局|');
    expect(alone('这份文件由省住建厅印发。')).toContain('|省|住建厅|');
    expect(alone('游客可以拨打市文旅局的热线。')).toContain('|市|文旅局|');
  });

  it('after a longer place name too', () => {
    expect(alone('据杭州市人社局统计，人数有所增加。')).toContain('|人社局|');
  });

  it('leaves what jieba cut on purpose: a dictionary word ending in 局/委, 办 opening a word, a localiser, places in a row', () => {
    expect(alone('这一区域布局很合理。')).toContain('|区域|布局|');
    expect(alone('他每个月都要到市里办事。')).toContain('|市里|办事|');
    expect(alone('县里的局面总体稳定。')).toContain('|的|局面|');
    expect(alone('省市县委都派人来了。')).not.toContain('市县委');
  });
});

describe('a surname and a bound character as a two-character name (join-names.ts)', () => {
  it('joins a surname and a character jieba left alone that is no word on its own (蔡|昉)', () => {
    expect(alone('周昉说这个办法可行。')).toMatch(/^周昉\|说\|/);
    expect(alone('会后，叶昉和同事介绍了经验。')).toContain('|叶昉|和|');
  });

  it('leaves a surname-like character before a word of its own', () => {
    expect(alone('这种梁模型可以用于细长的结构。')).not.toContain('梁模型');
    expect(alone('他姓周，住在城东。')).toContain('|姓|周|');
  });
});

describe('a noun and a one-character predicate jieba lists as one entry (noun-predicates.ts)', () => {
  it('cuts 负担重 closing a clause into the noun and the adjective', () => {
    expect(alone('这几年化肥涨价，种地的负担重。')).toContain('|负担|重|。');
    expect(alone('他们一家的生活负担重，日子不好过。')).toContain('|负担|重|，');
    expect(alone('今年的任务负担重啊。')).toContain('|负担|重|啊');
  });

  it('leaves it before a word of its own, where it may modify a noun', () => {
    expect(alone('负担重的家庭可以申请补助。')).toMatch(/^负担重\|的\|/);
  });
});
