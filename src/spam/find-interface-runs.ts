/**
 * Family "seo": a page's interface text copied along with the article and glued anywhere into the
 * writer's text — mid-sentence after a comma, between two sentences, inside a speaker's quote
 * (session 21: QA20's players, counters and interface leaks, 0–29% found, most glued where the
 * finders that read them as lines or paragraph ends never look).
 *
 * Such a run carries its own end: it is made of nothing but closed slots — a count after its
 * label, a time, a control's word, an arrow — so it stops at its last slot and never runs on into
 * the writer's clause. A writer says the same words in prose (视频时长1分58秒, 点赞超过1.2万,
 * 窗口暂停10:00至12:00办理), with words between them that are no slots; so a run needs two slots
 * at least, set apart by nothing but spaces, bars or dots, and what makes it the interface's:
 * - counters: two label-and-count slots (阅读 2.3万 · 在看 418, 👍 1.2k 💬 356, 已有 N 人参与｜剩余名额 N);
 * - a player: a time (01:58, 00:41 / 02:10) with a control's glyph, a second time, or two more slots;
 * - an interface leak: a control's word (返回顶部, 加载更多, 展开, 收起) with its arrow or chevron;
 * - a picture's placeholder or control in its own brackets (（此处为图片，点击查看大图）).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { COUNT, LABEL } from './find-platform-chrome';
import type { SpamSpan } from './types';

const GAP = '[\\s\\u3000|｜·•/]*';
/** A counter slot: a label and its count, or people who took part and places left. */
const COUNTER_SLOT = `(?:${LABEL}\\s?${COUNT}|(?:已有|共有)?\\s?${COUNT}\\s?人\\s?(?:参与|报名|围观|投票|阅读)|(?:剩余|仅剩)名额\\s?${COUNT})`;
const COUNTERS = new RegExp(`${COUNTER_SLOT}(?:${GAP}${COUNTER_SLOT})+`, 'gu');

/** A player's time, and the slots around it: controls' glyphs (U+23E9–23FA), words, speed, a title after 视频：. */
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const GLYPH = '[▶►■\\u23E9-\\u23FA]\\uFE0F?';
const PLAYER_SLOT = `(?:${GLYPH}|视频加载中…*|加载中…*|视频[：:]\\s?[^\\s\\u3000。！？!?，,|｜:：]{2,24}|播放|暂停|全屏|高清|字幕\\s?[开关]?|\\d(?:\\.\\d{1,2})?[xX×]|${TIME}(?:\\s?/\\s?${TIME})?)`;
const PLAYER = new RegExp(`${PLAYER_SLOT}(?:${GAP}${PLAYER_SLOT})+`, 'gu');
const PLAYER_SLOTS = new RegExp(PLAYER_SLOT, 'gu');

/** A control's word with its arrow or chevron. */
const LEAK = /(?:点击)?(?:返回顶部|加载更多|展开全文|展开|收起)\s?[↑↓▲▼△▽▾▴∧∨︿﹀⌃⌄]+/gu;
/** A picture's placeholder or control in its own brackets: a click on the picture, a large view, "a picture stood here". */
const IMAGE_NOTE = /[（(【〔][^（）()【】〔〕\n]{0,20}?(?:点击[^（）()【】〔〕\n，,。]{0,6}(?:图片|大图)|查看大图|此处为图片)[^（）()【】〔〕\n]{0,12}[）)】〕]/gu;

export function findInterfaceRuns(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, hidden: string): void => {
    spans.push(finderSpan(start, end, 'seo', true, { hidden, marked: '' }));
  };
  for (const m of text.matchAll(COUNTERS)) {
    // A count glued to the writer's year (名额 1282008年…) ends before the year's four digits.
    const year = /\d{5,}$/u.test(m[0]) && text.charAt(m.index + m[0].length) === '年' ? 4 : 0;
    add(m.index, m.index + m[0].trimEnd().length - year, "A platform's counters (reads, likes, shares), copied along with the article.");
  }
  for (const m of text.matchAll(PLAYER)) {
    const slots = m[0].match(PLAYER_SLOTS) ?? [];
    const times = m[0].match(new RegExp(TIME, 'gu'))?.length ?? 0;
    // Times alone are a timetable's (9:00 / 17:00): a player's run holds a control too.
    const control = slots.some((slot) => !new RegExp(`^${TIME}`, 'u').test(slot));
    if (times === 0 || !control || !(new RegExp(GLYPH, 'u').test(m[0]) || times >= 2 || slots.length >= 3)) continue;
    add(m.index, m.index + m[0].trimEnd().length, "A video player's controls and times, copied along with the article.");
  }
  for (const m of text.matchAll(LEAK)) add(m.index, m.index + m[0].length, "A page's control (back to top, load more) and its arrow, copied along with the article.");
  for (const m of text.matchAll(IMAGE_NOTE)) add(m.index, m.index + m[0].length, "A picture's placeholder or control, left where the copied page's picture stood.");
  return spans;
}
