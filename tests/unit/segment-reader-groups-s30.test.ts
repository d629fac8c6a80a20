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
