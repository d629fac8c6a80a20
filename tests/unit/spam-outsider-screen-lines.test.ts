/**
 * Session 28: a line a phone, an app or a device shows (src/spam/register.ts's marks, read by the outsider
 * decision of src/spam/find-outsider-lines.ts) is hidden where a site appends, though it says nothing to the
 * reader and carries no label; the writer's own sentences full of figures and times, and a story quoting such
 * a screen, stay. Every paragraph written for this test.
 */
import { describe, expect, it } from 'vitest';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { readPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '老街茶馆重新开张 百年招牌再挂门楣';
const STORY = [
  '老街上的百年茶馆经过半年修缮，昨天重新开张，门楣上重新挂起了那块老招牌。',
  '茶馆第四代传人陈师傅说，修缮时保留了原来的木梁和青砖，连八仙桌都是从老屋里搬回来的。开张当天，不少老茶客一早就来排队。',
  '附近的居民说，茶馆关门这半年，街上冷清了不少，如今又能听到熟悉的吆喝声了。',
  '陈师傅表示，茶馆今后每周还会安排两场评书，让年轻人也来听听老街的故事。',
];

const found = (paragraphs: string[], tier: string): string[] => {
  const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
  return outsiderLineSpans(page).flatMap((spans, p) => spans.filter((s) => s.tier === tier).map((s) => paragraphs[p]?.slice(s.start, s.end) ?? ''));
};
const hidden = (paragraphs: string[]): string[] => found(paragraphs, 'hidden');

describe('a screen’s line', () => {
  const screens = ['体重 61.4kg ↓0.3 · 体脂率 22% · 已同步', '会员卡 ****6620 积分 1240 有效期至2027-03-31', '取号成功 ｜ A027 ｜ 前方等待6人'];

  it('is hidden as the page’s last paragraph and as a paragraph of its own', () => {
    for (const line of screens) {
      expect(hidden([...STORY, line]), line).toEqual([line]);
      expect(hidden([STORY[0] as string, STORY[1] as string, line, STORY[2] as string, STORY[3] as string]), line).toEqual([line]);
    }
  });
});

describe('a screen’s line with no other mark of a site’s (no address, no label, no row of symbols)', () => {
  it('is marked, not hidden: a writer’s table row reads the same', () => {
    const line = '入睡23:40 醒来07:05 深睡95分钟 浅睡4小时';
    expect(hidden([...STORY, line])).toEqual([]);
    expect(found([...STORY, line], 'suspect')).toEqual([line]);
  });
});

describe('the writer’s own lines', () => {
  it('with figures, times and a quoted screen, stay', () => {
    for (const line of [
      '茶馆每天早上6:30开门，晚上9:00打烊，一壶茶15元，续水不另收费。',
      '陈师傅掏出手机给记者看，屏幕上写着“今日订座 32桌 ｜ 已满”，他笑得合不拢嘴。',
      '据统计，开张当天茶馆共接待茶客320人次，营业额比修缮前的平均水平高出40%。',
    ])
      expect(hidden([...STORY, line]), line).toEqual([]);
  });
});
