import { describe, expect, it } from 'vitest';
import { findFarmStamps } from '../../src/spam/find-farm-stamps';
import { findHotlines } from '../../src/spam/find-hotlines';
import { findLabelRuns } from '../../src/spam/find-label-runs';
import { findPlatformChrome } from '../../src/spam/find-platform-chrome';
import { findSiteNotices } from '../../src/spam/find-site-notices';
import { findSpacedWords } from '../../src/spam/find-spaced-words';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

type Found = { start: number; end: number; tier: string }[];
const found = (spans: Found, text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
const with_ = (find: (text: string) => Found) => (text: string): [string, string][] => found(find(text), text);

describe("a social platform's chrome (session 15)", () => {
  const chrome = with_(findPlatformChrome);
  it('hides a line of counters, not a sentence about likes and reads', () => {
    expect(chrome('阅读 10万+  在看 856')).toEqual([['阅读 10万+  在看 856', 'hidden']]);
    expect(chrome('学校已经开学。閱讀 3.2萬 | 點贊 12')).toEqual([['閱讀 3.2萬 | 點贊 12', 'hidden']]);
    expect(chrome('这条视频的阅读量超过10万，网友纷纷点赞。')).toEqual([]);
    expect(chrome('评论 收藏')).toEqual([['评论 收藏', 'suspect']]);
  });
  // Session 30, written for this test: a follow call pasted inside a speaker's quotation, in a short paragraph.
  it('hides a call line pointing at the account, never a writer’s line with the call inside a quotation', () => {
    expect(chrome('点击上方“幸福社区”关注我们')).toEqual([['点击上方“幸福社区”关注我们', 'hidden']]);
    expect(chrome('王阿姨说：“点击上方蓝字关注「幸福社区」每天都有志愿者上门。”')).toEqual([]);
    expect(chrome('“👆关注幸福社区每天都有志愿者上门，我们踏实多了，”她说。').filter(([, tier]) => tier === 'hidden')).toEqual([]);
  });
  it('hides an emoji pointing at a call, not an emoji without one', () => {
    expect(chrome('新路已经通车。👉点击关注，获取更多资讯')).toEqual([['👉点击关注，获取更多资讯', 'hidden']]);
    expect(chrome('活动很成功。👇长按扫码关注。老人们说…')).toEqual([['👇长按扫码关注。', 'hidden']]);
    expect(chrome('大家都说👉这家店的面好吃。')).toEqual([]);
  });
  // Session 31, written for this test: WeChat's plain arrows stacked before a call; the call stops at its last call word.
  it('hides plain arrows right before a call, ending at 关注, never a trend arrow with a verb further on', () => {
    expect(chrome('↓↓↓ 长按识别二维码关注江北区图书馆公告：下周一闭馆')).toEqual([['↓↓↓ 长按识别二维码关注', 'hidden']]);
    expect(chrome('今年前十个月出口额↑5.2%，不少外贸企业纷纷加入跨境电商平台。')).toEqual([]);
    expect(chrome('猪肉价格↓ 记者走访发现，不少市民下载了比价软件。')).toEqual([]);
  });
  it('hides a poll with a vote word or put to the reader, marks one a writer leads into, leaves a question with no options', () => {
    expect(chrome('天气转凉。【投票】你支持延迟退休吗？A. 支持 B. 反对 C. 无所谓')).toEqual([['【投票】你支持延迟退休吗？A. 支持 B. 反对 C. 无所谓', 'hidden']]);
    // Session 18: a question to the reader with options, standing alone, is a poll with or without a vote word.
    expect(chrome('你平时几点睡觉？A.十点前 B.十二点前 C.凌晨以后')).toEqual([['你平时几点睡觉？A.十点前 B.十二点前 C.凌晨以后', 'hidden']]);
    expect(chrome('试卷第三题是：你平时几点睡觉？A.十点前 B.十二点前 C.凌晨以后')).toEqual([['你平时几点睡觉？A.十点前 B.十二点前 C.凌晨以后', 'suspect']]);
    expect(chrome('你平时几点睡觉？专家建议十点前入睡。')).toEqual([]);
  });
  it("ends a poll pasted into a paragraph at its options: the article's words after them stay", () => {
    expect(chrome('天气转凉。【投票】你支持延迟退休吗？A. 支持 B. 反对 据新华社报道')).toEqual([['【投票】你支持延迟退休吗？A. 支持 B. 反对 ', 'hidden']]);
    expect(chrome('天气转凉。【投票】你支持延迟退休吗？A. 支持 B. 反对 已有1234人参与')).toEqual([['【投票】你支持延迟退休吗？A. 支持 B. 反对 已有1234人参与', 'hidden']]);
  });
});

describe("the copier's stamps and image remains (session 15)", () => {
  const stamps = (text: string, first = false, nearTop = first): [string, string][] => found(findFarmStamps(text, first, nearTop), text);
  it('hides a labelled stamp mid-text, marks a bare one, leaves the dateline and a date alone', () => {
    expect(stamps('村民们说，发布时间：2023-05-06 10:23:45这条路修了三年。')).toEqual([['发布时间：2023-05-06 10:23:45', 'hidden']]);
    expect(stamps('会议结束。2024年6月1日 20:34准备参加饭局的人')).toEqual([['2024年6月1日 20:34', 'suspect']]);
    expect(stamps('2012-06-15 09:38 新华网北京6月15日电', true)).toEqual([]);
    expect(stamps('比赛将于6月5日晚上举行，2012年6月5日是星期二。')).toEqual([]);
    // A byline line, wherever the site prints it, with or without a label or seconds.
    expect(stamps('东岸晚报　2026年11月24日　19:20　来源：东岸晚报')).toEqual([]);
    expect(stamps('发布时间：2026-11-28 10:00:05　来源：市政府办公室　作者：陈晓')).toEqual([]);
    expect(stamps('记者 王敏 2026/11/15 21:47')).toEqual([]);
    expect(stamps('2026-11-09 06:15', false, true)).toEqual([]);
    expect(stamps('暖风资讯 2026-11-09 06:15', false, true)).toEqual([]);
    expect(stamps('发表于 2026-11-09 06:15', false, false)).toEqual([['发表于 2026-11-09 06:15', 'hidden']]);
    expect(stamps('网友李强捐赠了300元；采集时间：2026-11-09 06:15:32')).toEqual([['采集时间：2026-11-09 06:15:32', 'hidden']]);
    expect(stamps('东岸晚报 采集时间：2026-11-09 06:15:32')).toEqual([['采集时间：2026-11-09 06:15:32', 'hidden']]);
    expect(stamps('乡村振兴看变化 来源时间：2026-11-09 06:15:32')).toEqual([['来源时间：2026-11-09 06:15:32', 'hidden']]);
    // A heading is no byline: a stamp glued into it is the copier's.
    expect(stamps('乡村振兴看变化 更新时间：2026-11-09 06:15:32')).toEqual([['更新时间：2026-11-09 06:15:32', 'hidden']]);
  });
  it('hides a placeholder and a source line naming the net, not a headline marker or a credit', () => {
    expect(stamps('[图片]')).toEqual([['[图片]', 'hidden']]);
    expect(stamps('（图）')).toEqual([['（图）', 'hidden']]);
    expect(stamps('凉山深处上学娃（图）')).toEqual([]);
    expect(stamps('村里修了路。图片来源：网络')).toEqual([['图片来源：网络', 'hidden']]);
    expect(stamps('图片来源：新华社')).toEqual([['图片来源：新华社', 'suspect']]);
    expect(stamps('伟悬赏1万元寻找被救者。图／实习记者赵赫廷')).toEqual([]);
  });
});

describe('link lines under any label, and crowd-question lines (session 15)', () => {
  const runs = (text: string, title = '校车安全引关注'): [string, string][] => found(findLabelRuns(text, title), text);
  it('hides a run under a label about reading or searching, leaves bylines and tag lines', () => {
    expect(runs('顺手看看：减肥食谱 二手车报价 考研分数线')).toEqual([['顺手看看：减肥食谱 二手车报价 考研分数线', 'hidden']]);
    expect(runs('新校车已经到位相关搜索：高铁票 天气预报 养生茶')).toEqual([['相关搜索：高铁票 天气预报 养生茶', 'hidden']]);
    expect(runs('值得一看：校车安全 交通规则 应急演练')).toEqual([['值得一看：校车安全 交通规则 应急演练', 'suspect']]);
    expect(runs('作者：肖永鸿、罗豫、李国成／中山大学')).toEqual([]);
    expect(runs('关键词：乡村振兴 农业 粮食安全')).toEqual([]);
  });
  it("hides a crowd's off-topic question, not an interview's question", () => {
    expect(runs('网友正在讨论：月薪五千能在北京生活吗？')).toEqual([['网友正在讨论：月薪五千能在北京生活吗？', 'hidden']]);
    expect(runs('网友：中国现在围棋的普及情况怎么样？')).toEqual([]);
  });
});

describe('numbers in digit groups, split phrases, audio durations (session 15)', () => {
  it('hides a grouped number glued into a clause, marks one standing after its sentence, leaves a 400 line', () => {
    const lines = with_(findHotlines);
    // The older hotline rule marks the same number (glued); the merge keeps the hidden span.
    expect(lines('志愿者们为联系电话：191-2770-1299孩子们安排了活动。')).toContainEqual(['联系电话：191-2770-1299', 'hidden']);
    expect(lines('我们也是受害者！联系电话：177 1449 4465')).toEqual([['联系电话：177 1449 4465', 'suspect']]);
    expect(lines('记者拨打该公司公布的客服热线400-820-8820，工作人员称退款将在七日内到账。')).toEqual([]);
  });
  it('hides a phrase split by dots or emoji, not a name with middle dots or a list', () => {
    const split = (text: string): [string, string][] => found(findSpacedWords(text, spamTools()), text);
    expect(split('昨日，澳·门·赌·场的人说')).toEqual([['澳·门·赌·场', 'hidden']]);
    expect(split('他说博💰彩💰平💰台是骗局')).toEqual([['博💰彩💰平💰台', 'hidden']]);
    expect(split('米格尔·德·塞万提斯是作家')).toEqual([]);
    expect(split('居民的衣、食、住、行都有保障')).toEqual([]);
  });
  it("hides a player's duration standing alone, not a duration in a sentence or a player in a sentence", () => {
    const notices = with_((text: string) => findSiteNotices(text));
    expect(notices('约3分钟')).toEqual([['约3分钟', 'hidden']]);
    expect(notices('会议结束。收听 约5分钟')).toEqual([['收听 约5分钟', 'hidden']]);
    expect(notices('从学校走到车站约3分钟。')).toEqual([]);
    expect(notices('耳机控制可用于暂停、播放、跳过和重复曲目。')).toEqual([]);
  });
});
