/**
 * Family "seo": the rows a social platform or a shop prints around a post, copied along with the
 * article and glued anywhere into the writer's text (session 23: QA22's follow cards, device stamps,
 * shopping cards, polls with percentages, hot-search rankings, editor tags and repost chains, 0–34%
 * found). What they share is their making, not their words: slots the platform fills from its
 * records — a count with its label (粉丝 3.6万, 月销 1.2万+, 128票), a percentage, a price (¥59,
 * 券后 29元), a time (3分钟前, 12-05 14:32), a device (来自 iPhone 15), a handle (//@某某:), a button
 * (+关注, 立即购买 ›) — set side by side with nothing but spaces, bars or dots between them.
 *
 * The writer uses every one of these slots in prose (62%的受访者, 售价3999元, 粉丝突破50万, 来自北京),
 * but with words between them: a verb, 的, a comma. So a row is two slots at least with only gaps
 * between (a button never counts alone: 回复 举报 is the interface's, read by other finders), and may
 * take one short name before it — a nickname, a product, a poll's question — only where that name
 * stands apart by a space after a mark of the writer's or the line's start: glued to the writer's
 * words, where a name starts is unknown, and the row starts at its first slot.
 *
 * Three shapes more, each closed by its own make: a numbered ranking (1 topic 2 topic …, the numbers
 * running on), a repost chain (//@handle: remark …), and editors' byline tags (责任编辑：某某 审核：某某).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { isCreditLine } from './credit-line';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** Between two slots: spaces, bars or dots; nothing only before a bracketed count or an emoji (赞成（312票）). */
const GAP = '(?:[\\s\\u3000|｜·•/]+|(?=[（(\\p{Extended_Pictographic}]))';
/** A number standing alone: not the tail of a nickname or a longer number (Tom_88, 2019). */
const NUMBER = '(?<![\\w.])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
/** A count ends where it ends: never before a percent sign, a digit or a date's unit (2008年). */
const COUNT = `${NUMBER}(?:\\s?(?:万|w|W|k|K|千|亿))?\\+?(?![\\d%％年月日号时]|\\.\\d)`;
/** What a platform counts beside a post or an account, a shop beside a product, a poll beside an option. */
const COUNTED =
  '(?:粉丝|关注者?|获赞|赞同?|点赞|文章|发帖|帖子|订阅|阅读|在看|好看|喜欢|评论|评价|回答|转发|收藏|分享|播放|观看|在线|浏览|被浏览|月销|已售|销量|库存|付款|热度|搜索量|参与人数|人气|顶|踩|同意|不同意|反对|支持|赞成|有用|没用|打赏|投币|followers|fans)';
/** The unit or act after a count (128票, 1.2万人已关注, 36条评论, 已售 3,241件). */
const UNIT = '(?:票|件|份|条评论|条评价|条|次|个回答|人(?:已?(?:关注|投票|参与(?:抽奖)?|抽奖|购买|买|付款|点赞|转发了?|看过|在看|观看|围观|订阅|评论|收藏|想要))?)';
/** A price: a currency sign, or a shop's price word with a number and maybe 元. */
const PRICE = `(?:(?:券后价?|到手价|原价|秒杀价|拼团价|团购价|淘宝价|京东价|现价|折后价?|优惠价|活动价)[：:]?\\s?[￥¥]?\\s?${NUMBER}(?:\\s?元)?|[￥¥]\\s?${NUMBER}|RMB\\s?${NUMBER}|${NUMBER}\\s?元\\s?包邮|包邮)`;
const CLOCK = '\\d{1,2}:\\d{2}';
const TIME = `(?:(?:发布于|编辑于|更新于|发表于|(?:开奖|截止|结束)时间[：:]?)?\\s?(?:\\d{1,2}\\s?(?:秒|分钟|小时|天|周|个月)前|刚刚|(?:昨天|前天|今天)\\s?${CLOCK}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s${CLOCK})?|\\d{1,2}-\\d{1,2}\\s${CLOCK}|\\d{1,2}月\\d{1,2}日\\s?${CLOCK}))`;
/** A phone or a client: a maker's name with its model (Latin or digits), or 手机/客户端 after it. */
const BRAND = '(?:iPhone|iPad|HUAWEI|Huawei|华为|荣耀|小米|Redmi|红米|OPPO|vivo|OnePlus|一加|三星|Galaxy|魅族|Android|安卓|Xiaomi|Honor|realme)';
const DEVICE = `${BRAND}(?:\\s?(?:[A-Za-z]+(?![A-Za-z])\\d{0,3}|\\d{1,4}[A-Za-z]*|\\+)(?![\\d年月日号时]))*(?:\\s?(?:手机|客户端|用户))?`;
/** A client named by its kind (某某客户端, 网页版, weibo.com) rather than its maker. */
const CLIENT = '(?:[\\p{Script=Han}A-Za-z]{2,8}(?:客户端|网页版|App|APP)|微博\\s?weibo\\.com|weibo\\.com)';
const FROM_DEVICE = `(?:(?:来自|发布于|发自|via)\\s?(?:我的)?\\s?(?:${DEVICE}|${CLIENT}))`;
const NICK = '[^\\s\\u3000，,。！？!?：:；;“”"「」『』（）()［］【】\\[\\]、|｜#＃@/]{1,16}';
const BUTTON = '(?:[+＋]\\s?(?:关注|订阅)|关注TA|已关注|关注|订阅|私信|去投票|参与投票|投票|加入购物车|去购买|立即领取|\\[关注\\]|【关注】|立即购买|去看看|马上抢|去抢购|立即抢购|领券购买|点击购买|查看结果|查看详情|我要投票|回复|举报)(?:\\s?(?:>>|[>›»→]+))?';
/** Regions an IP location names with more than two Han (provinces and countries); every other is two. */
const LONG_REGION = '(?:黑龙江|黑龍江|内蒙古|內蒙古|加拿大|新加坡|新西兰|新西蘭|澳大利亚|澳大利亞|马来西亚|馬來西亞|菲律宾|菲律賓|阿联酋|阿聯酋|俄罗斯|俄羅斯|意大利|西班牙|葡萄牙|印度尼西亚|印度尼西亞|中国台湾|中國台灣|中国香港|中國香港|中国澳门|中國澳門)';
/** A slot the platform fills from its records (the value kinds: a button alone never makes a row). */
const VALUE = [
  `[\\p{Script=Han}]{1,4}\\s?${NUMBER}[%％]`,
  `(?<![\\p{Script=Han}\\w])${NUMBER}[%％]`,
  // A region's name: two Han, or one of the few longer ones (广东对该事情…: the writer's 对 is not the region's).
  `IP属地[：:]?\\s?(?:${LONG_REGION}|\\p{Script=Han}{2})`,
  `${COUNTED}\\s?(?:[：:]\\s?)?(?:${COUNT}(?:${UNIT})?|[（(]${COUNT}[）)])`,
  // A count before its label stands apart: after a space or a mark, never glued to a nickname's Han (追梦人2019 粉丝).
  `(?:(?:已有|共有|共|等)|(?<!\\p{Script=Han}))${COUNT}\\s?(?:${COUNTED}|${UNIT})(?!\\d)`,
  `\\p{Extended_Pictographic}\\uFE0F?\\s?${COUNT}`,
  `[（(]${COUNT}(?:票|人)[）)]`,
  PRICE,
  TIME,
  FROM_DEVICE,
  `@${NICK}`,
].join('|');
/** A poll's option before its count, or a box or circle to tick (A.赞成（312票）, ○ 会 ○ 不会). */
const OPTION = '(?:(?<![\\w])[A-F][.．、)）]\\s?|[○□☐◎◯●]\\s?)[^\\s\\u3000\\d，,。！？!?；;（）()@]{1,4}';
const SLOT = `(?:(?:${VALUE})|${BUTTON}|${OPTION})`;
/** A row's first slot that cannot have taken the writer's words before it: a price, a time, a device, no Han at its start. */
const SAFE_START = new RegExp(`^(?:${PRICE}|${TIME}|${FROM_DEVICE}|[^\\p{Script=Han}])`, 'u');
const ROW = new RegExp(`(?:${SLOT})(?:${GAP}(?:${SLOT}))+`, 'gu');
const VALUES = new RegExp(`(?:${VALUE})`, 'gu');
/** A device named as the row's one slot, set apart on both sides (来自 iPhone 13 客户端). */
const LONE_DEVICE = new RegExp(`${FROM_DEVICE}`, 'gu');

/** Where a writer's stretch stops and the page's row may start: the line's start, a mark, a space. */
const BOUNDARY = /[\s\u3000，,。．！？!?；;：:“”「」『』（）()【】［］[\]|｜>›»＂]/u;
/** A name standing apart before a row: no sentence mark inside, at most a colon or a question's mark at its end. */
const NAME = /(?:^|[\s\u3000，,。！？!?；;“「（(|｜])((?:[^\s\u3000，,。！？!?；;“”「」（）()［］[\]【】]{2,6}[\s\u3000])?(?:【[^】\s]{1,6}】)?[^\s\u3000，,。！？!?；;“”「」（）()［］[\]【】]{2,8}[？?]?)([\s\u3000]+)$/u;

/** What makes a row a poll's: an option to tick, a vote count, a share. */
const POLL = new RegExp(`${OPTION}|票|[%％]|参与(?:投票|人数)|投票`, 'u');

/** A rank's heat count: with its unit, its thousands' comma, or three digits at least (never the next rank's number). */
const HEAT_COUNT = '(?:\\d+(?:\\.\\d+)?\\s?(?:万|w|W|k|K)\\+?|\\d{1,3}(?:,\\d{3})+|\\d{3,})';
/** Numbered ranks running on (1 topic 2 topic …): each a number, a short topic, maybe its heat tag or count. */
const RANK_ITEM = `(?:(?:No\\.|NO\\.|TOP|Top|第|#)\\s?)?(\\d{1,2}|[①-⑳])(?:\\uFE0F?\\u20E3)?(?:名|位)?[.、．:：)）]?\\s?([#＃]?[^\\s\\u3000\\d，,。！？!?；;：:、|｜#＃]{2,12}[#＃]?)(?:\\s?(?:[热新爆沸荐]|【[热新爆沸荐]】|\\[[热新爆沸荐]\\]))?(?:\\s?(?:热度\\s?|🔥\\s?)?${HEAT_COUNT}(?:热度)?)?`;
const RANK_GAP = '[\\s\\u3000|｜·•/]+';
const RANKING = new RegExp(`(?:(?:微博热搜|热搜榜?|热榜|热点|热门(?:搜索|话题)?|排行榜|今日热榜|实时热点|热搜)[：:]?\\s?)?${RANK_ITEM}(?:${RANK_GAP}${RANK_ITEM})*`, 'gu');
const RANK_ITEMS = new RegExp(RANK_ITEM, 'gu');
const BOARD = /热搜|热榜|热点|热门|排行|TOP|No\./u;
/** A rank's heat: its tag (热, 新, 爆) or its count, set apart by a space. */
const HEAT = /\s(?:[热新爆沸荐]|【[热新爆沸荐]】|\[[热新爆沸荐]\])$|\s(?:热度\s?|🔥\s?)?\d[\d.,]*\s?(?:万|w|k)?\+?(?:热度)?$/u;

/** A repost chain: //@handle: remark, again; or 回复@handle: remark. A remark ends at the next handle, a space or a mark. */
const REPOST = new RegExp(`(?:转发微博\\s?)?(?:(?:\\/\\/|回复)@${NICK}\\s?[：:]\\s?[^\\s\\u3000/。！？!?，,；;：:“”「」]{0,16})+`, 'gu');

/** An editor's role and name, once or more (责任编辑：某某, 编辑/某某 审核/某某). */
const ROLE = '(?:责任编辑|本文编辑|实习编辑|责编|编辑|审核|审校|校对|终审|初审|复审|二审|三审|监制|制作|统筹|美编)';
const ROLE_NAME = `${ROLE}(?:\\s?[：:/]\\s?|\\s)\\p{Script=Han}{2,3}`;
/** Nothing, or an editor's staff code (SN226), after the last tag of a line. */
const STAFF_CODE_OR_NOTHING = /^\s*(?:[A-Z]{1,4}\d{1,6})?\s*$/u;
const BYLINE = new RegExp(`[（(【\\[]?${ROLE_NAME}(?:[\\s\\u3000|｜·•/]+${ROLE_NAME})*[）)】\\]]?`, 'gu');

/** A repost's remark is a few words (转需, 说得好): a longer stretch may hold the writer's. */
const MAX_REMARK = 8;
const REPOST_REASON = "A repost chain (//@handle: remark) copied from a social platform's post.";
const BYLINE_REASON = "The page's editor and reviewer tags, copied with the article.";
const RANK_REASON = 'A numbered hot-search ranking, copied with the article.';
const REASON = "A social platform's or a shop's row (counts, prices, times, a device, a handle), copied with the article.";

function at(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || BOUNDARY.test(text.charAt(i - 1)) || BOUNDARY.test(text.charAt(i));
}

/**
 * `lastParagraph`: the text is the page's last paragraph, where a news site prints its own credits
 * (来源：新华社 责任编辑：某某): an editor's tag ending it is only marked there.
 */
export function findPlatformRows(pageText: string, lastParagraph = false): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, hide: boolean, why = REASON): void => {
    if (spans.some((s) => s.start < end && start < s.end)) return;
    spans.push(finderSpan(start, end, 'seo', hide, { hidden: why, marked: `Possibly ${why.charAt(0).toLowerCase()}${why.slice(1)}` }));
  };
  for (const m of text.matchAll(REPOST)) {
    const end = m.index + m[0].length;
    const lastColon = m.index + Math.max(m[0].lastIndexOf('：'), m[0].lastIndexOf(':')) + 1;
    // A short remark closed by a space, a mark or the line's end is the chain's; one glued to the writer's
    // next words has no certain end: the chain is hidden to its last colon and the words after only marked.
    const closed = (end >= text.length || /[\s\u3000。！？!?]/u.test(text.charAt(end)) || text.startsWith('//@', end)) && end - lastColon <= MAX_REMARK;
    add(m.index, closed ? end : lastColon, true, REPOST_REASON);
    if (!closed && end > lastColon) add(lastColon, Math.min(end, lastColon + MAX_REMARK), false, REPOST_REASON);
  }
  for (const m of text.matchAll(BYLINE)) {
    const pairs = m[0].match(new RegExp(ROLE, 'gu'))?.length ?? 0;
    // Two roles, or an editor's role alone in its brackets or as 责任编辑/责编: the page's tag.
    if (!at(text, m.index) || !(pairs >= 2 || /^[（(【[]|^(?:责任编辑|责编)/u.test(m[0]))) continue;
    const end = m.index + m[0].length;
    // The last name glued to the writer's next words (终审：王磊重庆市…) may be two characters or three: the tag is
    // hidden to that name's role and the name only marked.
    const closed = end >= text.length || BOUNDARY.test(text.charAt(end)) || /[）)】\]]$/u.test(m[0]);
    const lastRole = m.index + m[0].search(new RegExp(`${ROLE}(?:\\s?[：:/]\\s?|\\s)\\p{Script=Han}{2,3}$`, 'u'));
    const nameAt = lastRole + (new RegExp(`^${ROLE}(?:\\s?[：:/]\\s?|\\s)`, 'u').exec(text.slice(lastRole))?.[0].length ?? 0);
    // Ending a paragraph, a tag is the site's own credit line where the page ends or beside its source (来源：…):
    // the real article's, marked. Glued before the writer's words, or closing a paragraph the story goes on after, it was pasted.
    // Session 30: so is a tag in a paragraph of nothing but the site's credit fields that names its source, before or
    // after the tag (责任编辑：赵磊 来源：本报综合; ./credit-line.ts) — a farm's pasted tag names no source.
    // Session 32: an editor's staff code after the last name (责任编辑：孙三 SN226) still ends the line.
    const credit =
      (STAFF_CODE_OR_NOTHING.test(text.slice(end)) && (lastParagraph || /来源|稿源|出处/u.test(text.slice(0, m.index)))) || (isCreditLine(text) && /来源|稿源|出处/u.test(text));
    add(m.index, closed ? end : nameAt, !credit, BYLINE_REASON);
    if (!closed) add(nameAt, end, false, BYLINE_REASON);
  }
  for (const m of text.matchAll(ROW)) {
    const values = m[0].match(VALUES)?.length ?? 0;
    // Glued to the writer's word with no mark between, a row starts only with a slot that has no Han label to take the writer's words.
    if (values === 0 || !(at(text, m.index) || SAFE_START.test(m[0]))) continue;
    // One name before the row (a nickname, a product, a question), standing apart by a space after a mark or the line's start.
    // A question is a poll's only before a poll's row (options, votes, shares): before counts or prices it is the
    // writer's own one-clause question set before the paste (QA26's writer's question before a pasted line; beside27 dev).
    const named = NAME.exec(text.slice(0, m.index));
    const name = named && /[？?]$/u.test(named[1] ?? '') && !POLL.test(m[0]) ? null : named;
    const start = name ? m.index - (name[2] ?? '').length - (name[1] ?? '').length : m.index;
    add(start, m.index + m[0].trimEnd().length, true);
  }
  for (const m of text.matchAll(LONE_DEVICE)) {
    const end = m.index + m[0].trimEnd().length;
    if (at(text, m.index) && (end >= text.length || BOUNDARY.test(text.charAt(end)) || /(?:手机|客户端)$/u.test(m[0]))) add(m.index, end, true, 'A post\'s "from <phone>" stamp, copied with the article.');
  }
  for (const m of text.matchAll(RANKING)) {
    const items = [...m[0].matchAll(RANK_ITEMS)];
    // One rank alone is a ranking only under its board's mark with its heat (TOP3 #话题# 12万).
    if (items.length < 2 && !(/^(?:TOP|No\.)/u.test(m[0]) && items.some((item) => HEAT.test(item[0])))) continue;
    // ① is 1: circled numbers count from U+2460.
    const numbers = items.map((item) => (/\d/u.test(item[1] ?? '') ? Number(item[1]) : (item[1] ?? '①').charCodeAt(0) - 0x245f));
    if (!at(text, m.index)) continue;
    // Ranks run on (1, 2, 3); only heat tags on every rank make a ranking of numbers that do not (a board's own order).
    const runOn = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
    if (!runOn && !(items.length >= 2 && items.every((item) => HEAT.test(item[0])))) continue;
    const sure = BOARD.test(m[0]) || items.some((item) => HEAT.test(item[0])) || (numbers.length >= 3 && numbers[0] === 1);
    const end = m.index + m[0].trimEnd().length;
    // The last topic glued to the writer's next words (3 油价下调对此…) has no certain end: the ranking is
    // hidden to that rank's number and the topic only marked.
    const last = items[items.length - 1];
    // A topic is a few words: closed by a space or the line's end, or by a mark when short — and not
    // much longer than the ranks before it, which were set apart whole (候选：1.发布 2.发步 3.法布地方立法，:
    // a last topic twice the others' length has taken the writer's words up to their comma).
    const longest = Math.max(0, ...items.slice(0, -1).map((item) => (item[2] ?? '').length));
    const short = last !== undefined && (last[2] ?? '').length <= Math.min(6, longest + 3);
    const closed = end >= text.length || /[\s\u3000]/u.test(text.charAt(end)) || (last !== undefined && (HEAT.test(last[0]) || (BOUNDARY.test(text.charAt(end)) && short)));
    const topicAt = last ? m.index + (last.index ?? 0) + last[0].indexOf(last[2] ?? '') : end;
    add(m.index, closed ? end : topicAt, sure, RANK_REASON);
    if (!closed) add(topicAt, end, false, RANK_REASON);
  }
  return spans.sort((a, b) => a.start - b.start);
}
