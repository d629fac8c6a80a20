/**
 * Family "seo": rows of a page's interface whose extent is fixed by their own grammar — closed
 * rows — wherever they were glued into the writer's text (session 23: QA's old row classes —
 * pagers, counters, hashtags, search and tag rows — stay low on never-seen pages, because their
 * finders read them as lines of their own or after a sentence's end, while farms glue them
 * mid-clause, after a comma or inside a speaker's quotation).
 *
 * A closed row says something to the reader about the page, not about the story: which page this is
 * and where the others are, how many read it, what it is tagged with or what else was searched. Its
 * cells are slots (a page number, a chevron, a label and its count, a hash-marked word, a label and
 * its keywords) set apart by spaces, bars and dots, never joined by the writer's grammar. So a run
 * made of nothing but such slots ends where its last slot ends, and the writer's words on either side
 * stay. A writer says the same in prose (详见报告第2页至第5页, 该视频播放量超过300万次, 他发起了#寻找失散亲人#话题):
 * a verb, a preposition or a subject joins them to the sentence: one slot at most, left or only marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { bettingRows } from './betting-rows';
import type { AddRow } from './closed-row';
import { firstWords, lastWords } from './edge-words';
import type { SpamSpan } from './types';

/** What may stand on either side of a slot standing apart: the paragraph's edge, a mark, a space, a bracket. */
const APART_BEFORE = /(?:^|[。！？!?；;，,、：:“”「」『』（）()【】［］\s\u3000|｜·•])$/u;
const APART_AFTER = /^(?:$|[。！？!?；;，,、：:“”「」『』（）()【】［］\s\u3000|｜·•])/u;
const apart = (text: string, start: number, end: number): boolean => APART_BEFORE.test(text.slice(0, start)) && APART_AFTER.test(text.slice(end));

/* ---------- pagers: page words, page numbers, chevrons ---------- */
/** A page word: a link to another page, the page's place among them, a pager's own label. */
const PAGE_WORD = String.raw`(?:上一?页|下一?页|前一页|后一页|上一篇|下一篇|首页|尾页|末页|返回列表|(?:查看|进入)下一?页|(?:当前)?第\s?\d{1,3}\s?页|共\s?\d{1,3}\s?页|页码\s?[:：]\s?\d{1,3}(?:\s?/\s?\d{1,3})?)`;
/** A page number, bare or in its own brackets (a bare one never glued to another figure). */
const PAGE_NUMBER = String.raw`(?:[\[［【〔]\d{1,3}[\]］】〕]|(?<![\d.,])\d{1,3}(?![\d.,%％]))`;
/** A pager's chevrons and ellipsis. */
const CHEVRON = String.raw`(?:[«»‹›〈〉<>＜＞]{1,2}|…{1,2}|\.{3})`;
const PAGE_SLOT = `(?:${PAGE_WORD}|${PAGE_NUMBER}|${CHEVRON})`;
/** Slots set apart by spaces, bars or slashes; 第N页，共M页 is the one pager that takes a comma. */
const PAGER = new RegExp(`${PAGE_SLOT}(?:(?:[\\s\\u3000|｜/]*|[，,]\\s?(?=共))${PAGE_SLOT})+`, 'gu');
const PAGE_WORDS = new RegExp(PAGE_WORD, 'gu');
const BRACKETED_NUMBERS = /[[［【〔]\d{1,3}[\]］】〕]/gu;

/** Whether the run's bare numbers count up by one (1 2 3): a pager's, not a list of figures. */
function countsUp(run: string): boolean {
  const numbers = run.replace(PAGE_WORDS, ' ').match(/\d{1,3}/gu)?.map(Number) ?? [];
  let longest = 1;
  let current = 1;
  for (let i = 1; i < numbers.length; i++) {
    current = numbers[i] === (numbers[i - 1] ?? 0) + 1 ? current + 1 : 1;
    longest = Math.max(longest, current);
  }
  return longest >= 3;
}

function pagers(text: string, add: AddRow): void {
  for (const m of text.matchAll(PAGER)) {
    // A number glued to the writer's next word is the writer's (…下一页 3年后): the run ends before it.
    const run = m[0].replace(/\s*(?<![[［【〔])\d{1,3}$/u, (tail) => (/^\p{Script=Han}/u.test(text.slice(m.index + m[0].length)) && !/[页篇]/u.test(tail) ? '' : tail)).trimEnd();
    if (!run) continue;
    const words = run.match(PAGE_WORDS)?.length ?? 0;
    // 首页 alone is a breadcrumb's home (首页>分类页), the nav runs' to read: a pager's word with it counts.
    const linkWords = [...run.matchAll(PAGE_WORDS)].filter((w) => w[0] !== '首页').length;
    const chevrons = new RegExp(CHEVRON, 'u').test(run.replace(PAGE_WORDS, ' '));
    // A page number set apart from the page word by a gap (下一页 3, not 卷381第8页, a citation).
    const gappedNumber = /\d/u.test(run.replace(PAGE_WORDS, '')) && /[\s\u3000|｜/]/u.test(run);
    const bracketed = run.match(BRACKETED_NUMBERS)?.length ?? 0;
    // Two page words (上一页 … 下一页, 第3页 / 共9页), a page word with its chevron or a page number,
    // page numbers in their own brackets, or numbers counting up between chevrons (〈 1 2 3 4 〉).
    const pager = words >= 2 || (linkWords === 1 && (chevrons || gappedNumber)) || bracketed >= 2 || (countsUp(run) && (chevrons || words > 0));
    if (!pager) continue;
    add(m.index, m.index + run.length, true, "Page links (page numbers, previous and next), left in the article's text from the copied site.");
  }
}

/* ---------- counters: a platform's label and its count ---------- */
const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:万|w|W|k|K|千|亿)?\+?)`;
/**
 * What a platform counts: reads, views, plays, likes, comments, keeps, shares, onlookers, heat, or an icon for
 * one. Not ©, ® or ™ (pictographs to Unicode too): the year after a rights sign is a site's own footer.
 */
const COUNT_LABEL = String.raw`(?:阅读量|阅读数|阅读|浏览量|浏览|播放量|播放|点赞数|点赞|评论数|评论|在看|收藏|分享|转发|围观|人气|热度|访问量|点击量|观看|(?![©®™])\p{Extended_Pictographic}\uFE0F?)`;
/** Label, then the count set apart by a colon or a space: the interface's format, never prose's. */
const LABELLED_COUNT = new RegExp(`(?:累计|总)?${COUNT_LABEL}(?:\\s?[:：]\\s?|\\s)${COUNT}(?:\\s?[次人条])?`, 'gu');
/** Label then count with nothing between (阅读12万+, 播放3.1万次), or the count then its act (1234人看过, 12万阅读). */
const BARE_COUNT = new RegExp(`(?:已有|累计)?(?:${COUNT_LABEL}${COUNT}(?:\\s?[次人条])?|${COUNT}\\s?人?\\s?(?:看过|读过|阅读|浏览|围观|点赞|评论|在看|收藏))`, 'gu');

function counters(text: string, add: AddRow): void {
  const reason = "A platform's counter (reads, plays, likes), copied along with the article.";
  const taken: [number, number][] = [];
  for (const m of text.matchAll(LABELLED_COUNT)) {
    const end = m.index + m[0].trimEnd().length;
    // A figure running on into a unit of the writer's (浏览 3 年, 评论 12 个) is no counter's.
    if (!/[:：次人条万w+]/u.test(m[0]) && /^\s?[年月日天个次分元岁名位米秒家件条只台本部辆项多余周小]/u.test(text.slice(end))) continue;
    taken.push([m.index, end]);
    add(m.index, end, true, reason);
  }
  for (const m of text.matchAll(BARE_COUNT)) {
    const end = m.index + m[0].trimEnd().length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    // Standing apart on both sides, nothing but the counter: the platform's. Glued on one side it may be
    // the writer's clause (视频播放3.1万次): marked only where its own side stands apart and a platform's
    // count shape (万+, w, a thousands comma) says so; else left.
    const shaped = /[+wWkK]|\d,\d{3}/u.test(m[0]);
    if (apart(text, m.index, end)) add(m.index, end, true, reason);
    else if (shaped && (APART_BEFORE.test(text.slice(0, m.index)) || APART_AFTER.test(text.slice(end)))) add(m.index, end, false, reason);
  }
}

/* ---------- hashtags: words between hash marks ---------- */
/** A run of two or more hashtags, closed (#话题#) or open (#话题 followed by a space), set apart by spaces at most. */
const HASH_RUN = /[#＃]\s?[^\s#＃。！？!?，,：:；;“”「」]{1,15}?\s?[#＃](?:\s*[#＃]\s?[^\s#＃。！？!?，,：:；;“”「」]{1,15}?\s?[#＃])+|(?:[#＃][^\s#＃。！？!?，,：:；;“”「」]{1,12}[ \u3000]+){1,5}[#＃][^\s#＃。！？!?，,：:；;“”「」]{1,12}(?=$|[\s。！？!?，,；;”」])/gu;

function hashtags(text: string, add: AddRow): void {
  for (const m of text.matchAll(HASH_RUN)) {
    // Hashtags name words: each tag holds a Han character or a letter.
    const tags = m[0].split(/[#＃\s]+/u).filter(Boolean);
    if (tags.length < 2 || !tags.every((tag) => /[\p{Script=Han}A-Za-z]/u.test(tag))) continue;
    const end = m.index + m[0].length;
    // Session 31: an open last tag (#城市治理 with no closing mark) ended by a clause's mark, not by a space or the line's
    // end, may run on into the writer's words glued to it (#城市治理[网民纷纷留言]，): where the tag stops is unknown, so
    // the tags before it are hidden and it is only marked.
    const lastHash = Math.max(m[0].lastIndexOf('#'), m[0].lastIndexOf('＃'));
    if (!/[#＃]$/u.test(m[0]) && end < text.length && !/\s/u.test(text.charAt(end)) && lastHash > 0) {
      add(m.index, m.index + lastHash, true, 'Hashtags copied from a social platform, glued into the article.');
      add(m.index + lastHash, end, false, 'Hashtags copied from a social platform, glued into the article.');
      continue;
    }
    add(m.index, end, true, 'Hashtags copied from a social platform, glued into the article.');
  }
}

/* ---------- labelled rows: a label naming keywords, tags or searches, then its items ---------- */
/**
 * A row's label says what its items are — the page's keywords or tags, what others searched, what is
 * recommended — and ends the label at its colon, bar or space: the items are never a clause of it.
 */
const ROW_LABEL = /(?:搜索?了?|热词|词条|关键[词字]|标签|热搜|推荐|感兴趣|专题|Tags?|TAGS?|tags?)\s?(?:[:：｜|>]|\s)/gu;
const ITEM_SEPARATOR = /[\s\u3000|｜·•/、>]+|[，,；;](?=\s?\S)/u;
const ITEM = /^[\p{Script=Han}A-Za-z0-9]{1,12}$/u;

const SEAM_CHAR = /[。！？!?；;，,、“”「」（）()【】［］\s\u3000]/u;

function labelledRows(text: string, segment: (text: string) => string[], add: AddRow): void {
  for (const m of text.matchAll(ROW_LABEL)) {
    const labelEnd = m.index + m[0].replace(/(?:[:：｜|>]|\s)$/u, '').trimEnd().length;
    const itemsStart = m.index + m[0].length;
    // The label: its words back to the stretch's start, seven characters at most; glued after the
    // writer's words (…商家将大家还在搜：) its start is uncertain: its last words, and the row only marked.
    let start = labelEnd;
    while (start > 0 && labelEnd - start < 8 && !SEAM_CHAR.test(text.charAt(start - 1))) start--;
    const glued = (start > 0 && !SEAM_CHAR.test(text.charAt(start - 1))) || labelEnd - start > 7;
    if (glued) start = labelEnd - lastWords(text.slice(0, labelEnd), segment, 5).length;
    if (labelEnd - start < 2) continue;
    // The items: to the next sentence mark, quotation or bracket, cut into cells of a word or two.
    const rest = (/^[^。！？!?“”「」（）()【】\n]*/u.exec(text.slice(itemsStart))?.[0] ?? '').replace(/[，,；;、\s\u3000]+$/u, '');
    const items: string[] = [];
    const ends: number[] = [];
    let length = 0;
    for (const cell of rest.split(ITEM_SEPARATOR)) {
      // An item as long again as the first ones is the writer's next clause after a space (…最新消息 郭岗小学现有学生136名).
      if (!ITEM.test(cell) || (items.length >= 2 && cell.length > Math.max(...items.slice(0, 2).map((item) => item.length)) + 3)) break;
      const at = rest.indexOf(cell, length);
      if (at !== length && !ITEM_SEPARATOR.test(rest.slice(length, at))) break;
      items.push(cell);
      length = at + cell.length;
      ends.push(length);
    }
    // Search rows build every item on the page's topic: where the others share a word, a last item sharing
    // none is the writer's after the gap (…杭州知行合一 教学点一处）).
    const pairs = (item: string): string[] => [...item].slice(1).map((ch, i) => `${item.charAt(i)}${ch}`);
    const shared = (item: string, others: string[]): boolean => pairs(item).some((pair) => others.some((other) => other.includes(pair)));
    if (items.length >= 3 && shared(items[0] ?? '', items.slice(1, -1)) && !shared(items[items.length - 1] ?? '', items.slice(0, -1))) {
      items.pop();
      ends.pop();
      length = ends[ends.length - 1] ?? 0;
    }
    if (items.length < 2) continue;
    // The last item runs on into the writer's words when nothing closes it (…康师傅最新消息茶叶运往…): cut at a word's end within the longest other item's length.
    const open = /^\p{Script=Han}/u.test(text.slice(itemsStart + length));
    const longest = Math.max(...items.slice(0, -1).map((item) => item.length));
    const lastItem = items[items.length - 1] ?? '';
    const lastStart = itemsStart + length - lastItem.length;
    // A last item closed by a sentence's mark that asks, exclaims or outgrows every other item is the writer's clause after the row (…买球网站 他们图的是什么？, beside27 dev): the row ends before it.
    const after = text.slice(itemsStart + length);
    const clause = /^[。！？!?]/u.test(after) && (/^[！？!?]/u.test(after) || lastItem.length > longest);
    if (clause && items.length < 3) continue;
    const end = clause ? itemsStart + (ends[ends.length - 2] ?? 0) : open || lastItem.length > 1.5 * longest ? lastStart + firstWords(text.slice(lastStart), segment, longest) : itemsStart + length;
    // Items set apart by spaces or bars are the interface's; a writer lists in 、 and commas (他推荐：…、…): marked.
    const listed = /[、，,；;]/u.test(text.slice(itemsStart, end));
    // Standing as a line of its own, a tag or keyword line may be the site's own under its story (./find-tag-lines.ts): marked, unless it lists searches built on one topic word.
    const ownLine = !/\S/u.test(text.slice(0, start));
    const searches = /搜|热词/u.test(text.slice(start, labelEnd)) && items.slice(1).some((item) => shared(item, [items[0] ?? '']));
    add(start, end, !glued && !open && !listed && (!ownLine || searches), 'A row of keywords, tags or searches under its label, pasted into the article.');
  }
}

/* ---------- picture notes in their own brackets ---------- */
/** A note on a picture in its own brackets: the picture named, and where it came from or that it is archive. */
const PICTURE_NOTE = /[（(][^（）()。！？\n]{0,12}(?:图|照片|相片)[^（）()。！？\n]{0,14}[）)]/gu;
const PICTURE_SOURCE = /来源|来自|源于|源自|投稿|图源|资料|档案|提供|网络|侵删|侵权|无关|摄/u;

function pictureNotes(text: string, add: AddRow): void {
  for (const m of text.matchAll(PICTURE_NOTE)) {
    if (!PICTURE_SOURCE.test(m[0])) continue;
    const end = m.index + m[0].length;
    // Between two of the writer's words, or inside a quotation, no caption stands: the copied page's note.
    // After the paragraph's words or as a line it may be this page's own caption: marked.
    const glued = /[\p{Script=Han}，,“「]$/u.test(text.slice(0, m.index)) && /^[\p{Script=Han}“「]/u.test(text.slice(end));
    add(m.index, end, glued, "A note on a picture (its source, archive, takedown), left where the copied page's picture stood.");
  }
}

/** The closed rows of one paragraph: pagers, counters, hashtags and labelled rows of keywords. */
export function findClosedRows(pageText: string, segment: (text: string) => string[]): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, hide: boolean, reason: string): void => {
    // Trailing gaps are not the row's; a stretch of nothing but gaps is nothing.
    end = start + text.slice(start, end).trimEnd().length;
    if (end <= start) return;
    spans.push(finderSpan(start, end, 'seo', hide, { hidden: reason, marked: `Possibly: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` }));
  };
  pagers(text, add);
  counters(text, add);
  hashtags(text, add);
  labelledRows(text, segment, add);
  bettingRows(text, segment, add);
  pictureNotes(text, add);
  return spans;
}
