/**
 * Generator of session 22 (s22-rows), frozen before any finder changed. Three classes QA21 found at
 * 0% or left the writer's words under, written by their nature:
 * - `q-glued`: a search-query or betting row (chunks set apart by spaces, no punctuation, no
 *   predicate) glued into the writer's clause with *no mark before it*. Half the time right after a
 *   clause of the writer's that ends in a noun a query also ends in (…视频, …图片, …官网, …推荐):
 *   that clause is the writer's look-alike and must stay whole (QA21's only real-text failure).
 * - `contact`: a contact line speaking to the reader: an optional come-on, a channel's label
 *   (phone, WeChat, QQ, customer service, a disguised 加V) and a number or handle in one of many
 *   shapes (whole, in groups, with dots, in Han digits, digits spaced out), an optional tail.
 * - `coupon`: a coupon or discount code, or a 满减 voucher call, speaking to the reader.
 * - `lookalike`: the writer's own text like them: a story quoting 12345 or 110, a police line's
 *   number, a company's hotline the reporter rang, a report on coupons and consumer rights, a
 *   caption's or a timetable's words set apart by spaces, a clause ending in 视频 or 官网.
 *
 * Places: `glued` straight after a writer's word inside a clause (no mark before, closed by a comma,
 * a space or nothing), `clause` after a writer's comma, `between` two sentences, `own` a paragraph.
 * A quarter of the pages are Traditional. Two pools in wordings of their own: `dev` (dev articles,
 * seed 221) to build on, `heldout` (held-out articles, seed 223) measured only.
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows22 [--split=dev|heldout] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { topicWord } from './ontopic-ad-styles';
import type { RedteamPage } from './redteam-a-styles';

export const ROWS22_STYLES = ['q-glued', 'contact', 'coupon', 'lookalike'] as const;
export type Rows22Style = (typeof ROWS22_STYLES)[number];
export const ROWS22_PLACES = ['glued', 'clause', 'between', 'own'] as const;
export type Rows22Place = (typeof ROWS22_PLACES)[number];
export type Rows22Split = 'dev' | 'heldout';
export const ROWS22_SEEDS: Record<Rows22Split, number> = { dev: 221, heldout: 223 };

/**
 * Slots: {T} the headline's main word, {C} a city, {N} a small sum, {M} a threshold, {D} a discount,
 * {CODE} a code, {ID} a handle, {V} a number or handle in one of the pool's shapes.
 */
interface Pools {
  rows: string[][];
  /** A writer's clause ending in a noun a query may end in: it stands right before a glued row. */
  bridges: string[];
  leads: string[];
  labels: string[];
  colons: string[];
  tails: string[];
  coupons: string[];
  lookalikes: string[];
  cities: string[];
}

const POOLS: Record<Rows22Split, Pools> = {
  dev: {
    rows: [
      ['{T}多少钱', '{T}哪家好', '{T}价格表'],
      ['{T}安装教程', '{T}说明书下载', '{T}常见故障'],
      ['{C}周边游', '亲子酒店推荐', '门票优惠'],
      ['{C}月子中心排名', '月嫂价格', '坐月子费用'],
      ['{T}加盟', '{T}代理费', '{T}厂家直销'],
      ['足球比分直播', '赛事竞猜', '首充送彩金'],
      ['百家乐技巧', '必赢打法', '提现秒到'],
      ['{C}驾校报名', '学车费用', '科目一题库'],
    ],
    bridges: ['网友纷纷转发现场视频', '不少人专门上网查了相关图片', '主办方随后更新了官网', '记者翻看了几家店的推荐', '他顺手点开了那段下载', '家长们互相分享攻略', '大家都在看那份价格'],
    leads: ['', '', '有意者请联系', '需要的朋友', '详情咨询', '合作请加', '想了解的'],
    labels: ['电话', '微信', 'QQ', '客服', '加V', '联系电话', '手机', '客服QQ'],
    colons: ['：', '', ' ', ':'],
    tails: ['', '', '（微信同号）', '，24小时在线', '，随时联系', '！'],
    coupons: [
      '优惠码{CODE}',
      '下单输入折扣码{CODE}立减{N}元',
      '领券满{M}减{N}',
      '结账时填写优惠码：{CODE}',
      '兑换码 {CODE}',
      '限时领券 立省{N}元',
      '{T}专享券{CODE}，满{M}可用',
      '复制券码{CODE}下单更便宜',
    ],
    lookalikes: [
      '市民可拨打12345市民热线反映问题。',
      '警方提醒，如遇可疑情况请立即拨打110报警。',
      '消费者可通过12315热线投诉商家的虚假优惠。',
      '记者拨打该公司客服电话，一直无人接听。',
      '商场推出满300减50活动，不少顾客排队结账。',
      '有网友反映，领到的优惠券在结账时无法使用。',
      '该店负责人表示，优惠码只在会员日有效。',
      '警方公布了举报电话0571-87650000，欢迎群众提供线索。',
      '网友纷纷转发现场视频，评论区一片叫好。',
      '主办方的官网 微博 公众号同步发布了通知。',
    ],
    cities: ['成都', '杭州', '台中', '武汉'],
  },
  heldout: {
    rows: [
      ['{T}怎么样', '{T}哪里买', '{T}最新报价'],
      ['{T}维修电话', '{T}使用方法', '{T}图解'],
      ['{C}民宿推荐', '{C}一日游攻略', '景区门票价格'],
      ['{C}装修公司排名', '装修报价', '全包多少钱'],
      ['{T}批发', '{T}进货渠道', '{T}代理加盟'],
      ['篮球让分推荐', '今晚比分预测', '注册送彩金'],
      ['真人百家乐', '稳赢技巧', '到账快'],
      ['{C}会计培训', '考证报名入口', '学费多少'],
    ],
    bridges: ['她随后在网上发布了排练视频', '许多游客拍下了照片和图片', '活动信息都挂在学校官网', '店员给出了几款推荐', '不少读者留言求下载', '当地人总结了一份出行攻略', '几家门店都贴出了报价'],
    leads: ['', '', '如有需要请联系', '感兴趣的朋友', '预约请找', '商务洽谈', '想进群的'],
    labels: ['热线', '微信号', 'QQ号', '客服微信', '加微', 'vx', '联系方式', 'TEL', '手机号'],
    colons: ['：', '', ' ', '：'],
    tails: ['', '', '（同微）', '，全天在线', '，欢迎来电', '～'],
    coupons: [
      '折扣码：{CODE}，全场{D}折',
      '输入券码{CODE}再减{N}元',
      '满{M}减{N}券 点击领取',
      '专属优惠码【{CODE}】',
      '新客立减{N}元 券码{CODE}',
      '领取满减券 {CODE}',
      '{T}限时{D}折，优惠口令{CODE}',
      '下单备注暗号{CODE}返现{N}元',
    ],
    lookalikes: [
      '遇到噪音扰民，居民可以拨打12345政务服务热线。',
      '警方表示，发现线索可拨打110或到就近派出所报案。',
      '律师提醒，遭遇虚假打折可向12315投诉维权。',
      '记者多次致电该商家的客服热线，均未获回应。',
      '超市推出满200减30促销，收银台前排起长队。',
      '多名消费者称，平台发放的折扣券使用门槛过高。',
      '商家解释说，兑换码过期后无法补发。',
      '公安机关公布举报电话020-83110000，接受群众举报。',
      '她随后在网上发布了排练视频，引来不少点赞。',
      '学校的官网 公众号 视频号都转发了这则消息。',
    ],
    cities: ['南宁', '厦门', '高雄', '济南'],
  },
};

const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number or handle in one of the shapes a contact line takes; the split only changes which shapes are drawn how often. */
function contactValue(random: () => number, split: Rows22Split): string {
  const mobile = `1${int(random, 3, 9)}${int(random, 100000000, 999999999)}`;
  const qq = String(int(random, 10000000, 3999999999));
  const grouped = (sep: string): string => `${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`;
  const shapes: (() => string)[] = [
    () => mobile,
    () => grouped(' '),
    () => grouped('-'),
    () => [...mobile].map((d) => HAN_DIGITS[Number(d)]).join(''),
    () => qq,
    () => [...qq].join(' '),
    () => `${pick(random, ['kf', 'vip', 'xx', 'ab', 'lucky'])}${int(random, 100, 99999)}`,
    () => `${pick(random, ['0755', '021', '0371', '023'])}-${int(random, 2000, 8999)}${int(random, 1000, 9999)}`,
    () => `400-${int(random, 100, 999)}-${int(random, 1000, 9999)}`,
  ];
  if (split === 'heldout') {
    // Shapes the dev pool never draws: full-width digits, dots, Han digits in groups, a handle with _ .
    shapes.push(
      () => [...mobile].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''),
      () => grouped('.'),
      () => `${[...mobile.slice(0, 3)].map((d) => HAN_DIGITS[Number(d)]).join('')} ${[...mobile.slice(3, 7)].map((d) => HAN_DIGITS[Number(d)]).join('')} ${[...mobile.slice(7)].map((d) => HAN_DIGITS[Number(d)]).join('')}`,
      () => `${pick(random, ['shop', 'tt', 'mm'])}_${int(random, 1000, 99999)}`,
    );
  }
  return pick(random, shapes)();
}

function runOf(style: Exclude<Rows22Style, 'lookalike'>, split: Rows22Split, random: () => number, topic: string): string {
  const pools = POOLS[split];
  const alnum = (n: number): string =>
    Array.from({ length: n }, (_, i) => (i < 2 || random() < 0.3 ? 'ABCDEFGHJKMNPQRSTUVWXYZ'[int(random, 0, 22)] : String(int(random, 0, 9)))).join('');
  const fill = (t: string): string =>
    t
      .replaceAll('{T}', topic)
      .replaceAll('{C}', pick(random, pools.cities))
      .replace('{N}', String(pick(random, [5, 10, 20, 30, 50])))
      .replace('{M}', String(pick(random, [99, 199, 299, 500])))
      .replace('{D}', String(pick(random, [5, 6, 7, 8, 9])))
      .replace('{CODE}', alnum(int(random, 5, 8)));
  if (style === 'q-glued') return pick(random, pools.rows).map(fill).join(pick(random, [' ', ' ', '　']));
  if (style === 'coupon') return fill(pick(random, pools.coupons));
  return `${pick(random, pools.leads)}${pick(random, pools.labels)}${pick(random, pools.colons)}${contactValue(random, split)}${pick(random, pools.tails)}`;
}

/** Offsets inside a clause, between two Han characters, where jieba sees a word end. */
function wordEnds(text: string, segment: (text: string) => string[]): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at > 2 && at < text.length - 2 && /\p{Script=Han}/u.test(text.charAt(at - 1)) && /\p{Script=Han}/u.test(text.charAt(at))) ends.push(at);
  }
  return ends;
}

/** A clean article with one or two runs of one style, all in one place; a quarter of the pages in Traditional. */
export function rows22Page(
  article: Article,
  style: Rows22Style,
  place: Rows22Place,
  split: Rows22Split,
  random: () => number,
  segment: (text: string) => string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'lookalike';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const topic = topicWord(article.title, segment);
  const page: RedteamPage = { title: script(article.title), paragraphs: [], truth: [], styles: [], links: [], families: clean ? [] : [family], lookalike: [] };
  const push = (text: string, spam: [number, number][], writer: [number, number][]): void => {
    page.paragraphs.push(script(text));
    page.truth.push(spam.map(([a, b]) => [a, b, family]));
    page.styles.push(spam.map(() => style));
    page.links.push([]);
    page.lookalike.push(writer);
  };
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(text, [], []);
    const pools = POOLS[split];
    if (clean) {
      const line = pick(random, pools.lookalikes);
      if (place === 'own') return push(text, [], []), push(line, [], [[0, line.length]]);
      const stops = [...text.matchAll(/[。！？](?![”」])/gu)].map((m) => m.index + 1);
      const cut = stops.length ? pick(random, stops) : text.length;
      return push(`${text.slice(0, cut)}${line}${text.slice(cut)}`, [], [[cut, cut + line.length]]);
    }
    const run = runOf(style, split, random, topic);
    if (place === 'own') {
      push(text, [], []);
      const line = run + pick(random, ['', '', '。', '！']);
      return push(line, [[0, line.length]], []);
    }
    const commas = [...text.matchAll(/，/gu)].map((m) => m.index + 1).filter((i) => i < text.length - 1);
    const stops = [...text.matchAll(/[。！？](?![”」])/gu)].map((m) => m.index + 1).filter((i) => i < text.length - 1);
    const inside = wordEnds(text, segment);
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    let cut = text.length;
    let bridge = '';
    if (place === 'glued' && style === 'q-glued' && commas.length && random() < 0.5) {
      cut = pick(random, commas);
      bridge = pick(random, pools.bridges);
    } else if (place === 'glued' && inside.length) cut = pick(random, inside);
    else if (place === 'between' && stops.length) cut = pick(random, stops);
    else if (commas.length) cut = pick(random, commas);
    const close = place === 'between' ? pick(random, ['', '。', '！']) : pick(random, style === 'q-glued' ? ['，', '', ' '] : ['，', '']);
    const glued = run + close;
    const at = cut + bridge.length;
    // A bridge is a clause of the writer's: it closes with the writer's comma after the row.
    const tail = bridge && !close.includes('，') ? '，' : '';
    const writer: [number, number][] = bridge ? [[cut, at]] : [];
    push(`${text.slice(0, cut)}${bridge}${glued}${tail}${text.slice(cut)}`, [[at, at + glued.length]], writer);
  });
  return page;
}
