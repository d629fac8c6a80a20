import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { findAdLines, isAdLine } from '../../src/spam/find-ad-lines';
import { findJammers } from '../../src/spam/find-jammers';
import { findSpeltDomains } from '../../src/spam/find-spelt-domains';
import { findWordReadings, isAboutReadings } from '../../src/spam/find-word-readings';
import { LOOKALIKE_GUARD_PAGES } from '../fixtures/lookalike-guard-texts';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const found = <T extends { start: number; end: number; tier: string }>(text: string, spans: T[]): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);

describe('real text that looks like spam (session 16 guard pages)', () => {
  it('hides and marks nothing on the guard pages', () => {
    for (const [title, ...paragraphs] of LOOKALIKE_GUARD_PAGES) {
      const spans = findInjectedSpans(title ?? '', paragraphs, spamTools()).flat();
      expect(spans.map((s) => `${title}: ${s.family} ${s.tier}`)).toEqual([]);
    }
  });
});

describe('a disguised string quoted as an example', () => {
  it('leaves an address or a letter run quoted in a sentence telling how such strings are written', () => {
    const told = '警方介绍，骗子常把网址写成“icbc点com”“i c b c . c n”等形式，躲避平台检测。';
    expect(found(told, findSpeltDomains(told))).toEqual([]);
    expect(found(told, findJammers(told))).toEqual([]);
  });

  it('still hides the same strings pasted into a sentence, and only marks a quoted run nobody tells of', () => {
    const pasted = '灾区群众的生活逐步恢复icbc点com正常，学校也已复课。';
    expect(found(pasted, findSpeltDomains(pasted))).toEqual([['icbc点com', 'hidden']]);
    const jammed = '灾区群众的生活逐步恢复正常 w5 s9 B9 ?8 g$ R 学校也已复课。';
    expect(found(jammed, findJammers(jammed)).map(([, tier]) => tier)).toEqual(['hidden']);
    const bare = '页面底部有一行“w5 s9 B9 ?8 g$”，随后是正文。';
    expect(found(bare, findJammers(bare)).map(([, tier]) => tier)).toEqual(['suspect']);
  });
});

describe('a page about pronunciation', () => {
  const lesson = '学生们可以先练习这几个词：朋友（péngyou）、学习（xuéxí）、谢谢（xièxie）。';

  it('reads the page as a lesson from its headline or two paragraphs, and leaves its glosses', () => {
    expect(isAboutReadings('汉语拼音小课堂：声调怎么标', [lesson])).toBe(true);
    expect(isAboutReadings('', ['普通话有四个声调。', '“妈”的拼音是mā。', lesson])).toBe(true);
    expect(findWordReadings(lesson, spamTools(), true)).toEqual([]);
  });

  it('still hides the glosses of a news page that mentions pronunciation once', () => {
    expect(isAboutReadings('社区食堂开业', ['居民说，食堂名字的拼音写在门口。', '下班后顺路就能吃上热饭。'])).toBe(false);
    expect(found(lesson, findWordReadings(lesson, spamTools(), false)).map(([, tier]) => tier)).toContain('hidden');
  });
});

describe('a count of an act repeated by the writer', () => {
  it('is no ad line (券商APP下载量), while a call to download the app still is', () => {
    expect(isAdLine('券商APP下载量')).toBe(false);
    expect(isAdLine('下载本站APP领取福利')).toBe(true);
    const story = ['年轻人涌入股市 券商APP下载量大增', '数据显示，上个月某头部券商APP下载量环比增长超过60%。'];
    expect(findAdLines(story).flat()).toEqual([]);
  });
});
