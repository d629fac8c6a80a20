/**
 * Family "jammer": forum anti-scrape strings, short runs of random ASCII tokens (w5 s9 B9 ?8 g$ R)
 * on their own line or glued to a paragraph. A token is junk when it is a single letter, mixes
 * letters with digits, or carries a symbol; English words, numbers and acronyms are not junk. A run
 * needs several junk tokens in a row, and most of its tokens junk, before anything is hidden.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { withoutHostEdges } from './host-edges';
import { citedAsExample } from './text-classes';
import type { SpamSpan } from './types';

const ASCII_RUN = /[\x21-\x7e]+(?: +[\x21-\x7e]+)+/g;
const TOKEN = /[\x21-\x7e]+/g;

function isJunkToken(token: string): boolean {
  const core = token.replace(/^[("'“]+|[)"'”,.;:!?]+$/g, '');
  if (core.length === 0) return token.length > 0 && /[^\w]/.test(token) && token.length <= 3;
  if (core.length > 5) return false;
  if (/^[A-Za-z]$/.test(core)) return true;
  if (/[A-Za-z]/.test(core) && /\d/.test(core)) return true;
  if (/[^A-Za-z0-9.,%\-/]/.test(core)) return true;
  // %, - and / belong to numbers (50%, 3-5, 1/2); anywhere else they are junk.
  if (/[%\-/]/.test(core) && !/^\d[\d.,]*[%\-/]?[\d.,]*%?$/.test(core)) return true;
  return false;
}

const OPERATOR = /^(?:=|==|===|!=|!==|<|>|<=|>=|\+|-|\*|\/|%|\+=|-=|\*=|\/=|=>|->|&&|\|\||\?|:)$/;

/**
 * Code or a formula quoted in an article (for (i = 0; i < n; i++) { x += i; }): operators standing
 * as tokens of their own between spaces, with brackets that pair up. Jammer generators glue their
 * symbols to letters and digits (g$ ?8) and leave brackets unpaired.
 */
function looksLikeCode(run: string): boolean {
  const tokens = run.split(/ +/);
  if (!tokens.some((t) => OPERATOR.test(t))) return false;
  for (const [open, close] of ['()', '{}', '[]']) {
    const opens = run.split(open ?? '').length - 1;
    if (opens > 0 && opens === run.split(close ?? '').length - 1) return true;
  }
  return false;
}

export function findJammers(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const run of text.matchAll(ASCII_RUN)) {
    if (looksLikeCode(run[0])) continue;
    const tokens = [...run[0].matchAll(TOKEN)].map((t) => ({
      start: run.index + t.index,
      end: run.index + t.index + t[0].length,
      junk: isJunkToken(t[0]),
      strong: (/[A-Za-z]/.test(t[0]) && /\d/.test(t[0])) || /[^A-Za-z0-9\s]/.test(t[0]),
    }));
    // The longest stretch of junk tokens; a non-junk token may sit inside if junk dominates.
    let best: { from: number; to: number } | null = null;
    for (let from = 0; from < tokens.length; from++) {
      if (!tokens[from]?.junk) continue;
      let junk = 0;
      for (let to = from; to < tokens.length; to++) {
        if (tokens[to]?.junk) junk++;
        const size = to - from + 1;
        if (!tokens[to]?.junk) continue;
        if (junk >= 4 && junk / size >= 0.75 && (!best || size > best.to - best.from + 1)) best = { from, to };
      }
    }
    if (!best) continue;
    // A lone mark glued to Han text is the host sentence's own "!" or "?", not part of the run.
    const first = tokens[best.from];
    if (first && /^[!?.,;:]$/.test(text.slice(first.start, first.end)) && first.start > 0 && /\p{Script=Han}/u.test(text.charAt(first.start - 1)))
      best.from++;
    const chosen = tokens.slice(best.from, best.to + 1);
    // Letters alone (A B C D) are a list; junk needs symbols or letter-digit mixes, two of them,
    // or one in a run of short tokens that is junk from end to end.
    const strong = chosen.filter((t) => t.strong).length;
    const allShortJunk = chosen.every((t) => t.junk && t.end - t.start <= 3);
    if (strong < 2 && !(strong === 1 && allShortJunk)) continue;
    let [start, end] = withoutHostEdges(text, chosen[0]?.start ?? 0, chosen[chosen.length - 1]?.end ?? 0);
    // Take the spaces that glued the run to the paragraph along with it.
    while (start > 0 && text.charAt(start - 1) === ' ') start--;
    while (end < text.length && text.charAt(end) === ' ') end++;
    // A run standing alone between quotation marks is cited (a story on disguised addresses quotes
    // “i c b c . c n”); a forum's jammer is never quoted, so the quoted run is only marked.
    // In a sentence telling how such strings are written, it is an example: left.
    if (citedAsExample(toSimplifiedForm(text), start)) continue;
    const quoted = /[“「『"]$/u.test(text.slice(0, start).trimEnd()) && /^[”」』"]/u.test(text.slice(end).trimStart());
    spans.push({
      start,
      end,
      family: 'jammer',
      confidence: quoted ? 0.6 : 0.9,
      tier: quoted ? 'suspect' : 'hidden',
      reason: quoted ? 'A run of letters and symbols in quotation marks: cited, or a forum’s anti-copy string.' : 'A run of random letters and symbols that forums add to stop copying.',
    });
  }
  return spans;
}

/**
 * Session 30 (issue 12: QA29 / GATE29 had jammer strings never hidden nor marked): one random token glued into
 * the writer's text, no spaces in it (…滑，xK9#mQ2上山…), as anti-scrape scripts now write them. Hidden when its
 * form is one no word, name, model number or address has: a symbol between letters and digits (xK9#mQ2, Zr8$uT),
 * letters and digits taking turns five times or more (a1b2c3d4, 3f9a2c7e), or Base64 with its padding
 * (dGhpcyBpcw==). Full-width letters mixed with digits (ｑｗｅｒ７８) are only marked. A writer names such a
 * string (密码设成了…, 验证码是…): left; a quotation it fills alone is marked (./quoted-whole.ts).
 */
// Glued between the writer's characters, spaces or punctuation — not part of a longer junk run of other symbols (m¤e!i…¤c_o^#m).
const GLUED_TOKEN = /(?<=^|[\p{Script=Han}\s，。！？、；：“”「」（）【】])[\x21-\x7e]{5,24}(?=$|[\p{Script=Han}\s，。！？、；：“”「」（）【】])/gu;
const FULL_WIDTH_TOKEN = /(?<![\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]{5,16}(?![\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])/gu;
const NAMED = /(?:密码|口令|账号|帐号|编号|代码|验证码|邀请码|兑换码|单号|型号|车牌|序列号|哈希|ID|id|码|号|为|是|成|写|输入|填写|叫|名为)了?[:：\s“「]?$/u;
const TOKEN_REASONS = { hidden: 'A random string of letters, digits and symbols that anti-copy scripts glue into the text.', marked: 'Possibly a random anti-copy string.' };

function switches(token: string): number {
  let count = 0;
  for (let i = 1; i < token.length; i++) if (/[A-Za-z]/.test(token[i - 1] ?? '') !== /[A-Za-z]/.test(token[i] ?? '') && /[A-Za-z0-9]/.test(token[i - 1] ?? '') && /[A-Za-z0-9]/.test(token[i] ?? '')) count++;
  return count;
}

// A price is no token: NT$1,280, US$300, HK$50 (GATE29's guard page: a Taiwan shop's prices were hidden).
const PRICE = /^(?:[A-Z]{1,3})?[$¥€£]\d[\d,.]*$/u;

/** 'hidden' where no word, name, price or model number has the form; 'marked' where a brand might (AT&T5G). */
function randomTokenTier(token: string): 'hidden' | 'marked' | null {
  if (PRICE.test(token)) return null;
  if (/^[\w.-]+@[\w-]+\.\w|^(?:https?|www)|\.(?:com|cn|net|org|html?)$|^\d+(?:[.,:/%-]\d+)*%?$/iu.test(token)) return null;
  const digits = /\d/.test(token);
  if (/[A-Za-z]/.test(token) && digits && /[A-Za-z0-9][#$%^&@!*~][A-Za-z0-9]/.test(token)) {
    // Random strings mix both cases with digits (Tq4&wZ9); one case around a symbol is as often a brand or a code.
    return /[a-z]/.test(token) && /[A-Z]/.test(token) ? 'hidden' : 'marked';
  }
  if (/^[a-z0-9]+$|^[A-Z0-9]+$/.test(token) && token.length >= 6 && switches(token) >= 5) return 'hidden';
  return /^[A-Za-z0-9+/]{6,}={1,2}$/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token) ? 'hidden' : null;
}

/**
 * Session 32 (issue 12: never-seen farm pages had jammer strings of tokens joined by dots or dashes, 7d.JUXa3.A8.8964,
 * neither hidden nor marked): three tokens or more joined by . - or _, glued in where GLUED_TOKEN stands. Junk when
 * most tokens mix letters and digits (three at least); a version (1.2.3), a date, an address, a phone number or a
 * model number (SM-G9550) has one such token at most. Hidden when the letters mix both cases or four tokens are
 * mixed; otherwise (H7N9-H5N1-H1N1, the writer's codes in capitals) marked.
 */
const JOINED_TOKENS = /(?<![\w.-])[A-Za-z0-9]{1,8}(?:[._-][A-Za-z0-9]{1,8}){2,9}(?![\w.-])/gu;

function joinedTokensTier(run: string): 'hidden' | 'marked' | null {
  if (/^(?:www|https?)\b|\.(?:com|cn|net|org|html?|gov|edu|io|cc)$/iu.test(run)) return null;
  const parts = run.split(/[._-]/u);
  const mixed = parts.filter((p) => /[A-Za-z]/.test(p) && /\d/.test(p)).length;
  if (mixed < 3 || mixed < (2 / 3) * parts.length) return null;
  return mixed >= 4 || (/[a-z]/.test(run) && /[A-Z]/.test(run)) ? 'hidden' : 'marked';
}

export function findJammerTokens(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const named = (at: number): boolean => NAMED.test(text.slice(Math.max(0, at - 6), at)) || citedAsExample(text, at);
  for (const m of text.matchAll(JOINED_TOKENS)) {
    const tier = joinedTokensTier(m[0]);
    if (!tier || named(m.index)) continue;
    spans.push(tier === 'hidden'
      ? { start: m.index, end: m.index + m[0].length, family: 'jammer', confidence: 0.9, tier: 'hidden', reason: TOKEN_REASONS.hidden }
      : { start: m.index, end: m.index + m[0].length, family: 'jammer', confidence: 0.6, tier: 'suspect', reason: TOKEN_REASONS.marked });
  }
  for (const m of text.matchAll(GLUED_TOKEN)) {
    if (spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)) continue;
    const tier = randomTokenTier(m[0]);
    if (!tier || named(m.index)) continue;
    spans.push(tier === 'hidden'
      ? { start: m.index, end: m.index + m[0].length, family: 'jammer', confidence: 0.9, tier: 'hidden', reason: TOKEN_REASONS.hidden }
      : { start: m.index, end: m.index + m[0].length, family: 'jammer', confidence: 0.6, tier: 'suspect', reason: TOKEN_REASONS.marked });
  }
  for (const m of text.matchAll(FULL_WIDTH_TOKEN)) {
    const ascii = m[0].replace(/[\uff01-\uff5e]/gu, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) - 0xfee0));
    if (!(/[A-Za-z]{2}/.test(ascii) && /\d/.test(ascii)) || named(m.index)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, family: 'jammer', confidence: 0.6, tier: 'suspect', reason: TOKEN_REASONS.marked });
  }
  return spans.sort((a, b) => a.start - b.start);
}
