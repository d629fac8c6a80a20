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
const LINK_VERB = /看|读|阅|搜|推荐|喜欢|兴趣|热门|热点|热搜|延伸|精选|必读/u;
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
