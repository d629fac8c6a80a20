/**
 * A whole line that is not the writer's (src/spam/find-outsider-lines.ts): a site's or platform's
 * line standing as a paragraph of its own or after a paragraph's last stop is found by what it is
 * against the page (shares nothing with the story, slots rather than prose, speaks to the reader,
 * stands where sites append); the writer's own short paragraphs — a dateline, a credit, a caption, a
 * short quotation, prices reported in a story about prices, a traffic restriction reported as news —
 * are never hidden. Every paragraph written for this test.
 */
import { describe, expect, it } from 'vitest';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { expressionRanges, outsiderLines, slotShare } from '../../src/spam/outsider-line-features';
import { readPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '城南菜市场改造完工 摊位统一换上电子秤';
const STORY = [
  '城南菜市场改造工程日前完工，市场里的一百二十个摊位统一换上了电子秤，地面和排水沟也重新铺设。',
  '改造前，菜市场的顶棚多处漏雨，摊主们一到雨天就得用塑料布遮挡蔬菜。市场管理方介绍，这次改造共投入资金三百多万元，工期四个月。',
  '摊主老周在市场卖了十几年蔬菜，他说，现在的摊位干净整齐，来买菜的街坊也比以前多了。',
  '市场管理方表示，下一步还将在菜市场门口增设电动车停放区，方便周边居民购物。',
];

/** Each stretch the finder found, as [tier, text]. */
function found(paragraphs: string[], title = TITLE): [string, string][] {
  const page = readPage(title, paragraphs, paragraphs.map(() => []), spamTools());
  return outsiderLineSpans(page).flatMap((spans, p) => spans.map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}

const hiddenOf = (paragraphs: string[]): string[] => found(paragraphs).filter(([tier]) => tier === 'hidden').map(([, text]) => text);
const anyOf = (paragraphs: string[]): string[] => found(paragraphs).map(([, text]) => text);

describe('candidate lines', () => {
  it('are short paragraphs whole and the last sentence (or two) of longer ones', () => {
    const long = `${STORY[1]}${STORY[2]}`;
    const paragraphs = [STORY[0] as string, long, '（记者 孙晓 通讯员 钱明）'];
    const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
    const texts = outsiderLines(page).map((l) => paragraphs[l.paragraph]?.slice(l.start, l.end));
    expect(texts).toContain(STORY[0]);
    expect(texts).toContain('（记者 孙晓 通讯员 钱明）');
    expect(texts).toContain(STORY[2]);
    expect(texts).toContain(`市场管理方介绍，这次改造共投入资金三百多万元，工期四个月。${STORY[2]}`);
    expect(texts).not.toContain(long);
  });
});

describe('a line of the site’s or a platform’s', () => {
  const menu = '网站首页 ｜ 联系我们 ｜ 投诉建议 ｜ 手机版';
  const rating = '评分：4.6 ★★★★☆（328人打分）';

  it('is hidden as the page’s last paragraph', () => {
    expect(hiddenOf([...STORY, menu])).toEqual([menu]);
    expect(hiddenOf([...STORY, rating])).toEqual([rating]);
  });

  it('is hidden after the last stop of a writer’s paragraph, without the writer’s sentence before it', () => {
    for (const line of [menu, rating]) {
      const paragraphs = [...STORY];
      paragraphs[1] = `${paragraphs[1]}${line}`;
      expect(anyOf(paragraphs)).toEqual([line]);
      expect(hiddenOf(paragraphs)).toEqual([line]);
    }
  });

  it('glued after a short paragraph’s one sentence, is hidden without that sentence (session 27)', () => {
    for (const line of [menu, rating]) {
      const paragraphs = [...STORY];
      paragraphs[2] = `${paragraphs[2]}${line}`;
      expect(hiddenOf(paragraphs)).toEqual([line]);
    }
  });

  it('glued after the paragraph’s own link text or credit, is hidden without them (session 27)', () => {
    for (const own of ['［详细］', '［　详细　］［图集］', '（城南日报）']) {
      for (const line of [menu, rating]) {
        // Every paragraph closes with the site's teaser link; the line is glued after one of two sentences.
        const paragraphs = STORY.map((text) => `${text}${own}`);
        paragraphs[1] = `${paragraphs[1]}${line}`;
        expect(hiddenOf(paragraphs)).toEqual([line]);
      }
    }
    // A teaser cut by an ellipsis before its link text ends there too.
    const paragraphs = [...STORY];
    paragraphs[1] = `${(STORY[1] as string).replace(/。$/u, '')}…［详细］${menu}`;
    expect(hiddenOf(paragraphs)).toEqual([menu]);
  });
});

describe('the writer’s own short paragraphs', () => {
  const writers = [
    '本报记者 孙晓 摄',
    '（记者 孙晓 通讯员 钱明）',
    '图为改造后的菜市场大厅。',
    '“以后下雨天也不怕了。”老周说。',
    '目前，市场里的青菜每斤2.5元，土豆每斤1.8元，西红柿每斤4元。',
    '交警部门提醒，改造期间市场门口道路每天7时至9时禁止货车通行。',
  ];

  it('are never hidden, wherever they stand', () => {
    for (const line of writers) {
      expect(hiddenOf([...STORY, line])).toEqual([]);
      expect(hiddenOf([STORY[0] as string, line, ...STORY.slice(1)])).toEqual([]);
    }
  });

  it('leave a whole clean story unmarked', () => {
    expect(anyOf(STORY)).toEqual([]);
  });
});

describe('what makes a line the writer’s by its shape (session 26)', () => {
  it('counts an emoji that closes a clause of prose as its stop, and an icon in a row of slots as a slot', () => {
    expect(slotShare('球队今晚终于赢球了🎉明天还要继续加油💪')).toBe(0);
    expect(slotShare('大伙儿忙了整整一个下午呀💪❤️')).toBe(0);
    expect(slotShare('首页🏠 视频📺 消息💬 我的👤')).toBeGreaterThan(0.2);
    expect(slotShare('点赞👍🏻 收藏⭐️ 转发↗️')).toBeGreaterThan(0.2);
  });
  it('reads code or a formula in round or curly brackets as an expression, and square-bracket markup as none', () => {
    expect(expressionRanges('程序里这样写：while (k > 0) { k -= 2; }').length).toBe(2);
    expect(expressionRanges('面积公式为（a + b）× h ÷ 2。').length).toBe(1);
    expect(expressionRanges('[url=abc]点这里[/url]')).toEqual([]);
    expect(expressionRanges('评分：4.6 ★★★★☆（328人打分）')).toEqual([]);
  });
  it('leaves a writer’s cheering line and a writer’s quoted code on the page', () => {
    expect(hiddenOf([...STORY, '摊主们都说太好了🎉以后下雨天不用再发愁了👏'])).toEqual([]);
    expect(hiddenOf([...STORY, '电子秤的计价程序如下：if (weight > 0) { price = weight * unit; }'])).toEqual([]);
  });
});
