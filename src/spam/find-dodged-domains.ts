/**
 * Family "domain", the dodged kind: a plain address typed so that a filter matching "www.x.com"
 * misses it, with no spelt dot or spaced letters for ./find-spelt-domains.ts to see — random case
 * (wWw.JinSha88.cOm), Han digits inside the host (hy三六五.bet) — and a plain address on a farm's
 * top-level domain glued into a sentence that does not lead up to it.
 *
 * The disguise is the evidence, as for spelt dots: a writer types www and the top-level domain in
 * one case (www, WWW, Www at a sentence start) and a host in Latin letters and digits, so a mixed-case
 * www or top-level domain, or Han digits between Latin letters of a host, is hidden. A plain
 * address is the writer's when the sentence leads up to it (登录www.12306.cn, 网址为…); glued into a
 * sentence without a lead-in on a top-level domain farms favour (.vip .top .bet …) it is only marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { GOES_ON, LEAD_IN, TLD } from './find-spelt-domains';
import type { SpamSpan } from './types';

const HAN_DIGITS = '〇一二三四五六七八九零';
/**
 * A host: labels of Latin letters, digits, hyphens and (past a label's first character) Han digits.
 * A figure may follow the top-level domain: a paste glued before the article's 13年来.
 */
const ADDRESS = new RegExp(
  `(?<![A-Za-z0-9@_.-])(?:https?://)?((?:[A-Za-z0-9][A-Za-z0-9${HAN_DIGITS}-]{0,40}\\.){1,4})(${TLD})(?![A-Za-z@-])`,
  'giu',
);
/** Top-level domains that farms register cheaply and news seldom cites. */
const FARM_TLD = /^(?:vip|top|bet|xyz|win|cc|fun|icu|cyou|club|live|app|site|games?|bid|pw)$/iu;

/**
 * How writers case a label: all lower, all upper, capitalised or in a brand's camel case (PayPal,
 * iPhone, YouTube), an acronym with a word after it (CCTVnews). Random case (wWw, KAiyUN, cOm) is none of these.
 */
const WRITER_CASE = /^(?:[a-z0-9-]+|[A-Z0-9-]+|[a-z0-9-]*(?:[A-Z][a-z0-9-]+)+|[A-Z]{2,}[a-z0-9-]+)$/u;
/** A top-level domain or www is typed lower, upper or capitalised (at a sentence's start). */
const WRITER_CASE_SHORT = /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/u;

export function findDodgedDomains(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const labels = (m[1] ?? '').split('.').slice(0, -1);
    const tld = m[2] ?? '';
    // A name, not a number: some label has a Latin letter (not 3.5.cn).
    if (!labels.some((l) => /[A-Za-z]/.test(l))) continue;
    const hanDigits = labels.some((l) => [...l].some((ch) => HAN_DIGITS.includes(ch)));
    const caseDodge =
      !WRITER_CASE_SHORT.test(tld) || labels.some((l) => (/^www$/iu.test(l) ? !WRITER_CASE_SHORT.test(l) : !WRITER_CASE.test(l.replace(/[^A-Za-z0-9-]/gu, ''))));
    const start = m.index;
    const end = start + m[0].length;
    if (hanDigits || caseDodge) {
      spans.push(finderSpan(start, end, 'domain', true, { hidden: "A website's address in random case or with Han digits in it, so filters miss it: the copying site's advertisement.", marked: '' }));
      continue;
    }
    const before = text.slice(Math.max(0, start - 4), start);
    // Glued into a sentence: a Han character on one side, and no clause standing around it (that is find-spelt-domains').
    const after = text.slice(end, end + 1);
    const glued = (/\p{Script=Han}$/u.test(before) && /^[\p{Script=Han}，。；！？,;]/u.test(after)) || (/[，、,]$/u.test(before) && /^\p{Script=Han}/u.test(after));
    if (glued && FARM_TLD.test(tld) && !LEAD_IN.test(toSimplifiedForm(before))) {
      // Between two Han characters, with a host of letters and digits (xx123.vip): a farm's brand
      // number; a writer's citation, even unled, names a word (example.top) or stands by a mark (session 13).
      const wedged = /\p{Script=Han}$/u.test(before) && /^\p{Script=Han}/u.test(after) && !GOES_ON.test(text.slice(end, end + 2));
      const branded = labels.some((l) => /[A-Za-z]/.test(l) && /[0-9]/.test(l));
      spans.push(
        finderSpan(start, end, 'domain', wedged && branded, {
          hidden: "A website's address with a brand number, wedged between a sentence's words: the copying site's advertisement.",
          marked: "A website's address on a farm's domain glued into a sentence: possibly the copying site's advertisement.",
        }),
      );
    }
  }
  return spans;
}
