/**
 * Family "jammer", markup leaks: HTML entities, tags, BBCode and template placeholders standing as visible text
 * (…责任。&nbsp;&nbsp;<br/>, '&quot;&gt;&lt;/div&gt;', [url=]点此进入[/url]). A page's own markup
 * is parsed, never shown, so in a text node it is the copier's broken template (QA19: 0 of 4 found),
 * and a link's anchor text between its tags goes with them.
 *
 * A writer shows markup only when writing about it: a tutorial (在 HTML 里，<br> 标签用来换行), a
 * forum's history, a story quoting what a user typed, code in a listing. A paragraph or headline
 * that speaks of markup, code or web pages, a paragraph with hardly any prose outside its markup
 * (a listing Dudong reads as text), and markup set apart by spaces inside a sentence are left as
 * they are, not even marked: a mark would call the writer's own example possibly inserted.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { findMarkdownMarks } from './markdown-marks';
import type { SpamSpan } from './types';

/** A named or numbered entity, once or twice escaped (&nbsp; &#160; &amp;nbsp;). */
const ENTITY = String.raw`&(?:amp;)?(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});`;
/** An HTML tag, opening, closing or empty, with attributes (<br/>, <p style="">, </div>). */
const TAG = String.raw`<\/?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s+[a-zA-Z:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>`;
/** A tag written with escaped brackets (&lt;/div&gt;). */
const ESCAPED_TAG = String.raw`&lt;\/?[a-zA-Z][^&<>。，]{0,40}?&gt;`;
/** A BBCode tag ([b], [/url], [color=red]). */
const BBCODE = String.raw`\[\/?[a-zA-Z][a-zA-Z0-9]{0,9}(?:=[^\[\]\s]{0,60})?\]`;
/**
 * A tag pair around a short anchor text ([url=]点此进入[/url], <a href="">更多</a>), or around a path or
 * address of any length (session 21, QA20: [img]upload/…/x.jpg[/img] lost only its tags).
 */
const PAIRED = String.raw`(?:\[([a-zA-Z][a-zA-Z0-9]{0,9})(?:=[^\[\]\s]{0,60})?\]|<([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,80})?>)(?:[^\[\]<>。！？!?\n]{1,20}|[\w./:%?=&#~+-]{1,300})(?:\[\/\1\]|<\/\2>)`;
/**
 * Session 21 (QA20: {{ad_banner_middle}} mid-sentence): a template's variable in its delimiters, as the
 * template languages write it ({{ x }}, {% x %}, {# x #}, ${x}, {$x}, %%X%%) or an HTML comment.
 */
const PLACEHOLDER = String.raw`\{\{\s?[A-Za-z_][\w.]{0,40}\s?\}\}|\{%\s?[A-Za-z_][\w. ]{0,40}?\s?%\}|\{#\s?[A-Za-z_][\w. ]{0,40}?\s?#\}|\$\{[A-Za-z_][\w.]{0,40}\}|\{\$[A-Za-z_][\w.]{0,40}\}|%%[A-Za-z_]\w{0,40}%%|<!--[^<>]{0,40}-->`;
const TOKEN = `(?:${PAIRED}|${ESCAPED_TAG}|${ENTITY}|${TAG}|${BBCODE}|${PLACEHOLDER})`;
const RUN = new RegExp(`${TOKEN}(?:[ \\u3000\\u00a0]*${TOKEN})*`, 'gu');
/** What makes a run markup for sure: an entity, an HTML tag, or a closing BBCode tag ([b] alone may be a label). */
const CERTAIN = new RegExp(`${ENTITY}|${TAG}|\\[\\/[a-zA-Z]|${PLACEHOLDER}`, 'u');
/** A text that speaks of markup: a tutorial or a story about web pages shows tags on purpose. */
/** Fewer Han characters than this outside the markup: a listing (code Dudong reads as text), not prose with a leak. */
const LISTING_PROSE = 6;
/** A character Markdown's marks are made of: a text without one pays nothing for them. */
const MARKDOWN_HINT = /[#*\]>|`_-]/u;
const ABOUT_MARKUP = /HTML|html|XML|CSS|BBCode|UBB|Markdown|markdown|标签|标记|代码|源码|网页|前端|转义|字符实体|写法|排版|编程|程序员|浏览器|模板|占位符|变量/u;

export function findMarkupLeaks(text: string, title = ''): SpamSpan[] {
  const runs = [...text.matchAll(RUN)].filter((m) => CERTAIN.test(m[0]));
  // Session 30: Markdown a rewriter or a chatbot wrote, shown as text (./markdown-marks.ts), under the same guard.
  const markdown = MARKDOWN_HINT.test(text) ? findMarkdownMarks(text) : [];
  if (runs.length === 0 && markdown.length === 0) return [];
  const prose = text.replace(RUN, '').match(/\p{Script=Han}/gu)?.length ?? 0;
  const aboutMarkup = ABOUT_MARKUP.test(toSimplifiedForm(`${title}\n${text}`));
  // Set apart by a space on both sides, as a writer sets code inside a Chinese sentence ("写 [b] 就能…").
  const quoted = (m: RegExpMatchArray): boolean => /\s$/u.test(text.slice(0, m.index)) && /^\s\S/u.test(text.slice((m.index ?? 0) + m[0].length));
  if (aboutMarkup) return [];
  // A listing is code (a paragraph of markup with hardly any prose); Markdown's marks alone on a line are a paste.
  if (prose < LISTING_PROSE) runs.length = 0;
  const reason = 'Web page markup (entities, tags or forum codes) shown as text: the copying site’s broken template.';
  const leaks = runs.filter((m) => !quoted(m)).map((m) => finderSpan(m.index, m.index + m[0].length, 'jammer', true, { hidden: reason, marked: reason }));
  return [...leaks, ...markdown.filter((s) => !leaks.some((l) => s.start < l.end && l.start < s.end))].sort((a, b) => a.start - b.start);
}
