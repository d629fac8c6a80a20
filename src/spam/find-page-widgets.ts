/**
 * Family "seo": a page's small widgets copied along with the article (session 22: QA21's star
 * ratings, countdowns, geotags and ad labels, 0% found) — 评分 ★★★★☆ 4.5, 距活动结束仅剩 2 天
 * 05:12:33, 📍 杭州·西湖区 / IP属地：广东, [广告] / —— 推广 ——.
 *
 * Each widget is a closed slot: a label, a glyph or a bracket and a value in the interface's format
 * (stars, a score with its scale or its raters, a clock, a place after a pin or a platform's place
 * label, a label standing alone in its brackets), never a clause. A writer tells the same things in
 * prose (评分是4.5分, 距离大选还有不到一个月, 他来自上海, 推广内容必须标明“广告”字样): a verb or a subject
 * joins them to the sentence, and the value is in the writer's words. So:
 * - a rating is hidden where stars run (with a rating label, a score or raters, or filled then empty
 *   ★★★☆☆), or a score has its scale, its raters or a bar after it; a labelled score alone is marked;
 * - a countdown is hidden where it has a clock (05:12:33), a timer's glyph (⏰ ⏳), a 倒计时 label
 *   followed by its figures, or spaced figures (还有 182 天); a bare 距…还有N天 ending its clause is marked;
 * - a geotag is hidden after a pin glyph (📍 📌) or a platform's place label standing at a boundary
 *   with a colon or a space (IP属地：广东, 发布于 广东); glued to the writer's next word, marked;
 * - an ad label is hidden standing alone as a line, in its own brackets or dashes, after a bar glyph,
 *   with its close control (广告 ×), or as a sentence about the text (以下内容为广告); a bare label
 *   making a clause of its own is marked; a quoted label (标明“广告”字样) is the writer's.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { withClosingComma } from './closing-comma';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

type Add = (start: number, end: number, hide: boolean, hidden: string) => void;

const STARS = '(?:[★☆⭐✩✪✫✭✮✯🌟]\\uFE0F?){2,5}½?';
const RATING_LABEL = '\\p{Script=Han}{0,2}(?:评分|得分|打分|推荐指数|推荐度|口碑|满意度|好评率)';
const SCORE = '\\d{1,2}(?:\\.\\d)?';
/** A score's scale or raters: /10, （满分10分）, （1,203人评价）, 312人已评, 好评如潮. */
const RATING_TRAIL = `(?:\\s?/\\s?(?:5|10)(?!\\d)|\\s?[（(]?\\s?满分\\s?\\d{1,3}\\s?分?[）)]?|\\s?[（(|｜·]?\\s?\\d[\\d,]*\\s?(?:人|条)\\s?(?:评价|已评|评分|点评|打分)[）)]?|\\s?[（(]\\s?\\d[\\d,]*\\s?(?:人|条)\\s?[）)]|\\s?(?:好评如潮|暂无评分|点击评分))`;
const STAR_RATING = new RegExp(`(${RATING_LABEL}\\s?[:：]?\\s?)?(${STARS})(\\s?[（(]?${SCORE}(?![\\d,，])\\s?分?[）)]?)?(${RATING_TRAIL}*)`, 'gu');
const SCORE_RATING = new RegExp(`(?<![\\p{Script=Han}])(${RATING_LABEL})?(\\s?[:：]\\s?|\\s)?(${SCORE})(\\s?分)?(%?)(${RATING_TRAIL}+|\\s?[|｜]\\s?\\p{Script=Han}{2,4}\\s?\\d+)?`, 'gu');

/** A rating label's own word, after the up to two characters that may lead it (网友|评分, 综合|评分). */
const RATING_WORD = /(?:评分|得分|打分|推荐指数|推荐度|口碑|满意度|好评率)/u;

/**
 * Where a rating found at `at` with `label` starts: its label's leading characters are the label's only
 * where something sets the label apart before them; glued to the writer's words they may be the end of the
 * writer's word (作|文书, 大|山里, 集团|相关 before 推荐指数: session 29, seams28 dev), so it starts at the label word.
 */
function ratingStart(text: string, at: number, label: string | undefined): number {
  const word = label ? RATING_WORD.exec(label) : null;
  if (!word || word.index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return at;
  return at + word.index;
}

function ratings(text: string, add: Add): void {
  const reason = "A page's rating widget (stars, a score), copied along with the article.";
  for (const m of text.matchAll(STAR_RATING)) {
    const filledThenEmpty = /^(?:[★✩✪✫✭✮✯🌟]|⭐\uFE0F?)+☆+$/u.test(m[2] ?? '');
    if (!m[1] && !m[3] && !m[4] && !filledThenEmpty) continue;
    // A review's line rates a dish or a service by its own label (口味：★★★★☆); only a rating label counts.
    if (!m[1] && /\p{Script=Han}{1,6}\s?[:：]\s?$/u.test(text.slice(0, m.index))) continue;
    add(ratingStart(text, m.index, m[1]), m.index + m[0].trimEnd().length, true, reason);
  }
  for (const m of text.matchAll(SCORE_RATING)) {
    const [, label, joint, , unit, percent, trail] = m;
    // No label: a score is a rating only with its unit and a trail, or with its scale and raters (4.7 / 5 · 812条点评).
    if (!label && !(unit && trail) && !(trail && new RegExp(`^(?:${RATING_TRAIL}){2,}$`, 'u').test(trail))) continue;
    if (label && !joint) continue;
    if (percent && !label?.endsWith('好评率')) continue;
    const end = m.index + m[0].trimEnd().length;
    // A labelled score standing as a sentence by itself (网友评分：8.2 between two stops) is the widget's; in a clause, unsure.
    const alone = Boolean(label) && /(?:^|[。！？!?\s“「])$/u.test(text.slice(0, m.index)) && /^(?:$|[，,。！？!?\s”」])/u.test(text.slice(end));
    add(ratingStart(text, m.index, label), end, Boolean(trail) || alone, reason);
  }
}

const DURATION = '(?:\\d{1,3}\\s?(?:天|日|小时|时|分钟|分|秒)\\s?){1,4}';
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const TIMER_GLYPH = '[⏰⏳⌛⏱⏲]\\uFE0F?';
/** A timer's label, its figures right after (倒计时：3天12时, 【倒计时】182天). */
const TIMER = new RegExp(`(?:${TIMER_GLYPH}\\s?)?[【\\[]?(?:\\p{Script=Han}{0,4}倒计时|倒数)[】\\]]?\\s?[:：]?\\s?(?:${CLOCK}|${DURATION})(?:\\s?${CLOCK})?`, 'gu');
/** Time to an event or left of one: 距高考还有 182 天, 距活动结束仅剩 2 天 05:12:33, 剩余 01:59:59, 还剩 01:23:45 结束. */
const TIME_LEFT = new RegExp(
  `(?:${TIMER_GLYPH}\\s?)?(?:限时\\p{Script=Han}{0,2}\\s?)?(?:距离?[^，。！？!?,\\s\\d]{1,10}?(?:还有|还剩|仅剩|只剩|剩)|(?:活动)?剩余时间|剩余|还剩|仅剩)\\s?[:：]?\\s?(?:${CLOCK}|${DURATION})(?:\\s?${CLOCK})?(?:\\s?结束)?`,
  'gu',
);

function countdowns(text: string, add: Add, amidProse: boolean): void {
  const reason = "A page's countdown widget, copied along with the article.";
  const taken: [number, number][] = [];
  for (const m of text.matchAll(TIMER)) {
    taken.push([m.index, m.index + m[0].length]);
    // Glued to the writer's words, the label's first words may be theirs (明星作秀抢购倒计时): it starts at 倒计时.
    const glued = /\p{Script=Han}/u.test(text.charAt(m.index - 1)) ? Math.max(0, m[0].search(/倒计时|倒数/u)) : 0;
    add(m.index + glued, m.index + m[0].trimEnd().length, true, reason);
  }
  for (const m of text.matchAll(TIME_LEFT)) {
    if (taken.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
    const end = m.index + m[0].trimEnd().length;
    const widget = new RegExp(`${CLOCK}|${TIMER_GLYPH}|\\d\\s(?:天|小时|时|分|秒)|[:：]\\s?\\d`, 'u').test(m[0]);
    // The writer's 距离春节还有23天 goes on as a clause (，…); a widget's stands alone.
    if (!widget && !/^\s*(?:[，。！？；,.!?\s]|$)/u.test(text.slice(end))) continue;
    if (!widget && !/^距/u.test(m[0])) continue;
    // A paragraph of nothing but the countdown, between the writer's paragraphs, is the widget's.
    const wholeLine = amidProse && m.index === 0 && text.slice(end).trim() === '';
    add(m.index, end, widget || wholeLine, reason);
  }
}

const PIN = '[📍📌🗺]\\uFE0F?';
/** A place's name read as short as it can be: a city (and its unit), then a district, a street or a sight. */
const PLACE = '\\p{Script=Han}{2,4}?(?:省|市|区|县|州|镇|路|街|广场|古城|新区)?(?:\\p{Script=Han}{2,3}?(?:区|县|镇|路|街|广场|古城|新区))?';
const PLACE_LABEL = '(?:IP\\s?(?:归)?属地|ip\\s?(?:归)?属地|发布于|发表于|发自|来自|所在地|定位|位置|地点|打卡地点|位于)';
const GEOTAG = new RegExp(
  `(?:(${PIN})\\s?|(?<=^|[\\s，。！？；、,.!?:：“”「」（）()【】|｜·])(${PLACE_LABEL})(\\s?[:：]\\s?|\\s*))(${PLACE})((?:\\s?[·•]\\s?(?:${PLACE}|\\d{1,2}\\s?(?:小时|分钟|天)前))*)`,
  'gu',
);

function geotags(text: string, add: Add): void {
  const reason = "A post's place tag (a pin, the platform's place label), copied along with the article.";
  for (const m of text.matchAll(GEOTAG)) {
    const [, pin, label, joint, place = '', more = ''] = m;
    const end = m.index + m[0].length;
    // Glued to the writer's next word, the place (read as short as a place's name is) may end elsewhere: marked.
    const glued = /\p{Script=Han}/u.test(text.charAt(end));
    const platformLabel = /属地/u.test(label ?? '');
    // An info block's 地点：/ 位置： is the writer's too (时间：… 地点：…): only a pin, the platform's 属地, or a post's
    // 发布于 / 发自 set apart by a space or followed by a dot and a time, is the tag's for sure.
    const postLabel = /^(?:发布于|发表于|发自|来自)$/u.test(label ?? '');
    const exact = Boolean(pin) || platformLabel || (postLabel && (/[·•]/u.test(more) || /^\s+$/u.test(joint ?? '')));
    // A label with nothing between it and the place is a tag only with its dot and time (发布于北京 · 7小时前).
    if (!pin && !joint && !more) continue;
    // Glued, only the last piece's end is unsure: what stands before it (the pin or label, the place before a dot) is the tag's.
    const dot = !glued ? -1 : more ? m[0].search(/[·•][^·•]*$/u) : m[0].length - place.length - 1;
    // An info line's label glued into a longer name (地点：丰台区河西再生水厂…) is the writer's: nothing.
    if (!exact && glued) continue;
    if (dot > 0 && exact) {
      add(m.index, m.index + dot + 1, true, reason);
      add(m.index + dot + 1, end, false, reason);
    } else add(m.index, end, exact && !glued, reason);
  }
}

const AD = '(?:赞助内容|推广内容|推广信息|商业推广|商业合作|广告位|广告|推广|赞助|Sponsored|SPONSORED|AD)';
const AD_ALONE = new RegExp(`^[\\s—–\\-─━=·•▌▍▎|｜【】\\[\\]〔〕（）()<>《》]*${AD}[\\s—–\\-─━=·•▌▍▎|｜【】\\[\\]〔〕（）()<>《》×✕✖▾▼]*(?:关闭|不感兴趣)?[\\s×✕✖▾▼]*[，,。]?$`, 'u');
const AD_MARKED = new RegExp(
  [
    `[【\\[〔（(]\\s?${AD}\\s?[】\\]〕）)]`,
    `[—–─━-]{1,2}\\s?${AD}\\s?[—–─━-]{1,2}`,
    `[▌▍▎■]\\s?${AD}`,
    `${AD}\\s?[·|｜]?\\s?(?:[×✕✖▾▼]|关闭)`,
    `(?:以下|下面|本文|此文|以上)(?:内容)?(?:为|是|属于)?(?:广告|推广|赞助|商业)(?:合作|推广)?(?:内容|信息)?`,
  ].join('|'),
  'gu',
);
const AD_BARE = new RegExp(`(?<=^|[，。！？；,!?\\s“「])(?:广告|推广|赞助内容|推广内容|商业推广|推广信息|(?<![A-Za-z])(?:AD|Sponsored)(?![A-Za-z]))(?=[，。！？；,!?\\s]|$)`, 'gu');

function adLabels(text: string, add: Add, amidProse: boolean): void {
  const reason = 'An ad label from the copied page, standing where its ad was.';
  // A bare word on a line of its own is a label only between the writer's paragraphs (a word list has them too).
  if (AD_ALONE.test(text)) {
    const bare = new RegExp(`^${AD}$`, 'u').test(text.trim());
    if (amidProse || !bare) add(0, text.trimEnd().length, true, reason);
    return;
  }
  const taken: number[] = [];
  for (const m of text.matchAll(AD_MARKED)) {
    if (/^(?:以下|下面|本文|此文|以上)/u.test(m[0]) && !/(?:^|[，。！？；,!?\s“「」”])$/u.test(text.slice(0, m.index))) continue;
    taken.push(m.index);
    add(m.index, m.index + m[0].trimEnd().length, true, reason);
  }
  for (const m of text.matchAll(AD_BARE)) {
    if (taken.some((t) => Math.abs(t - m.index) < 4) || insideQuotes(text, m.index) && text.charAt(m.index + m[0].length) === '”') continue;
    // Standing as a sentence of its own (。广告 …), no writer's clause around it: the label's.
    const sentence = /(?:^|[。！？!?])\s*$/u.test(text.slice(0, m.index)) && /^(?:\s|$|[。！？!?，,])/u.test(text.slice(m.index + m[0].length)) && m.index > 0;
    add(m.index, m.index + m[0].length, sentence, reason);
  }
}

/** `amidProse`: the paragraph stands between the writer's sentences (a neighbour has them), where a bare label line is the page's. */
export function findPageWidgets(pageText: string, amidProse = false): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add: Add = (start, end, hide, hidden) => {
    if (end > start) spans.push(finderSpan(start, hide ? withClosingComma(text, start, end) : end, 'seo', hide, { hidden, marked: `Possibly ${hidden.charAt(0).toLowerCase()}${hidden.slice(1)}` }));
  };
  ratings(text, add);
  countdowns(text, add, amidProse);
  geotags(text, add);
  adLabels(text, add, amidProse);
  return spans;
}
