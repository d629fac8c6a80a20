/**
 * Furniture lines inside the article's body (issue 12, session 18): the classes QA17 found at 0%,
 * read by their shape — a bracketed line off the story's topic, a labelled run of titles between bars
 * or arrows, comments on one line, counters with commas and emoji, a pointing call to follow, an end
 * mark, hashtags, a credit naming nobody, a poll in boxes — and the real lines of the same shapes that
 * stay. Strings written for this test (none from the generator's vocabularies or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findBracketLines } from '../../src/spam/find-bracket-lines';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findLinkBlocks } from '../../src/spam/find-label-runs';
import { findPlatformChrome } from '../../src/spam/find-platform-chrome';
import { findReaderComments } from '../../src/spam/find-reader-comments';
import { findTagLines } from '../../src/spam/find-tag-lines';

type Found = { start: number; end: number; tier: string }[];
const one = (spans: Found, text: string): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);
const page = (find: (paragraphs: string[]) => Found[], paragraphs: string[]): string[] => find(paragraphs).flatMap((spans, p) => one(spans, paragraphs[p] ?? ''));

const TITLE = '老街区改造后迎来首个周末客流高峰';
const A = '经过一年的改造，老街区的青石板路和骑楼重新开放，周六一天接待游客两万多人次。';
const B = '街区管委会表示，改造保留了骑楼的原有结构，沿街商铺也按老字号的样子恢复了招牌。';
const C = '不少游客说，骑楼下的老字号点心铺排起了长队，周末还会有粤剧表演。';

describe('a bracketed line off the story’s topic (find-bracket-lines)', () => {
  const lines = (paragraphs: string[]): string[] => page((p) => findBracketLines(TITLE, p), paragraphs);
  it('hides a notice, an ad and a note between the writer’s paragraphs', () => {
    expect(lines([A, '【站务通知】即日起本网手机版开放，会员可用原账号登录', B, C])).toEqual(['hidden:【站务通知】即日起本网手机版开放，会员可用原账号登录']);
    expect(lines([A, B, '[特惠]手工阿胶糕两盒只要88元，欢迎私信订购！', C])).toEqual(['hidden:[特惠]手工阿胶糕两盒只要88元，欢迎私信订购！']);
    expect(lines([A, '（本文初稿由人工智能生成，经编辑核对）', B, C])).toEqual(['hidden:（本文初稿由人工智能生成，经编辑核对）']);
  });
  it('marks one the writer’s text goes on after, or in the last paragraph', () => {
    expect(lines([A, `【站务通知】即日起本网手机版开放，会员可用原账号登录。${B}`, C])).toEqual(['suspect:【站务通知】即日起本网手机版开放，会员可用原账号登录。']);
    expect(lines([A, B, C, '【站务通知】即日起本网手机版开放，会员可用原账号登录'])).toEqual(['suspect:【站务通知】即日起本网手机版开放，会员可用原账号登录']);
  });
  it('leaves a page most of whose paragraphs open with a label (a forum\'s thread list)', () => {
    const threads = ['[求助] 阳台的绿萝叶子发黄怎么办　作者：小满　回复 12　查看 860', '[分享] 用淘米水浇花一个月的变化　作者：老周　回复 40　查看 3120', '[讨论] 冬天多肉要不要搬进屋　作者：青青　回复 25　查看 1902', '[晒图] 我家君子兰开花了　作者：兰姐　回复 33　查看 2411'];
    expect(lines(threads)).toEqual([]);
    expect(lines([A, threads[0]!, B, C])).toEqual(['suspect:[求助] 阳台的绿萝叶子发黄怎么办　作者：小满　回复 12　查看 860']);
  });
  it('leaves a dateline, a subheading on the topic, a note and a reference', () => {
    expect(lines([`【羊城晚报讯】${A}`, B, C])).toEqual([]);
    expect(lines([A, '【游客说】老字号的招牌又回来了，点心铺排起长队', B, C])).toEqual([]);
    expect(lines([A, '【注】骑楼：一种临街建筑，楼下为人行道，楼上住人。', B])).toEqual([]);
    expect(lines([A, '[3] 某某，《岭南骑楼建筑研究》，2015年。', B])).toEqual([]);
  });
});

describe('a labelled run of titles between bars or arrows (find-label-runs, link blocks)', () => {
  const blocks = (paragraphs: string[]): string[] => page((p) => findLinkBlocks(TITLE, p), paragraphs);
  it('hides a label then off-topic titles between bars or arrows mid-article', () => {
    expect(blocks([A, '往期回顾：冬季如何给阳台花草保暖｜小学生午睡新规来了｜二手房交易流程全解析', B, C])).toEqual(['hidden:往期回顾：冬季如何给阳台花草保暖｜小学生午睡新规来了｜二手房交易流程全解析']);
    expect(blocks([A, '别错过 ▶冬季如何给阳台花草保暖 ▶小学生午睡新规来了', B, C])).toEqual(['hidden:别错过 ▶冬季如何给阳台花草保暖 ▶小学生午睡新规来了']);
  });
  it('leaves a line that is a sentence, and titles on the story’s topic', () => {
    expect(blocks([A, '游客：骑楼很漂亮 | 点心很好吃 | 粤剧很精彩', B])).toEqual([]);
    expect(blocks([A, '相关：老街区改造后骑楼重新开放 | 老字号点心铺排起长队', B, C])).toEqual(['suspect:相关：老街区改造后骑楼重新开放 | 老字号点心铺排起长队']);
  });
});

describe('comments on one line (find-reader-comments)', () => {
  it('hides posters in quotes or called 网友, leaves bare speakers and field lists', () => {
    expect(page(findReaderComments, [A, '网友“今天也要加油”：去过，很出片 网友“阿May”：排队太久了', B])).toEqual(['hidden:网友“今天也要加油”：去过，很出片 网友“阿May”：排队太久了']);
    expect(page(findReaderComments, [A, '游客陈女士：很热闹。 游客黄先生：停车难。', B])).toEqual([]);
    expect(page(findReaderComments, [A, '开放时间：9:00-21:00；门票：免费', B])).toEqual([]);
  });
});

describe('counters, a pointing call, an end mark and polls (find-platform-chrome)', () => {
  const chrome = (text: string): string[] => one(findPlatformChrome(text), text);
  it('hides counters with thousands commas or emoji, and a bracketed count glued at the end', () => {
    expect(chrome('浏览 12,406  转发 2.1万')).toEqual(['hidden:浏览 12,406  转发 2.1万']);
    expect(chrome('🔥 3.6万 👏 902')).toEqual(['hidden:🔥 3.6万 👏 902']);
    expect(chrome(`${C}[已有2,310人阅读，98人收藏]`)).toEqual(['hidden:[已有2,310人阅读，98人收藏]']);
    expect(chrome('截至记者发稿，这段视频（已有120万人点赞、3万人转发）仍在传播。')).toEqual([]);
  });
  it('hides a call pointing at the account, marks a service line, leaves a how-to step', () => {
    expect(chrome('↑↑ 戳上面的蓝字，关注不迷路')).toEqual(['hidden:↑↑ 戳上面的蓝字，关注不迷路']);
    expect(chrome('扫描文末二维码，加入骑楼爱好者群')).toEqual(['hidden:扫描文末二维码，加入骑楼爱好者群']);
    expect(chrome('游客可扫描下方二维码预约讲解。')).toEqual(['suspect:游客可扫描下方二维码预约讲解。']);
    expect(chrome('打开地图软件，点击下方的“路线”按钮。')).toEqual([]);
    expect(chrome('==== END ====')).toEqual(['hidden:==== END ====']);
  });
  it('hides a poll in boxes put to the reader', () => {
    expect(chrome('您去过这条老街吗？□去过 □没去过 □打算去')).toEqual(['hidden:您去过这条老街吗？□去过 □没去过 □打算去']);
    expect(chrome(`${C}[话题]你周末会去逛老街吗？ ○会 ○不会`)).toEqual(['hidden:[话题]你周末会去逛老街吗？ ○会 ○不会']);
  });
});

describe('hashtags and tag lines (find-tag-lines)', () => {
  const tags = (text: string, last = true): string[] => one(findTagLines(text, last), text);
  it('hides a line of hashtags, marks a tag line between the writer’s paragraphs, leaves the last one', () => {
    expect(tags('#城市漫步 #骑楼 #周末去哪儿')).toEqual(['hidden:#城市漫步 #骑楼 #周末去哪儿']);
    expect(tags('#老街新生##岭南建筑#')).toEqual(['hidden:#老街新生##岭南建筑#']);
    expect(tags('标签：旅行 美食 摄影 亲子', false)).toEqual(['suspect:标签：旅行 美食 摄影 亲子']);
    expect(tags('标签：旅行 美食 摄影 亲子')).toEqual([]);
    expect(tags('网友发起话题#老街新生#，阅读量过亿。')).toEqual([]);
  });
});

describe('a credit naming nobody (find-farm-stamps)', () => {
  const stamps = (text: string): string[] => one(findFarmStamps(text, false), text);
  it('hides a source that is the net or an unnamed editor, leaves real credits', () => {
    expect(stamps('稿源：互联网 责编：佚名')).toEqual(['hidden:稿源：互联网 责编：佚名']);
    expect(stamps('（照片来自网络）')).toEqual(['hidden:（照片来自网络）']);
    expect(stamps('来源：羊城晚报')).toEqual([]);
    expect(stamps('编辑：陈晓 校对：林峰')).toEqual([]);
    expect(stamps('来源：综合新华社、央视新闻')).toEqual([]);
  });
});
