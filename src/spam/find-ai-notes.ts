/**
 * Family "seo": a site's AI-summary box and AI-generation notice, copied along with the article
 * (session 22: QA21's AI-summary lines, 0% found) — AI摘要：本文讲述了…, 【AI总结】…, 🤖 AI解读 ▾,
 * 本文由AI生成，仅供参考, 以上内容由人工智能生成.
 *
 * Two shapes, both about this page, not about AI:
 * - a label: an AI word and a summary's act (AI摘要, AI导读, 智能摘要, AI划重点) standing as a label —
 *   in its brackets, before a colon or a bar, over a chevron, or as a line or clause by itself. The
 *   summary after a colon, up to its clause's end, is the box's too: hidden with the label when the
 *   box stands where a sentence starts and its summary ends at a mark; else the label is hidden and
 *   the summary marked (its end is unsure);
 * - a notice: this text (本文, 以上内容, 此内容, 本摘要) was made by AI (由…AI…生成/创作/改写/整理),
 *   with the caveat a site adds (仅供参考, 请注意甄别, 不代表本站观点): hidden.
 * A writer tells of AI tools (研究人员先用AI生成摘要, 这家公司的AI摘要功能): a person is the subject,
 * the AI word goes on into a noun (功能, 工具), and the text is no one's page.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { withClosingComma } from './closing-comma';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const AI = '(?:AI|Ai|人工智能|大模型|智能)';
const ACT = '(?:摘要|总结|导读|速览|解读|划重点|帮你读|提炼|概要|要点)';
/** A label: glyph, bracket, AI word, act, its closing bracket; then a colon, a bar, a chevron, or nothing more. */
const LABEL = new RegExp(
  `(?:[\\p{Extended_Pictographic}]\\uFE0F?\\s?)?[【〔\\[（(]?\\s?${AI}\\s?${ACT}\\s?[】〕\\]）)]?(?:(?:\\s?[:：｜|]|(?<=[】〕\\]）)]))\\s?([^，,。！？!?\\n\\s]{0,28})|\\s?[▾▼∨⌄﹀])?`,
  'gu',
);
/** The page's subject in a notice (this text, the content above or below, this summary). */
const THIS_TEXT = '(?:声明[:：]\\s?)?(?:本文|此文|本篇|以上内容|以下内容|以上|以下|本摘要|以下摘要|此内容|本内容|内容|全文)?(?:部分内容|部分)?';
const MADE = '(?:生成|创作|改写|整理|提炼|撰写|写作|合成|辅助创作|辅助写作|辅助|编写)';
const CAVEAT = '(?:\\s?[，,·]?\\s?(?:仅供参考|仅作参考|请注意甄别|请谨慎甄别|不代表本站观点|请以官方信息为准|已人工审核|如有错漏请谅解|如有错误请指正))*';
const NOTICE = new RegExp(
  `[（(【]?${THIS_TEXT}(?:由|为|借助|经|系|使用)?\\s?${AI}[\\p{Script=Han}A-Za-z\\s]{0,6}?${MADE}(?:的)?(?:内容)?${CAVEAT}[）)】]?|(?<=^|[，,。！？!?\\s【（(·|｜])${AI}\\s?${MADE}${CAVEAT}(?=$|[，,。！？!?\\s）)】·|｜])`,
  'gu',
);

export function findAiNotes(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const reasons = { hidden: "The copied page's AI-summary box or AI-generation notice, left in the article's text.", marked: 'Possibly an AI summary from the copied page.' };
  for (const m of text.matchAll(NOTICE)) {
    const own = /^[（(【]/u.test(m[0]) || /^(?:声明|本|此|以上|以下|内容|全文)/u.test(m[0]) || new RegExp(`${CAVEAT.slice(0, -1)}+$`, 'u').test(m[0]) && /仅|请|不代表|已|如有/u.test(m[0]);
    if (!own) continue;
    // A person made it (研究人员用AI生成): the writer's story.
    if (/[\p{Script=Han}]$/u.test(text.slice(0, m.index)) && !/^[（(【]|^(?:声明|本|此|以上|以下)/u.test(m[0])) continue;
    // A notice in its own brackets runs to its closing one (（此文由AI辅助撰写）).
    const close = /^[（(【]/u.test(m[0]) && !/[）)】]$/u.test(m[0]) ? /^[^（）()【】，。！？!?]{0,10}[）)】]/u.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0 : 0;
    spans.push(finderSpan(m.index, withClosingComma(text, m.index, m.index + m[0].trimEnd().length + close), 'seo', true, reasons));
  }
  for (const m of text.matchAll(LABEL)) {
    const end = m.index + m[0].length;
    const summary = m[1];
    const labelEnd = summary === undefined ? end : end - summary.length;
    const after = text.charAt(end);
    const bracketed = /^[\p{Extended_Pictographic}【〔[（(]/u.test(m[0]) || /[】〕\]）)]/u.test(m[0]);
    const standsAlone = /^(?:$|[，,。！？!?\s])/u.test(text.slice(labelEnd)) && /(?:^|[，,。！？!?\s“「])$/u.test(text.slice(0, m.index));
    if (summary === undefined && !bracketed && !/[▾▼∨⌄﹀]$/u.test(m[0]) && !standsAlone) continue;
    // The AI word going on into a noun (AI摘要功能) is the writer's.
    if (summary === undefined && /^\p{Script=Han}/u.test(text.slice(end)) && !bracketed && !/[▾▼∨⌄﹀]$/u.test(m[0])) continue;
    if (spans.some((s) => s.start <= m.index && s.end >= labelEnd)) continue;
    if (!summary?.trim()) {
      spans.push(finderSpan(m.index, withClosingComma(text, m.index, labelEnd), 'seo', true, reasons));
      continue;
    }
    spans.push(finderSpan(m.index, labelEnd, 'seo', true, reasons));
    const sentenceStart = /(?:^|[。！？!?\n…；;”」』）)\]］】]\s*)$/u.test(text.slice(0, m.index));
    // A box that is the whole line holds its summary to the line's end (【AI总结】…引发关注，多方回应).
    const rest = text.slice(labelEnd);
    const wholeLine = m.index === 0 && rest.length <= 40 && !/[。！？!?]./u.test(rest);
    const endsAtMark = wholeLine || after === '' || /[，,。！？!?\n\s]/u.test(after);
    const hide = sentenceStart && endsAtMark;
    const summaryEnd = wholeLine ? text.trimEnd().length : labelEnd + summary.trimEnd().length;
    spans.push(finderSpan(labelEnd, hide ? withClosingComma(text, m.index, summaryEnd) : summaryEnd, 'seo', hide, reasons));
  }
  return spans;
}
