/**
 * Furniture runs inside the writer's paragraphs (issue 12, session 19): a related line of question
 * titles, a pager's call, a price ticker, a date stamp with no clock or with 下午 before it, a credit naming nobody
 * glued between sentences, a "sent from my phone" signature — and the real text of the same shapes
 * that stays. Strings written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findLinkBlocks } from '../../src/spam/find-label-runs';
import { findPriceTickers } from '../../src/spam/find-price-tickers';
import { findSentFrom } from '../../src/spam/find-sent-from';
import { findPagination } from '../../src/spam/find-site-furniture';

type Found = { start: number; end: number; tier: string }[];
const one = (spans: Found, text: string): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

const TITLE = '山区小学新建的图书室开放';
const A = '这所山区小学新建的图书室周一正式开放，三千多册图书全部由附近的居民捐赠。';
const B = '校长说，图书室每天中午和放学后开放，孩子们可以把书借回家看一周。';
const C = '不少家长也来帮忙整理书架，有的还带来了自家孩子读过的绘本。';

describe('a related line of question titles (find-label-runs, link blocks)', () => {
  const blocks = (paragraphs: string[]): string[] => findLinkBlocks(TITLE, paragraphs).flatMap((spans, p) => one(spans, paragraphs[p] ?? ''));
  it('hides a reading label then question titles between arrows, numbered, or glued after the last stop', () => {
    expect(blocks([A, '推荐阅读 ▷冬天晒被子有什么讲究？ ▷银行卡长期不用要销户吗？', B, C])).toEqual(['hidden:推荐阅读 ▷冬天晒被子有什么讲究？ ▷银行卡长期不用要销户吗？']);
    expect(blocks([A, '相关新闻：1.冬天晒被子有什么讲究？ 2.银行卡长期不用要销户吗？ 3.腌咸菜放多少盐合适', B, C])).toEqual(['hidden:相关新闻：1.冬天晒被子有什么讲究？ 2.银行卡长期不用要销户吗？ 3.腌咸菜放多少盐合适']);
    expect(blocks([A, `${B}延伸阅读：冬天晒被子有什么讲究？｜银行卡长期不用要销户吗？`, C])).toEqual(['hidden:延伸阅读：冬天晒被子有什么讲究？｜银行卡长期不用要销户吗？']);
  });
  it('marks it as the last paragraph, and leaves a subheading a pasted label is glued to', () => {
    expect(blocks([A, B, C, '推荐阅读 ▷冬天晒被子有什么讲究？ ▷银行卡长期不用要销户吗？'])).toEqual(['suspect:推荐阅读 ▷冬天晒被子有什么讲究？ ▷银行卡长期不用要销户吗？']);
    expect(blocks([A, '捐书　读书【推荐阅读】▷冬天晒被子有什么讲究？ ▷银行卡长期不用要销户吗？', B, C])).not.toContainEqual(expect.stringContaining('捐书'));
    expect(blocks([A, '捐书　读书　全村一起来推荐阅读 ▶冬天晒被子要注意什么 ▶银行卡长期不用要销户', B, C])).not.toContainEqual(expect.stringContaining('捐书'));
  });
  it('leaves a numbered list of the writer’s own steps and a question the writer asks', () => {
    expect(blocks([A, '借书流程：1.在前台登记姓名 2.每次最多借两本书', B, C])).toEqual([]);
    expect(blocks([A, '孩子们最关心的是：图书室周末开不开门？', B, C])).toEqual([]);
  });
});

describe('a pager inside the body (find-site-furniture, pagination)', () => {
  const pages = (text: string, last = false, storyAfter = true): string[] => one(findPagination(text, last, storyAfter), text);
  it('hides a read-on call glued between sentences or standing as a line, and a page count line with the story going on', () => {
    expect(pages(`${A}（全文共3页，请翻页阅读）${B}`.replace('全文', '本文'))).toEqual(['hidden:（本文共3页，请翻页阅读）']);
    expect(pages('点击展开全文 ▼')).toEqual(['hidden:点击展开全文 ▼']);
    expect(pages('第2页/共5页 下页>>')).toEqual(['hidden:第2页/共5页 下页>>']);
  });
  it('leaves the site’s own pager under the story, marks its load-more there, and leaves prose about a button', () => {
    expect(pages('上一页 1 2 3 下一页', true, false)).toEqual([]);
    expect(pages('第2页/共5页 下页>>', false, false)).toEqual(['suspect:第2页/共5页 下页>>']);
    expect(pages('点击加载更多', true, false)).toEqual(['suspect:点击加载更多']);
    expect(pages('用户点击加载更多即可看到全部评论。')).toEqual([]);
  });
});

describe('date stamps and credits naming nobody (find-farm-stamps)', () => {
  const stamps = (text: string): string[] => one(findFarmStamps(text, false, false), text);
  it('hides a bracketed publish stamp, a labelled stamp with 下午, and a credit in brackets between sentences', () => {
    expect(stamps(`${A}[2025-04-18 发布]`)).toEqual(['hidden:[2025-04-18 发布]']);
    expect(stamps('更新時間：2024年3月9日 下午4:05')).toEqual(['hidden:更新時間：2024年3月9日 下午4:05']);
    expect(stamps(`${A}（來源：網路  編輯：小編）${B}`)).toEqual(['hidden:（來源：網路  編輯：小編）']);
    expect(stamps(`${A}（转载自：趣闻天地网 原作者不详）${B}`)).toEqual(['hidden:（转载自：趣闻天地网 原作者不详）']);
    expect(stamps(`${A}文章来源：网友投稿 审核：小周`)).toEqual(['hidden:文章来源：网友投稿 审核：小周']);
  });
  // Session 32: 网络 read inside a name took a site's own credit for a farm's.
  it('leaves a credit whose source only begins with 网络 (a site, an outlet)', () => {
    expect(stamps('来源：网络观察')).toEqual([]);
    expect(stamps('来源：中国网络电视台 编辑：李明')).toEqual([]);
    expect(stamps('来源：网络综合 编辑：小编')).toEqual(['hidden:来源：网络综合 编辑：小编']);
    // What was done to it may come first (QA30, never-seen: a bracketed copyright credit between sentences).
    expect(stamps(`${A}（来源：综合网络，图片版权归原作者所有）${B}`)).toEqual(['hidden:（来源：综合网络，图片版权归原作者所有）']);
    expect(stamps(`${A}（圖／翻攝自網路）${B}`)).toEqual(['hidden:（圖／翻攝自網路）']);
  });
  it('marks a bare date and clock glued at a seam, and leaves prose times, references and real credits', () => {
    expect(stamps(`${A}4月18日 09:12${B}`)).toEqual(['suspect:4月18日 09:12']);
    expect(stamps('4月18日上午9:30，图书室举行了开放仪式。')).toEqual([]);
    expect(stamps('《乡村阅读调查》（2024-10-01），第12页。')).toEqual([]);
    expect(stamps(`${A}（来源：新华社 编辑：张伟）`)).toEqual([]);
    expect(stamps(`${A}（记者 陈晓 通讯员 刘敏）`)).toEqual([]);
  });
});

describe('a "sent from my phone" signature (find-sent-from)', () => {
  const sent = (text: string): string[] => one(findSentFrom(text), text);
  it('hides one glued after the last sentence, in brackets, or as a line, in either script', () => {
    expect(sent(`${A}——发自我的荣耀手机`)).toEqual(['hidden:——发自我的荣耀手机']);
    expect(sent(`${A}（来自红米手机·某某阅读精简版）`)).toEqual(['hidden:（来自红米手机·某某阅读精简版）']);
    expect(sent('發自我的 iPad')).toEqual(['hidden:發自我的 iPad']);
  });
  it('leaves a dateline, a sentence about a phone, visitors from a place; marks an outlet’s client', () => {
    expect(sent('本报记者 林晓 发自杭州')).toEqual([]);
    expect(sent('那条求助短信，发自一部屏幕碎了的手机。')).toEqual([]);
    expect(sent(`${A}来自省城的志愿者也赶来帮忙`)).toEqual([]);
    expect(sent(`${A}（来自新华社客户端）`)).toEqual(['suspect:（来自新华社客户端）']);
  });
});

describe('a price ticker (find-price-tickers)', () => {
  const tickers = (paragraphs: string[]): string[] => findPriceTickers(paragraphs).flatMap((spans, p) => one(spans, paragraphs[p] ?? ''));
  it('hides a labelled ticker with arrows glued between two sentences or after the last, off the story', () => {
    expect(tickers([`${A}〔早盘〕恒指 16980.5点▼0.42%，国企指数 5861.2点▲0.10%${B}`, C])).toEqual(['hidden:〔早盘〕恒指 16980.5点▼0.42%，国企指数 5861.2点▲0.10%']);
    expect(tickers([A, `${B}▌燃气价：民用气 3.1元 ↑0.2 商用气 4.05元 ↑0.3▐`, C])).toEqual(['hidden:▌燃气价：民用气 3.1元 ↑0.2 商用气 4.05元 ↑0.3▐']);
    expect(tickers([A, `${B}【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2，`, C])).toEqual(['hidden:【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2，']);
  });
  it('stops at the writer’s next sentence when it opens with a figure', () => {
    expect(tickers([`${A}【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2，2019年学校还没有图书室。`, C])).toEqual(['hidden:【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2，']);
  });
  it('marks a ticker whose names the story speaks of, and leaves a market report and a price list with no moves', () => {
    expect(tickers(['受国际金价影响，今天千足金的牌价又降了。', '【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2', C])).toEqual(['suspect:【金银价】千足金 605元/克 ↓4，千足银 7.1元/克 ↑0.2']);
    expect(tickers([`${A}恒指收报16980.5点，下跌0.42%，国企指数报5861.2点。`])).toEqual([]);
    expect(tickers([`${A}【菜价】白菜 1.2元/斤，萝卜 0.8元/斤。`])).toEqual([]);
  });
});
