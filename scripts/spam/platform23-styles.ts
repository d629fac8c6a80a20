/**
 * Rows a social platform or a shop prints around a post, pasted into the story with it (session 23,
 * s23-platform): made of handles, counts, timestamps, percentages and prices, talking to the reader
 * of the platform, never about the story.
 *
 * - `hotsearch`: a numbered hot-search ranking (a board name, ranks with short topics, heat counts, 热/新/爆 tags);
 * - `poll`: a poll widget (a question, options with votes or percentages, how many took part, vote/result buttons);
 * - `repost`: a repost chain (//@handle: a short remark, again and again; 转发/回复@ forms);
 * - `follow`: an author follow card (a handle, followers and posts counted, a follow button);
 * - `device`: a post time with "from <phone model>" (来自/发布于 a device, via a client);
 * - `shop`: a shopping card (a price, a sold or monthly count, a coupon price, a buy arrow);
 * - `reaction`: a reaction bar (emoji or words with counts: likes, comments, reposts, views);
 * - `byline`: editor/reviewer byline tags (责任编辑, 审核, 校对, 监制 with names);
 * - `comment`: a reader's comment row (a handle, a colon, a short remark, its likes and time).
 *
 * Each is built from parts, so the wordings are many. Places, QA's six (as ./interface23-heldout.ts):
 * `own`, `between`, `end`, `inside` (after a writer's comma), `comma` (closed with a comma of its own),
 * `quote` (just inside a writer's quotation). A third of the pages are Traditional.
 *
 * `lookalike` is the writer's text of the same makings: a survey's percentages, a phone's price and
 * sales, a netizen's repost quoted, a topic that trended, a blogger's followers, a vote's result, an
 * editor named in the story. No truth: must stay.
 *
 * Two vocabularies, written apart before any finder was read and frozen then: `dev` to build on,
 * `heldout` only measured (its boards, handles, topics, labels, products and separators are none of
 * dev's). None of these strings is from QA's pages. `npx tsx scripts/spam/bench-platform23.ts`.
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, Split } from './inject';
import { placesIn } from './interface23-heldout';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const PLATFORM23_STYLES = ['hotsearch', 'poll', 'repost', 'follow', 'device', 'shop', 'reaction', 'byline', 'comment', 'lookalike'] as const;
export type Platform23Style = (typeof PLATFORM23_STYLES)[number];
export const PLATFORM23_PLACES = ['own', 'between', 'end', 'inside', 'comma', 'quote'] as const;
export type Platform23Place = (typeof PLATFORM23_PLACES)[number];
export const PLATFORM23_SEEDS: Record<Split, number> = { dev: 2311, heldout: 2312 };

type Pick = <T>(items: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;
type Maker = (p: Pick, n: Int) => string;

interface Vocabulary {
  handles: string[];
  topics: string[];
  phones: string[];
  products: string[];
  names: string[];
  remarks: string[];
  joints: string[];
  makers: Record<Exclude<Platform23Style, 'lookalike'>, Maker[]>;
}

/** A count as platforms print it: 37, 1,284, 3.6万, 12w. */
const count = (p: Pick, n: Int): string => p([`${n(3, 999)}`, `${n(1, 9)},${n(100, 999)}`, `${n(1, 99)}.${n(1, 9)}万`, `${n(1, 9)}万+`, `${n(2, 60)}w`, `${n(1, 9)}k`]);
const hhmm = (n: Int): string => `${String(n(0, 23)).padStart(2, '0')}:${String(n(0, 59)).padStart(2, '0')}`;
const some = (p: Pick, n: Int, items: readonly string[], lo: number, hi: number): string[] => {
  const out: string[] = [];
  for (let guard = 0, want = n(lo, hi); out.length < want && guard < 50; guard++) {
    const item = p(items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
};

function vocabulary(v: Omit<Vocabulary, 'makers'>, makers: (v: Omit<Vocabulary, 'makers'>) => Vocabulary['makers']): Vocabulary {
  return { ...v, makers: makers(v) };
}

const DEV = vocabulary(
  {
    handles: ['小鱼儿爱吃鱼', '阳光男孩', '追梦人2019', '风中的叶子', '开心果', 'Tom_88', '路过的猫', '北方的狼', '糖糖不吃糖'],
    topics: ['暴雨预警', '高考放榜', '新车发布', '演唱会门票', '明星官宣', '台风登陆', '油价下调', '世界杯', '双十一', '春运抢票'],
    phones: ['iPhone 13', 'iPhone 15 Pro Max', '华为Mate 60', '小米14', 'OPPO Reno11', 'vivo X100', '荣耀Magic6'],
    products: ['加厚保温杯', '无线蓝牙耳机', '纯棉四件套', '儿童学习桌'],
    names: ['张伟', '李娜', '王磊', '刘洋', '陈静', '杨帆'],
    remarks: ['说得好', '支持', '转发一下', '顶', '确实', '哈哈哈', '关注了', '学习了'],
    joints: [' ', '　'],
  },
  (v) => ({
    hotsearch: [
      (p, n) => `热搜榜 ${some(p, n, v.topics, 3, 4).map((t, i) => `${i + 1} ${t}`).join(' ')}`,
      (p, n) => some(p, n, v.topics, 2, 4).map((t, i) => `${i + 1}.${t} ${count(p, n)}`).join(' '),
      (p, n) => `微博热搜 ${n(1, 9)} ${p(v.topics)} 热 ${n(2, 9)} ${p(v.topics)} 新`,
      (p, n) => `TOP${n(1, 10)} #${p(v.topics)}# ${count(p, n)}`,
    ],
    poll: [
      (p, n) => `投票：你支持吗？ 支持 ${n(30, 70)}% 反对 ${n(10, 40)}% 已有${count(p, n)}人参与`,
      (p, n) => `A.赞成（${n(10, 999)}票） B.反对（${n(10, 999)}票）`,
      (p, n) => `【投票】你怎么看？ 同意 ${n(1, 999)} 不同意 ${n(1, 999)} 查看结果`,
      (p, n) => `单选 ○ 会 ○ 不会 ○ 看情况 ${count(p, n)}人已投票`,
    ],
    repost: [
      (p, n) => some(p, n, v.handles, 1, 3).map((h) => `//@${h}:${p(v.remarks)}`).join(''),
      (p) => `转发微博 //@${p(v.handles)}：${p(v.remarks)}`,
      (p) => `回复@${p(v.handles)}：${p(v.remarks)}`,
    ],
    follow: [
      (p, n) => `${p(v.handles)} 粉丝 ${count(p, n)} 关注`,
      (p, n) => `${p(v.handles)} ${count(p, n)}粉丝 +关注`,
      (p, n) => `作者：${p(v.handles)} 文章 ${n(10, 900)} 粉丝 ${count(p, n)} 已关注`,
      (p, n) => `${p(v.handles)} 认证博主 ${count(p, n)} 粉丝 ＋ 关注`,
    ],
    device: [
      (p, n) => `${n(1, 59)}分钟前 来自 ${p(v.phones)}`,
      (p, n) => `${n(1, 12)}月${n(1, 28)}日 ${hhmm(n)} 来自${p(v.phones)}`,
      (p) => `来自${p(v.phones)}客户端`,
      (p, n) => `${n(1, 23)}小时前 发布于 ${p(v.phones)}`,
    ],
    shop: [
      (p, n) => `${p(v.products)} ￥${n(9, 299)}.${n(0, 9)} 已售${count(p, n)}件 立即购买 >`,
      (p, n) => `¥${n(9, 199)} 月销${count(p, n)} 去看看 ›`,
      (p, n) => `到手价${n(19, 399)}元 原价${n(400, 999)}元 马上抢`,
      (p, n) => `【好物】${p(v.products)} 券后${n(9, 99)}元 ${count(p, n)}人已买`,
    ],
    reaction: [
      (p, n) => `👍 ${count(p, n)} ❤ ${count(p, n)} 😂 ${n(1, 99)}`,
      (p, n) => `赞 ${count(p, n)} 评论 ${count(p, n)} 转发 ${count(p, n)}`,
      (p, n) => `点赞(${n(1, 999)}) 在看(${n(1, 99)})`,
      (p, n) => `顶 ${n(1, 999)} 踩 ${n(1, 99)}`,
    ],
    byline: [
      (p) => `责任编辑：${p(v.names)}`,
      (p) => `编辑：${p(v.names)} 审核：${p(v.names)}`,
      (p) => `（责编：${p(v.names)}）`,
      (p) => `校对：${p(v.names)} 终审：${p(v.names)}`,
    ],
    comment: [
      (p, n) => `${p(v.handles)}：${p(v.remarks)} 👍${n(1, 99)}`,
      (p, n) => `网友${p(v.handles)}：${p(v.remarks)} ${n(1, 23)}小时前`,
      (p, n) => some(p, n, v.handles, 2, 3).map((h) => `${h}：${p(v.remarks)}`).join(p(v.joints)),
    ],
  }),
);

const HELDOUT = vocabulary(
  {
    handles: ['蓝色海洋', '一只快乐的猪', '静待花开', '老王在路上', 'momo酱', '山外青山', '用户5820173', '清风徐来', 'xiaoyu_2020', '橘子汽水'],
    topics: ['寒潮来袭', '考研报名', '航班取消', '景区限流', '电影定档', '地铁新线', '菜价上涨', '马拉松', '年终奖', '流感高发'],
    phones: ['iPhone 14 Plus', 'HUAWEI P60', 'Redmi K70', 'OnePlus 12', '三星Galaxy S24', 'iPad', '华为nova 12'],
    products: ['家用空气炸锅', '羊毛围巾', '护眼台灯', '不锈钢饭盒', '电动牙刷'],
    names: ['赵敏', '孙浩', '周婷', '吴昊', '郑雪', '黄鹏'],
    remarks: ['有道理', '赞同', '转需', '哈哈', '真不错', '马克', '同感', '期待'],
    joints: [' | ', '　', ' '],
  },
  (v) => ({
    hotsearch: [
      (p, n) => `实时热点 ${some(p, n, v.topics, 3, 5).map((t, i) => `${i + 1}、${t}`).join(' ')}`,
      (p, n) => `今日热榜 ${some(p, n, v.topics, 2, 3).map((t, i) => `No.${i + 1} ${t} ${count(p, n)}热度`).join(' ')}`,
      (p, n) => `热门搜索：${some(p, n, v.topics, 2, 4).map((t, i) => `${i + 1}${t}`).join(' ')}`,
      (p, n) => `${n(1, 9)} ${p(v.topics)} 爆 ${n(2, 9)} ${p(v.topics)} 沸`,
      (p, n) => `排行榜 第${n(1, 20)}名 ${p(v.topics)} 搜索量${count(p, n)}`,
    ],
    poll: [
      (p, n) => `你会选择哪个？ 选项一 ${n(100, 9999)}票 选项二 ${n(100, 9999)}票 共${count(p, n)}人投票`,
      (p, n) => `【调查】你赞同吗 赞同 ${n(20, 80)}.${n(0, 9)}% 不赞同 ${n(5, 40)}.${n(0, 9)}% 我要投票`,
      (p, n) => `投票已结束 参与人数：${count(p, n)} 查看详情`,
      (p, n) => `□ 值得 ${n(1, 99)}% □ 不值得 ${n(1, 99)}% 投票`,
      (p, n) => `PK：支持方 ${count(p, n)} VS 反对方 ${count(p, n)}`,
    ],
    repost: [
      (p, n) => some(p, n, v.handles, 2, 3).map((h) => `//@${h}: ${p(v.remarks)}`).join(' '),
      (p) => `${p(v.remarks)}//@${p(v.handles)}:${p(v.remarks)}`,
      (p) => `转发了 @${p(v.handles)} 的微博：${p(v.remarks)}`,
      (p, n) => `@${p(v.handles)} 等${n(2, 99)}人转发了这条动态`,
    ],
    follow: [
      (p, n) => `${p(v.handles)} 关注 ${n(10, 999)} 粉丝 ${count(p, n)} 获赞 ${count(p, n)}`,
      (p, n) => `关注作者 ${p(v.handles)}（${count(p, n)}人已关注）`,
      (p, n) => `${p(v.handles)} ✓ ${count(p, n)} followers 关注TA`,
      (p, n) => `+ 订阅 ${p(v.handles)} 的专栏 · ${count(p, n)}订阅`,
      (p, n) => `${p(v.handles)} LV${n(1, 9)} 发帖${n(10, 999)} 粉丝${count(p, n)} [关注]`,
    ],
    device: [
      (p, n) => `20${n(18, 24)}-${String(n(1, 12)).padStart(2, '0')}-${String(n(1, 28)).padStart(2, '0')} ${hhmm(n)} 来自 ${p(v.phones)}`,
      (p) => `发自我的${p(v.phones)}`,
      (p, n) => `昨天 ${hhmm(n)} · ${p(v.phones)}`,
      (p, n) => `${n(2, 9)}天前 via ${p(v.phones)}`,
      (p) => `（${p(['刚刚', '1分钟前', '半小时前'])} ${p(v.phones)}用户）`,
    ],
    shop: [
      (p, n) => `${p(v.products)} 券后价¥${n(9, 199)} 月销${count(p, n)}+ 领券购买 ›`,
      (p, n) => `秒杀价 ${n(9, 99)}.9元 ${p(['已抢', '已售'])}${n(20, 99)}% 去抢购 →`,
      (p, n) => `${p(v.products)} RMB ${n(29, 599)} 包邮 ${count(p, n)}人付款`,
      (p, n) => `[商品] ${p(v.products)} 拼团价${n(9, 99)}元 差${n(1, 3)}人成团`,
      (p, n) => `淘宝价：${n(10, 500)}元 点击购买 >>`,
    ],
    reaction: [
      (p, n) => `❤️ ${count(p, n)} 💬 ${count(p, n)} 🔁 ${count(p, n)}`,
      (p, n) => `阅读 ${count(p, n)} 在看 ${n(1, 999)} 赞 ${n(1, 999)}`,
      (p, n) => `${count(p, n)}人点赞 · ${n(1, 999)}条评论`,
      (p, n) => `😮 ${n(1, 99)} 😢 ${n(1, 99)} 😡 ${n(1, 99)}`,
      (p, n) => `有用(${n(1, 999)}) 没用(${n(1, 99)})`,
    ],
    byline: [
      (p) => `本文编辑 ${p(v.names)} | 审校 ${p(v.names)}`,
      (p) => `[责任编辑:${p(v.names)}]`,
      (p) => `监制：${p(v.names)} 制作：${p(v.names)} 审核：${p(v.names)}`,
      (p) => `编辑/${p(v.names)} 初审/${p(v.names)} 复审/${p(v.names)}`,
      (p) => `责编 ${p(v.names)}\u3000校对 ${p(v.names)}`,
    ],
    comment: [
      (p, n) => `${p(v.handles)} ${p(v.remarks)} ${n(1, 9)}天前 回复 赞${n(1, 99)}`,
      (p, n) => `${n(2, 60)}楼 ${p(v.handles)}：${p(v.remarks)}`,
      (p, n) => some(p, n, v.handles, 2, 3).map((h) => `${h}: ${p(v.remarks)}`).join(p(v.joints)),
      (p) => `热评：“${p(v.remarks)}”——${p(v.handles)}`,
    ],
  }),
);

const REAL: Record<Split, string[]> = {
  dev: [
    '调查显示，62%的受访者支持这一方案，反对者不足两成。',
    '这款手机售价3999元，首批销量超过10万台。',
    '该话题一度登上热搜榜第一，阅读量超过2亿。',
    '这位博主在微博上拥有120万粉丝。',
    '投票结果显示，赞成票占多数。',
    '责任编辑在审稿时发现了这个错误。',
    '网友@小李 转发时写道：“终于等到了。”',
    '他用一部旧手机拍下了这段视频。',
  ],
  heldout: [
    '民调结果显示，约四成选民尚未拿定主意，支持率差距只有3个百分点。',
    '记者在电商平台看到，同款商品的价格从89元到259元不等，月销量过万的有十几家。',
    '事件发生后，相关词条很快冲上热搜，评论区吵成一片。',
    '她的短视频账号粉丝已经突破50万，每条视频的点赞都在万次以上。',
    '全体代表以举手方式表决，方案获得通过。',
    '该报副总编辑李先生告诉记者，每篇稿件都要经过三审。',
    '一位网友转发这条消息时评论说：“早该这样了。”',
    '这张照片是用手机在凌晨三点拍下的。',
  ],
};

const VOCABULARY: Record<Split, Vocabulary> = { dev: DEV, heldout: HELDOUT };

/** One page: the article with one or two rows of `style` in `place` (`lookalike`: the writer's text, no truth). */
export function platform23Page(article: Article, style: Platform23Style, place: Platform23Place, split: Split, random: () => number, toTraditional: (text: string) => string): RedteamPage & { traditional: boolean } {
  const family: SpamFamily = 'seo';
  const v = VOCABULARY[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const clean = style === 'lookalike';
  const traditional = random() < 1 / 3;
  const script = traditional ? toTraditional : (text: string) => text;
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let k = 0, want = int(1, 2); k < want; k++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const piece = clean ? pick(REAL[split]) : pick(v.makers[style])(pick, int);
    if (place === 'own') {
      push(script(text), []);
      return push(script(piece), [[0, piece.length]]);
    }
    const spots = placesIn(text);
    // The writer's look-alike is a sentence: between sentences wherever the page's place is inside one.
    const wanted = clean && place !== 'end' ? 'between' : place;
    const where = spots[wanted].length ? wanted : spots.inside.length && !clean ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(spots[where]);
    const close = clean ? '' : where === 'comma' ? '，' : where === 'inside' || where === 'quote' ? pick(['', ' ', '，']) : pick(['', ' ']);
    const glued = piece + close;
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.trimEnd().length]]);
  });
  return { ...page, traditional };
}
