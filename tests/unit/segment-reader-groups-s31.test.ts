import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 31 (issue 14). Every sentence here was written for these tests.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');

describe('a surname and a bound character (join-names.ts, session 31 limits)', () => {
  it('still joins a surname and a bound character that keeps to it (蔡|昉)', () => {
    expect(alone('会后，叶昉和同事介绍了经验。')).toContain('|叶昉|和|');
    expect(alone('周昉说这个办法可行，周昉的同事也同意。')).toMatch(/^周昉\|说\|.*\|周昉\|的\|/);
  });

  it('leaves a character jieba tags as a name that has no surname sense (a foreign name’s 尼)', () => {
    expect(alone('他说尼昉也来了。')).not.toContain('尼昉');
  });

  it('leaves a surname-like character whose bound character stands elsewhere in the text without it (plants)', () => {
    expect(alone('这里有一种杈叶槭，是槭树科的植物。')).not.toContain('叶槭');
    expect(alone('叶蓼喜欢湿地，蓼的叶子细长。')).not.toContain('叶蓼');
  });
});

describe('a name said once whose given name jieba holds as a word (join-names.ts, given-names.json)', () => {
  it('joins a surname standing alone and a given name from jieba’s name entries', () => {
    expect(alone('潘春生和同事一起去了北京。')).toMatch(/^潘春生\|和\|/);
    expect(alone('站长温树德两年前调到了县里。')).toContain('|温树德|');
  });

  it('leaves a given name with no surname before it, and a word CC-CEDICT holds (金|项链)', () => {
    expect(alone('他们把春生送到医院。')).toContain('|把|春生|');
    expect(alone('她买了一条金项链。')).not.toMatch(/金项\|/);
  });
});

describe('never-seen pages’ entries read otherwise (self-and-place-entries.ts)', () => {
  it('cuts 自 "since" from the verb jieba glued it to before 以来, and keeps 自启动 "starts by itself"', () => {
    expect(alone('该系统自启动以来运行良好。')).toContain('|自|启动|以来|');
    expect(alone('这款软件会开机自启动。')).toContain('|自启动|');
  });

  it('cuts 不能自己 before a verb, and keeps it closing a clause', () => {
    expect(alone('孩子还不能自己走路。')).toContain('|不能|自己|走路|');
    expect(alone('激动得久久不能自己。')).toContain('|不能自己|');
  });

  it('groups a noun and 上 as a place before 去 after a verb (搬到|線上|去), not after a noun or a verb before 上去', () => {
    expect(alone('我們決定把課程搬到線上去。')).toContain('|線上|去|');
    expect(alone('还会在支线、城际线上去建设。')).not.toContain('线上|去');
  });
});
