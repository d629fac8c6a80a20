/**
 * Markdown shown as text (session 30, issue 12: QA29 / GATE29 had markdown residue, never hidden nor marked): a
 * rewriter or a chatbot writes Markdown, and the copier pastes it into a page that does not render it. Read by
 * ./find-markup-leaks.ts, which leaves a text about markup alone. The marks are hidden where their form is exact
 * and no writer of Chinese prose types it; the words they carry (a link's or a heading's text, a bold label) may
 * be the writer's, so those are only marked:
 * - an image, ![alt](address): hidden whole;
 * - a link, [text](address): the brackets and address hidden, the text marked;
 * - bold, **text**: the stars hidden, the text marked;
 * - a heading's hashes (## , ### ) where a paragraph or sentence starts: hidden, its short text marked — not a
 *   hashtag (#话题#, one hash glued to its words);
 * - a quote's > where a paragraph or sentence starts, a task box (- [ ] ), a code fence (```), a rule (---, * * *,
 *   ___), a table's rule row (|---|---|): hidden; a table's row (| 项目 | 数值 |) marked, hidden beside a rule row.
 */
import type { SpamSpan } from './types';
import { finderSpan } from './finder-span';

const REASONS = { hidden: 'Markdown marks shown as text, left by the rewriting tool or the copying site.', marked: 'Possibly Markdown text left by the rewriting tool or the copying site.' };
/** Where a paragraph or a sentence starts (a heading's or a quote's mark stands there). */
// Not after any space: 甲 > 乙 compares, and a writer may set a single # apart.
const STARTS = String.raw`(?:^|(?<=[。！？!?；;…”」』]\s?))`;

const IMAGE = /!\[[^\]\n]{0,40}\]\([^)\s]{1,200}\)/gu;
const LINK = /(?<!!)\[([^\]\n]{1,30})\]\(((?:https?:\/\/|www\.|\/|\.\/|#)[^)\s]{0,200})\)/gu;
const BOLD = /\*\*([^*\n]{1,40}?)\*\*/gu;
const HEADING = new RegExp(`(?:(?<![#\\w])(#{2,6}[ \\u3000])|${STARTS}(#{2,6}[ \\u3000]?|#[ \\u3000]))(?=[^#\\s])([^。！？!?，,\\s#]{0,16})`, 'gu');
const QUOTE = new RegExp(`${STARTS}>[ \\u3000]?(?=[\\p{Script=Han}*“「【(（])`, 'gu');
const TASK = /(?<![\w])[-*+][ \u3000]\[[ xX]\][ \u3000]?/gu;
const FENCE = /```[a-zA-Z]{0,12}/gu;
const RULE = /(?<![\w*_-])(?:-{3,}|_{3,}|\*(?: \*){2,}|-(?: -){2,})(?![\w*_-])/gu;
const TABLE_RULE = /\|?(?:[ \u3000]*:?-{3,}:?[ \u3000]*\|){2,}/gu;
const TABLE_ROW = /\|(?:[^|\n]{1,20}\|){2,}/gu;

export function findMarkdownMarks(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  const hide = (start: number, end: number): void => void spans.push(finderSpan(start, end, 'jammer', true, REASONS));
  const mark = (start: number, end: number): void => void (end > start && spans.push(finderSpan(start, end, 'jammer', false, REASONS)));
  for (const m of text.matchAll(IMAGE)) hide(m.index, m.index + m[0].length);
  for (const m of text.matchAll(LINK)) {
    const textEnd = m.index + 1 + (m[1]?.length ?? 0);
    hide(m.index, m.index + 1);
    mark(m.index + 1, textEnd);
    hide(textEnd, m.index + m[0].length);
  }
  for (const m of text.matchAll(BOLD)) {
    const end = m.index + m[0].length;
    hide(m.index, m.index + 2);
    mark(m.index + 2, end - 2);
    hide(end - 2, end);
  }
  for (const m of text.matchAll(HEADING)) {
    const hashes = m[1] ?? m[2] ?? '';
    hide(m.index, m.index + hashes.length);
    mark(m.index + hashes.length, m.index + m[0].length);
  }
  for (const pattern of [QUOTE, TASK, FENCE, RULE]) for (const m of text.matchAll(pattern)) hide(m.index, m.index + m[0].length);
  const rules = [...text.matchAll(TABLE_RULE)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [a, b] of rules) hide(a, b);
  for (const m of text.matchAll(TABLE_ROW)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (rules.some(([ra, rb]) => a < rb && ra < b)) continue;
    // A row beside a rule row is a table's for sure; a row alone may be a site's links set apart by bars.
    if (rules.length) hide(a, b);
    else mark(a, b);
  }
  return withoutOverlaps(spans);
}

/** Spans in order, none inside another (an image's brackets are no link, a rule row no table row). */
function withoutOverlaps(spans: SpamSpan[]): SpamSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SpamSpan[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}
