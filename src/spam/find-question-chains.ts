/**
 * Family "seo", marked only: a chain of short stock questions stuffed into an article (session 13)
 * — 你知道吗？为什么会这样？该怎么办？ — which farms paste to look like engagement.
 *
 * Writers ask in chains too: an interviewer (记者：…？…？), a speaker in quotation marks, an
 * op-ed's rhetorical run. So only the stuffed shape counts: three questions or more in a row, each
 * short (at most 12 characters), with no speaker label before them and not inside quotation marks,
 * and asking about nothing the page is about: a writer's chain asks about the story's subject
 * (中药究竟向何处去？中药如何打开西方的大门？), so a chain sharing two content pairs of characters
 * with the rest of the page is left, and so is one that never turns to the reader (你, 您, 大家).
 * It is only marked: the questions alone cannot prove a paste.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { isGreyWord } from './grey-words';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Three or more short questions in a row, each of 2–16 characters ending in a question mark. */
const CHAIN = /(?:[^。！？!?；;，,：:\n“”「」［］【】()（）]{2,16}[？?]){3,}/gu;
/** Words a story on the trade tells it with (a fraud, a raid, a ruling), as ./find-grey-words.ts reads them. */
const NEWS_OF_IT = /诈骗|骗局|骗子|警方|公安|民警|打击|犯罪|案件|监管|违法|违规|非法|提醒|曝光|调查|法院/u;

/** Whether the page tells of the grey market: a root in a paragraph that tells of a fraud, a raid or a ruling, or in three. */
function aboutTheTrade(page: readonly string[]): boolean {
  // Without the chains themselves: a farm pastes its chain into two paragraphs.
  const views = page.map((text) => toSimplifiedForm(text).replace(CHAIN, ' '));
  return views.some((view) => isGreyWord(view) && NEWS_OF_IT.test(view)) || views.filter((view) => isGreyWord(view)).length >= 3;
}
/** A question word or particle: the chain must read as questions, not as marks in a list. */
const ASKS = /吗|么|什么|怎|为何|何|哪|谁|呢|几|多少|是否|能否|可否|真的/u;
/** The reader addressed. */
const READER = /你|您|大家|各位|网友们/u;
/** A speaker before the chain: an interviewer, Q, a name and a colon. */
const SPEAKER = /(?:记者|主持人|问|Q|提问)\s?[:：]\s?$|[:：]\s?$/u;

/** Characters of asking and pointing, not of a subject: pairs holding one are no content. */
const FUNCTION_CHARS = /[什么麽怎为何哪谁吗呢吧啊呀你我他她它们这那是有的了会该要能还吗真假]/u;

/** Distinct pairs of Han characters inside `text`'s clauses that hold no function character. */
function contentPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair) && !FUNCTION_CHARS.test(pair)) pairs.add(pair);
  }
  return pairs;
}

/** `page`: the page's other paragraphs (Simplified or not), to tell a chain on the story's subject. */
export function findQuestionChains(pageText: string, page: readonly string[] = []): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(CHAIN)) {
    const questions = m[0].split(/(?<=[？?])/u).filter((q) => q.length > 0);
    if (questions.filter((q) => ASKS.test(q)).length < 3) continue;
    // Stuffed chains court the reader (你知道吗？); a writer's run asks about its subject (the stress
    // test's one chain, 感染有什么征兆？是在什么时候呢？有什么对策吗？, 23 characters marked without this).
    // Session 14: a chain shopping for a grey-market service (口子哪里有？百家乐靠谱吗？) in a page not
    // about the trade is stuffed too, reader or not.
    const shopping = questions.filter((q) => isGreyWord(q)).length >= 2 && !aboutTheTrade(page.filter((p) => p !== pageText));
    if (!shopping && !questions.some((q) => READER.test(q))) continue;
    if (insideQuotes(text, m.index) || SPEAKER.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const rest = toSimplifiedForm([text.slice(0, m.index), text.slice(m.index + m[0].length), ...page.filter((p) => p !== pageText)].join('\n'));
    if ([...contentPairs(m[0])].filter((pair) => rest.includes(pair)).length >= 2) continue;
    // The chain opens a sentence: after a sentence's end or the paragraph's start, not mid-clause.
    if (m.index > 0 && !/[。！？!?”」］】）)\s]/u.test(text.charAt(m.index - 1))) continue;
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', false, { hidden: '', marked: 'A chain of stock questions: possibly stuffed in.' }));
  }
  return spans;
}
