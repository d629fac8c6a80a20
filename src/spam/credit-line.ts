/**
 * Session 30: a line made of nothing but a news site's own credit fields — where the story came from, who wrote,
 * edited and checked it, when it was posted (来源：江城日报 编辑：李明, 发布时间：2024-08-26 09:15 来源：新华社
 * 责任编辑：王芳). A site prints it above or below its story; it is the real page's, not pasted, so a finder that reads
 * a line by its fields and labels (./find-outsider-lines.ts) marks it at most. QA29 (never-seen, described by shape):
 * a real site's source-and-editor line outside the story text was hidden on 3 guard pages (31 characters) once the
 * outsider finder read a labelled field as a site's mark (session 29); it had been marked before.
 *
 * What a farm writes in such a line tells it apart: its source is "the web" (来源：网络综合, 图片来源于网络), and it adds
 * a request or a notice (转载请注明出处, 侵删) — a field no credit line has. Those lines are not credit lines here.
 */

import { isFromTheNet } from './nobody-credit';

/** The labels of a credit field: the source, the byline, the desk, the time. */
const LABEL =
  /^(?:文章|本文|新闻|稿件|信息|资料|資料|图片|圖片)?(?:来源|來源|稿源|出处|出處|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|实习编辑|審核|审核|审校|審校|校对|校對|终审|終審|初审|复审|监制|監製|统筹|統籌|美编|美編|通讯员|通訊員|摄影|攝影|撰文|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[：:]\s*/u;
/** A byline's role set off by a bar or a slash before a name (文｜李四, 编辑/王五). */
const BAR_LABEL = /(^|[\s\u3000])(文|图|文图|摄影|撰文|编辑|责编|作者|记者)\s?[｜|/／]\s?(?=\p{Script=Han})/gu;
/** The label a bar's role stands for (文 is the writer's, 图 the photographer's). */
const BAR_ROLE: Record<string, string> = { 文: '撰文', 图: '摄影', 文图: '撰文' };
/** 文/图 (words and pictures by) before a space and a name. */
const WORDS_AND_PICTURES = /(^|[\s\u3000])(?:文\s?[/／]\s?图|图\s?[/／]\s?文)\s+(?=\p{Script=Han})/gu;
/** Role words a byline puts before a name with no colon (记者 张华, 通讯员 李四). */
const ROLE = /^(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|本报记者|本報記者)$/u;
const DATE = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日)$/u;
const CLOCK = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;
/** A value: a name, an outlet or a date, short, with no sentence in it and nothing said to the reader. */
const VALUE = /^[^，,。！？!?；;你您请請]{1,14}$/u;
const SEPARATORS = /[\s\u3000|｜/·•【】[\]（）()；;]+/u;
const MAX_LINE = 90;

/** Whether `text` (a line) is made of nothing but a site's credit fields, with at least one labelled field. */
export function isCreditLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > MAX_LINE || /[。！？!?]./u.test(line)) return false;
  // A date written with slashes (2026/12/02) is one date, not three values split at the slash (session 31).
  // Session 32: a byline's role set off by a bar or a slash, or 文/图 before a space (文｜李四 编辑｜王五, 文/图 张三), is a label.
  const labelled = line.replace(BAR_LABEL, (_, before: string, role: string) => `${before}${BAR_ROLE[role] ?? role}：`).replace(WORDS_AND_PICTURES, '$1撰文：');
  const tokens = labelled.replace(/[。]$/u, '').replace(/(\d{4})\/(\d{1,2})\/(\d{1,2})/gu, '$1-$2-$3').split(SEPARATORS).filter(Boolean);
  let labels = 0;
  // After a label or a role word, up to three bare values (a name list: 记者 张华 李明).
  let values = -1;
  for (const token of tokens) {
    const label = LABEL.exec(token);
    if (label) {
      const value = token.slice(label[0].length);
      if (value && !VALUE.test(value)) return false;
      if (/^(?:文章|本文|新闻|稿件|信息|资料|資料|图片|圖片)?(?:来源|來源|稿源|出处|出處)/u.test(token) && isFromTheNet(value)) return false;
      labels++;
      values = value ? 1 : 0;
      continue;
    }
    if (ROLE.test(token)) {
      values = 0;
      continue;
    }
    if (DATE.test(token) || CLOCK.test(token)) continue;
    if (values < 0 || values >= 3 || !VALUE.test(token) || isFromTheNet(token)) return false;
    values++;
  }
  return labels > 0;
}

const LABELS_ANYWHERE = new RegExp(LABEL.source.slice(1), 'gu');
const CLOCKS_ANYWHERE = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/gu;

/**
 * Session 31: a credit line whose every colon is a credit label's or a clock's: a bare value with a label of its own
 * (来源：江城晚报 更多精彩：<a link>) is another kind of field, which isCreditLine reads as a value.
 */
export function isPlainCreditLine(text: string): boolean {
  return isCreditLine(text) && !/[：:]/u.test(text.replace(CLOCKS_ANYWHERE, '').replace(LABELS_ANYWHERE, ''));
}
