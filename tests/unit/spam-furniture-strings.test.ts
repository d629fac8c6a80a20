import { describe, expect, it } from 'vitest';
import { findDodgedDomains } from '../../src/spam/find-dodged-domains';
import { findHotlines } from '../../src/spam/find-hotlines';
import { findQuestionChains } from '../../src/spam/find-question-chains';
import { findRepeatedSentences } from '../../src/spam/find-repeated-sentences';
import { findCouponCodes, findPricePromotions } from '../../src/spam/find-sales-strings';
import { findAppWalls, findPagination, findSiteSlogans } from '../../src/spam/find-site-furniture';
import { findSpeltDomains } from '../../src/spam/find-spelt-domains';
import { findTagLines } from '../../src/spam/find-tag-lines';
import { FURNITURE_GUARD_PAGES } from '../fixtures/furniture-guard-texts';

type Found = { start: number; end: number; tier: string }[];
const found = (spans: Found, text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const with_ = (find: (text: string) => Found) => (text: string): [string, string][] => found(find(text), text);

describe('tag lines under other labels (session 13)', () => {
  const tags = with_(findTagLines);
  it('hides a line of grey-market words under a site label', () => {
    expect(tags('本文关键词：赌球平台、黑户口子、真人百家乐')).toEqual([['本文关键词：赌球平台、黑户口子、真人百家乐', 'hidden']]);
    expect(tags('物价总体平稳。［详细］文章标签：网贷秒批 征信修复 彩金')).toEqual([['文章标签：网贷秒批 征信修复 彩金', 'hidden']]);
    expect(tags('熱門標籤：老虎機 網貸口子')).toEqual([['熱門標籤：老虎機 網貸口子', 'hidden']]);
  });
  it("keeps a news page's own tag line under the same labels", () => {
    expect(tags('文章标签：移动应用 在线教育 个人信息保护')).toEqual([]);
    expect(tags('本文关键词：打击网络赌博 跨境赌博 反诈')).toEqual([]);
  });
});

describe('addresses with bracketed dots or in full width (session 13)', () => {
  const domains = with_(findSpeltDomains);
  it('hides a dot in brackets of any kind and a full-width address glued into a sentence', () => {
    expect(domains('今年汛期来得早hy9988【.】top各地已进入主汛期。')).toEqual([['hy9988【.】top', 'hidden']]);
    expect(domains('入学报名将于下周开始ab66[点]vip家长可提前准备。')).toEqual([['ab66[点]vip', 'hidden']]);
    // A story quoting how gambling groups write their addresses is an example, left (session 16: QA15's
    // guard page was marked there); quoted where nobody tells of it, it is marked for the reader, not hidden.
    expect(domains('警方提醒，这些群常把域名写成“ab66【点】com”等形式发在群里。')).toEqual([]);
    expect(domains('页面底部有一行“ab66【点】com”，随后是正文。')).toEqual([['ab66【点】com', 'suspect']]);
    expect(domains('比赛结束后ｑｑ７７．ｖｉｐ球员们回到了更衣室。')).toEqual([['ｑｑ７７．ｖｉｐ', 'hidden']]);
  });
  it('hides a plain address with a brand number on a farm domain wedged between words, marks one without a number', () => {
    const dodged = with_(findDodgedDomains);
    expect(dodged('比赛结束后ab123.vip球员们回到了更衣室。')).toEqual([['ab123.vip', 'hidden']]);
    expect(dodged('比赛结束后example.top球员们回到了更衣室。')).toEqual([['example.top', 'suspect']]);
    expect(dodged('比赛结束后可访问ab123.vip查询。')).toEqual([]);
    expect(dodged('比赛结束后ab123.vip网站公布了比分。')).toEqual([['ab123.vip', 'suspect']]);
  });
  it("keeps a full-width address the sentence leads up to, or names a site by", () => {
    expect(domains('该协会网址为：ｗｗｗ．ｃａｐｐ．ｏｒｇ．ｃｎ，公众也可通过公众号查询。')).toEqual([]);
    expect(domains('该局在ｗｗｗ．ｅｘａｍｐｌｅ．ｇｏｖ．ｃｎ网站上公布了名单。')).toEqual([]);
  });
});

describe('contacts: Line / WhatsApp handles, hotlines after a grey word (session 13)', () => {
  const hotlines = with_(findHotlines);
  it('hides a Line ID and a hotline after a betting brand or a loan word, marks a WhatsApp number', () => {
    expect(hotlines('展览将持续到月底。LINE ID：cp5566，各地观众可免费参观。')).toEqual([['LINE ID：cp5566', 'hidden']]);
    // Glued to the article's next word, its last digits may be the article's (…cp5566[500]多位): marked.
    expect(hotlines('展览将持续到月底。LINE ID：cp5566500多位观众参观。')).toEqual([['LINE ID：cp5566500', 'suspect']]);
    expect(hotlines('市场需求回暖，某某娱乐客服热线：400-123-4567，企业订单增加。')).toEqual([['某某娱乐客服热线：400-123-4567', 'hidden']]);
    expect(hotlines('与会代表网贷咨询电话13900001111就此展开讨论。')).toEqual([['网贷咨询电话13900001111', 'hidden']]);
    expect(hotlines('气温回升。WhatsApp：+85290001111')).toEqual([['WhatsApp：+85290001111', 'suspect']]);
  });
  it('keeps service numbers, police and consumer lines, and an account named without an ID', () => {
    for (const page of FURNITURE_GUARD_PAGES) for (const line of page) expect(hotlines(line)).toEqual([]);
    expect(hotlines('记者拨打该公司客服电话010-12345678，对方表示会尽快回复。')).toEqual([]);
  });
});

describe("the farm site's slogans, app walls and page links (session 13)", () => {
  it('hides a slogan with two of the site cues, marks one with one', () => {
    const slogans = with_(findSiteSlogans);
    expect(slogans('会议于昨日闭幕。永久网址已更新，请收藏本站！')).toEqual([['永久网址已更新，请收藏本站！', 'hidden']]);
    expect(slogans('会议于昨日闭幕。请记住本站网址。')).toEqual([['请记住本站网址。', 'suspect']]);
    expect(slogans('一些盗版网站在首页提示“收藏本站最新地址”，以逃避监管。')).toEqual([]);
    expect(slogans('本站记者将持续关注此事进展。')).toEqual([]);
  });
  it('hides a short wall telling the reader to download the app, not a story about an app', () => {
    const walls = with_(findAppWalls);
    expect(walls('这是第三次调价。下载APP阅读全文')).toEqual([['下载APP阅读全文', 'hidden']]);
    expect(walls('村里的道路已全部硬化打开客户端查看完整内容')).toEqual([['打开客户端查看完整内容', 'hidden']]);
    expect(walls('用户打开APP即可查看每日课程，阅读全文需要登录账号。')).toEqual([]);
  });
  it('marks a stretch of page links (a real multi-page story has them too), not a report citing its pages', () => {
    const pages = with_(findPagination);
    const lastPages = with_((text: string) => findPagination(text, true));
    expect(pages('上一页 1 2 3 4 5 下一页')).toEqual([['上一页 1 2 3 4 5 下一页', 'suspect']]);
    expect(lastPages('全文完。第4页 共4页')).toEqual([['第4页 共4页', 'suspect']]);
    expect(pages('详情请见报告第2页至第5页，完整报告可在协会官网下载。')).toEqual([]);
    expect(pages('比分定格在3：1')).toEqual([]);
  });
  it("leaves the article's last line of page links (the site's own navigation), hides page links glued into a paragraph (session 15)", () => {
    const pages = with_(findPagination);
    const lastPages = with_((text: string) => findPagination(text, true));
    expect(lastPages('首页 上一页 1 2 3 下一页 尾页')).toEqual([]);
    expect(pages('村里修了新路。上一页 1 2 3 下一页')).toEqual([['上一页 1 2 3 下一页', 'hidden']]);
    expect(pages('村里修了新路。第1页 共3页相信在社会各界的帮助下，学校会越办越好。')).toEqual([['第1页 共3页', 'hidden']]);
    expect(pages('报告第2页、第3页分别列出了数据。')).toEqual([]);
  });
});

describe('shop strings: coupon codes and price promotions (session 13)', () => {
  it("hides a coupon code with its call, not one a story quotes", () => {
    const codes = with_(findCouponCodes);
    expect(codes('天气转凉。复制口令￥Qw3Er5Ty7U￥打开淘宝即可领取。')).toEqual([['复制口令￥Qw3Er5Ty7U￥打开淘宝即可领取。', 'hidden']]);
    expect(codes('骗子发送“复制这段描述￥AbC123xYz￥打开手机淘宝”之类的口令。')).toEqual([]);
    expect(codes('票价为￥100，优惠后￥80。')).toEqual([]);
    // Glued into the article's own sentence: the call goes, the sentence's words stay.
    expect(codes('会后，复制￥Zx8Cv6Bn4M￥打开手机淘宝领券校长把她单独叫到办公室。')).toEqual([['复制￥Zx8Cv6Bn4M￥打开手机淘宝领券', 'hidden']]);
    // The shop named as farms write it to dodge a filter (某宝, 手淘, tb): still the call's last act.
    expect(codes('全程票价为24元。￥Hq7Lm2Ws9D￥复制整段话打开某宝')).toEqual([['￥Hq7Lm2Ws9D￥复制整段话打开某宝', 'hidden']]);
    expect(codes('雨还在下。复制￥Pk4Rt8Yu2N￥后打开tb，领取隐藏券')).toEqual([['复制￥Pk4Rt8Yu2N￥后打开tb，领取隐藏券', 'hidden']]);
  });
  it('marks a bare promotion and hides one that ends as an ad, never a reported price', () => {
    const promos = (text: string, title = ''): [string, string][] => found(findPricePromotions(text, title), text);
    expect(promos('比赛于周日举行。原价128元现价38元，限时抢购！')).toEqual([['原价128元现价38元，限时抢购！', 'hidden']]);
    expect(promos('比赛于周日举行。原价128元现价38元，限时抢购！', '双十一电商促销观察')).toEqual([['原价128元现价38元，限时抢购！', 'suspect']]);
    expect(promos('记者看到，一款空调原价3999元，现价2899元，商家承诺全国包邮。')).toEqual([]);
  });
});

describe('stuffed question chains, repeated sentences (session 13, marked only)', () => {
  it('marks a chain of stock questions, not an interviewer or questions on the story', () => {
    expect(found(findQuestionChains('今年的雨水偏多。你相信吗？这是为什么？该怎么办？', ['今年的雨水偏多。']), '今年的雨水偏多。你相信吗？这是为什么？该怎么办？')).toEqual([['你相信吗？这是为什么？该怎么办？', 'suspect']]);
    const interview = '记者：您为什么回乡？当时犹豫吗？家人支持吗？';
    expect(findQuestionChains(interview, [interview])).toEqual([]);
    const page = ['中药产业面临挑战。中药产业的命运如何？中药究竟向何处去？中药如何打开西方的大门？', '中药企业纷纷寻求出路。'];
    expect(findQuestionChains(page[0] ?? '', page)).toEqual([]);
  });
  it('marks only the copy of a sentence that does not fit where it stands (session 14), never the original', () => {
    const sentence = '全市共排查企业三百余家，发现隐患八百多处。';
    // The writer's own one-sentence paragraph is the original, never marked; the copy wedged into an
    // earlier paragraph between two of its sentences is marked since session 18 (below).
    const wedged = [`近日开展安全大检查。${sentence}已全部督促整改。`, '检查组提出了整改要求。', sentence];
    expect(findRepeatedSentences(wedged).map((spans) => spans.map((s) => [wedged[0]?.slice(s.start, s.end), s.tier]))).toEqual([[[sentence, 'suspect']], [], []]);
    // Glued to the words before it: marked.
    const glued = [sentence, `检查组提出了整改要求${sentence}`];
    expect(findRepeatedSentences(glued).map((spans) => spans.map((s) => [glued[1]?.slice(s.start, s.end), s.tier]))).toEqual([[], [[sentence, 'suspect']]]);
    const afterQuote = [sentence, `组长说：“要立即整改。”${sentence}`];
    // After a closing quote, ending the paragraph: the writer's attribution or next point stands
    // there as often as a paste (QA14: 。”[她说，…] was the original), so it is left.
    expect(findRepeatedSentences(afterQuote).map((spans) => spans.length)).toEqual([0, 0]);
    const saidAfterQuote = [`大家都很激动。${sentence}`, `组长说：“要立即整改。”${sentence}`];
    expect(findRepeatedSentences(saidAfterQuote).flat()).toEqual([]);
    expect(findRepeatedSentences(FURNITURE_GUARD_PAGES[3] ?? []).flat()).toEqual([]);
  });
  it('hides a sentence pasted right after itself and a cut copy standing alone; marks one pasted beside a refrain (session 18)', () => {
    const sentence = '今年全县新建农村公路一百二十公里，惠及沿线三万多村民。';
    const tier = (page: string[]): [string, string][] => findRepeatedSentences(page).flatMap((spans, p) => spans.map((s): [string, string] => [page[p]?.slice(s.start, s.end) ?? '', s.tier]));
    // X。X。 in one paragraph: the second is the paste, hidden.
    expect(tier([`道路通了，日子也好了。${sentence}${sentence}村民们很高兴。`])).toEqual([[sentence, 'hidden']]);
    // The opening clauses of a sentence, word for word, closed with 。 as a paragraph of their own.
    expect(tier([`记者从县交通局获悉，${sentence}`, '今年全县新建农村公路一百二十公里。', '明年还将继续推进。'])).toEqual([]);
    const cut = `${sentence.split('，')[0]}。`;
    expect(tier([`记者获悉。${sentence}`, '明年还将继续推进道路硬化工程。', cut])).toEqual([[cut, 'hidden']]);
    // Wedged into an earlier paragraph, between two of its sentences: marked, the later original left.
    const earlier = [`会议总结了全年工作。${sentence}会议还部署了明年任务。`, '各乡镇负责人参加了会议。', `记者获悉，${sentence}`];
    expect(tier(earlier)).toEqual([[sentence, 'suspect']]);
    // Not when it opens its paragraph (a refrain, a lead and its echo), nor when the site printed a
    // whole paragraph twice (the same words before each copy).
    expect(tier([`${sentence}会议还部署了明年任务。`, `记者获悉。${sentence}`])).toEqual([]);
    const twice = `会议总结了全年工作。${sentence}会议还部署了明年任务。`;
    expect(tier([twice, '各乡镇负责人参加了会议。', twice])).toEqual([]);
  });
  it('hides a stretch of a sentence pasted again after a comma cut, marks a speaker’s words and a whole sentence said twice (session 19)', () => {
    const tier = (page: string[]): [string, string][] => findRepeatedSentences(page).flatMap((spans, p) => spans.map((s): [string, string] => [page[p]?.slice(s.start, s.end) ?? '', s.tier]));
    const opening = '今年前十个月全省外贸进出口总额同比增长百分之八';
    const writer = [`据海关统计，${opening}，增速高于全国平均水平。`, '出口方面，机电产品占比超过一半。', '进口方面，能源和农产品增长较快。'];
    // The first clauses, closed with 。, opening a later paragraph or between two of its sentences: hidden.
    const cut = `${opening}。`;
    expect(tier([writer[0] ?? '', `${cut}${writer[1]}`, writer[2] ?? ''])).toEqual([[cut, 'hidden']]);
    expect(tier([writer[0] ?? '', `${writer[1]}${cut}${writer[2]}`])).toEqual([[cut, 'hidden']]);
    // The same words led into by the writer (总之，…), quoted, or standing as a caption of their own: left.
    expect(tier([writer[0] ?? '', `${writer[1]}总之，${opening}。`])).toEqual([]);
    expect(tier([writer[0] ?? '', `${writer[1]}“${opening}。”`])).toEqual([]);
    expect(tier([writer[0] ?? '', writer[1] ?? '', `图为：${opening}。`])).toEqual([]);
    // A speaker's words given again as a sentence of their own: marked (an interview's answer may repeat them).
    const said = '我们会把这条路一直修到每一个村子的村口';
    expect(tier([`镇长说，${said}。`, `${said}。${writer[1]}`])).toEqual([[`${said}。`, 'suspect']]);
    // A whole sentence inside two of the writer's paragraphs: which is the paste is not known, both marked.
    const whole = '全省新建和改造农村公路三千多公里。';
    expect(tier([`${writer[1]}${whole}${writer[2]}`, `${whole}${writer[0]}`])).toEqual([[whole, 'suspect'], [whole, 'suspect']]);
    // A lead and its echo (one copy opens a paragraph, the later one closes another): left.
    expect(tier([`${whole}${writer[1]}`, writer[2] ?? '', `${writer[0]}${whole}`])).toEqual([]);
  });
});
