/**
 * Family "seo": a horoscope or almanac line a farm pastes into the story (session 22: QA21's
 * horoscope lines, only marked) — a sign (白羊座, 属马, 生肖龙) or the almanac, and the reader's
 * fortune in the widget's slots: a luck (财运, 桃花运, 综合运势), a lucky colour or number, a match, stars
 * (★★★☆, 4星), shares (爱情85%), the almanac's 宜… 忌….
 *
 * A writer tells of horoscopes too (星座运势类应用吸引了年轻用户, 不要迷信所谓的“今日运势”): one slot
 * named inside a sentence with a subject and a verb of the writer's. A line is two slots or more, with
 * none of the writer's report around it (相信, 专家, 应用, 用户 …). Hidden where its end is its own — a
 * slot that closes (a colour, a number, stars, a share), a stop or the line's end after a short
 * fortune of no word of the story's; marked where its last slot is open (宜理财 and the writer's words
 * glued on after it).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const SIGN = '(?:(?:白羊|金牛|双子|巨蟹|狮子|处女|天秤|天平|天蝎|射手|摩羯|水瓶|双鱼)座|(?:属|生肖)(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪))';
/** Slots whose value ends the slot: stars, N星, a lucky colour or number, a match, a share. */
const CLOSED_SLOT = `(?:[★☆]{3,}|\\d(?:\\.\\d)?\\s?星(?!座)|幸运(?:颜?色)\\s?[：:]\\s?[红橙黄绿青蓝紫白黑灰粉金银棕咖米]{1,2}色?|幸运数字\\s?[：:]\\s?\\d{1,2}(?:[、,，]\\d{1,2})*|速配(?:星座)?\\s?[：:]\\s?${SIGN}|(?:爱情|财运|事业|健康|学业|工作)(?:运|指数)?\\s?\\d{1,3}%)`;
/** Slots that open a fortune told in words: a luck, the almanac's 宜 / 忌, a sign's lucky thing. */
const OPEN_SLOT = `(?:(?:综合|整体|今日|本周|本月|每日|明日)?(?:运势|运程|星运)|(?:财运|桃花运|事业运|爱情运|感情运|健康运|贵人运|学业运|工作运|偏财运|正财运)|(?<![\\p{Script=Han}])宜\\s?[：:]?|(?<=\\s|^|[：:，,])忌\\s?[：:]?|幸运(?:物|方位|饰品|花)|老?黄历|今日冲)`;
const SLOT = new RegExp(`${SIGN}|${CLOSED_SLOT}|${OPEN_SLOT}`, 'gu');
const CLOSED = new RegExp(`^${CLOSED_SLOT}$`, 'u');
/** A label over the line: 【星座】, 今日运势：, 生肖运势｜. */
const LABEL = /[【[〔]\s?[^【】[\]〔〕\n]{0,6}(?:星座|星运|运势|黄历|运程)[^【】[\]〔〕\n]{0,4}[】\]〕]\s?$/u;
/** The writer's report about horoscopes around the slots. */
const REPORT = /相信|迷信|专家|心理|应用|软件|APP|App|app|用户|年轻人|调查|研究|网友|所谓|类|表示|认为|提醒|据|记者|报道|节目|主播|博主|算命|占卜|测算|骗/u;
/** Where a line may start: after the writer's mark, a closing quote or bracket, a space, or the line's start. */
const START = /[。！？!?；;，,“「”」）)］】\s]/u;
/** A told fortune after an open slot, to the line's end: short. */
const SHORT_FORTUNE = 12;

export function findHoroscopeLines(pageText: string, page = ''): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const slots = [...text.matchAll(SLOT)];
  const spans: SpamSpan[] = [];
  const reasons = { hidden: 'A horoscope or almanac line pasted into the article.', marked: 'Possibly a horoscope or almanac line pasted into the article.' };
  for (let k = 0; k < slots.length; k++) {
    // Slots close together (no stop between, at most a dozen characters apart) are one line.
    const run = [slots[k] as RegExpExecArray];
    while (k + 1 < slots.length) {
      const last = run.at(-1) as RegExpExecArray;
      const next = slots[k + 1] as RegExpExecArray;
      const gap = text.slice(last.index + last[0].length, next.index);
      if (gap.length > 12 || /[。！？!?\n]/u.test(gap)) break;
      run.push(next);
      k++;
    }
    const kinds = new Set(run.map((m) => (new RegExp(`^${SIGN}$`, 'u').test(m[0]) ? 'sign' : m[0].replace(/\s|[：:\d.%★☆]/gu, ''))));
    if (kinds.size < 2) continue;
    const first = run[0] as RegExpExecArray;
    const lastSlot = run.at(-1) as RegExpExecArray;
    // The line starts at its label, else at the writer's mark before its first slot (a few words of the fortune's between).
    const lead = text.slice(Math.max(0, first.index - 12), first.index);
    const label = LABEL.exec(lead);
    const mark = [...lead].map((ch, i) => (START.test(ch) ? i + 1 : -1)).filter((i) => i >= 0).at(-1);
    // A first slot that is the line's own label (今日运势：) starts it even glued after the writer's words.
    const labelled = /^[：:]/u.test(text.slice(first.index + first[0].length)) && !CLOSED.test(first[0]);
    // Words between the writer's mark and the first slot are the line's only when two at most (本周, 生肖): more may be the writer's.
    const fromMark = mark !== undefined && lead.length - mark <= 2 ? first.index - lead.length + mark : -1;
    const start = label ? first.index - lead.length + label.index : fromMark >= 0 ? fromMark : first.index === 0 || labelled || CLOSED.test(first[0]) || new RegExp(`^${SIGN}$`, 'u').test(first[0]) ? first.index : -1;
    if (start < 0) continue;
    let end = lastSlot.index + lastSlot[0].length;
    let sure = CLOSED.test(lastSlot[0]);
    if (!sure) {
      // An open slot's fortune runs to its stop (宜理财, 桃花运旺，注意控制情绪): certain at the line's end or its own stop
      // when short and none of it the story's words; else the writer's clause may be glued on: marked.
      const whole = /^[^。！？!?\n]*[。！？!?]?/u.exec(text.slice(end))?.[0] ?? '';
      // Short, it may hold a comma (工作顺利，感情平稳); long, only its first clause is marked, not the writer's sentence.
      const rest = whole.length <= SHORT_FORTUNE ? whole : (/^[^，,。！？!?\n]*/u.exec(whole)?.[0] ?? '');
      const words = rest.replace(/[^\p{Script=Han}]/gu, '');
      const story = [...words].slice(1).some((ch, i) => page.includes(`${words.charAt(i)}${ch}`));
      // A stop ends the writer's sentence glued after as well as the fortune: only the line's end is certain.
      sure = rest.length <= SHORT_FORTUNE && !story && end + rest.length >= text.trimEnd().length;
      end += rest.length;
    }
    if (REPORT.test(text.slice(start, end))) continue;
    // The widget's form — a slot that closes, a label over it, a slot with its colon (运势：…), both 宜 and 忌 — or a
    // sign and a luck in the writer's sentence (天蝎座的小李每天都看星座运势): marked only.
    const widget = Boolean(label) || /^[【[〔][^【】[\]〔〕\n]{1,8}[】\]〕]/u.test(text.slice(start)) || run.some((m) => CLOSED.test(m[0]) || /[：:]/u.test(m[0]) || /^[：:]/u.test(text.slice(m.index + m[0].length))) || (kinds.has('宜') && kinds.has('忌'));
    spans.push(finderSpan(start, end, 'seo', sure && widget, reasons));
  }
  return spans;
}
