/**
 * Family "domain", the disguised kind: a site's address written so that a filter looking for
 * "www.x.com" misses it — its dot spelt out (www点yh188点net, abc[.]com, 。com), its letters spaced
 * (w w w . x x . c o m), its letters of two widths (ｗｗw.ab.com). Read on the Latin view
 * (./latin-view.ts), where those disguises are gone, and mapped back to the page's offsets.
 *
 * The disguise is the evidence: a writer who cites an address types it as it is, in half or full
 * width (官网（http：／／songxie．sohu．com）, 网址为：www．greenchina312．org．cn), and never
 * spells a dot or spaces its letters. So a disguised address is hidden. An address as it is, in
 * either width, is the writer's when the sentence leads up to it (in brackets, after a colon, after
 * 登录/访问/网址 …) or goes on from it (…网站, …上); one all in full width glued between a sentence's
 * words with no lead-in is hidden (session 13: no writer cites so); one standing alone as a clause of its own —
 * after a full stop or a comma (or first in the paragraph), before the next one or the paragraph's
 * end — is marked suspect, for the reader to judge. E-mail addresses (x@y.com) are not sites.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { DOT_NOTE, latinView, type ViewChar } from './latin-view';
import { citedAsExample, insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Top-level domains farms and real sites use; an address must end in one. */
export const TLD =
  'com|net|org|cn|cc|top|vip|xyz|info|club|site|me|co|tv|in|io|app|bet|win|live|shop|online|ltd|pro|biz|ws|la|hk|tw|us|asia|mobi|fun|game|games|store|tech|icu|cyou|red|ren|link|wang|bid|one|today|world|life|space|website|work|run|xin|ink|kim|pw|gg';
/** An address on the view: an optional scheme, one to four labels with a dot after each, a TLD, a path. */
const ADDRESS = new RegExp(
  `(?<![A-Za-z0-9@_-]|[A-Za-z0-9]\\.)(?:(?:https?|ftp) ?: ?/ ?/ ?)?(?:[a-z0-9][a-z0-9-]{0,40}\\.){1,4}(?:${TLD})(?![A-Za-z@-])(?:/[A-Za-z0-9_./?=&%#-]*)?`,
  'giu',
);
/**
 * Marks a clause ends with (before the address), or that follow a clause's end after it: the next
 * clause's mark or opening quote, or the closing quote of the quotation it ends.
 */
/** Words and marks that lead a sentence up to an address: the writer's own citation. */
export const LEAD_IN = /(?:登录|登陆|访问|网址|官网|网站|域名|地址|链接|进入|打开|搜索|浏览|点击|输入|前往|通过|名为|为|是|即|在|至|到|[:：(（“‘「《【\s])$/u;
/** What follows a writer's address in the sentence that names it (…网站上, …主页). */
export const GOES_ON = /^(?:网|站|上|主页|首页|页面|发布|公布|查询|是|为|的)/u;
const ENDS_CLAUSE = /(?:[，,；;。！？!?]|[。！？!?][”’」』])$/u;
const STARTS_CLAUSE = /^[，,；;。！？!?“‘「『（(【”’」』]/u;

function isLetterOrDigit(c: ViewChar): boolean {
  return /[A-Za-z0-9]/.test(c.ch);
}

export function findSpeltDomains(text: string): SpamSpan[] {
  const view = latinView(text);
  const spans: SpamSpan[] = [];
  for (const match of view.text.matchAll(ADDRESS)) {
    const chars = view.chars.slice(match.index, match.index + match[0].length);
    const labels = match[0].replace(/^[a-z]+ ?: ?\/ ?\/ ?/iu, '').split('.');
    // A name, not a number: some label before the TLD has a letter (not 3.5.cn, not a version).
    if (!labels.slice(0, -1).some((l) => /[a-z]/iu.test(l))) continue;
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (!first || !last) continue;
    const start = first.start;
    const end = last.end;
    const spelt = chars.some((c) => c.spelt);
    // Two widths inside one label (ｗｗw, ｊｉａyou): an input method types a label in one width; a
    // writer may switch between labels (www．ｈａｉｅｒ．ｃｏｍ), so that alone is no disguise.
    const labelsOfChars: ViewChar[][] = [[]];
    for (const c of chars) if (c.ch === '.') labelsOfChars.push([]);
    else if (isLetterOrDigit(c)) labelsOfChars[labelsOfChars.length - 1]?.push(c);
    const mixedWidth = labelsOfChars.some((l) => l.some((c) => c.widened) && l.some((c) => !c.widened));
    // All in full width and glued between a sentence's words with nothing leading up to it
    // (灾民ｗｗｗ．ｘｘ８８．ｖｉｐ生活): writers cite a full-width address after 网址：, 登录 or in brackets.
    const letters = chars.filter(isLetterOrDigit);
    const before4 = toSimplifiedForm(text.slice(Math.max(0, start - 4), start));
    const gluedWide =
      letters.length > 0 &&
      letters.every((c) => c.widened) &&
      !LEAD_IN.test(before4) &&
      !GOES_ON.test(text.slice(end, end + 2)) &&
      // Han on both sides, or a sentence's end before and Han after, or Han before and the paragraph's end after;
      // session 21 (QA20): or a comma before and Han after, the writer's clause going on past it.
      ((/\p{Script=Han}$/u.test(before4) && /^(?:\p{Script=Han}|$)/u.test(text.slice(end, end + 1))) || (/[。！？!?，,]$/u.test(before4) && /^\p{Script=Han}/u.test(text.slice(end, end + 1))));
    let tier: SpamSpan['tier'] | null = null;
    // Inside quotation marks a disguised address is what a story quotes (a report on how gambling
    // groups write their addresses: 把域名写成“xx【点】com”), so it is only marked there.
    const disguised = spelt || mixedWidth || gluedWide || chars.some((c) => c.enclosed);
    // Quoted in a sentence telling how such addresses are written (骗子常把网址写成“…”), it is an example: left.
    if (disguised && citedAsExample(toSimplifiedForm(text), start)) continue;
    if (disguised) tier = insideQuotes(text, start) ? 'suspect' : 'hidden';
    else {
      const before = text.slice(0, start).replace(/\s+$/u, '');
      const after = text.slice(end).replace(/^\s+/u, '');
      const opensClause = before === '' || ENDS_CLAUSE.test(before);
      const closesClause = after === '' || STARTS_CLAUSE.test(after);
      if (opensClause && closesClause) tier = 'suspect';
    }
    if (!tier) continue;
    const [from, to] = tier === 'hidden' ? withComeOn(text, start, end) : [start, end];
    spans.push({
      start: from,
      end: to,
      family: 'domain',
      confidence: tier === 'hidden' ? 0.9 : 0.6,
      tier,
      reason:
        tier === 'hidden'
          ? "A website's address with its dots spelt out or its letters spaced, so filters miss it: the copying site's advertisement."
          : disguised
            ? "A website's address written to slip past filters, quoted: maybe a story citing it, maybe an advertisement."
            : "A website's address standing on its own, not part of the sentence: possibly the copying site's advertisement.",
    });
  }
  return spans;
}

/** A note naming the mark that stands for the dot, right after the address. */
const NOTE_AFTER = new RegExp(`^\\s?${DOT_NOTE.source}`, 'u');
/** How a farm's call to visit opens (更多精彩请到, 详情请访问, 想看更多内容可上), within its clause. */
const CALL_OPENS = /更多|详情|详见|想看|想了解|如需|请|点击|访问|登录|前往/u;
/** How it closes after the address (…查看, …了解), up to the clause's end. */
const CALL_CLOSES = /^(?:查看|了解|阅读|观看|收看|浏览|咨询)?(?=[。！？!?，,；;]|$)[。！？!?]?/u;
/** A call opening further back than this many characters is not the address's own. */
const CALL_REACH = 12;

/**
 * A disguised address with what the farm wrote around it (session 18): the note naming its dot
 * (ｘｘ＠ｃｃ（把＠换成点）) and the call to go there (更多精彩请到…查看。) — from where the call opens in
 * the address's clause to the clause's end, when all that follows the address is a verb of looking.
 * A writer's clause reporting on an address (…网站ｘｘ点ｃｏｍ已被查封) keeps its words, and so does
 * whatever a call was glued after (a heading, a sentence without its full stop).
 */
function withComeOn(text: string, start: number, end: number): [number, number] {
  const to = end + (NOTE_AFTER.exec(text.slice(end))?.[0].length ?? 0);
  const close = CALL_CLOSES.exec(text.slice(to));
  if (!close) return [start, to];
  const opening = Math.max(start - CALL_REACH, ...[...'。！？!?，,；;）)”」』\n'].map((mark) => text.lastIndexOf(mark, start - 1) + 1));
  const call = text.slice(opening, start).search(CALL_OPENS);
  return [call < 0 ? start : opening + call, to + close[0].length];
}
