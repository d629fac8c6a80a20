/**
 * Family "title" beyond the seed page: cases written for these tests (not corpus or seed text).
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

/** Hidden stretches, touching spans read as one. */
function hiddenText(title: string, paragraphs: string[]): string[] {
  return findInjectedSpans(title, paragraphs, spamTools()).flatMap((spans, p) => {
    const out: { start: number; end: number }[] = [];
    for (const s of spans) {
      const last = out.at(-1);
      if (last && last.end === s.start) last.end = s.end;
      else out.push({ start: s.start, end: s.end });
    }
    return out.map((s) => (paragraphs[p] ?? '').slice(s.start, s.end));
  });
}

const TITLE = '市图书馆延长开放时间　周末读者增加';
const REST = [
  '负责人介绍，新的安排从下个月一号开始执行，工作日和周末都一样。',
  '不少读者表示，晚上下班以后终于有地方安静地看书了。',
  '图书馆还计划增加自习座位，并在一楼开设咖啡区。',
];

describe('title: a row of pasted copies', () => {
  it('hides every copy after the first in a row of four', () => {
    const lead = '昨天市图书馆宣布，开放时间开放时间开放时间开放时间将延长到晚上九点。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual(['开放时间开放时间开放时间']);
  });
  it('keeps one character said over and over (哈哈哈哈哈哈哈哈哈哈)', () => {
    const title = '哈哈镜展览开幕　市民排队体验';
    const lead = '小朋友站在镜子前哈哈哈哈哈哈哈哈哈哈地笑个不停，市民排队等了很久。';
    expect(hiddenText(title, [lead, ...REST])).toEqual([]);
  });
  it('keeps a phrase said twice', () => {
    const lead = '昨天市图书馆宣布，开放时间开放时间将延长到晚上九点。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual([]);
  });
});

describe('title: a piece breaking an enumeration', () => {
  const list = '馆内还设有阅览室、自习室、周末活动室，供读者选用。';
  it('hides a piece that opens a list item on a stuffed page, when the items match without it', () => {
    const lead = '昨天市图书馆宣布，开放时间开放时间开放时间开放时间将延长到晚上九点。';
    expect(hiddenText(TITLE, [lead, list, ...REST])).toEqual(['开放时间开放时间开放时间', '周末']);
  });
  it('keeps it on a page with no other sign of stuffing', () => {
    expect(hiddenText(TITLE, ['昨天市图书馆宣布，开放时间将延长到晚上九点。', list, ...REST])).toEqual([]);
  });
});

describe('title: one phrase saying a headline piece twice', () => {
  it('hides the repeated piece and keeps the word between the copies', () => {
    const lead = '昨天市图书馆宣布，开放时间开放时间将延长到晚上九点，二楼阅览室图馆开放图馆也一样。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual(['开放时间', '图馆', '图馆']);
  });
});

describe('title: a long pasted phrase that says its pieces twice', () => {
  const title = '小区试点垃圾分类　居民习惯慢慢养成';
  const rest = [
    '负责人介绍，新的安排从下个月一号开始执行，工作日和周末都一样。',
    '不少住户表示，家里的厨余终于有地方处理了。',
    '物业还计划增加回收点，并在一楼开设便民服务区。',
  ];
  it('hides the repeated pieces, even where two copies meet in a dictionary word (居民|居民 reads 民居)', () => {
    const lead = '记者昨天走访发现，楼下的试点居民养成试点居民居民分类桶摆放得整整齐齐。';
    expect(hiddenText(title, [lead, ...rest])).toEqual(['试点居民', '试点居民']);
  });
  it('keeps headline words the writer says once each', () => {
    const lead = '记者昨天走访发现，试点小区的居民养成了分类的好习惯。';
    expect(hiddenText(title, [lead, ...rest])).toEqual([]);
  });
});

describe('title: a headline cut with a character lost', () => {
  it('does not take a word of the dictionary for one (图书馆延长 → 馆长)', () => {
    const lead = '昨天馆长宣布，开放时间开放时间开放时间开放时间将推迟到晚上九点。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual(['开放时间开放时间开放时间']);
  });
});

describe('title: a name from the headline written without its quotes', () => {
  it('keeps it, however often the article uses it (“有爱·有家”孤儿 → 有家孤儿)', () => {
    const title = '基金会“有爱·有家”孤儿助养项目启动';
    const paragraphs = [
      '一、受助有家孤儿选择标准：父母双亡，生活困难。',
      '二、有家孤儿每月可得助养金五百元，由基金会直接发放。',
      '三、每名有家孤儿都有一名志愿者定期探访。',
      '基金会表示，项目将持续五年，欢迎社会各界参与。',
    ];
    expect(hiddenText(title, paragraphs)).toEqual([]);
  });
});

describe('title: a pair of pieces pasted glued together', () => {
  it('hides the companion of a proven paste where the same pair recurs', () => {
    const lead = '昨天读者图馆宣布，闭馆将读者图馆推迟到晚上九点，二楼阅览室也读者图馆一样。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual(['读者图馆', '读者图馆', '读者图馆']);
  });
  it('keeps a headline word that meets a proven paste only once', () => {
    const lead = '昨天图馆宣布，闭馆将图馆推迟到晚上九点，不少读者图馆觉得方便。';
    expect(hiddenText(TITLE, [lead, ...REST])).toEqual(['图馆', '图馆', '图馆']);
  });
});
