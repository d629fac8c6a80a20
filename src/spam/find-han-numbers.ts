/**
 * Family "seo": a phone, QQ or WeChat number spelt in Han digits so that a filter looking for digit
 * runs does not see it (薇信：壹叁捌…, 扣扣 五六七八九〇一, 1三9…). Found by the number's shape, not a
 * list of numbers or brands.
 *
 * A run of Han digits is not itself proof: papers of the 1990s printed hotlines and postcodes in
 * Han digits (举报电话为六六○二○○○一, SIGHAN MSR's test set), and a child may count 一二三四五六七. So
 * ordinary Han digits are only marked. A number is hidden only where its spelling has no writer's
 * reason: financial digits (壹贰叁, written for sums, which always carry units: 壹万贰仟元) standing
 * as a bare run, Han and Arabic digits mixed in one number, or a disguised messaging label before
 * it (the labels of ./find-contact-ads.ts). Inside quotation marks nothing is hidden.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { DISGUISED_LABEL } from './find-contact-ads';
import { finderSpan } from './finder-span';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

const ORDINARY = '〇○零一二三四五六七八九幺';
/**
 * Financial digits 1–9, then 参 (the Simplified view's form of 參, a financial 3 in Traditional);
 * 参 alone does not make a run financial (一九九八参加 is a year and a verb).
 */
const FINANCIAL = '壹贰叁肆伍陆柒捌玖参';
const FINANCIAL_VALUE: Record<string, number> = { 参: 3 };
/** A run of digits of any kind (Arabic in both widths too), with at most one space, hyphen or dash between two. */
const RUN = new RegExp(`[${ORDINARY}${FINANCIAL}0-9０-９](?:[ \u3000\\-－—]?[${ORDINARY}${FINANCIAL}0-9０-９])+`, 'gu');
const SEPARATORS = /[ \u3000\-－—]/gu;
/**
 * A number only dialled, never counted or dated: a mainland mobile (eleven digits, 1 then 3–9) or a
 * 400/800 service line (ten digits). Papers printed landlines in Han digits (SIGHAN MSR's hotlines
 * have eight), never these: spelt in Han digits they only dodge a filter (QA19: 一五八 二六七三 …, 四零零—八八六—…).
 */
const DIAL_SHAPE = /^(?:1[3-9]\d{9}|[48]00\d{7})$/u;
/** What a dialled number's label may say before it (加盟热线：, 请拨打): hidden with it. */
const LABEL_LEAD = /(?:请|加盟|招商|商务合作|合作|代理|订\p{Script=Han}|预约|咨询|客服|售后|报名)+$/u;
/** A story about fraud quotes the lure's number as it was sent (诈骗短信写着“…”): only marked there. */
const FRAUD = /骗|诈|短信|广告|冒充|虚假|陷阱|警方|民警/u;
const HAN_DIGIT = new RegExp(`[${ORDINARY}${FINANCIAL}]`, 'u');
const FINANCIAL_DIGIT = /[壹贰叁肆伍陆柒捌玖]/u;
const ARABIC_DIGIT = /[0-9０-９]/u;
/** One or two Han digits ending a run right after an Arabic digit. */
const HAN_TAIL = new RegExp(`(?<=[0-9０-９][ \\-－]?)[${ORDINARY}${FINANCIAL}]{1,2}$`, 'u');
const HAN = /\p{Script=Han}/u;
/**
 * One or two Han digits opening a run, set apart by a space or a dash from the Arabic digits after
 * them, glued after a Han character: the end of the writer's word (作者：张三 2026-12-02, 第一 2025), not
 * a number's first digits — a disguised number runs its kinds together (1三9…).
 */
const HAN_HEAD = new RegExp(`^[${ORDINARY}${FINANCIAL}]{1,2}[ \u3000\\-－—](?=[0-9０-９])`, 'u');
/** A label for a number just before it: a phone, QQ or WeChat word, plain, with 号/：/a space after. */
const PLAIN_LABEL = /(?:电话|手机|热线|座机|联系|拨打|致电|微信|QQ|qq|号码)(?:号码?)?[:：]?\s?$/u;
const DISGUISED_BEFORE = new RegExp(`${DISGUISED_LABEL}(?:号码?|群)?[:：]?\\s?$`, 'u');
/** Units that make a run of Han digits a quantity or a date (三四五个, 一九九八年, 贰仟): not a number to dial. */
const UNIT_AFTER = /^[年月日号点个万亿千百十仟佰拾元岁次届]/u;

const value = (ch: string): number => {
  const ordinary = '〇一二三四五六七八九'.indexOf(ch);
  if (ordinary >= 0) return ordinary;
  if (ch === '○' || ch === '零') return 0;
  if (ch === '幺') return 1;
  const financial = FINANCIAL.indexOf(ch);
  if (financial >= 0) return FINANCIAL_VALUE[ch] ?? financial + 1;
  return Number(ch.normalize('NFKC'));
};

/** 一二三四五六七: counting, not a number (each digit one more, or one less, than the last). */
function isCounting(digits: string): boolean {
  const values = [...digits].map(value);
  const step = (values[1] ?? 0) - (values[0] ?? 0);
  return Math.abs(step) === 1 && values.every((v, i) => i === 0 || v - (values[i - 1] ?? 0) === step);
}

export function findHanNumbers(pageText: string): SpamSpan[] {
  // Matched on the Simplified form (same length), so 貳 參 陸 and 薇信's Traditional forms count too.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    const head = HAN.test(text.charAt(match.index - 1)) ? (HAN_HEAD.exec(match[0])?.[0].length ?? 0) : 0;
    const m = { index: match.index + head, 0: match[0].slice(head) };
    // A number in financial digits keeps to them (零 is one): an ordinary digit after it is the
    // article's own (…参加这[壹贰…]一公益活动).
    let run = FINANCIAL_DIGIT.test(m[0]) ? m[0].replace(/[〇○一二三四五六七八九幺]+$/u, '') : m[0];
    let digits = run.replace(SEPARATORS, '');
    // A mobile number is eleven digits: a twelfth Han digit glued after it is the article's (…一双布鞋).
    if (digits.length === 12 && /^[1一幺壹][3-9三四五六七八九叁肆伍陆柒捌玖]/u.test(digits) && HAN_DIGIT.test(run.slice(-1))) {
      run = run.slice(0, -1);
      digits = digits.slice(0, -1);
    }
    // An Arabic number with a Han digit or two glued after it, where a Han character follows: those
    // digits begin the article's next word (QQ群：283665112一些…), they are not the number's.
    const tail = ARABIC_DIGIT.test(run) && HAN.test(text.charAt(m.index + run.length)) ? HAN_TAIL.exec(run) : null;
    if (tail) {
      run = run.slice(0, tail.index);
      digits = run.replace(SEPARATORS, '');
    }
    if (!HAN_DIGIT.test(digits) || digits.length > 12 || UNIT_AFTER.test(text.slice(m.index + run.length))) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const label = DISGUISED_BEFORE.exec(before) ?? PLAIN_LABEL.exec(before);
    const disguisedLabel = DISGUISED_BEFORE.test(before);
    const labelled = label !== null;
    const financial = FINANCIAL_DIGIT.test(digits) && digits.length >= 5;
    const mixed = ARABIC_DIGIT.test(digits) && digits.length >= 6;
    const long = digits.length >= 7 && !isCounting(digits);
    if (!financial && !mixed && !long && !(labelled && digits.length >= 5)) continue;
    const dialled = DIAL_SHAPE.test([...digits].map(value).join(''));
    // A dialled number is hidden inside a speaker's quotation too, not in a story about fraud.
    const quoted = insideQuotes(text, m.index);
    const sentence = text.slice(Math.max(0, ...[...'。！？'].map((mark) => text.lastIndexOf(mark, m.index))), m.index);
    const hide = (dialled && !(quoted && FRAUD.test(sentence))) || ((financial || mixed || (disguisedLabel && digits.length >= 5)) && !quoted);
    // The label goes with its number (薇信：…, 加盟热线：…); a plain one too, as the mark covers what a reader would dial.
    let start = m.index - (label?.[0].length ?? 0);
    if (dialled) start -= LABEL_LEAD.exec(text.slice(0, start))?.[0].length ?? 0;
    spans.push(
      finderSpan(start, m.index + run.length, 'seo', hide, {
        hidden: 'A contact number spelt in Han digits to slip past filters.',
        marked: 'A number spelt in Han digits: possibly a pasted contact.',
      }),
    );
  }
  return spans;
}
