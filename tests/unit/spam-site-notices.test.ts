import { describe, expect, it } from 'vitest';
import { findSiteNotices } from '../../src/spam/find-site-notices';
import { unnamedFollowEnd } from '../../src/spam/follow-object';
import { NOTICE_GUARD_PAGES } from '../fixtures/notice-guard-texts';

type Found = { start: number; end: number; tier: string }[];
const notices = (text: string, last = false): [string, string][] => (findSiteNotices(text, last) as Found).map((s) => [text.slice(s.start, s.end), s.tier]);

// Strings written for these tests (session 14), none from QA's pages.
describe('takedown and views disclaimers', () => {
  it('hides a disclaimer inside the story, marks one in its last paragraph', () => {
    expect(notices('工厂去年扩建了两条生产线。照片均取自网络，若有侵权请告知删除。今年产量翻番。')).toEqual([['照片均取自网络，若有侵权请告知删除。', 'hidden']]);
    expect(notices('以上仅代表作者个人观点，与本网站无关。', true)).toEqual([['以上仅代表作者个人观点，与本网站无关。', 'suspect']]);
  });
  it('keeps a story that quotes or tells of one', () => {
    expect(notices('被告在文末标注“图片来源于网络，如有侵权请联系删除”，法院认为不能免责。')).toEqual([]);
    expect(notices('部分网站在文章下方写着图片来源于网络，如有侵权请联系删除。')).toEqual([]);
  });
});

describe('audio-player leftovers and fold debris', () => {
  it('hides the player text and the fold, from its first cue to its last', () => {
    expect(notices('▷ 收听全文 07:12')).toEqual([['▷ 收听全文 07:12', 'hidden']]);
    expect(notices('厂区一片繁忙。🎧 02:15据统计，')).toEqual([['🎧 02:15', 'hidden']]);
    expect(notices('展开剩余 64%')).toEqual([['展开剩余 64%', 'hidden']]);
    expect(notices('点击展开全文▼')).toEqual([['点击展开全文▼', 'hidden']]);
  });
  it('keeps a podcast story with times and listening', () => {
    expect(notices('节目每晚21:00播出，听众可以在客户端收听，每期时长约半小时。')).toEqual([]);
    expect(notices('他说：“展开全文就能看到。”')).toEqual([]);
  });
});

describe('calls to follow an account, prize draws', () => {
  it('hides a follow-and-reply call for a freebie and a draw among commenters', () => {
    expect(notices('关注公众号“理财小站”，回复“基金”免费领取入门手册。')).toEqual([['关注公众号“理财小站”，回复“基金”免费领取入门手册。', 'hidden']]);
    expect(notices('本周将在留言区抽取6位读者，每人送出价值158元的台灯一盏！')).toEqual([['本周将在留言区抽取6位读者，每人送出价值158元的台灯一盏！', 'hidden']]);
  });
  it("keeps a city account's service and a draw told as news", () => {
    expect(notices('居民可关注“城管服务”公众号，回复“停车”查询附近车位。')).toEqual([]);
    expect(notices('该书店表示，将从留言中抽取5位读者，各送出价值88元的新书。')).toEqual([]);
    expect(notices('骗子自称客服，称在评论区抽取10位读者送价值999元的耳机。')).toEqual([]);
  });
});

describe("the farm's name", () => {
  it("hides a made-up portal's dateline, a compiled-by line with 小编, a reminder to share", () => {
    expect(notices('每日看点网讯：昨日，市区迎来今冬首场降雪。')).toEqual([['每日看点网讯：', 'hidden']]);
    expect(notices('八卦吧消息：某剧昨日杀青。')).toEqual([['八卦吧消息：', 'hidden']]);
    expect(notices('本文由趣闻天下网小编整理发布。')).toEqual([['本文由趣闻天下网小编整理发布。', 'hidden']]);
    expect(notices('温馨提示：觉得不错就转发给好友吧！')).toEqual([['温馨提示：觉得不错就转发给好友吧！', 'hidden']]);
  });
  it("keeps a real outlet's dateline and a real reminder", () => {
    expect(notices('人民网讯：记者从市政府获悉，')).toEqual([]);
    expect(notices('本报讯（记者 王敏）昨日，')).toEqual([]);
    expect(notices('温馨提示：今晚有大风，请市民关好门窗。')).toEqual([]);
  });
});

describe('guard news (tests/fixtures/notice-guard-texts.ts)', () => {
  it('hides and marks nothing there', () => {
    for (const page of NOTICE_GUARD_PAGES) page.forEach((text, p) => expect(notices(text, p === page.length - 1), text).toEqual([]));
  });
});

describe('reader bait, editor picks, grey-market questions and offers (session 14)', () => {
  it('hides a question to the reader with its call to comment, and chain-letter pressure', async () => {
    const { findEngagementBait } = await import('../../src/spam/find-engagement-bait');
    const bait = (text: string): [string, string][] => findEngagementBait(text).map((s) => [text.slice(s.start, s.end), s.tier]);
    expect(bait('你支持这样做吗？欢迎在评论区留言讨论。')).toEqual([['你支持这样做吗？欢迎在评论区留言讨论。', 'hidden']]);
    expect(bait('不转不是中国人！')).toEqual([['不转不是中国人！', 'hidden']]);
    expect(bait('這件事你怎麼看？歡迎在評論區留言。')).toEqual([['這件事你怎麼看？歡迎在評論區留言。', 'hidden']]);
    // A rumour reported and denied, a count of likes: news.
    expect(bait('网传“不转不是中国人”的帖子，警方已辟谣。')).toEqual([]);
    expect(bait('该视频点赞超过10万次，评论区有不少网友留言。')).toEqual([]);
  });
  it("hides an editor's pick that sells, marks one that warns, keeps a real one", async () => {
    const { findSiteLines } = await import('../../src/spam/find-site-lines');
    const line = (text: string): [string, string][] => (findSiteLines('城市公交线路调整', ['多条公交线路下月起调整。', text, '市民可查询新线路。'])[1] ?? []).map((s) => [text.slice(s.start, s.end), s.tier]);
    expect(line('网友都在看：宝妈在家躺赚月入两万')).toEqual([['网友都在看：宝妈在家躺赚月入两万', 'hidden']]);
    expect(line('小编精选：警惕“不看征信秒批下款”骗局')).toEqual([['小编精选：警惕“不看征信秒批下款”骗局', 'suspect']]);
    expect(line('编辑推荐：这种“秒批下款”是骗局')).toEqual([['编辑推荐：这种“秒批下款”是骗局', 'suspect']]);
    expect(line('为你推荐：冬季出行注意保暖')).toEqual([]);
  });
  it('marks a chain of questions shopping for a grey-market service, not an explainer on the trade', async () => {
    const { findQuestionChains } = await import('../../src/spam/find-question-chains');
    const chain = '真钱百家乐去哪玩？网贷口子怎么找？下款快吗？';
    expect(findQuestionChains(chain, ['菜价平稳，蔬菜供应充足。', chain]).map((s) => s.tier)).toEqual(['suspect']);
    expect(findQuestionChains(chain, ['警方提醒，网络赌博和网贷口子多是诈骗。', chain])).toEqual([]);
  });
  it('hides a grey-market offer glued into an article not about it, marks a bare trade word', async () => {
    const { findGreyWords } = await import('../../src/spam/find-grey-words');
    const cut = (text: string): string[] => [...text];
    const page = ['今年秋粮喜获丰收，北京赛车在线计划全市收购价格平稳。', '农户说，今年雨水充足。'];
    const found = findGreyWords('秋粮丰收', page, cut)[0] ?? [];
    expect(found.map((s) => [page[0]?.slice(s.start, s.end), s.tier])).toEqual([['北京赛车在线计划', 'hidden']]);
    const police = ['警方捣毁一个网络赌博团伙，该团伙散布北京赛车在线计划诱导投注。'];
    expect(findGreyWords('警方捣毁赌博团伙', police, cut)).toEqual([[]]);
  });
});

describe('smaller shapes (session 14)', () => {
  it('hides a coupon token between # marks beside its call, not a topic tag', async () => {
    const { findCouponCodes } = await import('../../src/spam/find-sales-strings');
    const text = '工厂去年扩建。#Rt5Wq9Lm#复制打开淘宝即可领券';
    expect(findCouponCodes(text).map((s) => [text.slice(s.start, s.end), s.tier])).toEqual([['#Rt5Wq9Lm#复制打开淘宝即可领券', 'hidden']]);
    expect(findCouponCodes('网友在微博发起话题#iPhone15#，讨论新机的续航。')).toEqual([]);
  });
  it('marks a link to the next page in brackets, never hides it', () => {
    expect(notices('工人们仍在加班。(未完待续，请看下页)')).toEqual([['(未完待续，请看下页)', 'suspect']]);
  });
});

// Session 29, written for this test: a disclaimer glued with no mark before the writer's words.
describe('a disclaimer glued into the writer\'s clause ends on its own words', () => {
  it('hides the disclaimer and leaves the writer\'s words glued after it', () => {
    expect(notices('工人们清理了河道，读者据此操作，风险自担挖出淤泥三千多吨。')).toEqual([['读者据此操作，风险自担', 'hidden']]);
    expect(notices('新馆开放后，以上仅代表作者个人观点，与本站无关参观人数翻了一番。')).toEqual([['以上仅代表作者个人观点，与本站无关', 'hidden']]);
    expect(notices('照片均取自网络，若有侵权请告知删除村民们连夜搭起了帐篷。')).toEqual([['照片均取自网络，若有侵权请告知删除', 'hidden']]);
  });
  it('still takes a disclaimer\'s own closing words', () => {
    expect(notices('本文来源于网络，版权归原作者所有。')).toEqual([['本文来源于网络，版权归原作者所有。', 'hidden']]);
    expect(notices('厂房去年投入使用。图片来源于网络，仅供学习交流使用。今年产量翻番。')).toEqual([['图片来源于网络，仅供学习交流使用。', 'hidden']]);
  });
});

// Session 31 (GATE29: a QR-code follow call pasted inside a quoted title took seven of the title's characters as its account).
describe('a QR-code follow call and the account it names', () => {
  it('ends the call at 关注 where the words after it show no account', () => {
    expect(unnamedFollowEnd('↓↓↓ 长按识别二维码关注东湖公园围栏倒塌伤人')).toBe('↓↓↓ 长按识别二维码关注'.length);
    expect(unnamedFollowEnd('扫码关注城南老街改造')).toBe('扫码关注'.length);
  });
  it('keeps the account a call names: a 号, quotes, an ID, the site itself', () => {
    for (const call of ['扫码关注公众号，获取更多资讯', '长按识别二维码关注“东湖发布”', '长按识别二维码关注我们，每天推送干货', '扫一扫关注dh_news', '长按识别二维码关注'])
      expect(unnamedFollowEnd(call)).toBe(-1);
    expect(notices('长按识别二维码关注我们，每天推送干货。')).toEqual([['长按识别二维码关注我们，每天推送干货。', 'hidden']]);
  });
  it('is no QR-code call without a code to scan', () => {
    expect(unnamedFollowEnd('市民持续关注东湖公园围栏倒塌')).toBe(-1);
  });
});
