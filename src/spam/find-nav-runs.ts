/**
 * Family "seo": a site's navigation copied along with the article (session 22: QA21's breadcrumbs
 * and language switchers, 0% found) — a breadcrumb (首页 > 新闻 > 国内 > 正文, 当前位置：首页 » 财经)
 * and a language switcher (简体 | 繁體 | English, 中文 ▾, 【繁】【简】).
 *
 * Both are chains: short interface words joined by nothing but a separator (an arrow, a bar, a
 * slash, a dot), with no predicate, so the chain carries its own ends. A writer joins words with
 * 和, 、 or a verb (从首页进入新闻频道, 简体和繁体两个版本); a writer's arrow chain is a process
 * (生产→加工→销售), which neither starts at a site's home nor ends at its article page. So:
 * - a breadcrumb starts at the site's home (首页, 主页) or behind a location label (当前位置：), or
 *   runs by arrows to the article page's own name (… > 正文, › 详情): hidden;
 * - a switcher chains language names (two at least, one of them a script's or a language's full
 *   name, or the 简 / 繁 pair), or is a single one under a language label or over a drop-down's
 *   chevron, or a line of nothing but language names: hidden.
 * Glued to the writer's next word with no space, a chain's last item is read as short as it can be
 * (a section's name: two characters and its suffix; a language's name as listed).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { withClosingComma } from './closing-comma';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A breadcrumb's separators: arrows, chevrons, bars, slashes, dots. Arrows alone may make a chain by themselves. */
const ARROW = String.raw`(?:>>|&gt;|[>＞»›→])`;
const SEP = String.raw`\s*(?:${ARROW}|[/／|｜·•])\s*`;
const ITEM = String.raw`[\p{Script=Han}A-Za-z]{1,8}`;
/** Where the reader is: 当前位置：, 您的位置：, 您在这里：. */
const LOCATION = String.raw`(?:(?:您|你)?(?:当前)?(?:的)?(?:所在)?位置|您在这里)\s*[:：]\s*`;
/** A chain of items joined by separators, behind a location label or not. */
const CHAIN = new RegExp(String.raw`(${LOCATION})?(${ITEM})((?:${SEP}${ITEM}){1,6})`, 'gu');
const HOME = /(?:网站)?(?:首页|主页)$/u;
const FULL_HOME = /^(?:网站)?(?:首页|主页)$/u;
/** The article page's own name, where a breadcrumb ends. */
const LEAF = /^(?:正文内容|正文|详情|文章详情|内容|阅读)$/u;
/** A section's name read at a chain's glued edge: two characters and the suffix a section takes. */
const GLUED_SECTION = /^(?:正文内容|正文|文章详情|详情|内容|阅读|\p{Script=Han}{2}(?:频道|中心|资讯|新闻|专题|栏目)?)/u;
const GLUED_FIRST = /(?:(?:网站)?(?:首页|主页)|\p{Script=Han}{2}(?:频道|中心|资讯|新闻|专题|栏目)?)$/u;

/** Language names a switcher lists (simplified view: 繁體 reads 繁体). */
const LANGUAGE = String.raw`(?:简体中文|繁体中文|中文\s?[（(]\s?[简繁]体\s?[）)]|简体版|繁体版|中文版|英文版|简体|繁体|中文|(?<![A-Za-z])(?:English|ENGLISH|EN)(?![A-Za-z])|英文|日本语|日本語|한국어|[简繁中英日])`;
const LANGUAGE_SEP = String.raw`(?:\s*[|｜/／·•]\s*|\s+|\s*[】\]]\s*[【\[]\s*)`;
const LANGUAGE_LABEL = String.raw`(?:切换语言|选择语言|语言|Language|切换到|切换至)\s*[:：]?\s*`;
const CHEVRON = String.raw`\s*[▾▼∨⌄﹀]`;
const SWITCHER = new RegExp(
  String.raw`(?:${LANGUAGE_LABEL})?[【\[]?${LANGUAGE}(?:${LANGUAGE_SEP}${LANGUAGE})*[】\]]?(?:${CHEVRON})?`,
  'gu',
);
const LANGUAGE_ITEMS = new RegExp(LANGUAGE, 'gu');
/** What a language's name goes on to when it is the writer's word (繁体字, 简化, 中文系). */
const WORD_GOES_ON = /^[体字化转写系课版本]/u;

function breadcrumbs(text: string, add: (start: number, end: number, hidden: string) => void): void {
  for (const m of text.matchAll(CHAIN)) {
    const label = m[1] ?? '';
    let first = m[2] ?? '';
    let start = m.index;
    // The first item glued to the writer's words (or longer than a section's name): read as short as it can be.
    if (!label && (/[\p{Script=Han}A-Za-z]/u.test(text.charAt(start - 1)) || first.length > 4 || (HOME.test(first) && !FULL_HOME.test(first)))) {
      const short = GLUED_FIRST.exec(first)?.[0] ?? '';
      start += first.length - short.length;
      first = short;
    }
    let end = m.index + m[0].length;
    const items = (m[3] ?? '').split(new RegExp(SEP, 'u')).filter(Boolean);
    let last = items[items.length - 1] ?? '';
    // The last item glued to the writer's next word (or longer than a section's name): read as short as a section's name is.
    const leafGlued = /^(?:正文|详情|内容|阅读)./u.test(last) && !LEAF.test(last);
    if (/\p{Script=Han}/u.test(text.charAt(end)) || last.length > 4 || leafGlued) {
      // A long last word that is no page's name nor a section with its suffix (次级分类页) is no section: the chain ends before it.
      const named = /^(?:正文|详情|文章详情|内容|阅读)|^\p{Script=Han}{2}(?:频道|中心|资讯|新闻|专题|栏目)/u.test(last);
      // A guess (two characters of a longer run) stands only in a chain of three, or behind a location label: 首页 > 设置里找到了… is a writer's path.
      const guessed = !named && !leafGlued && /\p{Script=Han}/u.test(text.charAt(end));
      const short = named || leafGlued || (guessed && (label || items.length >= 2)) ? (GLUED_SECTION.exec(last)?.[0] ?? '') : '';
      end -= last.length - short.length;
      last = short;
    }
    const arrowsOnly = !/[/／|｜·•]/u.test(m[3] ?? '');
    if (!label && !HOME.test(first) && !(first && arrowsOnly && LEAF.test(last))) continue;
    // Pages named as kinds (分类页, 列表页) are a writer's account of a site's structure; a section is no page.
    if (items.some((item) => /页$/u.test(item) && !HOME.test(item))) continue;
    // A writer showing what a breadcrumb looks like (就像这样：首页>分类页>…) cites it.
    if (/(?:像|如|例如|比如|这样|如下|譬如)\s?[:：]?\s*$/u.test(text.slice(0, start))) continue;
    const crumbs = text.slice(start, end).replace(/[\s>＞»›→/／|｜·•]+$/u, '');
    // A chain is two items at least (她从首页 > 设置里找到了开关 is the writer's way through a menu).
    if (!/[>＞»›→/／|｜·•]|&gt;/u.test(crumbs.slice(label.length))) continue;
    add(start, start + crumbs.length, "A site's breadcrumb (where the page sits among its sections), copied along with the article.");
  }
}

function switchers(text: string, add: (start: number, end: number, hidden: string) => void, amidProse: boolean): void {
  for (const m of text.matchAll(SWITCHER)) {
    if (m[0].trim() === '') continue;
    const end = m.index + m[0].length;
    const names: string[] = m[0].match(LANGUAGE_ITEMS) ?? [];
    const labelled = new RegExp(`^${LANGUAGE_LABEL}`, 'u').test(m[0]) && /[:：]|切换/u.test(m[0]);
    const chevron = new RegExp(`${CHEVRON}$`, 'u').test(m[0]);
    const wholeLine = amidProse && m.index === 0 && text.slice(end).trim() === '' && names.some((n) => n.length >= 2);
    const chained = names.length >= 2 && (names.some((n) => n.length >= 2) || (names.includes('简') && names.includes('繁')));
    if (!chained && !labelled && !chevron && !wholeLine) continue;
    // A writer's word: the name goes on (繁体字), or a chain made only by spaces between Han words (中文 英文 is a list).
    if (WORD_GOES_ON.test(text.slice(end))) continue;
    if (!labelled && !chevron && !wholeLine && !/[|｜/／·•【[]/u.test(m[0]) && !/[A-Za-z한]/u.test(m[0])) continue;
    add(m.index, m.index + m[0].trimEnd().length, "A site's language switcher, copied along with the article.");
  }
}

/** `amidProse`: the paragraph stands between the writer's sentences, where a line of nothing but language names is a switcher (a word list has such lines too). */
export function findNavRuns(pageText: string, amidProse = false): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, hidden: string): void => {
    if (end > start) spans.push(finderSpan(start, withClosingComma(text, start, end), 'seo', true, { hidden, marked: '' }));
  };
  breadcrumbs(text, add);
  switchers(text, add, amidProse);
  return spans;
}
