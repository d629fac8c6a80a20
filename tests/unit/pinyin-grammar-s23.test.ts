import { describe, expect, it } from 'vitest';
import { pipelineReadings } from './pipeline-readings';

// Session 23: QA22's misread classes, described by pattern (never its pages). Sentences written for
// these tests, read through the whole pipeline as the background reads a paragraph.
const readingOf = pipelineReadings();

describe('种 zhòng "plant" after who plants, an adverb, a verb of wanting or a place; zhǒng "kind" after a count', () => {
  it.each([
    ['他自己种的菜很好吃。', 'zhong4'],
    ['村民们种水稻和小麦。', 'zhong4'],
    ['农民种的西瓜很甜。', 'zhong4'],
    ['他亲手种下这棵树。', 'zhong4'],
    ['她打算种草莓。', 'zhong4'],
    ['我们在院子里种了几棵树。', 'zhong4'],
    ['奶奶在菜园里种玉米。', 'zhong4'],
    ['他在阳台上种了番茄。', 'zhong4'],
    ['只要肯干，荒地上也能种出好庄稼。', 'zhong4'],
    ['周末大家带着孩子在河边种柳树。', 'zhong4'],
    ['这是种很好的方法。', 'zhong3'],
    ['去年他到这种地方旅游过。', 'zhong3'],
    ['该种做法已被叫停。', 'zhong3'],
    ['商店里有三种水果。', 'zhong3'],
    ['他买了一袋玉米种。', 'zhong3'],
    ['这些玉米种的质量很好。', 'zhong3'],
    ['此种情况并不多见。', 'zhong3'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '种')).toBe(reading);
  });
});

describe('接种, 耕种 keep zhòng before a full stop, where the model read the measure word', () => {
  it.each([
    ['社区里的老人都已经接种。', '接种', 'jie1 zhong4'],
    ['这片坡地去年才开始耕种。', '耕种', 'geng1 zhong4'],
    ['请带上身份证前来接种，', '接种', 'jie1 zhong4'],
    ['市场上的水果有很多品种。', '品种', 'pin3 zhong3'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('待 dāi "stay" before a span of time; dài "wait until" before one that a 后 or 时 closes', () => {
  it.each([
    ['他在北京待三天就走。', 'dai1'],
    ['我想在这里待一个月。', 'dai1'],
    ['你多待几天再走。', 'dai1'],
    ['她在家待一周后返回单位。', 'dai1'],
    ['天太冷了，我不想在外面待太久。', 'dai1'],
    ['待三天后再决定。', 'dai4'],
    ['待三月春暖花开时再去。', 'dai4'],
    ['我们一直等待他的消息。', 'dai4'],
    ['他对待朋友很真诚。', 'dai4'],
  ])('%s', (sentence, reading) => {
    const part = sentence.includes('等待') ? '等待' : sentence.includes('对待') ? '对待' : '待';
    expect(readingOf(sentence, part).split(' ').at(-1)).toBe(reading);
  });
});

describe('了了 before what was settled: liǎo le; 了 alone stays le', () => {
  it.each([
    ['他终于算了了一桩心愿。', '了了', 'liao3 le5'],
    ['老人终于了了一件心事。', '了了', 'liao3 le5'],
    ['这件事最后不了了之。', '了了', 'liao3 liao3'],
    ['为了了解情况，他去了现场。', '了了', 'le5 liao3'],
    ['他吃了饭就走了。', '了', 'le5'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('得到 after a verb: de dào "can reach" where it reaches everyone or the clause ends; dé dào "obtain" otherwise', () => {
  it.each([
    ['他照顾得到每一个人。', 'de5 dao4'],
    ['这些地方他都照顾得到吗？', 'de5 dao4'],
    ['家里家外的事，他都兼顾得到。', 'de5 dao4'],
    ['他们希望得到所有人的支持。', 'de2 dao4'],
    ['这种化合物可由两种原料缩合得到。', 'de2 dao4'],
    ['这些意见都得到了采纳。', 'de2 dao4'],
    ['通过学习得到提高。', 'de2 dao4'],
    ['问题很快得到解决。', 'de2 dao4'],
    ['他得到了奖励。', 'de2 dao4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '得到')).toBe(reading);
  });
});

describe('栅 zhà "fence" and town quarters named by one; shān in grid and electrode terms', () => {
  it.each([
    ['我们去乌镇西栅玩了一天。', 'zha4'],
    ['南栅老街游客不多。', 'zha4'],
    ['院子外面是一道铁栅栏。', 'zha4'],
    ['栅极电压升高了。', 'shan1'],
    ['排水沟上盖着格栅。', 'shan1'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '栅')).toBe(reading);
  });
});
