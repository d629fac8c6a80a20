/**
 * Family "seo": the gates a site puts before its reader, copied along with the article (session 22:
 * QA21's cookie / consent banners and paywalls, 0% found) — 本网站使用Cookie…继续浏览即表示您同意…,
 * [接受] [拒绝]; 订阅后阅读全文, 开通会员，解锁全部内容, 剩余75%需购买后阅读.
 *
 * A gate speaks to the reader about this page: it asks you (您, 请, 即可, 立即, 后) to agree, to pay,
 * subscribe or log in, to read this text (本文, 全文, 剩余, 此内容), and offers buttons or a price. A
 * writer tells of gates in the third person (读者开通会员才能读到全文, 网站在使用Cookie之前征得用户同意,
 * 该报推出付费订阅): a reader, a user, a paper or a rule is the sentence's subject. So a run of short
 * clauses is read, each about the gate:
 * - consent: a cookie or a privacy policy, with the reader addressed (您, 你), the site speaking (我们,
 *   本站), a button (接受, 拒绝, 知道了) or "continuing means agreeing" (继续浏览即表示…);
 * - paywall: a gate's act (订阅, 开通, 会员, 付费, 登录, 解锁, VIP) with the text to read (全文, 剩余,
 *   内容, 阅读), or a price; the run's clauses are all such.
 * Hidden where the run addresses the reader or names this text or a price, with no third person told;
 * marked where it only names a gate and what to read; left where anyone is told of. The run ends at its
 * last gate word (a button, a price, a policy's name, its purpose: 体验, 服务), never in the writer's clause.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** Someone told of: the writer's subject, a rule or a trend. (用户协议 is a policy's name, not a user.) */
const TOLD = /读者|用户(?!协议)|网友|网民|消费者|媒体|报纸|该报|该网站|网站在|平台|公司|企业|应用|监管|规定|要求|部门|他们|他|她|记者|越来越多|不少|推出|实行|实施|模式|超过|增长|指出|表示|认为|称|市民|居民|乘客|顾客|家长|学生|患者|群众|人们|大家|有人|法律|法规|条例|办法|草案|专家|被|才能|才可以|才可/u;

const COOKIE = /cookies?/iu;
const POLICY = /《?(?:隐私政策|隐私条款|隐私协议|隐私声明|隐私保护政策|个人信息保护政策|用户协议|服务协议|私隐政策|隐私保护指引)》?/gu;
const BUTTON = /[【[“]?(?:全部接受|接受全部|接受所有|全部允许|全部拒绝|拒绝非必要|仅必要|接受并继续|同意并关闭|同意并继续|我知道了|知道了|了解更多|了解详情|管理偏好|偏好设置|不同意|接受|拒绝|同意|允许)[】\]”]?/gu;
const CONTINUING = /继续(?:浏览|使用|访问)|使用本(?:网站|站|网)/u;
/** What a consent banner says the cookie is for, where its clause may end: 以提升您的浏览体验. */
const CONSENT_WORDS = new RegExp(`${COOKIE.source}|${POLICY.source}|${BUTTON.source}|您|你|我们|本站|本网站|隐私|个人信息|体验|服务|偏好|运行|分析|推荐|技术|设置`, 'giu');

const GATE = /订阅|会员|VIP|vip|付费|购买|登录|登陆|解锁|(?<!打)开通|试读|试看|充值/u;
const TO_READ = /阅读|查看|全文|剩余|完整|内容|文章|畅读|报道|开放|看全文/u;
const PRICE = /[¥￥]\s?\d+(?:\.\d+)?(?:\s?\/\s?月)?|\d+(?:\.\d+)?\s?元/u;
/** What makes a paywall the page's own: it names this text or what is left, asks, or prices. */
const THIS_PAGE = /本文|此文|此内容|剩余|后|即可|立即|请先|首月|仅需|专享|专属|仅限|仅对|[¥￥🔒🔐]|>>|【付费/u;
const PAYWALL_WORDS = new RegExp(`${GATE.source}|${TO_READ.source}|${PRICE.source}|[>》»]+|结束|会员|全站`, 'gu');

/** Clauses across the paragraph: a banner's buttons or a paywall's price often follow its sentence's stop. */
const CLAUSE = /[^，,；;。！？!?\n]+[，,；;。！？!?]*/gu;
const BUTTONS_ONLY = /^\s*(?:[【[“]?(?:全部接受|接受全部|全部允许|全部拒绝|我知道了|知道了|接受|拒绝|同意|不同意|允许|不允许|管理偏好|了解更多|了解详情)[】\]”]?\s*[|｜/✓✗]*\s*){2,}[，,。]?$/u;
/** Where a gate's next clause goes on about it: a gate's act, a price, a call. */
const PAYWALL_GOES_ON = new RegExp(`^\\s*(?:${GATE.source}|${PRICE.source}|立即|马上|请|首月|仅需|畅读|阅读|查看|看全文|[🔒🔐])`, 'u');
/** A gate's first word: where its clause starts when the writer's words stand before it. */
const CONSENT_FIRST = /cookies?|您|你|我们|本站|本网站|本页|为了|继续|点击|隐私|使用本|请|\p{Script=Han}{0,4}提示|【|接受|拒绝|同意|允许/iu;
const PAYWALL_FIRST = new RegExp(`加入|成为|升级|办理|${GATE.source}|${TO_READ.source}|本文|此|剩余|免费|请|[🔒🔐【]`, 'u');

type Kind = 'consent' | 'paywall';
interface Clause {
  start: number;
  end: number;
  text: string;
  kind: Kind | null;
}

function clauseKind(clause: string, next: string): Kind | null {
  const policy = new RegExp(POLICY.source, 'u').test(clause);
  if (COOKIE.test(clause) || policy || BUTTONS_ONLY.test(clause)) return 'consent';
  // Privacy addressed to the reader (我们重视您的隐私, 您的隐私选择：接受 拒绝).
  if (/隐私|个人信息/u.test(clause) && (/您|你/u.test(clause) || (clause.match(BUTTON)?.length ?? 0) >= 2)) return 'consent';
  if (GATE.test(clause) && (TO_READ.test(clause) || PRICE.test(clause))) return 'paywall';
  if (/剩余/u.test(clause) && TO_READ.test(clause.replace('剩余', ''))) return 'paywall';
  // The gate in one clause, what it opens in the next (成为会员，畅读全站文章).
  // What follows the writer's closing bracket or quote in the clause (广州日报）成为会员，) is its own.
  const own = clause.split(/[）)”」』】］》\]]/u).pop() ?? clause;
  if (GATE.test(own) && own.length <= 12 && next.length <= 12 && /^\s*(?:畅读|阅读|查看|解锁|看)/u.test(next)) return 'paywall';
  return null;
}

/** Where a run's words end: its last gate word, with a short purpose or price after it. */
function lastWordEnd(text: string, from: number, to: number, words: RegExp): number {
  let end = from;
  for (const m of text.slice(from, to).matchAll(new RegExp(words.source, 'giu'))) {
    const at = from + m.index;
    if (!ownReading(text, end, at, m[0])) continue;
    end = at + m[0].length;
  }
  return end;
}

/**
 * A gate's text to read is this page's (全文, 全部内容, 剩余内容, 本文, 此内容) or follows the gate word at
 * once (购买内容). A noun of the writer's before 内容, 文章 or 报道 is the writer's own clause glued on after
 * the gate: 立即购买|募捐方案内容大致应包括… (QA24: a shopping card's "buy now" pasted before the writer's
 * sentence, whose head the run took for the paywall's object).
 */
const PAGE_TEXT_BEFORE = /(?:全部|全文|本文|此|该|剩余|完整|更多|精彩|付费|会员|专属|独家|优质|以下|后续|查看|阅读|解锁|的)$/u;
function ownReading(text: string, previousEnd: number, at: number, word: string): boolean {
  if (!/^(?:内容|文章|报道)$/u.test(word)) return true;
  const between = text.slice(previousEnd, at);
  return between.trim() === '' || PAGE_TEXT_BEFORE.test(between);
}

/** The run around a gate's clause `i`: the clause before that opens it, the short ones after that go on about it. */
function runAround(clauses: Clause[], i: number, kind: Kind): [number, number] {
  let j = i;
  for (let next = clauses[j + 1]; next && next.text.length <= 40; next = clauses[j + 1]) {
    const goesOn = next.kind === kind || (kind === 'consent' ? CONTINUING.test(next.text) || /您|你/u.test(next.text) || BUTTONS_ONLY.test(next.text) || /^\s*[【[“]?(?:接受|同意|知道了|我知道了|好的)/u.test(next.text) : PAYWALL_GOES_ON.test(next.text) && (next.text.length <= 14 || new RegExp(`^\\s*${PRICE.source}`, 'u').test(next.text)));
    if (!goesOn) break;
    j++;
  }
  // Up to two clauses before (为了给您提供更好的服务，我们会收集必要的个人信息，请阅读并同意…).
  const opens = kind === 'paywall' ? new RegExp(`${GATE.source}|剩余|试读|试看|本文|付费|${PRICE.source}`, 'u') : /您|你|本站|本网站|隐私|个人信息/u;
  let k = i;
  for (let before = clauses[k - 1]; before && k > i - 2 && before.text.length <= 16 && opens.test(before.text) && !TOLD.test(before.text); before = clauses[k - 1]) k--;
  return [k, j];
}

/** Han characters of the writer's words a gate's first clause may hold before its first word (很多老人根本不看隐私政策 tells of one). */
const LEAD_HAN: Record<Kind, number> = { consent: 3, paywall: 2 };

/** Where a gate's first word stands in its clause. */
const firstWordAt = (clause: Clause, kind: Kind): number => Math.max(0, clause.text.search(kind === 'consent' ? CONSENT_FIRST : PAYWALL_FIRST));

/** The Han characters before a clause's first gate word, counted after the writer's closing or opening bracket or quote, or a space (what stands before that is apart). */
function leadHan(clause: Clause, kind: Kind): number {
  const lead = clause.text.slice(0, firstWordAt(clause, kind)).split(/[）)”」』】］》\]\s“「『（(【《]/u).pop() ?? '';
  return lead.match(/\p{Script=Han}/gu)?.length ?? 0;
}

export function findReaderGates(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const raw = [...text.matchAll(CLAUSE)];
  const clauses: Clause[] = raw.map((c, n) => ({ start: c.index, end: c.index + c[0].length, text: c[0], kind: clauseKind(c[0], raw[n + 1]?.[0] ?? '') }));
  for (let i = 0; i < clauses.length; i++) {
    const kind = clauses[i]?.kind;
    if (!kind) continue;
    const [around, j] = runAround(clauses, i, kind);
    // The clauses before open the gate only where the gate's own clause opens with its words: glued after the
    // writer's words in its clause (…第一杯是否献给灾难|本站使用Cookie，…), the gate was pasted into the writer's
    // sentence, and the clause before is the writer's too, whatever it says to 你 (session 29, seams28 dev:
    // 你们喝什么（酒还是茶）， taken with a cookie line glued after the next clause's head).
    const k = leadHan(clauses[i] as Clause, kind) > LEAD_HAN[kind] ? i : around;
    const run = clauses.slice(k, j + 1);
    i = j;
    const startClause = run[0] as Clause;
    const lastClause = run[run.length - 1] as Clause;
    // Where the gate starts: its first word. The writer's words before it (很多老人根本不看隐私政策, 订户要开通会员) make a sentence telling of it.
    if (leadHan(startClause, kind) > LEAD_HAN[kind]) continue;
    const start = startClause.start + firstWordAt(startClause, kind);
    // Where it ends: the last clause's own mark, or its last gate word if the writer's words go on glued after it.
    const words = kind === 'consent' ? CONSENT_WORDS : PAYWALL_WORDS;
    const markEnd = /[，,；;。！？!?]$/u.test(lastClause.text) ? lastClause.end : -1;
    const wordEnd = lastWordEnd(text, lastClause.start, lastClause.end, words);
    const tail = text.slice(wordEnd, markEnd < 0 ? lastClause.end : markEnd - 1);
    const tailLength = tail.replace(/[\s\]】》>»]/gu, '').length;
    // A short tail is the gate's own (…会员查看哦。), but not where the clause's comma lets the writer's sentence go on
    // after it: the gate was pasted bare before the writer's next sentence, whose head the tail is (…升级会员查看|此外，很多…;
    // session 29, seams28: 此外, 年).
    const writersHead = /\p{Script=Han}/u.test(tail) && /[，,；;]$/u.test(lastClause.text) && /^\s?[\p{Script=Han}“「]/u.test(text.slice(markEnd));
    const end = Math.max(start, markEnd >= 0 && tailLength <= 2 && !/[”」』]/u.test(tail) && !writersHead ? markEnd : wordEnd + (/^[\]】》>»]*/u.exec(tail)?.[0].length ?? 0));
    const runText = text.slice(start, end);
    // Someone told of in the gate's own words (继续浏览即表示您同意 is the banner's own 表示): the writer's sentence.
    if (TOLD.test(runText.replace(POLICY, '').replace(/即(?:表示|视为|代表)/gu, ''))) continue;
    // A longer tail to the clause's mark (您可以在浏览器中关闭) is likely the gate's, but may be the writer's clause glued on: marked.
    if (markEnd >= 0 && tailLength > 2 && tailLength <= 10 && !TOLD.test(tail) && !/^\s/u.test(tail)) spans.push(finderSpan(end, markEnd, 'seo', false, { hidden: '', marked: 'Possibly the end of a gate (consent banner, paywall) from the copied page.' }));
    // A gate that opens a quotation (弹窗写着“我们使用Cookie…”, 默认勾选了“同意我们使用Cookie并…”) is cited by the
    // writer, whether or not the run reaches the quote's end: marked. (QA22: a story on consent-banner law lost the
    // banner wording it quoted, hidden up to its last gate word inside the quote.)
    const quoted = /[“「『]$/u.test(text.slice(0, start));
    const addressed =
      kind === 'consent'
        ? /您|你|我们|本站|本网站|本页/u.test(runText) || CONTINUING.test(runText) || (runText.match(BUTTON)?.length ?? 0) >= 1
        : THIS_PAGE.test(runText) || PRICE.test(runText) || /^\s*(?:开通|订阅|登录|解锁|购买|成为|加入|升级|办理|付费|免费试)/u.test(text.slice(start));
    spans.push(
      finderSpan(start, end, 'seo', addressed && !quoted, {
        hidden: kind === 'consent' ? "The copied page's cookie or privacy-consent banner, left in the article's text." : "The copied page's paywall (subscribe, pay or log in to read on), left in the article's text.",
        marked: kind === 'consent' ? 'Possibly a cookie or privacy-consent banner from the copied page.' : 'Possibly a paywall line from the copied page.',
      }),
    );
  }
  return spans.filter((s) => s.end > s.start);
}
