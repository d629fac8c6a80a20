import { describe, expect, it } from 'vitest';
import { findReaderLures, pageWriterWords } from '../../src/spam/find-reader-lures';
import { LURE_GUARD_PAGES } from '../fixtures/lure-guard-texts';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

/** What the finder takes from each paragraph of a page (headline first), as [text, tier]. */
function lures(page: readonly string[]): [string, string][][] {
  const cut = (text: string): string[] => spamTools().segmenter.cut(text);
  const [title = '', ...paragraphs] = page;
  const words = pageWriterWords(title, paragraphs, cut);
  return paragraphs.map((p, i) => findReaderLures(p, words, cut, i === paragraphs.length - 1).map((s) => [p.slice(s.start, s.end), s.tier] as [string, string]));
}

// Wordings written for these tests (session 18), none from QA's pages or the glued generator's pools.
describe('a sales run glued between two of the writer\'s sentences', () => {
  it('hides a quick loan up to its last clause, and the writer\'s next sentence stays', () => {
    const page = ['城北新开一条公交线路', '新线路全长十八公里，沿途设站二十二个。手头周转不开找我们，无抵押当天放款，额度最高五万元，首班车早上六点从城北枢纽发出。', '公交公司说，线路开通后将根据客流调整班次。', '末班车晚上十点发车。'];
    expect(lures(page)[0]).toEqual([['手头周转不开找我们，无抵押当天放款，额度最高五万元，', 'hidden']]);
  });
  it('hides a betting sign-up run at the paragraph\'s end', () => {
    const page = ['老桥加固工程完工', '这座老桥建于上世纪七十年代，此次加固更换了全部栏杆。金樽体育官方平台，注册立送八十八元，球赛竞猜天天有！', '工程负责人说，加固后的桥梁可再用三十年。', '大桥今天起恢复通行。'];
    expect(lures(page)[0]).toEqual([['金樽体育官方平台，注册立送八十八元，球赛竞猜天天有！', 'hidden']]);
  });
  it('hides bait that speaks to the reader and asks for comments and shares', () => {
    const page = ['职工食堂换了新菜单', '食堂每天供应三百份午餐。是不是想起了你的学生时代？快来评论区说说，转发给老同学看看！窗口前很快排起了长队。', '食堂负责人说，菜单每周更新一次。', '明天起早餐也将增加品种。'];
    expect(lures(page)[0]).toEqual([['是不是想起了你的学生时代？快来评论区说说，转发给老同学看看！', 'hidden']]);
  });
  it('only marks a run whose last clause runs on, with no stop, into what may be the writer\'s sentence', () => {
    const glued = ['山村快递站开张', '今年镇上新开了一家快递站。秋冬新款外套二十九元包邮，点击下方链接立即抢购山里的核桃、板栗也能从这里直接寄到城里。站长说，每天要发三百多件。', '快递站每天上午十点收件。', '站里还招了两名村民。'];
    expect(lures(glued)[0]?.map(([, tier]) => tier)).toEqual(['suspect']);
    const stopped = ['山村快递站开张', '今年镇上新开了一家快递站。秋冬新款外套二十九元包邮，点击下方链接立即抢购！站长说，每天要发三百多件。', '快递站每天上午十点收件。', '站里还招了两名村民。'];
    expect(lures(stopped)[0]).toEqual([['秋冬新款外套二十九元包邮，点击下方链接立即抢购！', 'hidden']]);
  });
  it('reads an urging word as a call only when said to the reader, not after a third person (志愿者们赶紧上前)', () => {
    // A status row glued with no stop before the writer's clause: the writer's 志愿者们赶紧上前 tells
    // what the villagers did, so it is no second clause of a lure and the writer's words stay.
    const narrated = ['山洪过后志愿者送来物资', '救援车队中午开进了村子。您关注的航班 CA1234 已到达 行李转盘 8仓库门口，志愿者们赶紧上前，帮忙把物资搬进仓库。', '村干部说，物资够全村用两个星期。', '道路预计三天后抢通。'];
    expect(lures(narrated)[0]?.filter(([text, tier]) => tier === 'hidden' && text.includes('志愿者们'))).toEqual([]);
    const called = ['山洪过后志愿者送来物资', '救援车队中午开进了村子。各位朋友赶紧扫码进群，免费领取理财课程，名额有限！村民们帮忙把物资搬进仓库。', '村干部说，物资够全村用两个星期。', '道路预计三天后抢通。'];
    expect(lures(called)[0]).toEqual([['各位朋友赶紧扫码进群，免费领取理财课程，名额有限！', 'hidden']]);
  });
  it('only marks a run in the article\'s last paragraph (a site may sign off so)', () => {
    const page = ['医院门诊楼启用', '新门诊楼共七层，设有四十个诊室。', '患者可通过自助机挂号。扫码进群，每天免费领两只涨停股，名额有限！'];
    expect(lures(page)[1]).toEqual([['扫码进群，每天免费领两只涨停股，名额有限！', 'suspect']]);
  });
});

describe('the writer\'s own text that quotes or resembles a lure', () => {
  it('never hides a speaker’s words after a verb of saying and its colon, with no quotation marks; the paste after their stop is hidden', () => {
    // Session 28 (QA26's farm page: a mother's question to her son hidden with the ride-hailing line pasted after it). Sentences written for this test.
    const called = ['寻人启事引来全城帮忙', '天黑以后，母亲站在桥头一遍遍呼喊：小军，小军，你听得见吗？司机已接单，距您1.2公里，预计3分钟到达，请到路边等候。', '搜救队员说，孩子最后是在河边的瓜棚里找到的。', '孩子身体无大碍。'];
    expect(lures(called)[0]).toEqual([
      ['你听得见吗？', 'suspect'],
      ['司机已接单，距您1.2公里，预计3分钟到达，', 'hidden'],
    ]);
    const told = ['老人走失三小时后找到', '民警在电话里告诉老人的女儿：您先别着急，我们已经找到您父亲了，他就在派出所，您过来接他就行。', '老人随后被家人接回。', '派出所提醒家属给老人佩戴定位手环。'];
    expect(lures(told)[0]?.filter(([, tier]) => tier === 'hidden')).toEqual([]);
  });
  it('hides nothing on the guard pages (fraud, prices, a lottery win, hotlines, loans, stocks)', () => {
    for (const page of LURE_GUARD_PAGES) for (const found of lures(page)) expect(found.filter(([, tier]) => tier === 'hidden')).toEqual([]);
  });
  it('keeps a run on the article\'s own topic to a mark', () => {
    const page = ['银行推出小微企业贷款', '该行本月推出小微企业贷款，凭营业执照即可申请，最高可贷五十万元，当天审批到账。', '银行表示，贷款利率不高于同期市场水平。'];
    expect(lures(page)[0]?.every(([, tier]) => tier === 'suspect')).toBe(true);
  });
  it('leaves one clause that names a price or a trade alone', () => {
    expect(lures(['门票免费', '本周六博物馆免费开放。', '馆方说，参观无需预约。'])).toEqual([[], []]);
  });
});

// Session 19 (s19-ads): ads a farm picks on the page's own topic, so they share its main word.
// Wordings written for these tests, none from QA's pages or the on-topic generator's pools.
describe('an ad on the page\'s own topic, glued between the writer\'s sentences', () => {
  it('hides a health product\'s complaint, remedy and promise in time, though it names the topic', () => {
    const page = ['痛风患者逐年增多', '专家介绍，痛风与饮食习惯关系密切。痛风反复发作？宫廷秘制药酒，喝上半个月，疼痛全消，海鲜和啤酒都要少吃。', '医院每周二开设痛风专病门诊。'];
    expect(lures(page)[0]).toEqual([['痛风反复发作？宫廷秘制药酒，喝上半个月，疼痛全消，', 'hidden']]);
  });
  it('hides a bare list of betting terms with no verb, glued after a full stop', () => {
    const page = ['篮球联赛今晚揭幕', '揭幕战在市体育馆进行。篮球博彩网，真人视讯，棋牌游戏，门票已经售罄。', '比赛将在晚上七点半开始。'];
    expect(lures(page)[0]).toEqual([['篮球博彩网，真人视讯，棋牌游戏，', 'hidden']]);
  });
  it('hides an on-topic service ad put as a question to the reader', () => {
    const page = ['老房翻新需求旺盛', '今年以来，老房翻新订单增长三成。翻新找哪家好？一站式翻新包工包料，免费上门量房，不少业主选择在春节前完工。', '业内人士说，翻新前要先检查水电线路。'];
    expect(lures(page)[0]).toEqual([['翻新找哪家好？一站式翻新包工包料，免费上门量房，', 'hidden']]);
  });
  it('hides nothing of a health story with a doctor\'s advice in time or a quoted cure', () => {
    const pages = [
      ['腰椎间盘突出怎么办', '医生说，腰椎间盘突出的患者要卧床休息一周，再坚持做三个月的腰背肌锻炼。', '一位患者说，他曾在网上买过号称“七天根治”的膏药，花了两千多元也没见效。'],
      ['足球之夜', '球迷们聚在广场上看球，大屏幕上比分不断刷新，有人竞猜比分，有人喊着加油。', '警方提醒，竞猜比分只当娱乐，切勿参与网络赌球。'],
    ];
    for (const page of pages) for (const found of lures(page)) expect(found.filter(([, tier]) => tier === 'hidden')).toEqual([]);
  });
});

// Session 20 (s20-ads): app plugs in QA19's places, wordings written here (not the plug generator's).
describe('an app plug glued into the writer\'s paragraph', () => {
  const host = (paragraph: string): string[] => ['河道清淤工程开工', paragraph, '工程预计明年汛期前完工。', '清出的淤泥将用于绿化。'];
  it('hides the call and what it gives, closed with a comma inside the writer\'s sentence', () => {
    const page = host('清淤船今天进场作业，登录趣刷APP，连签七天领现金红包，沿河居民也前来围观。');
    expect(lures(page)[0]).toEqual([['登录趣刷APP，连签七天领现金红包，', 'hidden']]);
  });
  it('hides it after the paragraph\'s last stop, the benefit first', () => {
    const page = host('清淤船今天进场作业。想看完整报道，请下载云帆客户端');
    expect(lures(page)[0]).toEqual([['想看完整报道，请下载云帆客户端', 'hidden']]);
  });
  it('hides a store search glued to the writer\'s words with no stop, from the call on', () => {
    const page = host('清淤船今天进场作业应用市场搜索“帆影”，下载安装后即可阅读全文，沿河居民也前来围观。');
    expect(lures(page)[0]).toEqual([['应用市场搜索“帆影”，下载安装后即可阅读全文，', 'hidden']]);
  });
  it('leaves a how-to\'s steps, an app in the third person and a call with nothing given', () => {
    const pages = [
      ['社保卡线上申领', '打开手机银行APP，搜索社保卡，点击申领即可，三个工作日内寄到家。', '窗口办理仍然保留。'],
      ['停车应用上线', '该区上线的停车应用可查看空余车位，车主下载后即可预约。', '目前已接入四十个停车场。'],
      ['快递员的早晨', '清晨六点，小刘打开派件软件，开始规划当天的路线。', '他说，旺季每天要送三百多件。'],
    ];
    for (const page of pages) for (const found of lures(page)) expect(found.filter(([, tier]) => tier === 'hidden')).toEqual([]);
  });
});

// Session 29, written for this test: 上 and 网 of two of the writer's words are no call to go to a site.
describe('a call to go to a site is read on whole words', () => {
  it('leaves the writer\'s 以上|网友 clause beside an address pasted into the next clause', () => {
    const page = ['公园改造方案征求意见', '方案公布后，八成以上网友支持保留老树，还有人希望您有3张优惠券即将过期多建凉亭。', '改造预计明年春天开工。', '施工期间公园部分区域将临时封闭。'];
    expect(lures(page)[0]?.filter(([text]) => text.includes('网友'))).toEqual([]);
  });
  it('still reads a call to a site\'s own address as a call', () => {
    const page = ['城北新开一条公交线路', '新线路全长十八公里。想要轻松赚钱？赶紧上官网注册，首存立送八十八元！首班车早上六点发出。', '公交公司说，线路开通后将根据客流调整班次。', '末班车晚上十点发车。'];
    expect(lures(page)[0]).toEqual([['想要轻松赚钱？赶紧上官网注册，首存立送八十八元！', 'hidden']]);
  });
});
