/**
 * Family "seo": the farm site's own furniture left in a copied article's body (session 13) — its
 * slogans (收藏本站, 永久域名, 最新地址发布页, 防丢失), an app-download wall (下载APP阅读全文), and
 * pagination (上一页 1 2 3 下一页, 第2页 共5页).
 *
 * News writes about such sites (a piracy site "提示用户收藏本站最新地址"), about apps (用户打开APP即可
 * 查看课程) and cites page numbers (详见报告第2页至第5页), so each shape is read as a whole sentence
 * or line, never a word:
 * - a slogan sentence with two of the site's cues is hidden, with one it is marked; quoted, nothing;
 * - a wall is a short sentence or line that tells the reader to download or open the app to read the
 *   rest, with no subject (用户, 读者 …) — hidden; a longer sentence saying so is left;
 * - pagination is a stretch made of nothing but page links (上一页, 第2页, 共5页, bare page numbers),
 *   with two of them at least. Standing as the article's last line it is the site's own navigation
 *   (a real multi-page story ends so): left. As a line mid-article, or ending the last paragraph,
 *   it is marked; glued after the sentences of any other paragraph, or between two sentences, it is
 *   the farm's debris, hidden (session 15).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { pasteStart } from './paste-start';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** The site's cues: its own address, keeping it, not losing it. Global, for counting. */
const SLOGAN_CUE =
  /(?:本站|我站|本网)(?:的)?(?:最新|永久|唯一|官方|备用)*(?:网址|域名|地址)|(?:最新|永久|备用|唯一)(?:的)?(?:官方)?(?:网址|域名|地址)|收藏本站|收藏本网|收藏我们|收藏备用|防丢失?|防失联|不迷路|发布页|谨防假冒|请认准/gu;
/** What a slogan may say before its first cue: 请牢记本站最新地址, 记住本站网址. */
const SLOGAN_LEAD = /^(?:请|记得|记住|牢记|请牢记|请记住|建议)$/u;
/** Sentences: up to and with their end mark, or to the line's end. */
const SENTENCE = /[^。！？!?\n]+[。！？!?]*/gu;

/** The app wall: an act on the app, then the rest of the text to read. */
const APP = '(?:APP|App|app|客户端|应用)';
const WALL_CORE = `(?:(?:下载|打开|安装|点击|进入)[^。！？!?\\n]{0,6}${APP}[^。！？!?\\n]{0,8}(?:全文|完整|全部内容|剩余)|(?:剩余|完整|全部)(?:全文|内容|文章)[^。！？!?\\n]{0,4}(?:下载|打开|安装|进入)[^。！？!?\\n]{0,4}${APP})`;
const WALL = new RegExp(`${WALL_CORE}[^。！？!?\\n]{0,8}[。！？!?]*`, 'gu');
/** Past the wall's last word a short word or two (内容, 哦, >>); a longer tail to a stop may be the writer's sentence glued after it. */
const WALL_TAIL_HAN = 2;
/** What may stand before the wall's act in its own sentence (请, a comma), no subject among them. */
const WALL_LEAD = /(?:请|需|，|,|\s)*$/u;
/** Who would be the subject of a writer's sentence about an app. */
const SUBJECT = /用户|读者|网友|市民|记者|消费者|家长|学生|他|她|我们|可以|即可|需要|表示|称|据/u;

/**
 * One page link: 上一页 (上页), 下一页 (下页), 首页, 尾页, 末页, 第N页, 共N页, a bare page number, an
 * ellipsis or a guillemet; session 19 also the whole-text link a pager ends with (查看全文, 阅读全文).
 */
const PAGE_TOKEN = /上一?页|下一?页|上一篇|下一篇|首页|尾页|末页|第\s?\d{1,3}\s?页|共\s?\d{1,3}\s?页|(?:查看|阅读)全文|\d{1,3}|…|\.{3}|«|»|<|>|\/|：|:/gu;
/** A stretch of page links (and spaces) to the paragraph's end. */
const PAGINATION = /(?<=^|[。！？!?；;」”］】）)]\s*)(?:(?:上一?页|下一?页|上一篇|下一篇|首页|尾页|末页|第\s?\d{1,3}\s?页|共\s?\d{1,3}\s?页|(?:查看|阅读)全文|\d{1,3}|…|\.{3}|«|»|<|>|\/|：|:)\s*){2,30}$/u;
/**
 * Page links between two sentences of a paragraph: glued debris (the same tokens, the next sentence after);
 * session 21 also after a comma or an opening quote, the writer's clause going on (QA20), and 上一篇 / 下一篇.
 */
const PAGINATION_MID = /(?<=[。！？!?，,“「]\s*)(?:(?:上一?页|下一?页|上一篇|下一篇|首页|尾页|末页|第\s?\d{1,3}\s?页|共\s?\d{1,3}\s?页|(?:查看|阅读)全文|\d{1,3}|…|«|»|<|>|\/)\s*){2,30}(?=[\p{Script=Han}“（(])/gu;
const NAV = /上一?页|下一?页|上一篇|下一篇|尾页|末页|第\s?\d{1,3}\s?页|共\s?\d{1,3}\s?页/gu;
/**
 * Session 19: a pager's call to read on, standing as a sentence of its own — the page count in brackets
 * (（本文共3页，点击进入下一页）), or a call to load, unfold or turn to the rest (点击加载更多↓, 继续阅读下一页 >>,
 * 请翻页阅读). Prose tells of such a button inside a clause (用户点击加载更多即可…); a call stands after a sentence's
 * end and ends at an arrow, its bracket, or the paragraph's end.
 */
const PAGER_CALL =
  /(?<=^|[。！？!?；;」”］】）)]\s*)(?:[（(]\s*本文共\s?\d{1,2}\s?页[，,、\s]*[^（）()。！？!?]{0,14}[）)]|(?:点击|请)?(?:加载更多|展开全文|展开剩余|(?:进入|翻到|查看|阅读)下一?页|翻页阅读|继续阅读(?:下一?页)?)(?:内容|全文|继续阅读)?(?:\s*(?:[↓▼∨⌄>》»→]|&gt;)+|\s*$))/gu;

export function findSiteSlogans(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const cues = new Set([...m[0].matchAll(SLOGAN_CUE)].map((c) => c[0]));
    if (cues.size === 0) continue;
    const first = m[0].search(SLOGAN_CUE);
    if (insideQuotes(text, m.index + first) || /[“「『]/u.test(m[0])) continue;
    const start = pasteStart(text, m.index + first, SLOGAN_LEAD, m.index);
    spans.push(
      finderSpan(start, m.index + m[0].length, 'seo', cues.size >= 2, {
        hidden: "The copying site's own slogan (keep its address, do not lose it), pasted into the article.",
        marked: "Possibly the copying site's own slogan about its address.",
      }),
    );
  }
  return spans;
}

export function findAppWalls(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(WALL)) {
    const end = m.index + m[0].length;
    // The wall runs to its sentence's end (or the paragraph's): a writer's sentence goes on about the app.
    if (end < text.length && !/[。！？!?]$/u.test(m[0]) && !/^[\s”」]*$/u.test(text.slice(end, end + 2))) continue;
    // Where it starts: its own sentence (after a sentence's end, or the paragraph's start), taking
    // the clause's opening words (下载客户端，…), or glued at the end of a paragraph's last words.
    const before = text.slice(0, m.index);
    const lead = WALL_LEAD.exec(before)?.[0] ?? '';
    const start = m.index - lead.length;
    const own = start === 0 || /[。！？!?”」］】\s]$/u.test(before.slice(0, start));
    const glued = !own && end >= text.trimEnd().length && /\p{Script=Han}$/u.test(before);
    if (!own && !glued) continue;
    const wall = text.slice(start, end);
    if (wall.length > 28 || SUBJECT.test(wall) || insideQuotes(text, m.index)) continue;
    // (下载APP阅读全文问题究竟出在哪里？, beside27 dev: hidden to its last word, the rest marked.)
    const core = m.index + (new RegExp(`^${WALL_CORE}`, 'u').exec(m[0])?.[0].length ?? m[0].length);
    const sure = (text.slice(core, end).match(/\p{Script=Han}/gu)?.length ?? 0) <= WALL_TAIL_HAN ? end : core;
    spans.push(finderSpan(start, sure, 'seo', true, { hidden: "The copying site's wall asking you to download its app to read on, pasted into the article.", marked: '' }));
    if (sure < end) spans.push(finderSpan(sure, end, 'seo', false, { hidden: '', marked: "Possibly the rest of a site's app wall, or the writer's next words." }));
  }
  return spans;
}

export function findPagination(pageText: string, lastParagraph = false, storyAfter = false): SpamSpan[] {
  const text = toSimplifiedForm(pageText.trimEnd());
  const spans: SpamSpan[] = [];
  for (const call of text.matchAll(PAGER_CALL)) {
    if (insideQuotes(text, call.index)) continue;
    // The site's own "load more" under the story (its last line) may have been read into the text: marked.
    const ownLast = lastParagraph && call.index === 0;
    spans.push(finderSpan(call.index, call.index + call[0].length, 'seo', !ownLast, { hidden: "A pager's call to read on, left in the article's text from the copied site.", marked: "A call to read on, maybe this site's own." }));
  }
  for (const mid of text.matchAll(PAGINATION_MID)) {
    if ((mid[0].match(NAV)?.length ?? 0) < 2) continue;
    // A number glued to the next word is the article's (…下一页 2012年): the links end before it.
    const links = mid[0].trimEnd().replace(/(?<=\D)\d+$/u, (n) => (mid[0].trimEnd() === mid[0] ? '' : n)).trimEnd();
    spans.push(finderSpan(mid.index, mid.index + links.length, 'seo', true, { hidden: "Page links glued into the article's text, left from the copied site.", marked: '' }));
  }
  const m = PAGINATION.exec(text);
  if (!m) return spans;
  const nav = m[0].match(NAV)?.length ?? 0;
  // Two page links at least, and not only numbers and marks (a list's figures, a date).
  if (nav < 2 && !(nav === 1 && /\d\s+\d/u.test(m[0]))) return spans;
  if ((m[0].match(PAGE_TOKEN) ?? []).length < 2) return spans;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const ownLine = start === 0;
  if (ownLine && lastParagraph) return spans;
  return [
    ...spans,
    // Ending the last paragraph after its sentences (全文完。第4页 共4页) a real site's links may have been read into the text: marked.
    // A line of its own with the story's sentences going on below it is no site's pager, which stands under the story (session 19).
    finderSpan(start, m.index + m[0].length, 'seo', ownLine ? storyAfter : !lastParagraph, {
      hidden: "Page links glued into the article's text, left from the copied site.",
      marked: "Page links, maybe left from the copied site, maybe this site's own.",
    }),
  ];
}

/**
 * Session 16: the farm's line about itself — its name (ending in a site's word: 网, 频道, 百科 …; not a
 * bare 站, which ends 火车站 and 凯里西站, nor holding 有, 是, 在, 的, which make it a clause)
 * and what it offers the reader (专注分享…, 每天为您提供…, 您身边的…), standing as a line or ending a
 * paragraph. A business story introduces a company (宁德时代是全球领先的…公司，专注于…): its name is
 * no site's, and it is told, not offered to the reader. Hidden when the line greets or addresses the
 * reader (欢迎访问, 这里是, 您, 你); else marked.
 */
const INTRO = new RegExp(
  String.raw`(?:(?<=^|[。！？!?”」』］）)]\s*)|(?=欢迎|这里是|关于我们))(欢迎(?:访问|来到|光临)|这里是|关于我们[:：])?\s*[【〖]?((?:(?![有是在的])[\p{Script=Han}A-Za-z0-9]){2,8}?(?:网站?|资讯站|频道|百科|资讯|在线|平台|之家))(?:[】〗]|[，,：:·\-—\s]+|是)\s*([^。！？!?]{0,6}?(?:专注|致力|专业|提供|分享|为您|为你|给您|给你|每天|每日|天天|只做|您身边|你身边|带您|带你|最新最全|一站式|更新)[^。！？!?]{2,30})[。！!]?\s*$`,
  'u',
);
const TO_THE_READER = /您|你/u;

export function findSiteIntroductions(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const m = INTRO.exec(text);
  // A story citing a site's figures (某某网提供的数据显示) tells; a farm's line offers.
  if (!m || insideQuotes(text, m.index) || /显示|记者|报道|了解到|据|称/u.test(m[3] ?? '')) return [];
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const hide = m[1] !== undefined || TO_THE_READER.test(m[3] ?? '');
  return [
    finderSpan(start, text.length, 'seo', hide, {
      hidden: "The copying site's line about itself (its name and what it offers), pasted into the article.",
      marked: "Possibly the copying site's line about itself.",
    }),
  ];
}
