/**
 * Family "seo": a line led by a bracketed label that says nothing of the story (session 18) — a site's
 * notice (【公告】 a redesign, a log-in, reposts and takedowns), an ad (【推广】 a product, a price, a call
 * to consult), a note on how the text was made (【本文由…生成】). On QA17's never-seen pages these were
 * all in wordings no finder's list had, so the words decide nothing here: the shape (a short label in
 * square brackets opening a paragraph) and the topic (the line's character pairs are not the page's).
 *
 * Writers open paragraphs with bracketed labels too: an agency's dateline (【新华社北京电】, 【某某报讯】),
 * a summary (［提要］), a subheading over the text it heads (【专家解读】…), a related story under
 * 【延伸阅读】. A dateline's or a reading label is left; a subheading shares the story's words. A line in
 * the article's last paragraph, where a site prints its own notices, is only marked, and so is one the
 * writer's text goes on after in the same paragraph: a notice pasted with no full stop runs into the
 * writer's first sentence, which shares few words with the rest of the page either (dev pages: 262 of
 * the writer's characters hidden with such notices before this).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A short label in square or lenticular brackets opening the paragraph. */
const LABEL = /^\s*[【[〖［]([^】\]〗］\n]{1,16})[】\]〗］]\s*/u;
/** An agency's or a paper's dateline, or a label over a related story (left to the link finders). */
const WRITERS_LABEL = /电|讯|报道|消息|记者|提要|摘要|导读|编者|注|阅读|相关|链接|延伸|^[\d\s,，\-–]+$/u;
/**
 * A farm's voice: it speaks to the reader (请, 欢迎, 咨询, 点击), of the site or the text (本站, 会员, 登录,
 * 转载, 本文), or sells (a price, a discount, an order). A writer's subheading off the page's topic
 * (【专家观点】…, on a page of unrelated lines) has none of it and is only marked.
 */
const FARM_VOICE = /你|您|请|欢迎|咨询|点击|扫码|扫描|私信|微信|客服|本站|本网|网站|平台|会员|登录|注册|转载|本文|文章|\d+\s?元|[\d一二三四五六七八九]折|包邮|优惠|特价|下单|购买|抢购/u;
/** How much of the line's character pairs the rest of the page may say and the line still be off its topic. */
const SHARED_AT_MOST = 0.25;
/**
 * A farm pastes one or two such lines into a story; when most of the page's paragraphs (four or more) open with a
 * bracketed label, the labels are the page's own structure (a forum's thread list, [求助] …, an
 * index of tagged items), and none is read as pasted.
 */
const OWN_STRUCTURE_AT_LEAST = 4;
/** A line longer than this is no notice or ad of a farm's. */
const LONGEST = 60;
/** A note on how the text was made, in brackets of any kind, standing alone: 【本文由AI辅助生成】. */
const MADE_BY = /^\s*[【[〖［（(][^】\]〗］）)\n]{0,10}(?:AI|人工智能|大模型)[^】\]〗］）)\n]{0,12}(?:生成|辅助|创作|写作|撰写|整理|协助)[^】\]〗］）)\n]{0,8}[】\]〗］）)]\s*$/iu;

function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  const han = [...text.replace(/[^\p{Script=Han}]/gu, ' ')];
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== ' ' && han[i + 1] !== ' ') pairs.push(`${han[i]}${han[i + 1]}`);
  return pairs;
}

export function findBracketLines(title: string, pageParagraphs: readonly string[]): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  const labelled = paragraphs.filter((text) => LABEL.test(text)).length;
  if (labelled >= OWN_STRUCTURE_AT_LEAST && 2 * labelled > paragraphs.length) return paragraphs.map(() => []);
  return paragraphs.map((text, p) => {
    if (MADE_BY.test(text)) return [finderSpan(text.length - text.trimStart().length, text.trimEnd().length, 'seo', true, { hidden: 'A note on how the text was made, left by the copier.', marked: '' })];
    const m = LABEL.exec(text);
    if (!m || WRITERS_LABEL.test(m[1] ?? '')) return [];
    // The line: the label and its first sentence (a notice glued before the writer's paragraph), or the label alone when it is the note.
    const after = text.slice(m[0].length);
    const stop = after.search(/[。！？!?](?![。！？!?”」])/u);
    const end = after.trim() === '' ? m[0].length : m[0].length + (stop < 0 ? after.length : stop + 1);
    const pairs = hanPairs(after.trim() === '' ? (m[1] ?? '') : text.slice(m[0].length, end));
    if (pairs.length < 4 || end - m[0].length > LONGEST) return [];
    // The page's topic is in the writer's text: other short bracketed lines (a farm pastes several, in the same words) are left out.
    const page = new Set(hanPairs([toSimplifiedForm(title), ...paragraphs.filter((other, q) => q !== p && !(LABEL.test(other) && other.trim().length <= LONGEST + 10)), text.slice(end)].join('\n')));
    const shared = pairs.filter((pair) => page.has(pair)).length;
    if (shared > SHARED_AT_MOST * pairs.length) return [];
    const start = text.length - text.trimStart().length;
    return [
      finderSpan(start, end, 'seo', p < paragraphs.length - 1 && text.slice(end).trim() === '' && FARM_VOICE.test(text.slice(start, end)), {
        hidden: "A bracketed line off the story's topic (a site's notice, an ad, a note), pasted into the article.",
        marked: 'Possibly a bracketed line pasted into the article, off its topic.',
      }),
    ];
  });
}
