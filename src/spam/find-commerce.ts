/**
 * Family "seo", second finder: commercial keywords a farm pastes as link text for search engines —
 * betting (a brand, a game, then what the site sells: 投注, 开户, 彩金 …), loans, search-engine
 * promotion and black-market services. ./find-seo.ts knows the app-site words (官网, 下载, 入口);
 * these are the action heads that name the trade itself.
 *
 * News writes about all of these trades, so a head alone is rarely enough:
 * - a **seller's phrase** — a game glued to a bonus or a rebate (棋牌送彩金, 真人返水) — is not a
 *   reporter's: hidden wherever it stands;
 * - a **trade phrase** — a game and a betting act (电竞投注, 娱乐开户), a loan offer (无抵押贷款,
 *   当天放款), a black-market service (代开发票), a ranking service (排名优化公司) — is also what a report on the trade says
 *   (打击代开发票的行为, 彩票投注站). Standing alone between sentence or clause marks (or the
 *   paragraph's edges), where news never puts a bare noun phrase, it is hidden; opening a
 *   sentence that runs on (。金沙足球投注参与…, a keyword pasted after a full stop) it is only
 *   marked, for the reader to judge; anywhere else it is left alone.
 * A brand or a city in front (金沙, 杭州) goes with the keyword when the keyword stands alone (up to
 * four characters after a clause mark) or right after a full stop (up to three): there it is part
 * of the pasted string; a keyword that runs on mid-sentence takes none (首批[南京…] is the host's).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import type { SpamSpan } from './types';

const GAME = '(?:体育|娱乐|棋牌|电竞|真人|博彩|赌场|捕鱼|电玩|足球|篮球|百家乐|老虎机|彩票)';
const SELLER = new RegExp(`(?:${GAME}){1,2}(?:注册)?(?:送彩金|彩金(?!池)|返水|注册开户|开户送)`, 'gu');
/**
 * A betting act after a game, not before the nouns a report builds on it (投注站, 投注额, 开户行 …);
 * loans offered; black-market services; search ranking and promotion sold as a service (a report on
 * the trade names them too: 一些网站优化公司…).
 */
const TRADE = new RegExp(
  `(?:${GAME}){1,2}(?:在线|网上)?(?:投注|下注|开户)(?:平台|网站|网址)?(?![站额量点机者人数行率])|(?:${GAME}){0,2}娱乐城|` +
    '(?:无抵押|免抵押|无担保|免担保|当天|极速|秒批)(?:网贷|贷款|借款|放款)|(?:小额|学生|大学生)网贷|(?:网贷|贷款)口子|' +
    '代开(?:增值税)?发票|代办信用卡|办理?假证|代孕(?:中介|机构|公司)|' +
    '(?:(?:网站|网页|整站|关键词|百度快照|搜索引擎|SEO|seo)(?:排名)?(?:优化|推广)|网络推广|网站推广)(?:公司|外包|服务商)?|(?:SEO|seo)(?:优化|排名)',
  'gu',
);
/** Marks a keyword may stand between. */
const EDGE = /[。！？!?；;，,：:“”「」『』（）()、\s]/u;
/** A keyword that runs on into a sentence is marked only right after a full stop, where farms paste. */
const STOPS = '。！？!?';
/** Marks after which a brand or a city in front of a keyword may start (not a bracket: 读音(dòng)跨…). */
const CLAUSE_MARK = /[。！？!?；;，,：:“”「」『』、\s]/u;
/** What may be a brand or a city in front of a keyword: Han only (a jammer's f7 is its own span). */
const NAME = /\p{Script=Han}/u;
const MAX_NAME = 4;
/** Before a keyword that runs on, a brand (太阳城, 金沙), not a sentence's own first words (他在境外). */
const MAX_BRAND = 3;
const REASON = 'A betting, loan or site-promotion keyword pasted in for search engines.';

export function findCommercialKeywords(pageText: string): SpamSpan[] {
  // Every character taken as Traditional, as ./find-seo.ts does: same length, the page's offsets.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, tier: SpamSpan['tier']): void => {
    const last = spans[spans.length - 1];
    if (last && last.end >= start) {
      last.end = Math.max(last.end, end);
      if (tier === 'hidden') last.tier = tier;
      return;
    }
    spans.push({ start, end, family: 'seo', confidence: tier === 'hidden' ? 0.9 : 0.6, tier, reason: REASON });
  };
  const found: [number, number, boolean][] = [];
  for (const m of text.matchAll(SELLER)) found.push([m.index, m.index + m[0].length, true]);
  for (const m of text.matchAll(TRADE)) found.push([m.index, m.index + m[0].length, false]);
  found.sort((a, b) => a[0] - b[0]);
  for (const [start, end, seller] of found) {
    if (namedByTheText(text, start, end)) continue;
    const opens = clauseStartBefore(text, start);
    const closes = end === text.length || EDGE.test(text.charAt(end));
    // Right after a full stop, a few characters before the keyword are its brand (。金沙棋牌…);
    // elsewhere they may be the host's words (首批[南京…]), so a keyword that runs on takes none.
    const afterStop = opens !== null && opens > 0 && STOPS.includes(text.charAt(opens - 1)) && start - opens <= MAX_BRAND;
    if (opens !== null && closes) add(opens, end, 'hidden');
    else if (seller) add(afterStop && opens !== null ? opens : start, end, 'hidden');
    else if (afterStop && opens !== null) add(opens, end, 'suspect');
  }
  return spans;
}

/**
 * A keyword that is an item of a list (网络赌博、赌场开户、代理推广) or stands in quotes (打着“棋牌送彩金”的旗号) is
 * the text naming the trade: a report enumerates and quotes what it is about, a farm pastes a bare string.
 * The clause may begin with a brand (…、太阳城足球下注、…), so the list mark is looked for past it.
 */
function namedByTheText(text: string, start: number, end: number): boolean {
  const before = text.charAt((clauseStartBefore(text, start) ?? start) - 1);
  const after = text.charAt(end);
  return before === '、' || after === '、' || after === '等' || (QUOTE_OPEN.includes(before) && QUOTE_CLOSE.includes(after));
}
const QUOTE_OPEN = '“「『‘"';
const QUOTE_CLOSE = '”」』’"';

/** Where the clause holding `at` starts, when at most MAX_NAME name characters lie before it. */
function clauseStartBefore(text: string, at: number): number | null {
  let i = at;
  while (i > 0 && at - i < MAX_NAME && NAME.test(text.charAt(i - 1))) i--;
  if (i === 0 || (i === at ? EDGE : CLAUSE_MARK).test(text.charAt(i - 1))) return i;
  return null;
}
