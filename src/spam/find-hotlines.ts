/**
 * Family "seo", contacts of session 13: a Line or WhatsApp handle, and a hotline pasted after a
 * brand or a grey-market word (金沙娱乐客服热线：400…, 网贷咨询热线138…).
 *
 * Writers print both: a government's LINE account in a Taiwanese story, a consulate's WhatsApp
 * line, 12315 and 110, an airline's or a company's service number in a report. So:
 * - a Line ID with a handle of letters and digits (Line ID：yl8866, LINE：@bocai88) is hidden — a
 *   story names an account by its name, not by an ID with digits; a WhatsApp number is marked;
 * - a hotline is hidden only when its clause names the grey market before the label (a grey-market
 *   word of ./grey-words.ts, or a betting brand's 娱乐 / 葡京 / 赌场); a hotline glued into a sentence
 *   with no punctuation after it (…等。客服电话：020-…尤其是) is marked;
 * - a mobile or messenger number written in digit groups after a contact label (联系电话：138 1234
 *   5678, 微信 139-8888-6666, QQ：123 456 789; session 15) is hidden when glued into the article's
 *   words on both sides (志愿者们为[…]孩子们: no writer breaks a clause for a number), else marked;
 * - nothing inside quotation marks, and short service numbers (12315, 95539) are never read.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { isGreyWord } from './grey-words';
import { insideQuotes, isClausePunctuation } from './text-classes';
import type { SpamSpan } from './types';

const LINE_ID = /(?<![A-Za-z])(?:LINE|Line|line)\s?(?:ID|Id|id|账号|帐号|号)?\s?[:：]?\s?@?[A-Za-z][A-Za-z_.]*[0-9][A-Za-z0-9_.]{1,18}(?![A-Za-z0-9_])/gu;
const WHATSAPP = /(?<![A-Za-z])(?:WhatsApp|Whatsapp|whatsapp|WHATSAPP)\s?(?:号码?|账号)?\s?[:：]?\s?\+?[0-9][0-9 -]{6,16}[0-9]/gu;
/** A hotline: a label, then a 400 / 800 number, a landline with its area code, or a mobile number. */
const HOTLINE = /(?:热线|电话|专线|客服|咨询)(?:电话|热线|号码)?\s?[:：]?\s?((?:[48]00[- ]?\d{3}[- ]?\d{4}|0\d{2,3}-?\d{7,8}|1[3-9]\d[- ]?\d{4}[- ]?\d{4}))(?!\d)/gu;
/** A contact label, then a mobile number (or three groups of three) with a separator between its groups. */
const GROUPED = /(?:(?:联系|咨询|客服|服务)?(?:电话|手机|微信号?|QQ号?|qq|TEL|Tel|tel|VX|vx|WX|wx|热线)|客服|联系|咨询)\s?[:：]?\s?(?:1[3-9]\d([ .\-—]{1,2})\d{4}\1\d{4}|\d{3}([ .\-—]{1,2})\d{3}\2\d{3})(?![\d.-])/gu;

/** Betting brands' own words, beside the grey-market roots: X娱乐, 葡京, a casino. */
const BETTING_BRAND = /娱乐|葡京|赌场|博彩|体育平台|棋牌/u;

/** Where the first grey-market root of a hotline's lead starts, or -1. */
function firstGreyRoot(lead: string): number {
  // A root starts at i when a stretch from i holds one and the same stretch from i + 1 does not.
  for (let i = 0; i < lead.length; i++) for (let n = 1; n <= 4 && i + n <= lead.length; n++) if (isGreyWord(lead.slice(i, i + n)) && !isGreyWord(lead.slice(i + 1, i + n))) return i;
  return -1;
}

/** Where a hotline's hidden span starts in its lead: the grey root, or two Han characters before a brand's suffix. */
function greyStart(lead: string, greyAt: number, brand: RegExpExecArray | null): number {
  const brandAt = brand ? Math.max(0, brand.index - (/^\p{Script=Han}{2}$/u.test(lead.slice(Math.max(0, brand.index - 2), brand.index)) ? 2 : 0)) : lead.length;
  return Math.min(greyAt >= 0 ? greyAt : lead.length, brandAt);
}

/** [start of the clause around `at`, …]: back to the nearest clause punctuation. */
function clauseStart(text: string, at: number): number {
  let a = at;
  while (a > 0 && !isClausePunctuation(text.charAt(a - 1)) && text.charAt(a - 1) !== '\n') a--;
  return a;
}

export function findHotlines(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(LINE_ID)) {
    if (insideQuotes(text, m.index)) continue;
    // A handle ending in digits glued to the article's next word may have taken its figures
    // (…yl8866[7]月21日, dz9988[500]多位): then it is only marked.
    const sure = !/[0-9]$/u.test(m[0]) || !/^\p{Script=Han}/u.test(text.slice(m.index + m[0].length));
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', sure, { hidden: 'A Line ID with a handle, pasted in to sell.', marked: 'A Line ID with a handle: possibly pasted in.' }));
  }
  for (const m of text.matchAll(WHATSAPP)) {
    if (insideQuotes(text, m.index)) continue;
    spans.push(finderSpan(m.index, m.index + m[0].length, 'seo', false, { hidden: '', marked: 'A WhatsApp number: possibly pasted in.' }));
  }
  for (const m of text.matchAll(HOTLINE)) {
    if (insideQuotes(text, m.index)) continue;
    const end = m.index + m[0].length;
    const from = clauseStart(text, m.index);
    const lead = text.slice(from, m.index);
    const greyAt = firstGreyRoot(lead);
    const brand = BETTING_BRAND.exec(lead);
    const grey = greyAt >= 0 || brand !== null;
    // Glued: the paragraph's words go on right after the number, with no mark between.
    const glued = /^\p{Script=Han}/u.test(text.slice(end, end + 1)) && (from === 0 || /[。！？!?]/u.test(text.charAt(from - 1)));
    if (!grey && !glued) continue;
    spans.push(
      // From the grey word on (网贷咨询热线…), or the brand's two characters before its 娱乐 (金沙娱乐…):
      // what stands before them in the clause is the article's (与康师傅[网贷咨询热线…]).
      finderSpan(grey ? from + greyStart(lead, greyAt, brand) : m.index, end, 'seo', grey, {
        hidden: 'A hotline after a betting or grey-market word, pasted in to sell.',
        marked: 'A hotline glued into the text: possibly pasted in.',
      }),
    );
  }
  for (const m of text.matchAll(GROUPED)) {
    if (insideQuotes(text, m.index)) continue;
    const end = m.index + m[0].length;
    const glued = /\p{Script=Han}/u.test(text.charAt(m.index - 1)) && /\p{Script=Han}/u.test(text.charAt(end));
    spans.push(finderSpan(m.index, end, 'seo', glued, { hidden: 'A contact number in digit groups, glued into a sentence to sell.', marked: 'A contact number in digit groups: possibly pasted in.' }));
  }
  return spans.sort((x, y) => x.start - y.start);
}
