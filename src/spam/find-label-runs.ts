/**
 * Family "seo": a farm's link line under a label (session 15) — a label, a colon, then a run of short
 * items with no sentence in them (热门关键字：减肥食谱 二手车报价 考研分数线), and a line putting an
 * off-topic question before the reader (网友正在讨论：…？). Farms name these lines endlessly
 * (相关搜索, 顺手看看, 猜你想搜 …), so the shape decides, not the label.
 *
 * Writers use the shape too: a byline (记者：张三 李四), a cast or a list of teams (参赛队伍：…), a
 * news site's own tag line. So the run is marked; it is hidden only when its label speaks of reading,
 * searching or liking (看, 读, 搜, 推荐, 喜欢, 感兴趣, 热门 …: a link line's verbs, never a list's; not 关键词,
 * a news site's own tag line) and
 * no item shares two characters running with the headline. A list in enumeration commas (a byline's
 * authors, a cast: 作者：周泽娜、周思华、陈晓曼) is left unless its label is a link line's, and a tag line
 * (关键词, 标签) is ./find-tag-lines.ts's. The question line is hidden when its lead names the crowd
 * discussing (网友正在讨论, 大家都在问, 相关问答); an interview's 网友：…？ is left.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A label (up to seven Han characters), a colon, then the items to the paragraph's end. */
const RUN = /(?<=^|[。！？!?；;」”）)\]】］]\s*|(\p{Script=Han}))(\p{Script=Han}{2,7})\s?[:：]\s?([^。！？!?；;，,：:\n]{4,160})$/u;
const ITEM_SEPARATORS = /[\s\u3000、|｜/·•]+/u;
/** What a link line's label says: reading, searching, liking, what is hot. */
/** A sentence of prose: the article goes on below a block that has one after it. */
const SENTENCE_END = /[。！？!?]/u;
const LINK_VERB = /看|读|阅|搜|推荐|喜欢|兴趣|热门|热点|热搜|延伸|精选|必读/u;
/** A related line's label: a link verb, or related / more (相关新闻, 更多相关). */
const READING_LABEL = new RegExp(`${LINK_VERB.source}|相关|更多`, 'u');
/** Where a related line's label starts (相关推荐, 更多相关, 编辑推荐, 猜你喜欢, 看过本文的人…). */
const LABEL_OPENER = /相关|推荐|延伸|扩展|更多|往期|热门|精彩|猜你|你可能|编辑|今日|看过|大家/u;
/** A related line's label at the end of a title-like item: the writer's heading with the farm's label glued on. */
const GLUED_LABEL = /(?:相关|推荐|延伸|扩展|更多|往期|热门|精彩)(?:阅读|推荐|新闻|文章|资讯|内容|相关)?$/u;
/** A tag line's label: read by ./find-tag-lines.ts, whose items decide. */
const TAG_LABEL = /关键词|关键字|标签/u;
/** A question line's lead: the crowd discussing, or a question-and-answer box. */
const QUESTION_LINE = /(?:(?:网友|大家)\p{Script=Han}{0,3}(?:讨论|热议|问|关注)|相关问答|热门问答|热议话题)\s?[:：]\s?[^。！？!?\n]{4,40}[？?]\s*$/u;

/** Whether two characters running in `item` stand in the headline. */
function sharesHeadline(item: string, title: string): boolean {
  for (let i = 0; i + 2 <= item.length; i++) if (title.includes(item.slice(i, i + 2))) return true;
  return false;
}

export function findLabelRuns(pageText: string, title: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText.trimEnd());
  const headline = toSimplifiedForm(title);
  const question = QUESTION_LINE.exec(text);
  // The crowd's word starts the line, glued or not: 网友 is no article's last word before a colon.
  if (question) {
    return [finderSpan(question.index, text.length, 'seo', true, { hidden: 'An off-topic question line ("net users are discussing"), pasted into the article.', marked: '' })];
  }
  const m = RUN.exec(text);
  if (!m) return [];
  // Glued to the article's last word, the label is read as the shortest ending (four characters
  // and up) that speaks of links, and only then is the run taken.
  let label = m[2] ?? '';
  if (m[1] !== undefined) {
    const ending = [4, 5, 6].map((n) => label.slice(-n)).find((tail) => LINK_VERB.test(tail));
    if (!ending) return [];
    label = ending;
  }
  const items = (m[3] ?? '').split(ITEM_SEPARATORS).filter((item) => item.length > 0);
  // A run: three items at least, each short and each with Han in it, none a sentence.
  if (items.length < 3 || items.some((item) => item.length > 10 || !/\p{Script=Han}{2}/u.test(item))) return [];
  const hide = LINK_VERB.test(label) && !items.some((item) => sharesHeadline(item, headline));
  if (!hide && (/[、]/u.test(m[3] ?? '') || TAG_LABEL.test(label))) return [];
  return [
    finderSpan(m.index + (m[2] ?? '').length - label.length, text.length, 'seo', hide, {
      hidden: 'A line of links under a label (searches, reads), pasted into the article.',
      marked: 'Possibly a line of links under a label, pasted into the article.',
    }),
  ];
}

/**
 * Session 16: a farm's links with no label and colon — a run of titles on one line (in brackets, or
 * between bars, slashes or wide spaces), a heading of its own (相关文章, 猜你喜欢) over title lines,
 * a previous / next pair, a read-more tail. A title is short and is no sentence: no full stop,
 * comma or colon inside it.
 */
const TITLE = /^[◆◇■□●○•·▪▶►\-\s]*[【〖[《“]?\s*[^。！？!?，,；;：:、]{4,24}?\s*[】〗\]》”]?\s*$/u;
/**
 * Items a run wraps in brackets (【…】[…]〖…〗《…》) or sets between bars and slashes: no writer's line,
 * but for a list of books (《…》《…》), which the article then talks about (`offTopic` below).
 */
const WRAPPED_ITEM = /[【〖[《]([^】〗\]》]{4,24})[】〗\]》]/gu;
const RUN_SEPARATOR = /\s*[|｜/／▶►▷→]\s*|\s+/u;
/** A heading over links: related, recommended, more, past, hot … reading, articles, picks. */
const HEADING = /^[\s▼▽↓⬇👇【〖[]*(?:相关|推荐|延伸|热门|精彩|往期|更多|热文|猜你|你可能|您可能|本站|大家|编辑|小编|今日|最新)[\p{Script=Han}]{0,5}?(?:文章|阅读|推荐|回顾|资讯|新闻|喜欢|内容|精彩|好文|在看|想看|专题)[\s】〗\]]*[:：]?\s*$/u;
const PREV_NEXT = /(?<=^|[。！？!?”」』］]\s*)(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇|上篇|下篇)(?:文章)?\s*[:：]?\s*[^。！？!?]{4,60}$/u;
const READ_MORE = /(?<=^|[。！？!?”」』］]\s*)(?:点击)?(?:(?:阅读|查看|看)(?:更多|全部)(?:相关)?(?:精彩)?(?:内容|文章|资讯)?|继续阅读|更多(?:精彩)?内容请点击|还想看更多[？?]?\s*点(?:这里|此处))\s*(?:>>|>|》|›|»|→)*\s*$/u;

/**
 * Whether a line is a title: short, mostly Han (a formula or a table row of figures is not), no
 * sentence in it, no bracketed note (名称（地区）: a list of names).
 */
function isTitle(line: string, minHan = 4): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= minHan && han >= 0.75 * line.replace(/[\s【】〖〗[\]《》“”◆◇■□●○•·▪▶►-]/gu, '').length && !/[（(]/u.test(line) && TITLE.test(line);
}

/**
 * The titles of a one-line run, or null when the line is none: two titles or more in brackets or
 * between bars or slashes (`wrapped`: no writer's line), or three or more between spaces.
 */
function runItems(line: string, questions = false): { items: string[]; wrapped: boolean } | null {
  const wrapped = [...line.matchAll(WRAPPED_ITEM)].map((m) => m[1] ?? '');
  if (wrapped.length >= 2 && line.replace(WRAPPED_ITEM, '').replace(/[\s|｜/／·、]/gu, '') === '') return { items: wrapped, wrapped: true };
  const parts = line.trim().split(RUN_SEPARATOR).filter((part) => part.length > 0);
  const barred = /[|｜/／▶►▷→]/u.test(line);
  // Titles of a run are article titles, five Han characters and up (not 坐一下儿 等一下儿, a drill's words);
  // between spaces, six and up with no figures (遇难群众每人1万 因公殉职每人2万 is a summary of the story's).
  // After a label of its own a title may be a question (空腹喝茶好不好？): QA18's related lines.
  const titled = (item: string): boolean => {
    const part = questions ? item.replace(/[？?]$/u, '') : item;
    return barred ? isTitle(part, 5) : isTitle(part, 6) && !/[0-9０-９]/u.test(part);
  };
  if (parts.length >= (barred ? 2 : 3) && parts.every(titled)) return { items: parts, wrapped: barred };
  return null;
}

/** A list's numbering before a title (1、 2. (3) ④), a date after it ((6-12), 2012-06-12), or its source (来源：…网, - 某某报). */
const NUMBERED = /^\s*(?:\d{1,2}\s?[、.．)）]|[(（]\d{1,2}[)）]|[①-⑩])\s*/u;
const DATED = /[\s(（[【]*(?:\d{2,4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[)）\]】]?\s*$/u;
const SOURCED = /\s*(?:[(（【[]?\s*(?:来源|出处)\s?[:：]\s*\S{2,10}?[)）】\]]?|\s[-—|｜]\s*\p{Script=Han}{2,8})\s*$/u;

/**
 * A title dressed as a list's item, and its dress ('numbered', 'dated', 'sourced'), or null: lines a
 * farm's recommended list prints and no writer's paragraph is (a title, nothing else, in that dress).
 */
function dressedTitle(line: string): { title: string; dress: string } | null {
  for (const [dress, mark] of [['numbered', NUMBERED], ['dated', DATED], ['sourced', SOURCED]] as const) {
    const title = line.replace(mark, '').trim();
    if (title !== line.trim() && isTitle(title)) return { title, dress };
  }
  return null;
}

/** How a title line is dressed: its opening bracket or bullet, or 'plain'. */
function wrapperOf(line: string): string {
  const first = line.charAt(0);
  return '《【[〖“◆◇■□●○•·▪▶►-'.includes(first) && first !== '' ? first : 'plain';
}

/** Han character pairs of a text, counted. */
function pairCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const han = [...text.replace(/[^\p{Script=Han}]/gu, ' ')];
  for (let i = 0; i + 1 < han.length; i++) {
    const pair = `${han[i]}${han[i + 1]}`;
    if (!pair.includes(' ')) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * A run of titles between bars or arrows after a short label of its own (session 18: QA17's related
 * lines, a label and three titles between ｜ or ▶): the label is any, the barred titles decide.
 */
function labelledRun(text: string): { at: number; items: string[]; wrapped: boolean; label?: string } | null {
  const label = /^\s*[【[]?\p{Script=Han}{2,10}[】\]]?\s?[:：]?\s*/u.exec(text);
  const rest = text.slice(label?.[0].length ?? 0);
  // The label ends at its colon, bracket or space, or at the bar of the run's first title (延伸阅读｜…, session 21).
  if (!label || !(/[:：】\]\s]\s*$/u.test(label[0]) || /^[|｜]/u.test(rest))) return null;
  // Numbers and questions only under a label of reading: a writer numbers steps (借书流程：1.… 2.…) and asks.
  const reading = READING_LABEL.test(label[0]);
  const run = (reading ? numberedRun(rest) : null) ?? runItems(rest, reading);
  // Headlines, six Han characters and up: a speaker's short remarks between bars (游客：很漂亮 | 很好吃) are no titles.
  // A bracket opening inside an item, or a label of reading ending it, is where a pasted label starts
  // (百姓节约 明星作秀【相关新闻】▷…, 百姓节约 明星作秀推荐阅读 ▶…: the writer's subheading, then the farm's
  // run glued to it), not a title.
  const headlines = run?.items.every((item) => (item.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 && !/.[【[]/u.test(item) && !GLUED_LABEL.test(item));
  if (!run?.wrapped || !headlines) return null;
  // Under a label closed by a bar, a last title half again as long as the others has taken the writer's words after it.
  if (!/[:：】\]\s]\s*$/u.test(label[0]) && (run.items.at(-1)?.length ?? 0) > 1.5 * Math.max(...run.items.slice(0, -1).map((item) => item.length))) return null;
  // Glued to the end of the writer's short line (战况相关推荐：…, 引争议相关推荐 ▶…), the label starts at its reading word.
  const opener = label[0].search(LABEL_OPENER);
  const at = opener > 0 && /^\s*\p{Script=Han}+$/u.test(label[0].slice(0, opener)) ? opener : text.length - text.trimStart().length;
  return { at, ...run, label: label[0].slice(at) };
}

/**
 * Titles numbered on one line, 1. 2. 3. in order from one (session 19: 推荐阅读：1.… 2.…): the
 * numbers are the run's separators, as bars are.
 */
function numberedRun(text: string): { items: string[]; wrapped: boolean } | null {
  const marks = [...text.matchAll(/(?<=^|\s|[？?])(\d)\s?[.．、]\s?/gu)];
  if (marks.length < 2 || marks[0]?.index !== text.length - text.trimStart().length || marks.some((m, k) => m[1] !== String(k + 1))) return null;
  const items = marks.map((m, k) => text.slice(m.index + m[0].length, marks[k + 1]?.index ?? text.length).trim().replace(/[？?]$/u, ''));
  return items.every((item) => isTitle(item, 5)) ? { items, wrapped: true } : null;
}

/** Where a run glued to a paragraph's end starts: after the last sentence end or closing mark before it. */
function gluedRun(text: string): { at: number; items: string[]; wrapped: boolean; label?: string } | null {
  for (let i = 1; i < text.length; i++) {
    if (!'。！？!?”」』］'.includes(text.charAt(i - 1))) continue;
    const labelled = labelledRun(text.slice(i));
    if (labelled) return { ...labelled, at: i + labelled.at };
    const run = runItems(text.slice(i).trim());
    if (run) return { at: i + (text.slice(i).length - text.slice(i).trimStart().length), ...run };
  }
  return null;
}

/**
 * The link blocks of a page, per paragraph. Hidden where no writer sets them: a run in brackets or
 * between bars, titles under a heading line mid-article, a previous / next pair, a read-more tail.
 * A title is the farm's only when it is off the page's topic (at most one in four of its character
 * pairs said elsewhere on the page): a real subheading shares the words of the text under it. Marked:
 * a run between spaces or in the last paragraph. Left: a block running to the article's end (a site's
 * own related stories), a heading over fewer than two titles (延伸阅读： over the site's related story;
 * a subheading).
 */
export function findLinkBlocks(title: string, pageParagraphs: readonly string[]): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  // The page's topic is in its sentences: title-like lines (a farm's blocks, pasted more than once) are left out.
  const headline = toSimplifiedForm(title);
  // A run glued after the writer's sentences is left out too: a farm pastes the same titles in several places.
  const inPage = (text: string): boolean => !isTitle(text.trim()) && !runItems(text.trim()) && !labelledRun(text) && !HEADING.test(text.trim());
  const page = pairCounts([toSimplifiedForm(title), ...paragraphs.filter(inPage).map((text) => text.slice(0, gluedRun(text)?.at ?? text.length))].join('\n'));
  const out: SpamSpan[][] = paragraphs.map(() => []);
  const add = (p: number, start: number, end: number, hide: boolean): void => {
    out[p]?.push(finderSpan(start, end, 'seo', hide, { hidden: 'A block of links to other articles, pasted into the article.', marked: 'Possibly a block of links to other articles.' }));
  };
  // Off the topic: few of the item's pairs said in the page's sentences (a glued run's own paragraph taken out).
  const offTopic = (items: readonly string[], line: string, share = 1 / 4): boolean => {
    const own = pairCounts(line);
    return items.every((item) => {
      const pairs = [...pairCounts(item).keys()];
      return pairs.filter((pair) => (page.get(pair) ?? 0) - (isTitle(line.trim()) || runItems(line.trim()) || labelledRun(line) ? 0 : (own.get(pair) ?? 0)) > 0).length <= pairs.length * share;
    });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    const line = text.trim();
    const from = text.length - text.trimStart().length;
    // The page's own headline (read as its first block) is no run of titles, whatever its spaces
    // between parts (颱風外圍環流影響 北部山區豪雨 多處道路預警性封閉): QA16 found three-part headlines marked.
    if (line === headline.trim()) continue;
    if (HEADING.test(line)) {
      // The titles under it: lines that are titles (or a run), none sharing two characters with the
      // headline. A block's titles share their dress (《…》, 【…】, a bullet, or none); a plain title must be off
      // the page's topic too, since plain short lines are also the article's own subheadings.
      let q = p + 1;
      const dress = wrapperOf((paragraphs[p + 1] ?? '').trim());
      for (; q < paragraphs.length; q++) {
        const next = (paragraphs[q] ?? '').trim();
        const items = runItems(next)?.items ?? (isTitle(next) ? [next] : []);
        if (items.length === 0 || wrapperOf(next) !== dress || items.some((item) => sharesHeadline(item, headline))) break;
        if (dress === 'plain' && !offTopic(items, next)) break;
      }
      // A block with none of the article's sentences after it is the site's own related stories (相关新闻
      // over its headlines, tests/unit/spam-related-links.test.ts), left as pagination there is — also
      // when its last headline carries a date or a byline that no title test reads as a title.
      // One title under a heading may be the article's own subheading, or a site's related story whose
      // next headline has a colon: left.
      if (q < p + 3 || !paragraphs.slice(q).some((next) => SENTENCE_END.test(next))) continue;
      // Plain titles are only marked: the pairs test cannot tell a farm's title from a subheading
      // whose words the text under it does not repeat (held-out pages: one such subheading hidden).
      for (let r = p; r < q; r++) add(r, r === p ? from : 0, (paragraphs[r] ?? '').length, dress !== 'plain');
      p = q - 1;
      continue;
    }
    // Titles dressed alike as a list (numbered, dated, sourced), two lines or more, off the page's topic,
    // with the article going on below: a recommended list with no heading, or under a heading of its
    // own words (a short line just above, off the topic too).
    const first = dressedTitle(line);
    if (first) {
      let q = p + 1;
      const items = [first.title];
      for (; q < paragraphs.length; q++) {
        const next = dressedTitle((paragraphs[q] ?? '').trim());
        if (!next || next.dress !== first.dress) break;
        items.push(next.title);
      }
      const below = paragraphs.slice(q).some((next) => SENTENCE_END.test(next));
      // A numbered list is the list whole: an item of it that is no title (a caption's sentence) makes it the writer's.
      const whole = first.dress !== 'numbered' || ![paragraphs[p - 1] ?? '', paragraphs[q] ?? ''].some((next) => NUMBERED.test(next));
      if (q >= p + 2 && below && whole && !items.some((item) => sharesHeadline(item, headline)) && items.every((item, k) => offTopic([item], paragraphs[p + k] ?? ''))) {
        const above = (paragraphs[p - 1] ?? '').trim();
        const label = p > 0 && (out[p - 1] ?? []).length === 0 && /^[\p{Script=Han}\s【】[\]]{2,10}[:：]?$/u.test(above) && offTopic([above], above);
        if (label) add(p - 1, 0, (paragraphs[p - 1] ?? '').length, true);
        for (let r = p; r < q; r++) add(r, 0, (paragraphs[r] ?? '').length, true);
        p = q - 1;
        continue;
      }
    }
    const run = runItems(line) ? { at: from, ...(runItems(line) as NonNullable<ReturnType<typeof runItems>>) } : (labelledRun(text) ?? gluedRun(text));
    if (run) {
      // Under a label of reading (推荐阅读, 相关新闻) up to half a title's pairs may be the page's: a question
      // title is made of words any text says (怎么, 能不能, 最好), and no writer labels a subheading so.
      const share = READING_LABEL.test(run.label ?? '') ? 1 / 2 : 1 / 4;
      add(p, run.at, text.length, run.wrapped && p < paragraphs.length - 1 && offTopic(run.items, text.slice(run.at), share));
      continue;
    }
    for (const m of [PREV_NEXT.exec(text), READ_MORE.exec(text)]) if (m) add(p, m.index, text.length, true);
  }
  return out;
}
