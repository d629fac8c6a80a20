/**
 * Generator for issue 12's on-topic runs (session 19, s19-ads): what QA18 found at 0% — a farm picks
 * its ad on the page's own topic, so "shares no content word with the article" cannot find it. A run
 * of one to four clauses, mostly closed by a comma, glued between two of the writer's sentences or
 * after the paragraph's last stop (keyword rows and bait also as their own paragraph), each naming the
 * headline's main word `{T}` where the class allows: a health product's complaint, remedy and promised
 * result in time; a list of betting terms with no predicate; a row of on-topic search keywords or an
 * on-topic service ad; engagement bait; English SEO phrases; a contact come-on. `o-lookalike` is the
 * writer's own text that quotes or resembles them (quack-remedy and gambling news quoting the lure, a
 * doctor's advice with a time, a paper's hotline, a discount): no truth, must stay.
 *
 * Two wording pools written apart before any finder changed: `dev` (dev articles, seed 91) is what
 * finders are built on; `heldout` (held-out articles, seed 93) is frozen and only measured — its
 * wordings are not read while tuning. One author wrote both, so QA19 is the honest measure.
 *   npx tsx scripts/spam/bench-redteam-a.ts --generator=ontopic [--split=dev|heldout]
 */
import { isContentWord } from '../../src/spam/content-words';
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const ONTOPIC_STYLES = ['o-health', 'o-betting', 'o-keywords', 'o-service', 'o-bait', 'o-english', 'o-contact', 'o-lookalike'] as const;
export type OntopicStyle = (typeof ONTOPIC_STYLES)[number];
export type OntopicSplit = 'dev' | 'heldout';
export const ONTOPIC_SEEDS: Record<OntopicSplit, number> = { dev: 91, heldout: 93 };

/**
 * Each entry is one whole run (its clauses in order). Slots: {T} the headline's main word, {S} a site
 * name, {N} a small number, {ID} a handle, {TEL} a mobile number in full-width digits, {QQ} digits.
 */
type Pools = Record<Exclude<OntopicStyle, 'o-lookalike'>, string[][]> & { lookalike: string[]; sites: string[] };

const POOLS: Record<OntopicSplit, Pools> = {
  dev: {
    'o-health': [
      ['{T}的朋友久治不愈？', '老中医祖传药膏一贴见效', '七天告别疼痛'],
      ['腰酸背痛怎么办', '用这款理疗仪一个月', '轻松甩掉止痛药'],
      ['失眠多梦？', '睡前一杯安神茶', '三天一觉到天亮', '无效退款'],
      ['血糖高不用怕', '坚持喝降糖茶两个月', '告别胰岛素'],
    ],
    'o-betting': [['{T}竞猜平台', '真人娱乐', '线上赌场', '百家乐在线'], ['体育投注APP', '首充送彩金', '大小单双', '稳赢计划'], ['六合彩内部资料', '时时彩计划群', '必中三码']],
    'o-keywords': [['{T}报名入口|{T}费用标准|{T}哪家好|{T}最新消息'], ['【{T}攻略】【{T}价格】【{T}排名】'], ['{T}官网 {T}电话 {T}地址'], ['更多{T}资讯请搜索“{S}”']],
    'o-service': [['{T}哪家强？', '一站式{T}服务', '免费上门勘测'], ['专业{T}二十年', '全城{N}小时上门', '先服务后付款']],
    'o-bait': [['觉得有用就关注我们', '每天推送本地新鲜事！'], ['看完记得点赞、在看', '转发给身边的朋友～'], ['转给家里有孩子的亲戚', '一起守护{T}！👀'], ['分享给你的朋友', '评论区说说你对{T}的看法！']],
    'o-english': [['replica rolex watches cheap', 'buy instagram followers fast'], ['online casino free spins no deposit', 'betting tips VIP telegram @{ID}']],
    'o-contact': [['想了解{T}的朋友加微信{ID}', '或致电{TEL}'], ['有车的朋友联系我', 'QQ：{QQ}', '带车加盟日赚千元以上']],
    lookalike: [
      '医生提醒，所谓“三天根治颈椎病”的药膏多是虚假宣传，患者应到正规医院就诊。',
      '医生建议，这种药要连续服用一个月，不可擅自停药。',
      '记者注意到，部分网站打出“首充送彩金”的广告诱导网民赌博。',
      '如有疑问，可拨打本报热线反映。',
      '商场负责人介绍，会员购物满200元可减30元，活动持续一周。',
    ],
    sites: ['百姓网', '生活通', '便民网'],
  },
  heldout: {
    'o-health': [
      ['{T}反复发作？', '千年古方泡脚包', '连用半个月断根', '不好不要钱'],
      ['膝盖疼？', '每天吃这一粒', '一个月走路不疼'],
      ['鼻炎困扰？', '喷一喷立刻通气', '二十天根治'],
      ['视力下降？', '贴上这款明目贴三十天', '摘掉眼镜不是梦'],
    ],
    'o-betting': [['{T}足球外围', '真人视讯', '电子游艺', '首存百分百'], ['澳门赌场线上版', '百家乐技巧', '包赢'], ['北京赛车计划', '幸运飞艇', '大小单双稳赚']],
    'o-keywords': [['{T}挂号|{T}停车收费|{T}专家名单'], ['{T}怎么样 {T}电话 {T}地址 {T}官网'], ['【{T}排行】【{T}价格表】【{T}推荐】'], ['想了解更多{T}，请搜索“{S}”']],
    'o-service': [['{T}找谁最靠谱？', '专业团队一站式服务', '免费上门测量'], ['{T}急修', '{N}分钟快速响应', '不满意不收费']],
    'o-bait': [['如果觉得有用请关注我们', '每天为你推送{T}资讯！'], ['点赞加关注', '第一时间获取本地新闻！'], ['看完别忘了点个在看', '转发给更多朋友～'], ['快分享给朋友', '留言说说你最爱的{T}！']],
    'o-english': [['cheap replica handbags', 'fake watches free shipping'], ['buy tiktok followers', 'instant likes 24/7'], ['sports betting tips', 'join VIP telegram @{ID}']],
    'o-contact': [['{T}需求请加LINE：{ID}', '或来电{TEL}'], ['想开车的朋友联系我', 'QQ:{QQ}', '日赚一千以上']],
    lookalike: [
      '专家表示，网上宣称“贴一个月就能摘掉眼镜”的护眼贴没有任何科学依据。',
      '医生叮嘱她每天坚持热敷，一个月后再来复查。',
      '警方查明，该团伙以“包赢计划”为名，诱骗受害人在境外赌博网站充值。',
      '读者如有线索，欢迎致电本报新闻热线。',
      '据店主介绍，店里的羽绒服原价899元，现在打七折。',
    ],
    sites: ['城市通', '本地宝', '乐生活'],
  },
};

const fullWidth = (digits: string): string => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');

/** The headline's main word: its longest content word (the first of the longest), else the title's first two characters. */
export function topicWord(title: string, segment: (text: string) => string[]): string {
  let best = '';
  for (const w of segment(title)) if (isContentWord(w) && w.length > best.length) best = w;
  return best || title.slice(0, 2);
}

function fill(template: string, random: () => number, topic: string, sites: readonly string[]): string {
  return template
    .replaceAll('{T}', topic)
    .replace('{S}', pick(random, sites))
    .replace('{N}', String(int(random, 2, 9)))
    .replace('{ID}', `${pick(random, ['kf', 'vip', 'a', 'fw'])}${int(random, 1000, 99999)}`)
    .replace('{TEL}', fullWidth(`1${int(random, 3, 9)}${int(random, 100000000, 999999999)}`))
    .replace('{QQ}', String(int(random, 10000000, 999999999)));
}

/** One run of the style, its clauses joined by commas, closed by a comma mostly (at a paragraph's end also ！ or none). */
function runOf(style: Exclude<OntopicStyle, 'o-lookalike'>, split: OntopicSplit, random: () => number, topic: string, atEnd: boolean): string {
  const clauses = pick(random, POOLS[split][style]).map((c) => fill(c, random, topic, POOLS[split].sites));
  const body = clauses.map((c, i) => (i === clauses.length - 1 || /[？！]$/u.test(c) ? c : `${c}${style === 'o-english' ? ', ' : '，'}`)).join('');
  if (/[？！～]$/u.test(body) || /👀$/u.test(body)) return body;
  if (style === 'o-english') return `${body}${pick(random, [', ', ' ', '.'])}`;
  return `${body}${atEnd ? pick(random, ['！', '，', '']) : pick(random, ['，', '，', '，', ''])}`;
}

/** A clean article with one style's runs (one or two), in the page shape of ./redteam-a-styles.ts. */
export function ontopicPage(article: Article, style: OntopicStyle, split: OntopicSplit, random: () => number, segment: (text: string) => string[]): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'o-lookalike';
  const topic = topicWord(article.title, segment);
  const { page, push } = pageWriter(article.title, family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  const ownLine = (style === 'o-keywords' || style === 'o-bait') && random() < 0.3;
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(text, []);
    if (ownLine) {
      const line = runOf(style as 'o-keywords' | 'o-bait', split, random, topic, true).replace(/[，,]\s*$/u, '');
      push(text, []);
      return push(line, [[0, line.length]]);
    }
    // Between two of the writer's sentences, or after the paragraph's last stop (also where it has one sentence).
    const stops = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
    const atEnd = stops.length === 0 || random() < 0.3;
    const cut = atEnd ? text.length : pick(random, stops);
    const glued = clean ? pick(random, POOLS[split].lookalike) : runOf(style as Exclude<OntopicStyle, 'o-lookalike'>, split, random, topic, atEnd);
    push(`${text.slice(0, cut)}${glued}${text.slice(cut)}`, [[cut, cut + glued.length]]);
  });
  return page;
}
