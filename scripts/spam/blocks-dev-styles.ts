/**
 * Dev generator for part B's classes (issue 12, session 17; s17-blocks builds its finders on these
 * pages, and measures on s17-mech's red-team generator, ./redteam-b-styles.ts, whose wordings it never
 * reads): reader polls in shapes the poll finder did not know, ads for a product or service inside an
 * article (price, discount, a call to buy or ask, no address), fake reader comments, recommended and
 * related-article lists, a platform or brand + 开户 / 注册 / 代理 / 充值 / 下载 offer, and the writer's
 * own text like these (`b-lookalike`, no truth). Dev articles only; same page shape as
 * ./redteam-a-styles.ts, so ./bench-redteam-a.ts --generator=blocks-dev runs it.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const BLOCKS_DEV_STYLES = ['b-poll', 'b-ad', 'b-comments', 'b-list', 'b-offer', 'b-lookalike'] as const;
export type BlocksDevStyle = (typeof BLOCKS_DEV_STYLES)[number];

const TITLES = ['夏季吃西瓜的五个禁忌', '新手司机上路必看', '这三种人不适合跑步', '房贷利率下调意味着什么', '孩子挑食家长怎么办', '国产手机销量排行出炉', '为什么年轻人不爱结婚了', '冬季养生喝什么汤好', '退休后如何规划生活', '十个让家里变整洁的小习惯'];
const QUESTIONS = ['你支持这项新规吗？', '你觉得房价明年会涨吗？', '你会选择提前退休吗？', '你身边有这样的人吗？', '你怎么看待这件事？', '你每天运动多久？'];
const OPTIONS = [['支持', '反对', '无所谓'], ['会', '不会', '说不好'], ['有', '没有', '不清楚'], ['半小时以内', '一小时左右', '从不运动']];
const NICKS = ['快乐的小鱼', 'user8823', '北京网友', '风中的叶子', '老李头', '阿花不花', 'sunny_77', '江南烟雨', '路人甲', '一只小胖猫'];
const COMMENTS = ['说得太对了', '支持一下，写得好', '我家也是这样', '早该管管了', '看完心里暖暖的', '楼上说得有道理', '这种事情太多了', '转给我妈看看', '求后续', '第一次评论，支持'];
const BRANDS = ['鸿运', '金博', '新濠', '大富豪', '欢乐斗', '乐彩', '必赢'];
const KINDS = ['国际', '娱乐', '棋牌', '体育', '彩票', '', 'APP'];
const ACTS = ['开户', '注册', '代理', '充值', '下载', '招代理', '注册送金'];
const PRODUCTS = [['某品牌', '净水器'], ['名家', '按摩椅'], ['优选', '空气炸锅'], ['鑫达', '驾校暑期班'], ['康泰', '体检套餐']];
const CALLS = ['欢迎到店选购', '私信咨询', '名额有限，先到先得', '立即抢购', '详询客服', '赶快下单吧', '预约从速'];
const LOOKALIKES = [
  '在网上发起的投票中，有六成网友选择支持，三成表示反对。',
  '记者走访发现，这款空调的售价从去年的3999元降到了2999元，店员称“现在买最划算”。',
  '有网友留言说：“早该这样了。”另一位网友则认为，执行起来没那么容易。',
  '本文参考资料：《中国统计年鉴》、国家统计局网站。',
  '市民可持身份证到银行网点开户，也可在手机银行上注册。',
  '用户下载该应用后需要实名注册，才能使用充值功能。',
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const some = <T>(random: () => number, items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
const int = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** The lines of one paste: one line (glued or of its own) or a block of lines. */
function pasteOf(style: BlocksDevStyle, random: () => number): string[] {
  switch (style) {
    case 'b-poll': {
      const q = pick(random, QUESTIONS);
      const options = pick(random, OPTIONS);
      const form = random();
      if (form < 0.3) return [q, ...options.map((o, i) => `${pick(random, [`${'ABC'[i]}. `, '○ ', '□ '])}${o}`)];
      if (form < 0.5) return [`${q}${options.join(' / ')}`];
      if (form < 0.7) return [`投票结果：${options.map((o) => `${o} ${int(random, 5, 60)}%`).join('　')}`];
      if (form < 0.85) return [`【互动】${q} ${options.join(' ')}`];
      return [`${q}${options.map((o) => `${o}（${int(random, 12, 999)}票）`).join(' ')}`];
    }
    case 'b-ad': {
      const [brand, product] = pick(random, PRODUCTS) as [string, string];
      const p = int(random, 20, 300) * 10;
      const form = random();
      const text =
        form < 0.4
          ? `${brand}${product}，原价${p}元，现价仅需${Math.round(p * 0.6)}元，${pick(random, CALLS)}！`
          : form < 0.7
            ? `${brand}${product}火热报名中，即日起立减${int(random, 1, 5)}00元，${pick(random, CALLS)}。`
            : `${random() < 0.5 ? '【广告】' : ''}${product}限时${int(random, 5, 8)}折，${pick(random, CALLS)}`;
      return [text];
    }
    case 'b-comments': {
      const lines = some(random, NICKS, int(random, 2, 4)).map((nick) => `${nick}：${pick(random, COMMENTS)}${random() < 0.4 ? ` 赞(${int(random, 1, 300)})` : ''}${random() < 0.3 ? ` ${int(random, 1, 12)}小时前` : ''}`);
      if (random() < 0.3) lines.push(`回复 ${pick(random, NICKS)}：${pick(random, COMMENTS)}`);
      if (random() < 0.3) return [`热门评论：${lines.join(' ')}`];
      return random() < 0.4 ? ['网友评论', ...lines] : lines;
    }
    case 'b-list': {
      const titles = some(random, TITLES, int(random, 2, 4));
      const form = random();
      if (form < 0.25) return titles.map((t, i) => `${i + 1}、${t}`);
      if (form < 0.45) return titles.map((t) => `${t}（${int(random, 1, 12)}-${int(random, 10, 28)}）`);
      if (form < 0.6) return titles.map((t) => `${t} 来源：${pick(random, ['生活网', '健康报', '每日资讯'])}`);
      if (form < 0.8) return [pick(random, ['看了又看', '读者还喜欢', '今日必看']), ...titles];
      return [`${titles.map((t, i) => `${'①②③④'[i]}${t}`).join(' ')}`];
    }
    case 'b-offer': {
      const brand = pick(random, BRANDS);
      const offer = `${brand}${pick(random, KINDS)}${pick(random, ACTS)}`;
      return [random() < 0.3 ? `${offer} ${brand}${pick(random, ACTS)}` : offer];
    }
    case 'b-lookalike':
      return [pick(random, LOOKALIKES)];
  }
}

/** A clean dev article with one style's pastes, in the page shape of ./redteam-a-styles.ts. */
export function blocksDevPage(article: Article, style: BlocksDevStyle, random: () => number): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'b-lookalike';
  const { page, push } = pageWriter(article.title, family, style, clean);
  // One or two pastes, never after the last paragraph (a site's own block stands there).
  const at = new Map<number, string[]>();
  for (let n = 0, count = int(random, 1, 2); n < count; n++) at.set(Math.floor(random() * Math.max(1, article.paragraphs.length - 1)), pasteOf(style, random));
  article.paragraphs.forEach((text, p) => {
    const lines = at.get(p);
    if (!lines) return push(text, []);
    const where = random();
    const inline = (style === 'b-offer' || (lines.length === 1 && where < 0.5)) && lines.length === 1;
    if (inline) {
      // Glued at the paragraph's end, or after one of its full stops (an offer also mid-sentence after a comma).
      const stops = [...text.matchAll(style === 'b-offer' ? /[。，]/gu : /[。]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
      const cut = where < 0.25 || stops.length === 0 ? text.length : pick(random, stops);
      const line = lines[0] ?? '';
      return push(`${text.slice(0, cut)}${line}${text.slice(cut)}`, [[cut, cut + line.length]]);
    }
    push(text, []);
    for (const line of lines) push(line, [[0, line.length]]);
  });
  return page;
}
