/**
 * Shapes only a writer gives a clause (src/spam/writer-shapes.ts): an item of an enumeration, a
 * clause inside a quotation. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { decide, scoreCandidates, type ScoredCandidate } from '../../src/spam/decide';
import { findGamblingWords } from '../../src/spam/find-gambling-words';
import { readPage } from '../../src/spam/page';
import { ALONE_TIERS, TIERS } from '../../src/spam/tiers';
import { writerShapeOf } from '../../src/spam/writer-shapes';
import { spamTools, useSpamTools } from './spam-test-tools';

const shapeOf = (text: string, part: string): string | null => {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`not in the text: ${part}`);
  return writerShapeOf(text, at, at + part.length);
};

describe('an item of an enumeration', () => {
  it('is read from ordinals, semicolons and parallel openings', () => {
    const police = '诈骗主要有三种：一是冒充客服索要验证码；二是冒充民警要求转账；三是以兼职为名骗取押金。';
    expect(shapeOf(police, '二是冒充民警要求转账；')).toBe('enumeration');
    const steps = '办理时要做到三点：第一，核对身份证件，第二，当面清点现金，第三，保留好收据。';
    expect(shapeOf(steps, '当面清点现金，第三，保留好收据。')).toBe('enumeration');
    const advice = '冬天取暖时，不要把湿衣服搭在电暖器上，不要在楼道给电瓶车充电，不要让老人独自生火。';
    expect(shapeOf(advice, '不要让老人独自生火。')).toBe('enumeration');
    const paragraph = '首先，检查门窗是否关好。其次，关掉家里的燃气阀门。最后，把贵重物品随身带好。';
    expect(shapeOf(paragraph, '其次，关掉家里的燃气阀门。')).toBe('enumeration');
  });

  it('is not a sentence that merely follows a list, nor one ordinal alone', () => {
    const after = '诈骗主要有三种：一是冒充客服；二是冒充民警；三是以兼职为名。这部动画电影上映首周票房突破五亿元。';
    expect(shapeOf(after, '这部动画电影上映首周票房突破五亿元。')).toBeNull();
    const alone = '他最后一个离开会场，随后赶往机场。今年夏季天气炎热，每天至少要喝八杯水。';
    expect(shapeOf(alone, '今年夏季天气炎热，每天至少要喝八杯水。')).toBeNull();
    // A list pasted whole has its items inside it and none beside it.
    const pasted = '水务局昨天发布消息。养生专家建议：一是早睡早起；二是少吃油腻；三是每天散步。清淤工作下月开始。';
    expect(shapeOf(pasted, '养生专家建议：一是早睡早起；二是少吃油腻；三是每天散步。')).toBeNull();
    const twice = '他们先去了北京，他们又去了上海，随后回到家乡。';
    expect(shapeOf(twice, '他们又去了上海，随后回到家乡。')).toBeNull();
  });
});

describe('a clause inside a quotation', () => {
  it('is the speaker’s', () => {
    const text = '村民张大爷说：“水一下子就涨到膝盖了，大家顾不上自家的东西，先去敲老人的门。”';
    expect(shapeOf(text, '大家顾不上自家的东西，先去敲老人的门。')).toBe('quotation');
  });

  it('is not a clause after the quotation closes, nor one that runs out of it', () => {
    const text = '“我们一定尽快修好。”站长说。今年夏季天气炎热，每天至少要喝八杯水。';
    expect(shapeOf(text, '今年夏季天气炎热，每天至少要喝八杯水。')).toBeNull();
    expect(shapeOf(text, '尽快修好。”站长说。')).toBeNull();
  });
});

describe('through the scored decision', () => {
  useSpamTools();

  it('gives a line in a writer’s shape no probability, and leaves a paste beside it scored', () => {
    const tip = '这部国产动画电影上映首周票房突破五亿元，刷新了同类影片的开画纪录。';
    const paragraphs = [
      '本报讯 市水务局昨天发布消息，今年汛期前将完成全市排水管网的清淤工作，涉及主次干道排水管网一千二百公里。',
      `水务局负责人介绍，清淤工作分三批进行。${tip}第一批涉及老城区的排水管网，将于下月开工。`,
      '水务局提醒市民注意三点：一是施工路段临时封闭，请绕行；二是雨天尽量减少外出；三是发现井盖缺失及时拨打热线。',
      '一位老城区居民说：“去年夏天家门口积水没过小腿，孩子上学都得背着走，今年总算放心了。”',
    ];
    const page = readPage('全市排水管网汛期前完成清淤', paragraphs, paragraphs.map(() => []), spamTools());
    const lines = scoreCandidates(page).candidates.filter((c) => c.kind === 'line' || c.kind === 'once');
    const textOf = (c: (typeof lines)[number]): string => {
      const [p, start, end] = c.places[0] ?? [0, 0, 0];
      return paragraphs[p]?.slice(start, end) ?? '';
    };
    const inList = lines.filter((c) => c.places[0]?.[0] === 2);
    const quoted = lines.filter((c) => c.places[0]?.[0] === 3 && !textOf(c).includes('一位'));
    expect(inList.length + quoted.length).toBeGreaterThan(0);
    for (const c of [...inList, ...quoted]) expect(c.probability).toBe(0);
    const pasted = lines.find((c) => textOf(c) === tip);
    expect(pasted?.probability).toBeGreaterThan(0.5);
  });
});

describe('a gambling word the writer quotes', () => {
  useSpamTools();
  const gambling = (title: string, paragraphs: string[]): string[][] =>
    findGamblingWords(title, paragraphs, (text) => spamTools().segmenter.cut(text)).map((spans, p) => spans.map((s) => (paragraphs[p] ?? '').slice(s.start, s.end)));

  it('is the name of the bait a fraud story reports, not a paste', () => {
    const story = ['民警介绍，这个团伙在聊天群里以“赌球”为名吸引球迷充值，随后关闭平台。', '受害人表示，所谓「百家乐」游戏根本赢不了钱。'];
    expect(gambling('男子轻信网友推荐被骗八万元', story)).toEqual([[], []]);
  });

  it('counts towards the article being about gambling', () => {
    const story = ['这个团伙以“赌球”为名吸引球迷充值。', '民警介绍，参与者很快就输光了本金。', '警方提醒，网络赌博没有赢家。', '目前，多名参与赌博的人员已被处罚。'];
    expect(gambling('男子轻信网友推荐被骗八万元', story)).toEqual([[], [], [], []]);
    expect(gambling('男子轻信网友推荐被骗八万元', story.map((p) => p.replace('“赌球”', '球赛')))).toEqual([[], [], ['赌博'], ['赌博']]);
  });

  it('is still marked bare in a story on something else', () => {
    const story = ['今年早稻收购价格比去年上涨了一成，百家乐农民种粮积极性明显提高。', '粮食部门介绍，全省已收购早稻“一百万吨”。'];
    expect(gambling('早稻收购价格上涨', story)).toEqual([['百家乐'], []]);
  });
});

describe('a line pasted once on a page where nothing was hidden', () => {
  const once = (probability: number): ScoredCandidate => ({ kind: 'once', family: 'sentence', places: [[0, 4, 12]], features: [], probability });
  const between = ((TIERS.once.suspect + (ALONE_TIERS.once?.suspect ?? 1)) / 2);

  it('is marked from a stricter level than on a page with a farm mark', () => {
    expect(ALONE_TIERS.once?.suspect).toBeGreaterThan(TIERS.once.suspect);
    expect(decide([once(between)], 1, TIERS, true).flat().map((s) => s.tier)).toEqual(['suspect']);
    expect(decide([once(between)], 1, TIERS, false).flat()).toEqual([]);
    expect(decide([once(0.999)], 1, TIERS, false).flat().map((s) => s.tier)).toEqual(['suspect']);
  });

  it('counts a candidate hidden by the decision itself as a farm mark', () => {
    const headline: ScoredCandidate = { kind: 'headline', family: 'title', places: [[1, 0, 6]], features: [], probability: 0.999 };
    const found = decide([once(between), headline], 2, TIERS, false);
    expect(found.flat().map((s) => s.tier).sort()).toEqual(['hidden', 'suspect']);
  });
});
