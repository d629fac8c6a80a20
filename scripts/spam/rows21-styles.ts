/**
 * Generator for issue 12's runs glued into the writer's paragraphs that QA20 (described by class and
 * place only) found at 0–46% (session 21, s21-rows): on-topic search-query rows (three or four chunks
 * set apart by spaces, no punctuation, no predicate), betting rows, coupons (an offer with a code, a
 * password or a shop to search), contact come-ons behind a disguised label, app plugs (a call, an app,
 * a benefit, an invite code) and engagement bait. Each run is placed in one of QA20's places: `clause`
 * after a writer's comma with the writer's clause going on (closed by a comma or by nothing at all);
 * `between` two of the writer's sentences; `end` after the paragraph's last stop; `own` its own
 * paragraph; `quote` just inside a quotation of the writer's. A quarter of the pages are Traditional.
 * Many runs name the headline's main word `{T}` or a city `{C}`: the farm picks them on the page's topic.
 *
 * `r-lookalike` is the writer's own text like them (gambling news quoting the lure, an app or a coupon
 * scheme reported, a paper's hotline, a caption listing names with spaces, a timetable, Latin set apart
 * by spaces, a poem's half-lines): no truth, must stay.
 *
 * Two pools written apart, in vocabulary of their own, frozen before any finder changed: `dev` (dev
 * articles, seed 211) is what finders are built on; `heldout` (held-out articles, seed 213) is only
 * measured. One author wrote both, so QA21 is the honest measure.
 *   npx tsx scripts/spam/bench-plugs.ts --generator=rows21 [--split=dev|heldout] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { topicWord } from './ontopic-ad-styles';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const ROWS21_STYLES = ['r-seo', 'r-bet', 'r-coupon', 'r-contact', 'r-plug', 'r-bait', 'r-lookalike'] as const;
export type Rows21Style = (typeof ROWS21_STYLES)[number];
export const ROWS21_PLACES = ['clause', 'between', 'end', 'own', 'quote'] as const;
export type Rows21Place = (typeof ROWS21_PLACES)[number];
export type Rows21Split = 'dev' | 'heldout';
export const ROWS21_SEEDS: Record<Rows21Split, number> = { dev: 211, heldout: 213 };

/** Styles whose run is one clause of chunks joined by a space (half- or full-width, one per row). */
const ROW_STYLES: readonly Rows21Style[] = ['r-seo', 'r-bet'];

/**
 * Each entry is one whole run: a row's chunks, or a come-on's clauses joined by commas. Slots: {T} the
 * headline's main word, {C} a city, {S} an app's or a shop's name, {N} a small sum, {CODE} a code, {ID}
 * a handle, {QQS} digits with a space between each, {PH} a mobile in groups, {MO} an overseas number.
 */
type Pools = Record<Exclude<Rows21Style, 'r-lookalike'>, string[][]> & { lookalike: string[]; names: string[]; cities: string[] };

const POOLS: Record<Rows21Split, Pools> = {
  dev: {
    'r-seo': [
      ['{T}十大品牌', '{T}哪个牌子质量好', '{T}官方旗舰店'],
      ['{C}二手房', '学区房', '急售', '满五唯一'],
      ['{T}维修', '{T}上门安装', '附近{T}售后电话'],
      ['{T}做法大全', '家常做法', '视频教程'],
      ['{C}自驾游路线', '住宿推荐', '两日游费用'],
      ['{C}套房出租', '近捷運', '可養寵物'],
    ],
    'r-bet': [
      ['真钱斗地主', '斗地主赢现金', '提现秒到账'],
      ['竞彩足球', '今日推荐', '稳赚不赔'],
      ['龙虎斗', '美女荷官在线', '首充送百分百'],
      ['NBA预测', '今晚让分', '必中方案'],
    ],
    'r-coupon': [
      ['新人首单立减{N}元', '优惠码{CODE}'],
      ['领取{T}专属红包', '口令：{CODE}', '限时两天'],
      ['囤{T}的看过来', '淘宝搜“{S}”', '领券满99减{N}'],
      ['{T}年卡五折抢', '兑换码{CODE}'],
    ],
    'r-contact': [
      ['{T}批发咨询V信：{ID}'],
      ['商务合作QQ：{QQS}'],
      ['想进{T}交流群的加威：{ID}'],
      ['訂購請聯繫Line：@{ID}', '或致電{MO}'],
      ['高价回收{T}', '电话微信同号{PH}'],
    ],
    'r-plug': [
      ['扫码下载“{S}”APP', '打车享八折'],
      ['安装“{S}”APP', '一键查社保', '新人送流量'],
      ['下载{S}极速版', '看视频赚现金', '邀请码{CODE}'],
    ],
    'r-bait': [
      ['家里有老人的一定要看完', '赶紧转发提醒身边的人！'],
      ['還沒關注的朋友', '點讚加關注', '每天學點新知識！'],
      ['喜欢{T}的朋友记得关注'],
      ['能看到这里的都是铁粉', '评论区说说你的看法'],
    ],
    lookalike: [
      '警方通报，该团伙在群里发布“真人荷官、首充翻倍”等广告，诱骗多人充值。',
      '这款打车应用上线后，用户可在地图上查看附近车辆，首月订单量超过五万。',
      '商场负责人说，本次满减活动凭小票可领取停车券，持续到周日。',
      '欢迎读者拨打新闻热线提供线索，本报将派记者核实。',
      '图为获奖选手 王明 李华 陈静（从左至右）。',
      '首班车 六点半 末班车 二十二点，节假日照常运营。',
      '他在 GitHub 上公开了代码。',
      '孩子们齐声背诵：春眠不觉晓 处处闻啼鸟。',
    ],
    names: ['快滴', '查查宝', '乐刷', '省心购'],
    cities: ['成都', '杭州', '台中', '武汉'],
  },
  heldout: {
    'r-seo': [
      ['{T}怎么选', '{T}测评对比', '{T}性价比排名'],
      ['{C}写字楼出租', '精装修', '拎包入住', '价格面议'],
      ['{T}培训班', '{T}考证报名', '{T}学费多少'],
      ['{T}图片大全', '高清壁纸', '免费下载'],
      ['{C}特产', '网上购买', '包邮到家'],
      ['{C}雅房分租', '月租優惠', '免仲介費'],
    ],
    'r-bet': [
      ['线上麻将', '对局赢红包', '即时到账'],
      ['体彩大乐透', '专家杀号', '高中奖率'],
      ['电子老虎机', '真人视讯', '注册即送彩金'],
      ['英超前瞻', '大小球', '包红'],
    ],
    'r-coupon': [
      ['注册会员送{N}元无门槛券', '邀请码{CODE}'],
      ['复制暗号{CODE}', '打开App领{T}优惠', '仅限今日'],
      ['买{T}先领券', '京东搜索“{S}”', '立省{N}元'],
      ['{T}体验课一元秒杀', '预约码{CODE}'],
    ],
    'r-contact': [
      ['{T}代理招募VX：{ID}'],
      ['广告投放扣扣：{QQS}'],
      ['有需要的私信薇♡：{ID}'],
      ['欲購從速，請洽Line ID：{ID}', '或撥{MO}'],
      ['专业疏通{T}', '手机同微信{PH}'],
    ],
    'r-plug': [
      ['手机扫一扫下载“{S}”', '坐车打七五折'],
      ['装上{S}App', '一秒查快递', '首单包邮'],
      ['领取{S}极速版', '刷新闻领金币', '填邀请码{CODE}再得{N}元'],
      ['打开{S}App', '{T}直播随时看'],
    ],
    'r-bait': [
      ['有孩子上学的家长务必读完', '转给你关心的人！'],
      ['新來的朋友', '記得按讚追蹤', '每天都有好內容'],
      ['爱看{T}的小伙伴点个关注'],
      ['坚持看完的都是好样的', '留言区聊聊你的想法'],
    ],
    lookalike: [
      '法院审理查明，被告人以“线上棋牌、提现秒到”为噱头，先后吸引数百人参赌。',
      '该平台推出的购票小程序支持选座，上线首周访问量就突破十万。',
      '据超市工作人员介绍，会员日当天部分蔬菜八折，凭会员卡即可参加。',
      '本报开通读者热线，市民如遇停水停电等问题可来电反映。',
      '合影中从左至右依次为 赵磊 孙悦 周涛。',
      '营业时间 上午九点 至 晚上九点，周一闭馆。',
      '她习惯用 Excel 整理数据。',
      '老人随口吟出两句：白日依山尽 黄河入海流。',
    ],
    names: ['速享', '点点通', '惠生活', '畅游'],
    cities: ['南宁', '厦门', '高雄', '济南'],
  },
};

function fill(template: string, random: () => number, topic: string, pools: Pools): string {
  const alnum = (n: number): string => Array.from({ length: n }, (_, i) => (i < 2 ? 'ABCDEFGHJKMNPQRSTUVWXYZ'[int(random, 0, 22)] : String(int(random, 0, 9)))).join('');
  const mobile = `1${int(random, 3, 9)}${int(random, 100000000, 999999999)}`;
  return template
    .replaceAll('{T}', topic)
    .replaceAll('{C}', pick(random, pools.cities))
    .replace('{S}', pick(random, pools.names))
    .replaceAll('{N}', String(pick(random, [5, 10, 15, 30, 50])))
    .replace('{CODE}', alnum(int(random, 4, 7)))
    .replace('{ID}', `${pick(random, ['hui', 'ms', 'dd', 'yoyo'])}${int(random, 100, 99999)}`)
    .replace('{QQS}', [...String(int(random, 10000000, 999999999))].join(' '))
    .replace('{PH}', `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`)
    .replace('{MO}', `${pick(random, ['852', '853', '886'])}-${int(random, 2000, 9999)}${int(random, 1000, 9999)}`);
}

/** The paragraph offsets where a run may go in each place (none: the place does not occur there). */
function placesIn(text: string): Record<Exclude<Rows21Place, 'own'>, number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i < text.length - 1);
  const quotes = after(/[“「]/gu);
  return {
    clause: after(/，/gu).filter((i) => !quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i)),
    between: after(/[。！？](?![”」])/gu),
    end: [text.length],
    quote: quotes,
  };
}

function runOf(style: Exclude<Rows21Style, 'r-lookalike'>, split: Rows21Split, random: () => number, topic: string): string {
  const joint = ROW_STYLES.includes(style) ? pick(random, [' ', ' ', '　']) : '，';
  return pick(random, POOLS[split][style])
    .map((c) => fill(c, random, topic, POOLS[split]))
    .join(joint);
}

/** A clean article with one or two runs of one style, all in one place; a quarter of the pages in Traditional. */
export function rows21Page(
  article: Article,
  style: Rows21Style,
  place: Rows21Place,
  split: Rows21Split,
  random: () => number,
  segment: (text: string) => string[],
  toTraditional: (text: string) => string,
): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'r-lookalike';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const topic = topicWord(article.title, segment);
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const run = clean ? pick(random, POOLS[split].lookalike) : runOf(style, split, random, topic);
    if (place === 'own') {
      push(script(text), []);
      const line = clean ? run : run + pick(random, ['', '', '！', '。']);
      return push(script(line), [[0, line.length]]);
    }
    const spots = placesIn(text);
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    const where = spots[place].length ? place : spots.clause.length ? 'clause' : 'end';
    const cut = where === 'end' ? text.length : pick(random, spots[where]);
    // Inside a sentence a run is closed by a comma or by nothing at all (a row also by a space); after
    // a stop by a comma, a stop or nothing. The writer's look-alike is a sentence of its own.
    const row = ROW_STYLES.includes(style);
    const close = clean ? '' : where === 'clause' || where === 'quote' ? pick(random, row ? ['，', '', ' '] : ['，', '']) : pick(random, ['，', '。', '！', '']);
    const glued = run + close;
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.length]]);
  });
  return page;
}
