/**
 * Family "seo": a farm's contact and offer strings pasted as plain text — a messaging handle with
 * its label (薇信：abc123, 加V ab8899, QQ群5566778), a sign-up bonus (注册送88元), a mobile number
 * beside a sales word (下款快 13912345678). Found by shape, not by a list of brands or games.
 *
 * Writers print contacts too (a newspaper's WeChat account, a hotline), and news about fraud quotes
 * the bait (骗子以“注册即送88元”为诱饵). So a handle or offer inside quotation marks is left alone
 * (the quoted bait of news on fraud was most of this finder's marks on the guard text), a shape a
 * writer could use is only marked, and a shape is hidden only where no writer puts it: a handle
 * behind a *disguised* label (a homophone or a letter for 微信, which only evades filters), or an
 * offer standing as a clause of its own.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { insideQuotes, isClausePunctuation, isSentenceEnd } from './text-classes';
import type { SpamSpan } from './types';

/** Spellings of 微信 / QQ / Telegram that dodge a keyword filter: homophones, letters, slang. */
export const DISGUISED_LABEL = '(?:[威薇徽嶶]信|[VvＶｖ]信|[VvWw][Xx]|加[VvＶｖ]|扣扣|企鹅号|纸飞机|[Tt]elegram)';
const PLAIN_LABEL = '(?:微信|QQ|qq)';
/** A handle: letters, digits, _ and -, 5–20 long, not glued to more of them (QQ2013 is a version). */
const HANDLE = '[:：]?\\s?@?[A-Za-z0-9][A-Za-z0-9_-]{4,19}(?![A-Za-z0-9_])';
const CONTACT = new RegExp(`(?<![A-Za-z])(${DISGUISED_LABEL}|${PLAIN_LABEL})(?:号码?|群|账号)?${HANDLE}`, 'gu');
const DISGUISED = new RegExp(`^${DISGUISED_LABEL}`, 'u');
/** A contact ./findContactAds already takes (纸飞机, Telegram are among its disguised labels). */
const CONTACT_AT = new RegExp(`^(?:${DISGUISED_LABEL}|${PLAIN_LABEL})`, 'u');
/**
 * Slang for Telegram and WeChat (飞机, TG, 电报, 薇 …) is an everyday word or a name's character, so
 * it counts only before a handle no writer types after such a word: an @handle, or a lower-case
 * handle with digits (电报：kf8899). 乘坐飞机CA1234 (a flight), 飞机A320neo (a model) and 张薇2019 stay.
 */
const SLANG_LABEL = '(?:纸飞机|小飞机|飞机|[Tt][Gg]|电报|[Tt]elegram|[Ww]hats[Aa]pp|蝙蝠|土豆|企鹅|薇|扣)';
const SLANG_CONTACT = new RegExp(
  `(?<![A-Za-z])(?:联系|添加|加|找|私聊|私信)?${SLANG_LABEL}(?:号码?|账号)?[:：]?\\s?(?:@[A-Za-z0-9_]{4,20}|[a-z][a-z_]*[0-9][A-Za-z0-9_]{2,18})(?![A-Za-z0-9_])`,
  'gu',
);

/** A bonus for signing up or paying in, with its sum: 注册送88元, 首存100送100, 充值返5%. */
const OFFER = new RegExp(
  '(?:注册|首充|首存|充值|存款|开户|下载|新用户|新会员)[0-9０-９]{0,5}(?:就|即|即可|立|立即|可|再)?(?:送|领|领取|得|返|赠|赠送)' +
    // A sum in digits may stand bare (首存100送100); one in words needs its unit (新用户领一份 is no offer).
    '(?:[0-9０-９]+(?:\\.[0-9]+)?(?:元|块|彩金|红包|现金|%|％|积分)?|[一二三四五六七八九十百千万两]+(?:元|块|彩金|红包|现金))',
  'gu',
);

/** A mainland mobile number, whole or in 3-4-4 groups. */
const MOBILE = /(?<![0-9０-９])1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9０-９])/gu;
/** Words that sell beside a number (a loan, a service, a deal); a hotline's 咨询 or 举报 is not among them. */
const SALES = /办理|代办|贷款|借款|下款|放款|包过|出售|收购|回收|加盟|代理|兼职|刷单|套现|办证|代开|发票|同号|微信/u;

/** [start, end) of the clause around [start, end): up to the nearest clause punctuation either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isClausePunctuation(text.charAt(a - 1)) && text.charAt(a - 1) !== '\n') a--;
  let b = end;
  while (b < text.length && !isClausePunctuation(text.charAt(b)) && text.charAt(b) !== '\n') b++;
  return [a, b];
}

/** [start, end) of the sentence around [start, end): up to the nearest 。！？ or line end either side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const stop = (ch: string): boolean => isSentenceEnd(ch) || ch === '\n';
  let a = start;
  while (a > 0 && !stop(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !stop(text.charAt(b))) b++;
  return [a, b];
}

const span = (start: number, end: number, tier: SpamSpan['tier'], reason: string): SpamSpan => ({
  start,
  end,
  family: 'seo',
  confidence: tier === 'hidden' ? 0.9 : 0.6,
  tier,
  reason,
});

export function findContactAds(pageText: string): SpamSpan[] {
  // Matched on the Simplified form (same length), so 註冊送 and 薇信 in Traditional count too.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(CONTACT)) {
    // Inside quotation marks a handle is the bait a story quotes (添加“薇信ab12345”): not even marked (session 11).
    if (insideQuotes(text, m.index)) continue;
    const hide = DISGUISED.test(m[1] ?? '');
    spans.push(span(m.index, m.index + m[0].length, hide ? 'hidden' : 'suspect', hide ? 'A messaging handle behind a disguised label, pasted in to sell.' : 'A messaging handle with its label: possibly pasted in.'));
  }
  for (const m of text.matchAll(OFFER)) {
    const end = m.index + m[0].length;
    const [a, b] = clauseAround(text, m.index, end);
    // Alone: nothing in its clause but the offer and signs (！, emoji), no word of a writer's around it.
    const rest = text.slice(a, m.index) + text.slice(end, b);
    const alone = !/[\p{Script=Han}A-Za-z0-9]/u.test(rest);
    if (insideQuotes(text, m.index)) continue;
    spans.push(span(m.index, end, alone ? 'hidden' : 'suspect', alone ? 'A sign-up bonus standing alone, pasted in to sell.' : 'A sign-up bonus: possibly pasted in.'));
  }
  for (const m of text.matchAll(MOBILE)) {
    // The sales word may stand in the clause before (无抵押当天下款，电话139…): read the sentence.
    const [a, b] = sentenceAround(text, m.index, m.index + m[0].length);
    if (!SALES.test(text.slice(a, b))) continue;
    spans.push(span(m.index, m.index + m[0].length, 'suspect', 'A mobile number beside a sales word: possibly pasted in.'));
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** Handles behind slang labels (飞机：@x, TG@x, 电报 kf8899): hidden, left alone inside quotation marks. */
export function findSlangContacts(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(SLANG_CONTACT)) {
    if (insideQuotes(text, m.index) || CONTACT_AT.test(m[0].replace(/^(?:联系|添加|加|找|私聊|私信)/u, ''))) continue;
    spans.push(span(m.index, m.index + m[0].length, 'hidden', 'A messaging handle behind a slang label, pasted in to sell.'));
  }
  return spans;
}
