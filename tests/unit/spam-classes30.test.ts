/**
 * Session 30's mechanical classes (QA29 / GATE29 never hid nor marked them): mojibake, chat apps' emoji codes,
 * subtitle and lyrics timings, Markdown shown as text, a random token glued into a sentence, a stray symbol after
 * a comma — each both ways, on sentences written for these tests (none from the pools or QA's pages).
 */
import { describe, expect, it } from 'vitest';
import { findEmojiCodes, findSubtitleTimings } from '../../src/spam/find-chat-codes';
import { findJammerTokens } from '../../src/spam/find-jammers';
import { findMarkupLeaks } from '../../src/spam/find-markup-leaks';
import { findMojibake } from '../../src/spam/find-mojibake';
import { findScreenLines } from '../../src/spam/find-screen-lines';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { markQuotedWhole } from '../../src/spam/quoted-whole';
import type { SpamSpan } from '../../src/spam/types';

const found = (spans: SpamSpan[], text: string): [string, string][] => spans.map((s) => [text.slice(s.start, s.end), s.tier]);
/** A phrase as a page saved in UTF-8 and read as GBK shows it. */
const asGbk = (phrase: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(phrase));

describe('mojibake (family jammer)', () => {
  it('hides UTF-8 read as GBK, glued into a sentence, where the bytes give back common Chinese', () => {
    const garbled = asGbk('春季招聘会');
    const text = `工人们连夜抢修管道，${garbled}附近的路段已经恢复通行。`;
    expect(found(findMojibake(text), text)).toEqual([[garbled, 'hidden']]);
  });

  it('hides the fills decoders leave, and UTF-8 read as Windows-1252', () => {
    expect(found(findMojibake('锟斤拷锟斤拷比赛将于周六举行。'), '锟斤拷锟斤拷比赛将于周六举行。')).toEqual([['锟斤拷锟斤拷', 'hidden']]);
    expect(found(findMojibake('比赛将于周六举行。烫烫烫烫烫'), '比赛将于周六举行。烫烫烫烫烫')).toEqual([['烫烫烫烫烫', 'hidden']]);
    const latin = 'å¸æ°å¬å¼'; // 市民公开, its C1 bytes dropped
    const text = `场馆周末${latin}开放，预约即可入场。`;
    expect(found(findMojibake(text), text)).toEqual([[latin, 'hidden']]);
  });

  it('only marks the fill a writer quotes whole (as the pipeline reads it, ./quoted-whole.ts)', () => {
    const text = '邮件的标题变成了一串“锟斤拷锟斤拷”，技术人员正在排查。';
    expect(found(markQuotedWhole(text, findMojibake(text)), text)).toEqual([['锟斤拷锟斤拷', 'suspect']]);
  });

  it('leaves rare characters a writer strings together, and a few hot 烫', () => {
    for (const text of ['这碗汤太烫了，烫烫的，小心别烫着嘴。', '鄱阳湖畔的饕餮盛宴吸引了不少游客。', '缙云县的仙都景区今年游客翻番。', 'Café 的老板是法国人，店名叫 Déjà vu。'])
      expect(findMojibake(text)).toEqual([]);
  });
});

describe('emoji codes (family symbol)', () => {
  it('hides an app sticker’s code and a row of them anywhere in the writer’s text', () => {
    const text = '新馆开放首日，[呲牙][呲牙]排队的市民从门口一直排到了路口。';
    expect(found(findEmojiCodes(text), text)).toEqual([['[呲牙][呲牙]', 'hidden']]);
    expect(found(findEmojiCodes('活动下周结束。/::D报名还来得及。'), '活动下周结束。/::D报名还来得及。')).toEqual([['/::D', 'hidden']]);
  });

  it('marks a code the writer names, and leaves brackets that are no sticker', () => {
    const named = '他只回了一个[微笑]，对方就再也没有说话。';
    expect(found(findEmojiCodes(named), named)).toEqual([['[微笑]', 'suspect']]);
    expect(findEmojiCodes('附件[1]列出了名单，[图]为现场照片，[注]见文末。')).toEqual([]);
  });
});

describe('subtitle and lyrics timings (family jammer)', () => {
  it('hides a cue’s timing with its number, and LRC tags', () => {
    const text = '这部纪录片讲述了大桥的建造，7 00:02:11,200 --> 00:02:14,900工程历时六年。';
    expect(found(findSubtitleTimings(text), text)).toEqual([['7 00:02:11,200 --> 00:02:14,900', 'hidden']]);
    expect(found(findSubtitleTimings('歌声响起。[01:12.40][01:13.05]全场合唱。'), '歌声响起。[01:12.40][01:13.05]全场合唱。')).toEqual([['[01:12.40][01:13.05]', 'hidden']]);
  });

  it('only marks a bare [mm:ss], and leaves times a writer writes', () => {
    expect(found(findSubtitleTimings('精彩片段见[03:20]处。'), '精彩片段见[03:20]处。')).toEqual([['[03:20]', 'suspect']]);
    expect(findSubtitleTimings('列车于08:30:00发车，全程02:15:30，视频第1:20秒可见。')).toEqual([]);
  });
});

describe('Markdown shown as text (markup leaks, family jammer)', () => {
  it('hides the marks and marks the words they carry', () => {
    const text = '大会闭幕。## 二、会议成果 代表们一致通过了决议，**最新进展**会后公布。';
    expect(found(findMarkupLeaks(text), text)).toEqual([
      ['## ', 'hidden'],
      ['二、会议成果', 'suspect'],
      ['**', 'hidden'],
      ['最新进展', 'suspect'],
      ['**', 'hidden'],
    ]);
    const image = '展览持续到月底，![](upload/2023/expo_01.jpg)门票免费。';
    expect(found(findMarkupLeaks(image), image)).toEqual([['![](upload/2023/expo_01.jpg)', 'hidden']]);
    expect(found(findMarkupLeaks('---'), '---')).toEqual([['---', 'hidden']]);
  });

  it('leaves hashtags, masked words, dashes and a text about Markdown', () => {
    for (const text of ['#春运回家路#话题阅读量破亿。', '他骂了一句***，随即离开。', '2019-2020赛季，球队战绩平平。', '在Markdown里，两个井号“## ”表示二级标题。', '两组对比，甲组 > 乙组，差异明显。'])
      expect(findMarkupLeaks(text)).toEqual([]);
  });
});

describe('a random token glued into the text (family jammer)', () => {
  it('hides a symbol between letters and digits, alternating letters and digits, and Base64', () => {
    for (const token of ['Tq4&wZ9', 'k3m7p2x8', 'aGVsbG8gd29ybGQ='])
      expect(found(findJammerTokens(`暴雨持续了三天，${token}河水漫过了堤坝。`), `暴雨持续了三天，${token}河水漫过了堤坝。`)).toEqual([[token, 'hidden']]);
  });

  it('leaves prices with a currency sign, and only marks a one-case token around a symbol (a brand or a code)', () => {
    for (const text of ['一件原價NT$1,280的羽絨外套，到手價只要NT$799。', '机票从US$300涨到了HK$2,400。'])
      expect(findJammerTokens(text)).toEqual([]);
    const text = '运营商宣布，AT&T5G网络覆盖了全市。';
    expect(found(findJammerTokens(text), text)).toEqual([['AT&T5G', 'suspect']]);
  });

  it('leaves model numbers, flights, addresses and a code the writer names', () => {
    for (const text of ['新款RTX4090显卡售价上涨，H5N1疫情也有反弹。', '航班MU5735的调查报告已经公布。', '请发邮件到news@example.com联系。', '他把密码设成了Tq4&wZ9，结果被盗号。', '这次的验证码是k3m7p2x8。'])
      expect(findJammerTokens(text)).toEqual([]);
  });
});

describe('a stray symbol after a comma (family symbol)', () => {
  it('hides a mark glued after a comma into the next words; marks a paragraph of marks', () => {
    expect(found(findStraySymbols('雨越下越大，◇村民们开始转移。'), '雨越下越大，◇村民们开始转移。')).toEqual([['◇', 'hidden']]);
    expect(found(findStraySymbols('◆◇'), '◆◇')).toEqual([['◆◇', 'suspect']]);
  });

  it('only marks one symbol the sentence names as a mark (session 31), and still hides one splitting a word', () => {
    for (const text of ['图中用◆标出的区域是这次受灾最重的村子。', '游客手里拿着印有★标志的纸袋。', '地图上用▲号表示山峰的位置。'])
      expect(findStraySymbols(text).map((s) => s.tier)).toEqual(['suspect']);
    expect(findStraySymbols('表格里，◆符号代表尚未核实的数据。')).toEqual([]);
    expect(findStraySymbols('地铁站里的手机信◆号一直很弱。').map((s) => s.tier)).toEqual(['hidden']);
    expect(findStraySymbols('平台的新用◆户超过一百万。').map((s) => s.tier)).toEqual(['hidden']);
    expect(findStraySymbols('他说，★标志性的建筑已经修好。').map((s) => s.tier)).toEqual([]);
  });

  it('leaves a writer’s bullet after a stop and an emoji after a comma', () => {
    expect(findStraySymbols('会议通过三项决议。▲图为会议现场。')).toEqual([]);
    expect(findStraySymbols('大家好，😊今天我们来聊聊春游。')).toEqual([]);
  });
});

describe('lines of other screens (screen-lines, family seo, marked only)', () => {
  const marked = (text: string): [string, string][] => found(findScreenLines(text), text);

  it('marks a chatbot’s closing, a navigation voice, a step counter and a parcel’s status glued into the text', () => {
    expect(marked('展会将持续五天。如果您需要更详细的版本，请告诉我。主办方预计客流超过十万。')).toEqual([['如果您需要更详细的版本，请告诉我。', 'suspect']]);
    expect(marked('老街改造完成后，前方200米左转进入解放路，游客明显多了。')).toEqual([['前方200米左转进入解放路', 'suspect']]);
    expect(marked('志愿者连续工作了十个小时。今日步数：15302步')).toEqual([['今日步数：15302步', 'suspect']]);
    expect(marked('【极兔速递】您的包裹已到达本市分拨中心，取件码5-1-2033')).toEqual([['【极兔速递】您的包裹已到达本市分拨中心，取件码5-1-2033', 'suspect']]);
  });

  it('leaves the writer telling of such things', () => {
    for (const text of [
      '暴雪封路，不少快递公司暂停了派送，市民的包裹被困在路上。',
      '司机说导航让他在桥下掉头，结果开进了单行道。',
      '她每天都走一万多步，坚持了整整三年。',
      '主播在镜头前反复喊着“上链接”，观众却越来越少。',
      '美国陆军第69步兵师在此驻扎过，许多老玩家还记得这段历史。',
    ])
      expect(marked(text)).toEqual([]);
  });
});
