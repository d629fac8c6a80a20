/**
 * A page's interface and furniture glued into the writer's text (issue 12, session 21): counters, a
 * player's controls, a control with its arrow, a picture's placeholder — mid-sentence after a comma,
 * between sentences, inside a quote — and a tag line, a related row, a pager, a reading time and a
 * picture's source in QA20's places; with the writer's text of the same words that stays. Strings
 * written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findCopyCredits } from '../../src/spam/find-copy-credits';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findInterfaceRuns } from '../../src/spam/find-interface-runs';
import { findLinkBlocks } from '../../src/spam/find-label-runs';
import { findReadingTimes } from '../../src/spam/find-reading-times';
import { findPagination } from '../../src/spam/find-site-furniture';
import { findTagLines } from '../../src/spam/find-tag-lines';

type Found = { start: number; end: number; tier: string }[];
const one = (spans: Found, text: string): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);
const runs = (text: string): string[] => one(findInterfaceRuns(text), text);

const A = '渡口新修了候船亭，摆渡的老周说，';
const B = '以后下雨天乘客再也不用淋着等船了。';

describe('interface runs glued anywhere (find-interface-runs)', () => {
  it('hides counters mid-sentence, between sentences and inside a quote, and ends at the last count', () => {
    expect(runs(`${A}浏览 5.6万 · 点赞 2,330${B}`)).toEqual(['hidden:浏览 5.6万 · 点赞 2,330']);
    expect(runs(`候船亭昨天启用。❤ 3.4k\u3000💬 77${B}`)).toEqual(['hidden:❤ 3.4k\u3000💬 77']);
    expect(runs(`老周说：“转发 61\u3000收藏 1,204以后不怕下雨了。”`)).toEqual(['hidden:转发 61\u3000收藏 1,204']);
    expect(runs(`${A}共有 8,310 人报名｜仅剩名额 40${B}`)).toEqual(['hidden:共有 8,310 人报名｜仅剩名额 40']);
    expect(runs('候船亭昨天启用。点赞 12\u3000转发 72019年镇上就开始筹钱。')).toEqual(['hidden:点赞 12\u3000转发 7']);
  });
  it('hides a player’s controls and times, wherever glued', () => {
    expect(runs(`${A}▶ 视频：渡口的一天\u300002:14\u3000|\u3000全屏${B}`)).toEqual(['hidden:▶ 视频：渡口的一天\u300002:14\u3000|\u3000全屏']);
    expect(runs(`${A}加载中… 00:00/03:05${B}`)).toEqual(['hidden:加载中… 00:00/03:05']);
    expect(runs(`候船亭昨天启用。⏸ 01:12 / 04:40${B}`)).toEqual(['hidden:⏸ 01:12 / 04:40']);
  });
  it('hides a control with its arrow and a picture’s placeholder in brackets', () => {
    expect(runs(`${A}展开 ∨${B}`)).toEqual(['hidden:展开 ∨']);
    expect(runs(`老周说：“返回顶部↑以后不怕下雨了。”`)).toEqual(['hidden:返回顶部↑']);
    expect(runs(`${A}（点击图片查看原图）${B}`)).toEqual(['hidden:（点击图片查看原图）']);
  });
  it('leaves the writer’s counts, times and controls told in prose', () => {
    expect(runs('这段视频时长2分14秒，点赞超过5.6万，评论2330条。')).toEqual([]);
    expect(runs('售票窗口暂停10:00至12:00办理业务，12:30恢复。')).toEqual([]);
    expect(runs('比赛于19:30开始，上半场比分2:1。')).toEqual([]);
    expect(runs('候船亭开放时间为8:30 / 17:30，节假日照常。')).toEqual([]);
    expect(runs('他把伞收起，回到顶部的阁楼，点击鼠标打开了图片。')).toEqual([]);
    expect(runs('（图为渡口新修的候船亭）')).toEqual([]);
  });
});

describe('furniture lines in QA20’s places', () => {
  it('hides a tag line glued after the writer’s last stop; a list in 、 there is the writer’s', () => {
    const text = `候船亭昨天启用。标签：渡口\u3000民生\u3000乡村`;
    expect(one(findTagLines(text, false), text)).toEqual(['hidden:标签：渡口\u3000民生\u3000乡村']);
    const runOn = '候船亭昨天启用。标签：渡口 民生 乡村以后不怕雨';
    expect(findTagLines(runOn, false)).toEqual([]);
    const list = '今年的工作有三个重点。关键词：修路、建亭、通船';
    expect(findTagLines(list, false)).toEqual([]);
  });
  it('hides a related row glued after a paragraph’s last stop whose label ends at a bar', () => {
    const paragraphs = [`候船亭昨天启用，${B}`, '老周摆渡已经三十年。更多阅读｜春耕时节话农机\u3000县城夜市的烟火气', '他说渡口明年还要再修一座码头。'];
    expect(one(findLinkBlocks('小镇渡口建起候船亭', paragraphs)[1] ?? [], paragraphs[1] ?? '')).toEqual(['hidden:更多阅读｜春耕时节话农机\u3000县城夜市的烟火气']);
    // A last title that ran on into the writer's words makes no run of titles.
    const runOn = [paragraphs[0] ?? '', '老周摆渡已经三十年。更多阅读｜春耕时节话农机\u3000县城夜市的烟火气他说渡口明年还要再修一座码头', paragraphs[2] ?? ''];
    expect((findLinkBlocks('小镇渡口建起候船亭', runOn)[1] ?? []).filter((s) => s.tier === 'hidden')).toEqual([]);
  });
  it('hides previous / next links and a pager glued after a comma; leaves a book’s 上篇 and 下篇', () => {
    const glued = `${A}上一页 1 2 下一页${B}`;
    expect(one(findPagination(glued), glued)).toEqual(['hidden:上一页 1 2 下一页']);
    const own = '« 上一篇  下一篇 »';
    expect(one(findPagination(own, false, true), own)).toEqual(['hidden:« 上一篇  下一篇 »']);
    expect(findPagination('全书分上篇、下篇两部分，共28章。')).toEqual([]);
  });
  it('reads a clock’s icon as the reading-time line’s opening and a triangle before a picture’s source', () => {
    const time = `候船亭昨天启用。⌛ 4 分钟读完${B}`;
    expect(one(findReadingTimes(time), time)).toEqual(['hidden:⌛ 4 分钟读完']);
    expect(findReadingTimes('他每天花20分钟读完一份报纸。')).toEqual([]);
    // Glued before the writer's clause, the line ends at its reading word, not at the writer's estimate.
    const glued = `${A}⌛ 2 分钟读完预计明年还要加修码头。`;
    expect(one(findReadingTimes(glued), glued)).toEqual(['hidden:⌛ 2 分钟读完']);
    const picture = '候船亭昨天启用。△图片来源：网络';
    expect(one(findFarmStamps(picture, false), picture)).toEqual(['hidden:△图片来源：网络']);
    // Glued before the writer's clause, the pointed line ends at the net; unpointed, a writer's sentence stays marked only.
    const clause = `${A}▼图片来自互联网而渡船是镇上出的钱。`;
    expect(one(findFarmStamps(clause, false), clause)).toEqual(['hidden:▼图片来自互联网']);
    const prose = '候船亭启用。图片来自网上并不可信。';
    expect(one(findFarmStamps(prose, false), prose)).toEqual(['suspect:图片来自网上并不可信。']);
  });
});

describe('copy-attribution footers glued anywhere (find-copy-credits)', () => {
  const credits = (text: string): string[] => one(findCopyCredits(text), text);
  it('hides a Q&A footer, a repost from an account with its request, a bracketed note from the net', () => {
    const footer = '作者：蓝鲸 链接：https://qa.example.org/answer/88 来源：某问答站 著作权归作者所有。';
    expect(credits(`${A}${footer}${B}`)).toEqual([`hidden:${footer}`]);
    expect(credits(`候船亭昨天启用。—转自头条号“江畔杂记”，侵删`)).toEqual(['hidden:—转自头条号“江畔杂记”，侵删']);
    expect(credits(`${A}转载自「渡口往事」，转载请注明出处。${B}`)).toEqual(['hidden:转载自「渡口往事」，转载请注明出处。']);
    expect(credits(`候船亭昨天启用。（内容源自互联网，如有不妥请告知）`)).toEqual(['hidden:（内容源自互联网，如有不妥请告知）']);
  });
  it('ends a footer with no rights sentence at its link when its source runs on into the writer’s words', () => {
    const text = `${A}作者：蓝鲸 链接：https://qa.example.org/answer/88 来源：某问答站以后不怕下雨了。`;
    expect(credits(text)).toEqual(['hidden:作者：蓝鲸 链接：https://qa.example.org/answer/88']);
    // A repost's request glued before the writer's clause ends at its object, not at the writer's stop.
    const repost = `老周说：“转自公众号「江畔杂记」，原文链接见留言区渡口明年还要扩建。”`;
    expect(credits(repost)).toEqual(['hidden:转自公众号「江畔杂记」，原文链接见留言区']);
  });
  it('leaves a paper’s reprint credit and an account cited for its report', () => {
    expect(credits('本文原载于《新民晚报》，转载自《新民晚报》2024年3月2日第7版。')).toEqual([]);
    expect(credits('据微信公众号“江畔杂记”消息，渡口明年还要扩建。')).toEqual([]);
    expect(credits('这条消息来自公众号“江畔杂记”，已被多家媒体转发。')).toEqual([]);
  });
});
