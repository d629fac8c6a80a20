/**
 * Family "seo": what a farm's copier leaves of the page it took (session 15) — a publish, update or
 * crawl stamp with its clock time in the middle of the text (发布时间：2023-05-06 10:23:45), and an
 * image's remains: a bracketed placeholder where a picture stood ([图片], 【图】) or a line naming an
 * image source when the picture is gone (图片来源：网络).
 *
 * News prints dates all the time and sometimes a clock time (6月5日10时30分, 晚上8:30), but not a
 * full date with a clock time glued mid-paragraph. A stamp with its label (发布, 更新, 采集 …) or with
 * seconds is hidden; a bare date and clock time is marked; a stamp opening the first paragraph is the
 * article's own dateline and is left, and so is the stamp of a byline — a line with no sentence in it
 * that names a source, writer or outlet (东岸晚报 2026-11-24 19:20 来源：…, 发布时间：2026-11-28 10:00:05
 * 来源：市政府), or, among the first two paragraphs, holds little but the stamp (a site's name, 暖风资讯
 * 2026-11-29 16:05) — with or without a label and seconds. A crawl label (采集时间, 抓取于) is the
 * copier's wherever it stands, and so is a stamp in prose or in a heading.
 *
 * A real photo credit names an agency or a reporter (图片来源：新华社, 图／记者 刘畅): only a source
 * that is the net itself is hidden, another 图片来源 line is marked, and 图／ is read only before the net.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { findCopyCredits } from './find-copy-credits';
import { finderSpan } from './finder-span';
import { namesNobody } from './nobody-credit';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** What the stamp says it is; 于 after a verb of editing or crawling (发表于, 抓取于). */
const STAMP_LABEL = '(?:(?:发布|更新|发表|采集|抓取|编辑|来源|修改|入库|收录|上传|刊发|首发|发稿|推送)(?:时间|日期)?(?:于|为|在)?\\s?[:：]?\\s?)';
const DATE = '(?:(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?)';
/** A clock, with an ISO offset (+08:00, Z) where a machine wrote it. Not 10时30分: prose writes that. */
const CLOCK = '(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:[+-]\\d{2}:?\\d{2}|Z)?)';
/** Session 18: ISO 8601's T between date and clock (2023-05-06T10:23:45) is a machine's, never prose. */
/** Session 19: a period of the day may stand before the clock (2023年5月6日 下午3:25). */
const STAMP = new RegExp(`(${STAMP_LABEL})?${DATE}(T|\\s{0,2}(?:上午|下午|中午|晚上|凌晨|早上|傍晚)?\\s?)${CLOCK}`, 'gu');
/**
 * Session 19: a full date in brackets with the stamp's word, and no clock ([2024-03-05 发布], （发布于 2024/3/5）).
 * A bare date in brackets is a reference's or a list's, left; only a year-month-day written with - / . is read at all.
 */
const BRACKET_STAMP = new RegExp(`[[【（(〔]\\s?(${STAMP_LABEL})?\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|(年)\\d{1,2}月\\d{1,2}日)\\s?(?:(发布|更新|发表|首发|来源)(?:时间|于)?)?\\s?[\\]】）)〕]`, 'gu');
const SECONDS = /\d:\d{2}:\d{2}$/u;
const SENTENCE_END = /[。！？!?]/u;
/** What a byline names: its source, writer or editor, or an outlet (…晚报, …网, …社, …台) standing as a name. */
const BYLINE_WORD = /来源|作者|记者|编辑|责编|通讯员|摄影|稿源|出处|\p{Script=Han}[报网社台](?=$|[\s】）)\]])/u;
const CRAWL_LABEL = /采集|抓取|入库|收录/u;

/**
 * A picture's placeholder: 图, 图片, 配图 or img alone in square or lenticular brackets anywhere, or
 * in round ones as a line of its own. A headline marks its photo story with （图） at its end (SIGHAN
 * and the corpus: 喜迎新世纪（图片）), so round brackets after words are the writer's.
 */
const PLACEHOLDER = /[[【〔](?:图片?|配图|img|IMG|image)[\]】〕]|^\s*[（(](?:图片?|配图|img|IMG|image)[）)]\s*$/gu;
/** An image-source line: the label, then the source, to the sentence's end. */
const SOURCE_LINE = /(?<=^|[。！？!?；;\s」”）)\]】］▲△▼▽↑↓])(?:(?:图片|配图|图)(?:来源|来自|源)(?:于)?[:：/]?|图\s?[/／](?=\s?(?:网络|网上|互联网)))\s?([^。！？!?\n，,]{1,16})[。]?/gu;
const NET = /^(?:网络|网上|互联网)$/u;

/**
 * Session 18: lines of their own that credit nobody — a source that is the net, an editor with no name
 * (来源：网络 整理：小编; （图片来自网络）). A real credit names an agency or a person (来源：新华社,
 * 编辑：张伟) and is left; so is any line with a sentence of the writer's in it.
 */
const CREDIT_LABEL = '(?:(?:文章|素材|内容|信息|图片|图文|资料)?来源|出处|稿源|转自|转载自|整理|编辑|责编|审核|校对|作者|供稿|图源|配图|图|文)';
const CREDIT_LINE = new RegExp(`^\\s*[（(]?\\s*(?:${CREDIT_LABEL}\\s?[:：/／]{1,2}\\s?[^\\s，,。：:（）()]{1,12}[，,\\s]*){1,3}(?:[^。！？!?：:]{0,14})[）)]?\\s*$`, 'u');
const CREDIT_ITEM = new RegExp(`${CREDIT_LABEL}\\s?[:：/／]{1,2}\\s?([^\\s，,。：:（）()]{1,12})`, 'gu');
/**
 * Session 19: the same credit in brackets, glued between the writer's sentences or after them
 * ((来源：网络  作者：佚名  编辑：小编), （转载自：某网 原作者不详）): the bracket closes it, so the writer's next
 * sentence is not read into it. Nobody is named by an item, or said outright (不详, 未知).
 */
const BRACKET_CREDIT = new RegExp(`[（(]\\s?(?:${CREDIT_LABEL}\\s?[:：/／]{1,2}\\s?[^\\s，,。：:（）()]{1,12}[，,\\s]*){1,4}([^。！？!?：:（）()]{0,10})[）)]`, 'gu');
const UNKNOWN = /不详|未知|佚名/u;
/** A picture's remark in brackets or under a pointer that its source is the net: （图片来自网络）, ▲图源网络. */
const NET_PICTURE = /^\s*(?:[（(][^（）()]{0,10}|[▲△↑]\s*)?(?:图片?|照片|配图)[^（）()。]{0,4}(?:来源|来自|源)于?\s?[:：]?\s?(?:网络|互联网|网上)[^（）()]{0,8}[）)]?\s*$/u;

/** The copier's stamps, picture remains and credits, and the footers it carried over (./find-copy-credits.ts, session 21). */
export function findFarmStamps(pageText: string, firstParagraph: boolean, nearTop = firstParagraph): SpamSpan[] {
  return [...stampsAndCredits(pageText, firstParagraph, nearTop), ...findCopyCredits(toSimplifiedForm(pageText))];
}

function stampsAndCredits(pageText: string, firstParagraph: boolean, nearTop: boolean): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  // What the line says besides its stamps: a stamp's own label (来源时间：) names no source.
  const rest = text.replace(STAMP, '');
  const byline = !SENTENCE_END.test(text) && (BYLINE_WORD.test(rest) || (nearTop && (rest.match(/\p{Script=Han}/gu)?.length ?? 0) <= 8));
  for (const m of text.matchAll(STAMP)) {
    if (byline && !CRAWL_LABEL.test(m[1] ?? '')) continue;
    // A date and clock opening the article is its dateline; a full date needs a year or a label.
    // Inside quotation marks too: nobody quotes a page's stamp.
    if (firstParagraph && m.index === 0) continue;
    const labelled = Boolean(m[1]);
    const iso = m[2] === 'T';
    // Ending a paragraph of sentences, glued after its last words: where a page prints its stamp under
    // a story, not where prose says a time (which a full stop closes).
    const tail = text.slice(m.index + m[0].length).trim() === '' && m.index > 0;
    // Session 19: a bare m月d日 h:mm set apart by a space, glued at a seam — after a sentence's end and
    // before the next sentence's first word with no comma (…立即抢购！5月6日 14:30据报道) — is marked: prose
    // puts a comma after its time, or writes it with no space (5月6日14:30起).
    const seam = /\s/u.test(m[2] ?? '') && /[。！？!?】）)]\s*$/u.test(text.slice(0, m.index)) && (tail || /^\p{Script=Han}/u.test(text.slice(m.index + m[0].length)));
    if (!labelled && !iso && !/^\d{4}/u.test(m[0]) && !seam) continue;
    const dated = labelled || iso || /^\d{4}/u.test(m[0]);
    spans.push(
      finderSpan(m.index, m.index + m[0].length, 'seo', labelled || iso || (tail && dated) || SECONDS.test(m[0]), {
        hidden: "A publish or crawl stamp of the copying site, left in the article's text.",
        marked: "Possibly the copying site's time stamp, left in the text.",
      }),
    );
  }
  for (const m of text.matchAll(BRACKET_STAMP)) {
    // Bare, it is a related story's or a reference's date (· 某某工程月底通车（2012-05-20））: left.
    if (byline || insideQuotes(text, m.index) || !(m[1] || m[3])) continue;
    // Session 20: a date written with 年月日 is also how a story cites a document's (《办法》（2025年3月14日发布）): only marked, unless the word is a crawler's (更新, 采集 …).
    const cited = m[2] !== undefined && /发布|发表|首发|来源/u.test(`${m[1] ?? ''}${m[3] ?? ''}`);
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', !cited, { hidden: "A publish stamp of the copying site in brackets, left in the article's text.", marked: 'Possibly the copying site’s publish stamp; a story may cite a document’s date so.' }));
  }
  for (const m of text.matchAll(PLACEHOLDER)) {
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', true, { hidden: "A placeholder for a picture that is not on this page.", marked: '' }));
  }
  const credit = { hidden: 'A credit line naming nobody (the net, an unnamed editor), left by the copier.', marked: '' };
  const nobody = (line: string): boolean => [...line.matchAll(CREDIT_ITEM)].some((m) => namesNobody(m[1] ?? ''));
  if ((CREDIT_LINE.test(text) && nobody(text)) || NET_PICTURE.test(text)) {
    return [...spans, finderSpan(text.length - text.trimStart().length, text.trimEnd().length, 'seo', true, credit)];
  }
  // Session 19: the same line glued after the paragraph's last sentence (or a bracket closing it), or in brackets anywhere.
  const lastEnd = Math.max(...[...'。！？!?）)】'].map((mark) => text.lastIndexOf(mark)));
  const after = lastEnd >= 0 ? text.slice(lastEnd + 1) : '';
  for (const m of text.matchAll(BRACKET_CREDIT)) {
    if (!insideQuotes(text, m.index) && (nobody(m[0]) || UNKNOWN.test(m[1] ?? ''))) spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', true, credit));
  }
  if (after.trim() && CREDIT_LINE.test(after) && nobody(after)) return [...spans, finderSpan(lastEnd + 1 + (after.length - after.trimStart().length), text.trimEnd().length, 'seo', true, credit)];
  for (const m of text.matchAll(SOURCE_LINE)) {
    if (insideQuotes(text, m.index)) continue;
    // The triangle or arrow pointing at the gone picture is the line's own (▲图片来自网络); glued before the
    // writer's clause with no mark between, such a line ends at the net (▲图片来自网络并签有…: session 21).
    const pointed = /[▲△▼▽↑↓]/u.test(text.charAt(m.index - 1));
    const tail = m[1] ?? '';
    const net = pointed ? /^\s?(?:网络|网上|互联网)/u.exec(tail) : null;
    const overrun = net !== null && net[0].trim() !== tail.trim();
    const source = overrun ? net[0].trim() : tail.trim();
    const end = overrun ? m.index + m[0].lastIndexOf(tail) + net[0].length : m.index + m[0].length;
    spans.push(
      finderSpan(m.index - (pointed ? 1 : 0), end, 'seo', NET.test(source), {
        hidden: 'An image-source line for a picture that is not on this page.',
        marked: 'An image-source line; the picture may not be on this page.',
      }),
    );
  }
  return spans;
}
