/**
 * Generator for issue 12's glued runs (session 18): a run of two to four clauses that sells, lures or
 * addresses the reader, glued into a writer's paragraph between two of its sentences or at its end,
 * usually ending with a comma — a coupon, a loan, stock tips, crypto, betting or a casino, a contact
 * come-on, engagement bait — and `g-lookalike`, the writer's own sentences that quote such a lure
 * (news on fraud or gambling, a price and a discount, a lottery winner, a hotline, loans, stocks:
 * no truth, must stay).
 *
 * Three wording pools, one per split, written apart: `dev` is what finders are built on (dev
 * articles); `heldout` and `fresh` (held-out articles, seeds 83 / 89) are frozen and only measured —
 * a finder's author reads their figures, never their wordings. Same page shape as
 * ./redteam-a-styles.ts: `npx tsx scripts/spam/bench-redteam-a.ts --generator=glued [--split=dev]`.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const GLUED_STYLES = ['g-coupon', 'g-loan', 'g-stock', 'g-crypto', 'g-betting', 'g-contact', 'g-bait', 'g-lookalike'] as const;
export type GluedStyle = (typeof GLUED_STYLES)[number];
export type GluedSplit = 'dev' | 'heldout' | 'fresh';
export const GLUED_SEEDS: Record<GluedSplit, number> = { dev: 81, heldout: 83, fresh: 89 };

type Pools = Record<Exclude<GluedStyle, 'g-lookalike'>, string[]> & { lookalike: string[]; brands: string[] };

/**
 * Slots: {N} a small number, {K} thousands, {CODE} a code of letters and digits, {ID} a messaging
 * handle, {TEL} a mobile number, {B} a brand. Each style's clauses are kept in order in a run.
 */
const POOLS: Record<GluedSplit, Pools> = {
  dev: {
    'g-coupon': ['领取优惠码{CODE}', '下单立减{N}元', '输入券码{CODE}享{N}折', '限时{N}小时有效', '今晚24点截止'],
    'g-loan': ['急用钱找我们', '凭身份证即可借款', '最高可借{K}', '当天到账', '不看征信'],
    'g-stock': ['明日必涨牛股免费领取', '加群获取内参', '老师每日推荐{N}只', '跟上主力资金'],
    'g-crypto': ['数字货币零基础入门', '本金轻松翻{N}倍', '导师一对一免费带单', '加入社区领空投'],
    'g-betting': ['{B}体育注册即送{N}元', '足球篮球在线投注', '{B}娱乐官网最新地址', '真人百家乐24小时在线'],
    'g-contact': ['找房小助手', '加微信{ID}', '电话{TEL}', '真实房源随时看'],
    'g-bait': ['看到这里你想起童年了吗？', '欢迎在下方留言', '赶紧转发给家里的老人看看', '你家附近有这样的食堂吗？'],
    lookalike: [
      '警方提醒，凡是声称“凭身份证即可贷款、当天到账”的广告都是诈骗。',
      '记者在超市看到，鸡蛋每斤4.5元，会员还可再减0.5元，活动持续到本周日。',
      '中奖彩民说，他买彩票十年了，这次中了500万元，打算先还房贷。',
      '如遇问题，读者可拨打热线12345反映。',
      '分析人士建议投资者理性看待所谓“内幕消息”，不要轻信荐股群。',
    ],
    brands: ['鸿发', '金冠', '永利达'],
  },
  heldout: {
    'g-coupon': ['复制券码{CODE}到店使用', '满{K}减{N}', '新客首单再省{N}元', '仅限今日'],
    'g-loan': ['手头紧？', '只需一张身份证', '额度{K}起', '{N}分钟放款', '黑户也能办'],
    'g-stock': ['下周涨停股提前布局', '进群免费领三只金股', '资深分析师在线诊股', '名额仅剩{N}个'],
    'g-crypto': ['比特币合约跟单', '一万变十万不是梦', '币圈大佬手把手教学', '扫码进入交流群'],
    'g-betting': ['推荐一个靠谱的球赛竞猜平台', '{B}国际首存送{N}%', '{B}官方网址', '真人视讯老虎机应有尽有'],
    'g-contact': ['有意者加V：{ID}', '详情请致电{TEL}', '租房顾问微信{ID}', '房源真实可看'],
    'g-bait': ['这样的场景你还记得吗？', '评论区聊聊你的故事吧', '快转给身边的长辈', '你们那里也这样吗？'],
    lookalike: [
      '骗子以“无需抵押、十分钟放款”为诱饵，先后骗走受害人3万元。',
      '店员介绍，这款电饭煲原价399元，双十一期间满300减50。',
      '这位幸运的彩民表示，奖金将拿出一部分捐给家乡的小学。',
      '市民如发现违规停车，可拨打12319热线举报。',
      '昨日沪指小幅收涨，券商板块领涨，成交额较前一交易日略有放大。',
    ],
    brands: ['皇朝', '宝盈', '星际'],
  },
  fresh: {
    'g-coupon': ['结账时填写{CODE}', '全场低至{N}折', '叠加店铺券更划算', '活动倒计时{N}天'],
    'g-loan': ['缺钱周转请联系', '无需任何抵押', '{K}额度秒批', '不查负债'],
    'g-stock': ['散户必看的翻倍黑马', '每天免费送{N}只潜力股', '添加助理进VIP群', '月收益{N}0%'],
    'g-crypto': ['零基础学炒币', '{N}天回本', '专业团队带你抄底', '免费领取入门资料'],
    'g-betting': ['{B}电竞开户送彩金', '世界杯买球就上{B}', '澳门线上赌场', '百家乐稳赢技巧'],
    'g-contact': ['需要的朋友加我', 'QQ{ID}', '手机{TEL}', '价格好商量'],
    'g-bait': ['你小时候也这样吗？', '记得点赞收藏', '分享给更多的人', '大家怎么看？'],
    lookalike: [
      '法院审理查明，被告人通过微信群发布“高额返利”信息，诱骗多名老人投资虚拟币。',
      '商场负责人说，周末购物满200元可领10元停车券。',
      '据了解，该彩民当晚中得双色球一等奖，单注奖金600万元。',
      '有关部门提醒，如接到可疑电话，请及时拨打110。',
      '银行人士介绍，今年以来个人住房贷款利率持续下行。',
    ],
    brands: ['新天地', '博越', '九鼎'],
  },
};

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
export const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

function fill(template: string, random: () => number, brands: readonly string[]): string {
  const alnum = (n: number): string => Array.from({ length: n }, (_, i) => (i % 3 === 1 ? String(int(random, 0, 9)) : 'ABCDEFGHJKMNPQRSTUVWXYZ'[int(random, 0, 22)])).join('');
  return template
    .replace('{CODE}', alnum(int(random, 6, 9)))
    .replace('{ID}', `${pick(random, ['fang', 'kf', 'vip', 'xm'])}${int(random, 1000, 99999)}`)
    .replace('{TEL}', `1${int(random, 3, 9)}${int(random, 100000000, 999999999)}`)
    .replace('{K}', `${int(random, 2, 50)}000元`)
    .replace('{N}', String(int(random, 2, 9)))
    .replace('{B}', pick(random, brands));
}

/** A run of 2–4 of the style's clauses in order, ending with a comma (or, at a paragraph's end, ！ or 。). */
function runOf(style: Exclude<GluedStyle, 'g-lookalike'>, split: GluedSplit, random: () => number, atEnd: boolean): string {
  const pool = POOLS[split][style];
  const n = Math.min(pool.length, int(random, 2, 4));
  const from = int(random, 0, pool.length - n);
  const clauses = pool.slice(from, from + n).map((c) => fill(c, random, POOLS[split].brands));
  const body = clauses.map((c, i) => (i === clauses.length - 1 || /[？！]$/u.test(c) ? c : `${c}，`)).join('');
  if (/[？！]$/u.test(body)) return body;
  return `${body}${atEnd ? pick(random, ['！', '。']) : pick(random, ['，', '，', '，', '！'])}`;
}

/** A clean article with one style's runs (one or two paragraphs), in the page shape of ./redteam-a-styles.ts. */
export function gluedPage(article: Article, style: GluedStyle, split: GluedSplit, random: () => number): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'g-lookalike';
  const { page, push } = pageWriter(article.title, family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    let out = text;
    let spans: [number, number][] = [];
    if (chosen.has(p)) {
      // Between two of the writer's sentences, or at the paragraph's end (also where it has one sentence).
      const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
      const atEnd = stops.length === 0 || random() < 0.3;
      const cut = atEnd ? text.length : pick(random, stops);
      const run = clean ? pick(random, POOLS[split].lookalike) : runOf(style, split, random, atEnd);
      out = `${text.slice(0, cut)}${run}${text.slice(cut)}`;
      spans = [[cut, cut + run.length]];
    }
    push(out, spans);
  });
  return page;
}
