/**
 * Generator for issue 12's plugs glued into the writer's paragraphs (session 20, s20-ads): what QA19
 * found at 0% — an app plug (an imperative to the reader + an app or client + a benefit), a contact
 * come-on whose number is written in Han numerals or dashes, a row of betting or search keywords with
 * list separators and no predicate, engagement bait. Each run is placed in one of the places QA19's
 * farm used: `clause` after a comma of the writer's, closed by a comma (or nothing) with the writer's
 * clause going on; `between` two of the writer's sentences; `end` after the paragraph's last stop;
 * `own` its own paragraph; `quote` just inside a quotation of the writer's (else after a comma). Many
 * name the headline's main word `{T}`: the farm picks the plug on the page's topic.
 *
 * `p-lookalike` is the writer's own text like them (a city's app reported in the third person, a tech
 * review, a paper asking readers to call, fraud and gambling news quoting the lure, a shop's discount,
 * a hotline in Han numerals in a police story): no truth, must stay.
 *
 * Two pools written apart, in vocabulary of their own, before any finder changed: `dev` (dev articles,
 * seed 201) is what finders are built on; `heldout` (held-out articles, seed 203) is frozen and only
 * measured. One author wrote both, so QA20 is the honest measure.
 *   npx tsx scripts/spam/bench-plugs.ts [--split=dev|heldout] [--show=N]
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { topicWord } from './ontopic-ad-styles';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const PLUG_STYLES = ['p-app', 'p-contact', 'p-rows', 'p-bait', 'p-lookalike'] as const;
export type PlugStyle = (typeof PLUG_STYLES)[number];
export const PLUG_PLACES = ['clause', 'between', 'end', 'own', 'quote'] as const;
export type PlugPlace = (typeof PLUG_PLACES)[number];
export type PlugSplit = 'dev' | 'heldout';
export const PLUG_SEEDS: Record<PlugSplit, number> = { dev: 201, heldout: 203 };

/**
 * Each entry is one whole run, its clauses in order (joined by commas); a row's items are one
 * clause joined by `{_}` (a space, a full-width space, an underscore or a bar, one per row).
 * Slots: {T} the headline's main word, {S} an app's or a site's name, {N} a small sum, {ID} a
 * handle, {HAN} a mobile number in Han numerals with spaces, {DASH} a 400 number in Han numerals
 * with dashes, {QQ} digits in groups.
 */
type Pools = Record<Exclude<PlugStyle, 'p-lookalike'>, string[][]> & { lookalike: string[]; names: string[] };

const POOLS: Record<PlugSplit, Pools> = {
  dev: {
    'p-app': [
      ['打开{S}APP', '每天签到领现金红包'],
      ['下载{S}客户端', '阅读完整内容'],
      ['在应用商店搜索“{S}”', '下载安装后即可查看更多{T}资讯'],
      ['安装{S}极速版', '新用户立得{N}元'],
      ['扫码下载{S}', '{T}信息随时查'],
      ['登录{S}APP注册成为骑手', '当天结算'],
    ],
    'p-contact': [
      ['商务合作QQ：{QQ}'],
      ['更多{T}干货加微信：{ID}'],
      ['{T}上门服务', '请拨打{HAN}'],
      ['加盟热线：{DASH}'],
    ],
    'p-rows': [
      ['真人娱乐{_}注册送{N}{_}官方直营'],
      ['体育投注{_}电竞竞猜{_}秒到账'],
      ['网上药店{_}处方药免处方{_}正品保证'],
      ['{T}哪家好{_}{T}多少钱{_}{T}电话'],
    ],
    'p-bait': [['看到这里的都是真爱', '点个赞再走吧'], ['你身边有这样的事吗', '评论区聊聊'], ['觉得不错就转给家人看看']],
    lookalike: [
      '据介绍，市交通局上线的公交APP可实时查询车辆到站时间，目前下载量已超过十万次。',
      '记者试用发现，这款应用的首页广告较多，退出后仍会推送消息。',
      '如果您有相关线索，可拨打本报新闻热线反映。',
      '警方介绍，诈骗分子常以“下载某APP即可领取补贴”为由，骗取受害人银行卡信息。',
      '店长介绍，新会员首单可减二十元，活动持续到月底。',
      '举报电话为一二三八九，群众可随时反映。',
    ],
    names: ['快阅', '掌上通', '乐看', '易行'],
  },
  heldout: {
    'p-app': [
      ['戳链接获取{S}手机版', '积分兑换好礼'],
      ['前往应用市场安装“{S}”', '{T}动态一手掌握'],
      ['用{S}小程序预约', '首次体验立减{N}元'],
      ['更新{S}到最新版本', '解锁全部{T}视频'],
      ['点开{S}软件完成实名', '每单提成日结'],
    ],
    'p-contact': [
      ['招商专线：{DASH}'],
      ['想要{T}资料的扣扣：{QQ}'],
      ['预约{T}师傅', '来电{HAN}'],
      ['商务洽谈微信号：{ID}'],
    ],
    'p-rows': [
      ['线上棋牌{_}提现秒到{_}信誉担保'],
      ['足彩推荐{_}串关技巧{_}包中'],
      ['{T}价格{_}{T}厂家直销{_}{T}批发'],
      ['代开发票{_}正规票据{_}可查验'],
    ],
    'p-bait': [['喜欢的朋友点个关注', '下期更精彩'], ['这事你怎么看', '留下你的观点'], ['收藏起来慢慢看', '别划走']],
    lookalike: [
      '该区推出的“智慧停车”应用上线半年，用户可在手机上查看空余车位。',
      '测试中，这款软件在低配置手机上打开较慢，更新后有所改善。',
      '读者如遇类似情况，欢迎来电向本报反映。',
      '民警提醒，凡是要求下载陌生软件并共享屏幕的，都是诈骗。',
      '据商家介绍，周末到店消费满一百元可减十五元。',
      '投诉电话为一二三四五，受理时间为工作日。',
    ],
    names: ['悦读', '同城帮', '速达', '云途'],
  },
};

const HAN_DIGITS = '零一二三四五六七八九';
const han = (digits: string): string => [...digits].map((d) => HAN_DIGITS[Number(d)]).join('');

function fill(template: string, random: () => number, topic: string, names: readonly string[]): string {
  const sep = pick(random, [' ', '　', '_', '|']);
  const mobile = `1${int(random, 3, 9)}${int(random, 100000000, 999999999)}`;
  return template
    .replaceAll('{T}', topic)
    .replaceAll('{_}', sep)
    .replace('{S}', pick(random, names))
    .replace('{N}', String(pick(random, [8, 18, 20, 38, 88])))
    .replace('{ID}', `${pick(random, ['shw', 'kf', 'bz', 'lin'])}${int(random, 1000, 99999)}`)
    .replace('{HAN}', `${han(mobile.slice(0, 3))} ${han(mobile.slice(3, 7))} ${han(mobile.slice(7))}`)
    .replace('{DASH}', `${han('400')}${pick(random, ['—', '-', '－'])}${han(String(int(random, 100, 999)))}${pick(random, ['—', '-', '－'])}${han(String(int(random, 1000, 9999)))}`)
    .replace('{QQ}', `${int(random, 100, 999)} ${int(random, 100, 999)} ${int(random, 100, 999)}`);
}

/** The paragraph offsets where a run may go in each place (none: the place does not occur there). */
function placesIn(text: string): Record<Exclude<PlugPlace, 'own'>, number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i < text.length - 1);
  const quotes = after(/“/gu);
  return {
    clause: after(/，/gu).filter((i) => !quotes.some((q) => q < i && text.indexOf('”', q) > i)),
    between: after(/[。！？](?!”)/gu),
    end: [text.length],
    quote: quotes,
  };
}

/** One run of the style, its clauses joined by commas; `close` is what ends it. */
function runOf(style: Exclude<PlugStyle, 'p-lookalike'>, split: PlugSplit, random: () => number, topic: string): string {
  return pick(random, POOLS[split][style])
    .map((c) => fill(c, random, topic, POOLS[split].names))
    .join('，');
}

/** A clean article with one or two runs of one style, all in one place. */
export function plugPage(article: Article, style: PlugStyle, place: PlugPlace, split: PlugSplit, random: () => number, segment: (text: string) => string[]): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'p-lookalike';
  const topic = topicWord(article.title, segment);
  const { page, push } = pageWriter(article.title, family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(text, []);
    const run = clean ? pick(random, POOLS[split].lookalike) : runOf(style as Exclude<PlugStyle, 'p-lookalike'>, split, random, topic);
    if (place === 'own') {
      push(text, []);
      const line = clean ? run : run + pick(random, ['', '！', '。']);
      return push(line, [[0, line.length]]);
    }
    const spots = placesIn(text);
    // A place the paragraph lacks falls back to a comma of the writer's, else its end.
    const where = spots[place].length ? place : spots.clause.length ? 'clause' : 'end';
    const cut = where === 'end' ? text.length : pick(random, spots[where]);
    // The writer's look-alike is a sentence of its own; a run inside a sentence is closed by a comma
    // (a keyword row also by nothing at all: …，<row>并在…), after a stop by a comma, a stop or nothing.
    const close = clean ? '' : where === 'clause' || where === 'quote' ? pick(random, style === 'p-rows' ? ['，', '', ' '] : ['，', '，', '，', '']) : pick(random, ['，', '。', '！', '']);
    const glued = run + close;
    push(`${text.slice(0, cut)}${glued}${text.slice(cut)}`, [[cut, cut + glued.length]]);
  });
  return page;
}
