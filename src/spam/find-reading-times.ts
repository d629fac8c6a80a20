/**
 * Family "seo": a site's reading-time line left inside the copied text (session 20: QA19's class, 0%
 * found) — how long the article is and how long it takes to read, at the top, glued after a full
 * stop, or between dashes (本文约2300字，阅读时间约6分钟; （阅读全文大约需要5分钟）; —— 阅读时长：约4分钟 ——).
 *
 * Its shape: nothing but the line's own slots — the article naming itself (本文, 全文, 本篇), a count
 * with 字, a reading word, an estimate (约, 预计, 需), a number of minutes — between seams: the
 * paragraph's edges, a sentence's end, or its own brackets or dashes. A story about reading habits
 * says the same words inside a sentence with a subject (成年人平均每天阅读时长为21分钟): the run
 * does not open at a seam, or holds the story's own words, and is left. After a comma the run may
 * be the writer's clause (这篇报告不长，阅读时间约6分钟，): only marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const NUMBER = String.raw`\d[\d,，]*(?:\.\d+)?|[一二两三四五六七八九十半]+(?=\s?(?:分钟|字))`;
/** The line's slots, longest first (分钟 before 分). */
const SLOT = String.raw`本文|全文|本篇|此文|文章|字数|共计|总计|共|计|大约|约|预计|建议|需要|需时|所需|需|仅需|只需|阅读|读完|时间|时长|用时|耗时|分钟|min|分|字|${NUMBER}|[:：|｜·•,，\s]`;
// A clock's icon (⏱, ⌛, 🕐 …) opens the site's line as a bracket does (session 21: QA20's ⏱ N 分钟读完).
const OPEN = '(?:[（(〔【\\[◇◆▶—\\-]|[⌚⌛⏰⏱⏲⏳\\u{1F550}-\\u{1F567}]\\uFE0F?)';
const CLOSE = '[）)〕】\\]◇◆◀—\\-]';
const RUN = new RegExp(String.raw`(?:${OPEN}+\s?)?(?:${SLOT})+(?:\s?${CLOSE}+)?`, 'gu');
const MINUTES = new RegExp(String.raw`(?:${NUMBER})\s?(?:分钟|min)`, 'u');
const READING = /阅读|读完/u;
const LENGTH = new RegExp(String.raw`(?:本文|全文|本篇|此文|文章|字数)[^字]{0,8}?(?:${NUMBER})\s?字|字数\s?[:：]?\s?\d`, 'u');
/** The site's format of the line: spaced or Latin minutes, a colon or bar between slots, an estimate offered to the reader. */
const FORMATTED = /(?:时长|时间|需)\s?约?\s?\d+\s(?:分钟|分)|\d\s?min|(?:阅读|时长|时间|字数)\s?[:：|｜]|[:：|｜·]\s?(?:阅读|约|预计)|(?:建议|预计)(?:阅读|读完)|分钟(?:读完|阅读)/u;
/** What may stand before a line that opens a stretch of its own: the paragraph's start, a sentence's end, a closing quote. */
const SEAM_BEFORE = /(?:^|[。．！？!?；;：:”」』])\s*$/u;
const SEAM_AFTER = /^\s*(?:$|[。！？!?；;，,]|\p{Script=Han}|[“「(（])/u;

/** The reading-time lines of one paragraph. */
export function findReadingTimes(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(RUN)) {
    const lead = m[0].length - m[0].replace(/^[，,:：|｜·•\s]+/u, '').length;
    // Its figures and separators at either end with no slot word are the writer's (得了9分|全文…; …7 分钟|178个孩子).
    const bare = m[0].slice(lead).match(/^(?:\d[\d,，]*(?:\.\d+)?\s?(?:分钟|min|分|字)?|[:：|｜·•,，\s])*(?=本文|全文|本篇|此文|文章|字数|阅读|读完|约|大约|预计|建议|需|共)/u)?.[0].length ?? 0;
    // Nor does a line end on an estimate's word: 预计 after 读完 opens the writer's clause (session 21).
    const run = m[0].slice(lead + bare).replace(/(?:\d[\d,，]*(?:\.\d+)?|[:：|｜·•,，\s]|大约|约|预计|建议|需要|需时|所需|仅需|只需|需|共计|总计|共|计)+$/u, '');
    const start = m.index + lead + bare;
    const end = start + run.length;
    // A minute count with a reading word, or the article's own length in characters and a reading word.
    if (!READING.test(run) || !(MINUTES.test(run) || LENGTH.test(run))) continue;
    const bracketed = new RegExp(`^${OPEN}`, 'u').test(run);
    const before = text.slice(0, start);
    // Its own closing bracket or dashes end it; otherwise the text after it opens a stretch of its own.
    if (!new RegExp(`${CLOSE}$`, 'u').test(run) && !SEAM_AFTER.test(text.slice(end))) continue;
    // The article naming itself (本文, 全文, a count of its characters): a reading time with no such word may be the writer's.
    const itself = LENGTH.test(run) || /本文|全文|本篇|此文/u.test(run);
    // The article's length and its minutes together are the site's line wherever they stand.
    const atSeam = SEAM_BEFORE.test(before) || (LENGTH.test(run) && MINUTES.test(run));
    const afterComma = /[，,]\s*$/u.test(before) && itself;
    // Session 23 (QA22: reading-time lines 0 of 41 hidden, glued mid-clause and inside quotations): the
    // site's format — minutes set apart by a space or written min, a colon or bar between its slots, an
    // estimate offered to the reader (建议阅读, 预计阅读) — is no writer's sentence, wherever it stands.
    const formatted = FORMATTED.test(run);
    if (!atSeam && !bracketed && !afterComma && !formatted && !itself) continue;
    // Closed by a comma, the run keeps it (a farm closes its paste with one).
    const close = /^[，,]/u.test(text.slice(end)) ? 1 : 0;
    spans.push(
      // The article naming itself after the writer's comma may be the writer's clause (，读完本文需要2分钟，): marked;
      // glued to the writer's words with no mark, it is the site's. Opening its own sentence with the reading word and an estimate (。阅读时间约3分钟), no subject: the site's.
      finderSpan(start, end + close, 'seo', bracketed || formatted || (itself && (atSeam || !/[，,]\s*$/u.test(before))) || (SEAM_BEFORE.test(before) && /^(?:阅读|读完|预计|大约|约)/u.test(run) && /约|预计|需/u.test(run)), {
        hidden: "A reading-time line: the copying site's furniture, pasted into the article.",
        marked: 'Possibly a reading-time line of the site; it may be the writer’s clause.',
      }),
    );
  }
  return spans;
}
