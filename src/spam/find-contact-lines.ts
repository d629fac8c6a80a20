/**
 * Family "seo", contact lines (session 22): a channel's label and a number or handle that speak to
 * the reader (有意者请联系 电话：138…, 客服QQ 3 1 2 7 …, 加V：ab6849（微信同号）, 手机一三八…).
 *
 * Writers print numbers too: 12345 and 110 in a story, a police line's or a company's number the
 * reporter rang (警方公布了举报电话0571-…, 记者拨打该公司客服电话). What they do not do is ask the
 * reader to get in touch for a deal, break their own clause for a number, or spell a number so a
 * filter cannot read it. So a contact is read by its *shape* and by *who speaks*:
 * - its value: a mobile number (whole, in groups, with dots), a QQ number, a handle of letters and
 *   digits, or an organisation's landline or 400 line; short service numbers (110, 12345, 95xxx) are
 *   never read;
 * - hidden where no writer puts it: a number spelt in Han digits or spaced digit by digit, or behind
 *   a label spelt to dodge a filter (加V, 威信; only an evader writes those); a personal number or handle whose clause says nothing but the
 *   come-on (nothing before the label, or 有意者 / 需要的朋友 / 请 / 欢迎 … and a verb of getting in
 *   touch), or whose tail speaks to the reader (同号, 在线, 随时, 来电);
 * - marked where a writer's clause stands before it (他的手机号…被泄露: the reader judges), and an
 *   organisation's line only where it stands alone with its label or is glued into the writer's
 *   words (an event's 报名电话 after the writer's clause is the writer's);
 * - nothing inside quotation marks (a fraud story quotes the bait).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A channel's label: phone, WeChat, QQ, service, the letters and homophones a farm uses for them. */
const LABEL =
  '(?:(?:联系|咨询|客服|服务|预约|报名|订购|商务|业务)?(?:电话|手机号?|座机|热线|微信号?|QQ号?|qq号?|TEL|Tel|tel|[VvWw][Xx])|客服|联系方式|联系人|[威薇]信号?|[VvＶ]信|加[VvＶ微威薇]|扣扣)';
/** Labels spelt to dodge a filter (加V, V信, 威信, 扣扣, vx): no writer names a channel so. */
const DISGUISED = /^(?:加[VvＶ微威薇]|[VvＶ]信|[威薇]信|扣扣|[VvWw][Xx])/u;
/** Labels of a messenger, where an id of digits alone is a QQ number or a WeChat id. */
const MESSENGER = /QQ|qq|扣扣|信|[VvWw][Xx]|加/u;
/** What may stand between a label and its value. */
const JOIN = '\\s?[:：]?\\s?';
const HAN_DIGIT = '[〇零一二三四五六七八九幺]';
/** Values spelt so a filter cannot read them: Han digits (in groups or not), or digits spaced one by one. */
const SPELT = `${HAN_DIGIT}{3}\\s?${HAN_DIGIT}{4}\\s?${HAN_DIGIT}{4}|${HAN_DIGIT}{6,11}|(?:[0-9] ){5,10}[0-9]`;
/** A mobile number: whole, in 3-4-4 groups (space, dot or dash), or a handle of letters and digits. */
const PERSONAL = '1[3-9][0-9](?<sep>[ .\\-])?[0-9]{4}\\k<sep>?[0-9]{4}|[A-Za-z][A-Za-z_]{0,9}[0-9]{3,8}';
/** Digits alone, after a messenger's label. */
const DIGITS_ID = '[1-9][0-9]{5,10}';
/** An organisation's line: a landline with its area code, a 400 / 800 number. */
const ORGANISATION = '0[0-9]{2,3}-?[0-9]{7,8}|[48]00-?[0-9]{3}-?[0-9]{4}';
const CONTACT = new RegExp(
  `(?<![A-Za-z])(?<label>${LABEL})${JOIN}(?:(?<spelt>${SPELT})|(?<personal>${PERSONAL})|(?<organisation>${ORGANISATION})|(?<digits>${DIGITS_ID}))(?![0-9A-Za-z_])`,
  'gu',
);

/**
 * What a farm says to the reader before its label: who it wants (有意者, 需要的朋友, 感兴趣的, 想…的,
 * 如有需要) and a verb of getting in touch (请联系, 咨询, 加, 找 …), in any order, nothing else. 可拨打 and 致电
 * are how a writer points the public to a line (如有疑问，可拨打咨询电话…): not a come-on.
 */
const COME_ON = /(?:(?:有意者?|需要的?|如有需要|感兴趣的?|想[\p{Script=Han}]{1,4}的|欲[\p{Script=Han}]{1,3}者?|详情|更多)(?:朋友|小伙伴|亲们?|客户|老板)?|请|欢迎|敬请|合作|商务|洽谈|预约|联系|联络|咨询|详询|添加|加|找|私信|私聊)+$/u;
/** A contact's tail that speaks to the reader: the number is also WeChat's, someone answers at any hour. */
const TAIL = /^[（(]?(?:微信|电话|手机)?同(?:号|微|步)[）)]?|^[，,\s]?(?:(?:24小时|全天候?|随时)(?:在线|服务|接听|恭候|联系|咨询|可约)?|欢迎(?:来电|咨询|联系|垂询|致电))/u;
const HAN = /\p{Script=Han}/u;
/** A clause mark before a lead (the lead is what stands between it and the label). */
const MARK = /[，,。！？!?；;：:\n“”「」（）()【】［］、]/u;

export function findContactLines(pageText: string): SpamSpan[] {
  // Read on the Simplified form with ASCII digits (same length): 電話, １３８ count too.
  const text = toSimplifiedForm(pageText).replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(CONTACT)) {
    if (insideQuotes(text, m.index)) continue;
    const { label = '', spelt, personal, organisation, digits } = m.groups ?? {};
    if (digits && !MESSENGER.test(label)) continue;
    // A landline behind a messenger's label (加V：0755-…) is no organisation's line: read it as a person's.
    const personalLine = personal || digits || (organisation && MESSENGER.test(label));
    let clauseAt = m.index;
    while (clauseAt > 0 && !MARK.test(text.charAt(clauseAt - 1))) clauseAt--;
    const lead = text.slice(clauseAt, m.index);
    // The come-on is the lead's end that says nothing but it; the rest of the lead is the writer's.
    const comeOn = COME_ON.exec(lead)?.[0] ?? '';
    const addressed = comeOn.length === lead.length;
    let end = m.index + m[0].length;
    const tail = personalLine || spelt ? TAIL.exec(text.slice(end)) : null;
    if (tail) end += tail[0].length;
    // Glued: the writer's words go on right after the number, with no mark between.
    const glued = HAN.test(text.charAt(end));
    const start = m.index - (addressed ? comeOn.length : 0);
    let hide: boolean;
    if (spelt) hide = true;
    // Glued into the writer's clause, a whole number may be the writer's own (他的手机号…被泄露): marked.
    else if (personalLine) hide = addressed || tail !== null || DISGUISED.test(label);
    else if (addressed || glued) hide = false;
    else continue;
    // The line's own closing mark goes with it where it stands as a clause of its own.
    if (start === clauseAt && /[，,。！!]/u.test(text.charAt(end))) end++;
    spans.push(
      finderSpan(start, end, 'seo', hide, {
        hidden: 'A contact line speaking to the reader, pasted in to sell.',
        marked: 'A contact number with its label: possibly pasted in.',
      }),
    );
  }
  return spans;
}
