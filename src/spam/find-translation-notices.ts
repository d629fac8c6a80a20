/**
 * Family "seo": a machine-translation notice the copied page carried — the platform's note that the
 * text is machine-made, with its disclaimer or its link to the original (session 22: QA21's
 * machine-translation notices, only marked): （本文由机器翻译，仅供参考）, 【机翻】, 以下内容为机器翻译，
 * 如有出入以原文为准, 自动翻译 · 查看原文.
 *
 * A writer tells of machine translation too (这份说明书显然是机器翻译的, 小说先由机器翻译初稿): there the
 * translation is another thing's, told in the writer's clause. A notice is about the text it stands
 * in — it says 本文 / 以下内容 / 译文, or it is only a tag in its own brackets — and it ends with its own
 * disclaimer (仅供参考, 以原文为准, 可能有误, 未经校对) or the reader's link (查看原文): an end of its
 * own, so it never takes the writer's clause glued after it.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A machine's translation: 机器翻译, 机翻, 自动翻译, AI 翻译, a translation engine by name. */
const MACHINE = '(?:机器翻译|机器译|机译|机翻|自动翻译|智能翻译|AI\\s?(?:自动|智能)?翻译|翻译(?:软件|工具|引擎)|(?:Google|谷歌|百度|有道|必应|Bing|DeepL)\\s?翻译)';
/** The notice's own end: its disclaimer, or the reader's link to the original. */
const DISCLAIMER =
  '(?:仅供参考|请?以原文为准|(?:可能|或)(?:存在|有)?(?:错误|误差|偏差|不准确|不通顺)(?:之处)?|未经(?:人工)?(?:校对|审校|审核)|如有(?:错误|出入|不当|偏差)[^，。！？!?\\n]{0,8}?(?:指正|为准|谅解|见谅)|敬请谅解|(?:点击)?(?:查看|显示|阅读)原文)';
/** The text it stands in, named: 本文, 以下内容, 译文 … */
const SELF = '(?:本文|本篇|全文|正文|译文|此文|此内容|该内容|以下内容|以上内容|以下|以上|内容)';
/** Where a notice may start: after the writer's mark, a closing quote or bracket, a space, or at the line's start. */
const AFTER = '[。！？!?；;，,“「”」）)］】\\s]';
/** A tag in its own brackets: the machine's word and nothing of a clause (no figure, no verb but the notice's). */
const TAG = new RegExp(`[（(【\\[〔［]\\s?(?:${SELF}\\s?(?:由|为|系|经|使用|采用)?\\s?)?${MACHINE}(?:[^（）()【】\\[\\]〔〕［］\\d\\n]{0,14})?[）)】\\]〕］]`, 'gu');
/**
 * A notice in the open: after the writer's mark, the text named, the machine and its disclaimer
 * (以下内容为机器翻译，如有出入以原文为准); or the machine first, set apart from the disclaimer by nothing
 * but a separator and the text named (自动翻译 · 查看原文) — with words between, it is a writer's clause
 * about a machine (谷歌翻译的结果仅供参考).
 */
const OPEN = new RegExp(
  `(?<=^|${AFTER})(?:${SELF}[^。！？!?，,\\n]{0,6}?${MACHINE}[^。！？!?\\n]{0,12}?|${MACHINE}\\s?(?:[，,、·•|｜/]\\s?)?(?:${SELF}|稿)?)${DISCLAIMER}`,
  'gu',
);
/** A notice that names the text and the machine and ends as its own sentence (本文为机器翻译稿。): its end is the stop. */
const NAMED = new RegExp(
  `(?<=^|${AFTER})${SELF}(?:由|为|系|经|是)${MACHINE}(?:(?:稿|版本)(?![件子本])|(?:版|文本|结果|生成|所译|完成)?(?=[。！!]|\\s*$)[。！!]?)`,
  'gu',
);
/** A credit line naming a machine as the translator, and no one as the proofreader: 翻译：AI 校对：暂无. */
const CREDIT = new RegExp(`(?<=^|${AFTER})(?:翻译|译者|译)\\s?[：:]\\s?(?:AI|机器|${MACHINE})(?:\\s?[|｜/]?\\s?(?:校对|审校|校审|编辑)\\s?[：:]\\s?(?:暂无|无|未校对|机器|AI))?(?![\\p{Script=Han}A-Za-z])`, 'gu');

const NAMED_OPEN = new RegExp(`(?<=^|${AFTER})${SELF}(?:由|为|系|经|是)${MACHINE}(?:稿|版本|版|文本)?`, 'gu');

export function findTranslationNotices(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, at: number): void => {
    // A comma right after a notice that stands after the writer's mark is the paste's own, and so is a stop after one that stands after a stop.
    const before = start === 0 ? '。' : text.charAt(start - 1);
    const own = (/^[，,]/u.test(text.slice(at)) && /[，,。！？!?；;“「]/u.test(before)) || (/^[。！!]/u.test(text.slice(at)) && /[。！？!?]/u.test(before));
    const end = own ? at + 1 : at;
    if (spans.some((s) => start < s.end && end > s.start)) return;
    spans.push(finderSpan(start, end, 'seo', true, { hidden: "A machine-translation notice carried over from the copied page.", marked: '' }));
  };
  for (const m of text.matchAll(TAG)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(OPEN)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(NAMED)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(CREDIT)) add(m.index, m.index + m[0].length);
  // Named, with no end of its own (glued before the writer's words): the words that say so, marked.
  for (const m of text.matchAll(NAMED_OPEN)) {
    if (spans.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', false, { hidden: '', marked: 'Possibly a machine-translation notice carried over from the copied page.' }));
  }
  return spans;
}
