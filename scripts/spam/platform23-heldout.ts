/**
 * Held-out generator for s23-platform's classes, written by its partner s23-interface before reading
 * any of s23-platform's finders (session 23's rule: held-out is written by someone else). Measure on
 * it, never tune on it: ./bench-platform23-heldout.ts prints its figures.
 *
 * The classes are the rows a platform prints around a post. What they share, and what this generator
 * builds every piece from rather than from fixed sentences: handles, counts (1.2万, 3,456, 999+),
 * timestamps, percentages, prices, a button word or an arrow, joined by separators a widget uses
 * (spaces, ｜, ·, /) — short, and speaking about the post, not about the story:
 *   p-hotsearch  numbered hot-search rankings (rank, title, heat, 热/新/爆 badge)
 *   p-poll       poll widgets (question, options with votes and percentages, 投票 / 参与 counts)
 *   p-repost     weibo repost chains (//@handle: comment //@handle: …)
 *   p-follow     author follow cards (handle, what the author is, followers, a follow button)
 *   p-device     post time + "from <phone model / client>" stamps
 *   p-shop       shopping cards (goods, price, sold count, a buy button with an arrow)
 *   p-reaction   reaction bars (emoji or reaction words with counts)
 *   p-byline     editor / reviewer / proofreader byline tags
 *   p-comment    fake reader comment rows (handle, short reaction, time, reply / like counts)
 * and three classes of the same nature that nobody's brief names (the report's "never tuned on"):
 *   pu-live      live-stream rows (on air, viewers, gifts, "enter the room")
 *   pu-answers   Q&A platform stat rows (answers, views, followers of the question, write-an-answer)
 *   pu-draw      giveaway widgets (participants, draw date, prizes, a join button)
 * `p-lookalike` is the writer's own text about the same things (a poll, a price, a phone, an editor,
 * a hot search, a repost, followers, a live stream, a giveaway): no truth, must stay.
 *
 * Places, as QA22 counts them: `own` paragraph (a multi-row widget is sometimes one paragraph per
 * row); `owncomma` its own paragraph closed by a comma; `end` after the paragraph's last stop;
 * `between` two of the writer's sentences; `inside` after a writer's comma, the clause going on;
 * `quote` just inside a quotation. A quarter of the pages are Traditional (whole page).
 *
 * One pool only (held-out articles, seed 232): there is no dev split, by design.
 */
import type { SpamFamily } from '../../src/spam/types';
import { int, pick } from './glued-styles';
import type { Article } from './inject';
import { pageWriter, type RedteamPage } from './redteam-a-styles';

export const PLATFORM23_NAMED = ['p-hotsearch', 'p-poll', 'p-repost', 'p-follow', 'p-device', 'p-shop', 'p-reaction', 'p-byline', 'p-comment'] as const;
export const PLATFORM23_UNNAMED = ['pu-live', 'pu-answers', 'pu-draw'] as const;
export const PLATFORM23_STYLES = [...PLATFORM23_NAMED, ...PLATFORM23_UNNAMED, 'p-lookalike'] as const;
export type Platform23Style = (typeof PLATFORM23_STYLES)[number];
export const PLATFORM23_PLACES = ['own', 'owncomma', 'end', 'between', 'inside', 'quote'] as const;
export type Platform23Place = (typeof PLATFORM23_PLACES)[number];
export const PLATFORM23_SEED = 232;

type Random = () => number;
const chance = (random: Random, p: number): boolean => random() < p;
const some = <T>(random: Random, items: readonly T[], lo: number, hi: number): T[] => {
  const left = [...items];
  return Array.from({ length: Math.min(left.length, int(random, lo, hi)) }, () => left.splice(Math.floor(random() * left.length), 1)[0] as T);
};

/** A widget's separator between its fields. */
const sep = (random: Random): string => pick(random, [' ', '  ', ' | ', '｜', ' · ', '·', ' / ', '  ']);

/** A count the way platforms print it. */
function count(random: Random): string {
  const n = int(random, 1, 9);
  return pick(random, [
    String(int(random, 12, 999)),
    `${int(random, 1, 99)},${String(int(random, 0, 999)).padStart(3, '0')}`,
    `${n}.${int(random, 1, 9)}万`,
    `${int(random, 10, 99)}万`,
    `${n}.${int(random, 1, 9)}w`,
    '999+',
    `${int(random, 1, 9)}${int(random, 0, 9)}万+`,
    `${n}.${int(random, 0, 9)}亿`,
    String(int(random, 1000, 99999)),
  ]);
}

/** A post time the way platforms print it. */
function stamp(random: Random): string {
  const two = (lo: number, hi: number): string => String(int(random, lo, hi)).padStart(2, '0');
  return pick(random, [
    '刚刚',
    `${int(random, 1, 59)}分钟前`,
    `${int(random, 1, 23)}小时前`,
    `昨天 ${two(0, 23)}:${two(0, 59)}`,
    `${two(1, 12)}-${two(1, 28)} ${two(0, 23)}:${two(0, 59)}`,
    `2026-${two(1, 12)}-${two(1, 28)} ${two(0, 23)}:${two(0, 59)}`,
    `${int(random, 2, 6)}天前`,
    `${int(random, 1, 12)}月${int(random, 1, 28)}日 ${two(0, 23)}:${two(0, 59)}`,
  ]);
}

/** A user's screen name: made of parts, a few in Latin letters, sometimes with digits. */
function handle(random: Random): string {
  if (chance(random, 0.2)) return `${pick(random, ['momo', 'Kevin', 'sunny', 'xiaoyu', 'Tina', 'abc', 'lucky', 'Leo', 'coco'])}${pick(random, ['_', '', '-', '.'])}${int(random, 7, 2025)}`;
  const head = pick(random, ['爱吃', '不想', '会飞的', '深夜', '偷偷', '一只', '老', '小', '快乐的', '认真', '路过的', '想去海边的', '']);
  const tail = pick(random, ['橘子', '胖猫', '小鱼', '咸鱼', '吃瓜群众', '土豆丝', '熊猫', '打工人', '阿杰', '豆包', '拾光', '风筝', '晚风', '蘑菇', '柠檬茶']);
  return `${head}${tail}${pick(random, ['', '', '', '酱', '呀', `${int(random, 1, 999)}`, '_', '本尊'])}`;
}

const personName = (random: Random): string =>
  pick(random, ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']) +
  pick(random, ['敏', '强', '伟', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '晓峰', '丽娜', '建国', '一帆', '思远', '雨欣', '子涵']);

function hotSearch(random: Random, topic: string): string[] {
  const head = chance(random, 0.5) ? [pick(random, ['微博热搜', '热搜榜', '实时热点', '🔥热榜', '今日热搜 TOP10', '大家都在搜', '热门搜索', '热点排行', '实时上升热点'])] : [];
  const titles = [`${topic}${pick(random, ['回应', '最新进展', '官方通报', '是真的吗', '怎么回事', '后续来了'])}`, ...['寒潮来袭多地降温', '油价下周或调整', '考研今日开考', '某地暴雨红色预警', '新规下月起施行', '航班大面积延误', '央行最新发布', '年终奖怎么算', '春运抢票攻略', '明星官宣结婚']];
  const start = int(random, 1, 6);
  const rank = pick(random, [(i: number) => `${i}`, (i: number) => `${i}.`, (i: number) => `No.${i}`, (i: number) => `TOP${i}`, (i: number) => `第${i}`, (i: number) => `${i}、`]);
  const rows = some(random, titles, 2, 4).map((title, i) => {
    const heat = pick(random, [count(random), `热度${count(random)}`, `${count(random)}搜索`, '', `${int(random, 100, 999)}万`]);
    const badge = pick(random, ['热', '新', '爆', '沸', '荐', '', '', '↑']);
    return [rank(start + i), title, heat, badge].filter(Boolean).join(pick(random, [' ', ' ', '  ', '']));
  });
  return [...head, ...rows];
}

function poll(random: Random, topic: string): string[] {
  const question = pick(random, [`你支持${topic}吗？`, `你怎么看${topic}？`, '你会选择哪一个？', '这件事你站哪边？', `你觉得${topic}合理吗？`, '你身边有这种情况吗？', '你愿意为此多花钱吗？']);
  const head = pick(random, ['【投票】', '📊 投票', '投票：', '网友投票 ', 'PK：', '']) + question + pick(random, ['（单选）', '(单选)', '（多选）', '', '']);
  const labels = some(random, ['支持', '反对', '中立', '看情况', '不关心', '合理', '不合理', '说不清', '会', '不会', '有', '没有', '再等等'], 2, 4);
  let left = 100;
  const options = labels.map((label, i) => {
    const share = i === labels.length - 1 ? left : int(random, 5, Math.max(6, left - 5 * (labels.length - i - 1)));
    left -= share;
    const key = pick(random, [`${'ABCD'[i]}. `, `${'ABCD'[i]}、`, `${i + 1}.`, '○ ', '□ ', '']);
    const votes = pick(random, [`${count(random)}票`, `${share}%`, `${count(random)}票 ${share}%`, `${share}.${int(random, 0, 9)}%`, `(${count(random)})`]);
    return `${key}${label}${pick(random, [' ', '  ', ' — ', ''])}${votes}`;
  });
  const foot = pick(random, [`已有${count(random)}人参与`, `${count(random)}人已投票`, '立即投票', '查看结果 >', '投票已结束', `共${count(random)}票`, '投票后查看结果', '']);
  return [head, ...options, ...(foot ? [foot] : [])];
}

function repost(random: Random): string[] {
  const say = (): string => pick(random, ['转发微博', '太真实了', 'mark', '支持！', '[doge]', '说得好', '哈哈哈哈', '[吃瓜]', '呵呵', '转发理由', '有道理', '[允悲]', '顶', '求后续', 'Repost', '']);
  const colon = pick(random, [':', '：', ': ']);
  const links = Array.from({ length: int(random, 1, 3) }, () => `//@${handle(random)}${colon}${say()}`);
  const lead = chance(random, 0.3) ? say() : '';
  return [`${lead}${links.join(pick(random, [' ', '', ' ']))}`];
}

function follow(random: Random): string[] {
  const fields = [
    handle(random) + pick(random, ['', ' V', ' ✓', '🅥', '']),
    pick(random, ['', '科技博主', '知名财经作者', '优质生活领域创作者', '认证：官方账号', '资深媒体人', `${pick(random, ['美食', '旅行', '数码', '育儿', '汽车'])}领域创作者`, '']),
    pick(random, [`粉丝 ${count(random)}`, `${count(random)}粉丝`, `粉丝数：${count(random)}`, `${count(random)} 位关注者`]),
    pick(random, ['', `获赞 ${count(random)}`, `作品 ${int(random, 3, 999)}`, `文章 ${int(random, 3, 999)}`, '']),
    pick(random, ['关注', '+ 关注', '已关注', '＋关注', '关注TA', '+关注', '关注 >']),
  ].filter(Boolean);
  return [fields.join(sep(random))];
}

function device(random: Random): string[] {
  const model = pick(random, ['iPhone 15 Pro Max', 'iPhone客户端', 'HUAWEI Mate 60 Pro', '华为P60', '小米14 Ultra', 'Redmi K70', 'OPPO Find X7', 'vivo X100 Pro', '荣耀Magic6', '一加12', 'iPad客户端', '微博网页版', 'Android客户端', '三星Galaxy S24', 'iPhone 13']);
  const from = pick(random, ['来自', '来自 ', '发自', 'from ', '来自']);
  const time = stamp(random);
  return [pick(random, [`${time} ${from}${model}`, `${time}${sep(random)}${from}${model}`, `${from}${model} ${time}`, `发布于 ${time} ${from}${model}`, `编辑于${time} ${from}${model}`])];
}

function shop(random: Random): string[] {
  const goods = pick(random, ['加厚保温杯 316不锈钢', '网红同款零食大礼包', '儿童益智拼图', '便携充电宝20000毫安', '学生双肩书包', '家用空气炸锅', '纯棉四件套', '无线蓝牙耳机', '冬季加绒卫衣', '【官方正品】护手霜']);
  const price = pick(random, [`¥${int(random, 9, 399)}.9`, `￥${int(random, 9, 999)}`, `券后价 ¥${int(random, 9, 199)}`, `到手价${int(random, 9, 199)}.9元`, `¥${int(random, 9, 99)}.${int(random, 0, 9)}0 ¥${int(random, 100, 300)}`]);
  const sold = pick(random, [`已售${count(random)}件`, `月销${count(random)}`, `${count(random)}人付款`, `已抢${int(random, 30, 99)}%`, `销量 ${count(random)}`, '']);
  const button = pick(random, ['去购买 >', '立即抢购 ›', '去看看 →', '马上买', '加入购物车', '领券购买 >', '去抢购', '立即购买 ▶']);
  const shopName = pick(random, ['', '', `${pick(random, ['优品', '好物', '家居'])}旗舰店`, '自营']);
  return [[goods, shopName, price, sold, button].filter(Boolean).join(sep(random))];
}

function reaction(random: Random): string[] {
  const marks = some(random, ['👍', '❤️', '😂', '😡', '😢', '😮', '👏', '🔥', '赞', '踩', '点赞', '好笑', '感动', '愤怒', '在看', '有用', '没用', '心疼', '震惊'], 2, 5);
  return [marks.map((m) => pick(random, [`${m} ${count(random)}`, `${m}${count(random)}`, `${m}(${int(random, 0, 999)})`, `${m} ${int(random, 0, 99)}`])).join(sep(random))];
}

function byline(random: Random): string[] {
  const roles = some(random, ['责任编辑', '编辑', '审核', '校对', '终审', '值班编辑', '审校', '监制', '统筹', '责编', '初审', '复审', '实习编辑', '美编', '二审'], 1, 3);
  const colon = pick(random, ['：', ':', ' / ', '／', ' ']);
  const tags = roles.map((role) => `${role}${colon}${personName(random)}${chance(random, 0.1) ? `_NB${int(random, 1000, 9999)}` : ''}`);
  const body = tags.join(pick(random, [' ', '  ', ' | ', '，', '；']));
  return [pick(random, [body, `（${body}）`, `【${body}】`, `[${body}]`, body])];
}

function comment(random: Random): string[] {
  const say = pick(random, ['说得太好了', '支持一下', '这个必须顶', '楼主辛苦了', '第一次听说这种事', '吃瓜路过', '有没有后续', '写得真好，收藏了', '我也遇到过', '感谢分享', '坐等反转', '前排围观', '真的假的？', '这才是重点']);
  const rows = Array.from({ length: int(random, 1, 2) }, (_, i) => {
    const who = pick(random, [handle(random), `网友「${handle(random)}」`, `@${handle(random)}`, `${i + 1}楼 ${handle(random)}`, `热评 ${handle(random)}`]);
    const tail = some(random, [stamp(random), '回复', `赞${int(random, 1, 999)}`, `👍${int(random, 1, 999)}`, `展开${int(random, 2, 40)}条回复`, `Lv${int(random, 1, 9)}`], 1, 3).join(pick(random, [' ', '  ', ' · ']));
    return `${who}${pick(random, ['：', ': ', ' ', '：'])}${i === 0 ? say : pick(random, ['同意', '+1', '哈哈哈', '确实', '你说得对'])} ${tail}`;
  });
  return rows;
}

function live(random: Random): string[] {
  const fields = [
    pick(random, ['直播中', 'LIVE', '🔴 正在直播', '直播回放', '● 直播']),
    pick(random, [`${count(random)}人在看`, `${count(random)}观看`, `在线 ${count(random)}`, `${count(random)}人看过`]),
    pick(random, ['', `主播：${handle(random)}`, `送出 ${pick(random, ['小心心', '火箭', '棒棒糖'])}×${int(random, 1, 99)}`, `点赞 ${count(random)}`]),
    pick(random, ['进入直播间 >', '点击观看', '预约直播', '立即观看 ▶', '去围观 →']),
  ].filter(Boolean);
  return [fields.join(sep(random))];
}

function answers(random: Random): string[] {
  const fields = some(random, [`${int(random, 2, 999)} 个回答`, `浏览 ${count(random)}`, `${count(random)} 人关注该问题`, `收藏 ${int(random, 2, 999)}`, '写回答', '邀请回答', `好问题 ${int(random, 1, 99)}`, '添加评论', `${count(random)} 次浏览`, '查看全部回答 >'], 3, 5);
  return [fields.join(sep(random))];
}

function draw(random: Random): string[] {
  const prize = some(random, [`耳机×${int(random, 1, 5)}`, `现金红包×${int(random, 5, 50)}`, `会员月卡×${int(random, 2, 20)}`, `签名书×${int(random, 1, 9)}`, `${int(random, 5, 100)}元话费`], 1, 2).join(' ');
  const fields = [
    pick(random, ['🎁 抽奖', '转发抽奖', '福利活动', '【抽奖】', '🎉 粉丝福利']),
    pick(random, [`奖品：${prize}`, prize]),
    pick(random, [`已有${count(random)}人参与`, `${count(random)}人已参与`, '']),
    pick(random, [`${int(random, 1, 12)}月${int(random, 1, 28)}日开奖`, `${int(random, 1, 3)}天后开奖`, '开奖时间：本周五 20:00', '']),
    pick(random, ['立即参与 >', '去抽奖', '参与抽奖', '点击参与 →']),
  ].filter(Boolean);
  return [fields.join(sep(random))];
}

/** The writer's own sentences about the same things: numbers, handles, prices, phones, roles. */
const LOOKALIKES = [
  '民调显示，支持这项政策的受访者占52.3%，反对者占31%。',
  '在这次网络投票中，超过三万名网友参与，多数人选择了“暂缓实施”。',
  '该话题一度冲上微博热搜第一，阅读量超过2亿。',
  '“#退票难#”连续两天出现在热搜榜上，平台随后发布了说明。',
  '这条微博被转发了一万多次，不少网友在转发时加上了自己的经历。',
  '他在转发时写道：“希望更多人看到。”',
  '这位博主拥有三百多万粉丝，一条视频的点赞量动辄数十万。',
  '不少年轻人关注了这个账号，只为每天看一眼更新。',
  '视频是她用一部旧iPhone拍下的，画面有些抖动。',
  '新款华为手机上市当天，门店前排起了长队。',
  '这款保温杯在网店售价59元，月销量超过十万件。',
  '记者以89.9元的价格下单购买了一件同款卫衣，收货后发现是仿品。',
  '责任编辑制度要求每篇稿件至少经过两道审核。',
  '他做了二十年校对，练就了一眼看出错字的本事。',
  '报社总编辑王某在会上强调，终审环节不能流于形式。',
  '网友“小鱼”在评论区写道，自己也遇到过类似的情况。',
  '这篇文章的评论区有两千多条留言，点赞最多的一条只有四个字。',
  '文章发布后，不少读者点了“在看”，也有人留言表示不认同。',
  '直播间里同时在线的观众一度超过十万人，主播不得不暂停了带货。',
  '这个问题在问答平台上已有上千个回答，浏览量超过一千万次。',
  '商家以“转发抽奖”为名收集用户信息，被监管部门约谈。',
  '活动于12月10日开奖，中奖名单将在官网公布。',
  '据统计，2026年上半年，全国网上零售额同比增长8.6%。',
  '她在凌晨三点发了一条朋友圈，配图是一张空荡荡的站台。',
  '手机厂商之间的竞争，从摄像头一路打到了续航。',
  '点赞和转发的数字并不能说明一切，编辑部更看重读者的留言。',
];

/** The paragraph offsets where a glued piece may go. */
function spotsIn(text: string): Record<'end' | 'between' | 'inside' | 'quote', number[]> {
  const after = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i < text.length - 1);
  const quotes = after(/[“「]/gu);
  const inQuote = (i: number): boolean => quotes.some((q) => q < i && text.indexOf(text.charAt(q - 1) === '「' ? '」' : '”', q) > i);
  return { inside: after(/，/gu).filter((i) => !inQuote(i)), between: after(/[。！？](?![”」])/gu), end: [text.length], quote: quotes };
}

function topicOf(title: string): string {
  const runs = title.match(/\p{Script=Han}{2,}/gu) ?? ['此事'];
  return runs.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 4);
}

const BUILD: Record<Exclude<Platform23Style, 'p-lookalike'>, (random: Random, topic: string) => string[]> = {
  'p-hotsearch': hotSearch,
  'p-poll': poll,
  'p-repost': repost,
  'p-follow': follow,
  'p-device': device,
  'p-shop': shop,
  'p-reaction': reaction,
  'p-byline': byline,
  'p-comment': comment,
  'pu-live': live,
  'pu-answers': answers,
  'pu-draw': draw,
};

/** A clean article with one or two pieces of one style, all in one place; a quarter of the pages Traditional. */
export function platform23Page(article: Article, style: Platform23Style, place: Platform23Place, random: Random, toTraditional: (text: string) => string): RedteamPage {
  const family: SpamFamily = 'seo';
  const clean = style === 'p-lookalike';
  const script = chance(random, 0.25) ? toTraditional : (text: string) => text;
  const topic = topicOf(article.title);
  const { page, push } = pageWriter(script(article.title), family, style, clean);
  const chosen = new Set<number>();
  for (let n = 0, k = int(random, 1, 2); n < k; n++) chosen.add(Math.floor(random() * article.paragraphs.length));
  article.paragraphs.forEach((text, p) => {
    if (!chosen.has(p)) return push(script(text), []);
    const rows = clean ? [pick(random, LOOKALIKES)] : BUILD[style](random, topic);
    if (place === 'own' || place === 'owncomma') {
      push(script(text), []);
      // A widget copied whole is often one paragraph per row; otherwise its rows run on one line.
      const lines = rows.length > 1 && chance(random, 0.5) ? rows : [rows.join(pick(random, [' ', '  ', ' | ']))];
      lines.forEach((line, i) => {
        const closed = !clean && place === 'owncomma' && i === lines.length - 1 ? `${line}，` : line;
        push(script(closed), [[0, closed.length]]);
      });
      return;
    }
    const piece = rows.join(' ');
    const spots = spotsIn(text);
    const where = spots[place].length ? place : spots.inside.length ? 'inside' : 'end';
    const cut = where === 'end' ? text.length : pick(random, spots[where]);
    const close = clean ? '' : where === 'inside' || where === 'quote' ? pick(random, ['，', '', ' ']) : pick(random, ['，', '', ' ', '']);
    const glued = piece + close;
    // A closing space is no one's text: neither spam to find nor the writer's to keep.
    push(script(`${text.slice(0, cut)}${glued}${text.slice(cut)}`), [[cut, cut + glued.trimEnd().length]]);
  });
  return page;
}
