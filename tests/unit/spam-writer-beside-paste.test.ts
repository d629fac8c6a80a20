/**
 * The writer's short clause right beside a paste (session 27; QA26 hid a writer's one-clause question
 * set right before a pasted line): a finder's span ends where the paste ends and starts where it
 * starts, never taking the writer's question, exclamation or one-clause sentence with it. Each case
 * both ways: the paste is still found; the writer's clause beside it stays. Sentences written for
 * this test (none from the generators' wordings, the corpus or QA's pages).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findClosedRows } from '../../src/spam/find-closed-rows';
import { findPlatformChrome } from '../../src/spam/find-platform-chrome';
import { findPlatformRows } from '../../src/spam/find-platform-rows';
import { findReaderLures, pageWriterWords } from '../../src/spam/find-reader-lures';
import { findSiteLines } from '../../src/spam/find-site-lines';
import { findAppWalls } from '../../src/spam/find-site-furniture';
import { hidden, spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();
let cut: (text: string) => string[];
beforeAll(() => {
  cut = (text) => spamTools().segmenter.cut(text);
});

const shown = (text: string, spans: { start: number; end: number; tier: string }[]): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('a platform row after the writer’s question (find-platform-rows)', () => {
  it('hides the row and leaves the question before it', () => {
    const text = '渡口的候船亭修了三年才完工。谁来补偿这些年的损失？ 收藏 1208 | 转发 377 | 在看 96 后续还有待观察。';
    expect(shown(text, findPlatformRows(text))).toEqual(['hidden:收藏 1208 | 转发 377 | 在看 96']);
  });
  it('still takes a poll’s question with the poll', () => {
    const text = '候船亭昨天启用。你坐过渡船吗？ 坐过 64% 没坐过 36%';
    expect(shown(text, findPlatformRows(text))).toEqual(['hidden:你坐过渡船吗？ 坐过 64% 没坐过 36%']);
  });
});

describe('a keyword row before the writer’s question (find-closed-rows)', () => {
  it('ends the row at its last keyword when a question follows it', () => {
    const text = '候船亭昨天启用。热门标签：渡船时刻 渡船票价 渡船班次 渡船须知 这笔钱从哪儿来？后来才知道是村民凑的。';
    expect(shown(text, findClosedRows(text, cut))).toEqual(['hidden:热门标签：渡船时刻 渡船票价 渡船班次 渡船须知']);
  });
  it('keeps a last keyword closed by the farm’s full stop', () => {
    const text = '候船亭昨天启用。热门标签：渡船时刻 渡船票价 渡船班次。后来才知道是村民凑的钱。';
    expect(shown(text, findClosedRows(text, cut))).toEqual(['hidden:热门标签：渡船时刻 渡船票价 渡船班次']);
  });
});

describe('an editor’s pick before the writer’s sentence (find-site-lines)', () => {
  const page = (line: string): string[] => ['多条渡船线路下月起调整。', line, '市民可到码头查询新班次。'];
  it('hides a pick closed by its line’s end', () => {
    const p = page('候船亭昨天启用。编辑推荐：在家用手机日赚两百的门路');
    expect(shown(p[1] ?? '', findSiteLines('渡船线路调整', p)[1] ?? [])).toEqual(['hidden:编辑推荐：在家用手机日赚两百的门路']);
  });
  it('only marks a pick that runs to a stop: the writer’s sentence may be glued after it', () => {
    const p = page('候船亭昨天启用。编辑推荐：手机日赚两百真让人意外。');
    expect(shown(p[1] ?? '', findSiteLines('渡船线路调整', p)[1] ?? []).map((s) => s.split(':')[0])).toEqual(['suspect']);
  });
});

describe('bait after the writer’s question (find-reader-lures)', () => {
  const lures = (paragraphs: string[]): string[] => {
    const words = pageWriterWords('渡口候船亭启用', paragraphs, cut);
    return findReaderLures(paragraphs[1] ?? '', words, cut).map((s) => `${s.tier}:${(paragraphs[1] ?? '').slice(s.start, s.end)}`);
  };
  it('hides the bait and only marks a question that names no one before it', () => {
    const page = ['渡口的候船亭昨天启用。', '候船亭修了整整三年。这笔钱花得值吗？你怎么看？快来评论区说说，记得转发！后来村民们也来看了。', '码头还将增加班次。'];
    expect(lures(page)).toEqual(['suspect:这笔钱花得值吗？', 'hidden:你怎么看？快来评论区说说，记得转发！']);
  });
  it('still hides bait that opens by asking the reader', () => {
    const page = ['渡口的候船亭昨天启用。', '候船亭修了整整三年。你坐过这样的渡船吗？快来评论区说说，记得转发！后来村民们也来看了。', '码头还将增加班次。'];
    expect(lures(page)).toEqual(['hidden:你坐过这样的渡船吗？快来评论区说说，记得转发！']);
  });
});

describe('a pointed call before the writer’s sentence (find-platform-chrome)', () => {
  it('hides the call and only marks a clause after a space', () => {
    const text = '候船亭修了整整三年。👉长按识别二维码关注 村民们都松了口气。码头还将增加班次。';
    expect(shown(text, findPlatformChrome(text))).toEqual(['hidden:👉长按识别二维码关注', 'suspect: 村民们都松了口气。']);
  });
  it('keeps a purpose after a comma with the call', () => {
    const text = '候船亭修了整整三年。👉点击关注，获取更多资讯。码头还将增加班次。';
    expect(shown(text, findPlatformChrome(text))).toEqual(['hidden:👉点击关注，获取更多资讯。']);
  });
});

describe('an app wall before the writer’s question (find-site-furniture)', () => {
  it('hides the wall to its last word and only marks a clause glued after it', () => {
    const text = '候船亭修了整整三年。打开APP阅读全文这笔钱从哪来？';
    expect(shown(text, findAppWalls(text))).toEqual(['hidden:打开APP阅读全文', 'suspect:这笔钱从哪来？']);
  });
  it('keeps a word or two after the wall with it', () => {
    const text = '候船亭修了整整三年。打开APP阅读全文哦！';
    expect(shown(text, findAppWalls(text))).toEqual(['hidden:打开APP阅读全文哦！']);
  });
});

describe('a site line glued after the writer’s last stop, then the writer’s closing clause (find-outsider-lines)', () => {
  it('never hides the writer’s clause after the line', () => {
    const paragraphs = ['渡口的候船亭昨天正式启用，附近村民前来参观。', '候船亭修了整整三年，村里出钱出力。点我下载客户端 ▶ 领取新人专享红包 这下可热闹了！', '码头还将增加班次。'];
    const found = hidden('渡口候船亭启用', paragraphs)[1] ?? [];
    expect(found.some(([, text]) => text.includes('热闹'))).toBe(false);
  });
});
