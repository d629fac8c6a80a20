/**
 * Family "seo": a run of clauses that sells, lures or addresses the reader, glued into a writer's
 * paragraph between two of its sentences or at its end (issue 12, session 18) — a coupon, a quick
 * loan, stock or crypto tips, a betting site, a contact come-on, bait for comments and shares:
 * 急用钱找我们，凭身份证即可借款，当天到账， … 看到这里你想起童年了吗？赶紧转发给家里的老人看看！
 *
 * Read clause by clause for what the clause does (./lure-clauses.ts: it speaks to the reader, calls
 * to act, offers, names a trade's wares or promises a result). A run is two or more such clauses in a row; it ends where the writer's clauses begin again,
 * so the mark never runs on into the next sentence.
 *
 * Writers quote every one of these (骗子以“当天放款”为诱饵, 记者看到原价…现价…, 市民可拨打热线),
 * so the run is hidden only where no writer puts it: three kinds of evidence at least, none of its
 * content words said elsewhere on the page (or, where it speaks to the reader, calls, promises or
 * lists a trade's wares, at most one in three: session 19, a farm picks ads on the page's topic),
 * no one reported as saying it, no quotation, and not the article's last paragraph (a site's own
 * sign-off). Weaker runs are marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { isContentWord } from './content-words';
import { finderSpan } from './finder-span';
import { hanCount } from './headline-text';
import { APP_TAIL_HAN } from './app-calls';
import { clausesOf, REPORTED, type Clause } from './lure-clauses';
import { SPEAKER_COLON } from './quoted-speech';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** The reader named, or asked to choose. */
const PERSON = /[你您]|大家(?!庭)|各位|朋友们|小伙伴|有意者|需要的(?:朋友|人)|哪[家款种个](?:好|强|靠谱)/u;
/** A question: a particle or a question word before its question mark. */
const ASKS = /(?:[吗呢嘛]|什么|怎么|怎样|为什么|为何|是否|难道|谁|哪里|哪儿|多少|如何)[^。！？!?]*[？?]\s*$/u;

/** A modal in the writer's words before the evidence (可, 可以, 能, 即可, 均可 …, also a few words before it: 可以通过输入…). */
const MODAL = /(?:可|可以|能|能够|将|会)\p{Script=Han}{0,2}$/u;
/** More Han characters than this after a run's last cue, in its clause, may be a writer's glued sentence. */
const GLUED_TAIL_HAN = 8;
/** A list item of a trade's words is short: a name, not a clause. */
const LIST_ITEM_HAN = 8;
/** A clause naming the product between two of an ad's clauses is short. */
const BRIDGE_HAN = 8;
/** A run on the page's topic is hidden when the writer's words are at most one in this many of its content words. */
const ON_TOPIC_SHARE = 3;
const SOCIAL_ACT = /转发|转给|分享给|分享到|留言|评论|点赞|收藏|关注/u;
const WARNING = /骗|诈|警方|诱饵|广告|陷阱|虚假|违法|非法|谨防|切勿/u;

const RUN_REASONS = { hidden: 'A run of clauses that sells or lures the reader (an offer, a call to act, the trade), glued into the article.', marked: 'Possibly a sales or bait run glued into the article.' };

/**
 * Whether a sentence sells: a clause of it calls to act, offers or names a trade, and nothing in it
 * reports, quotes or warns (店员介绍，这款电饭煲原价399元，…满300减50。 is a writer's report of an
 * offer). ./decide.ts reads it for a whole sentence standing between the writer's. Speaking to the
 * reader alone is not enough: a blogger tells readers 我也和大家说过 between two of their sentences.
 */
export function sells(sentence: string): boolean {
  // An upper bound that is no sum of money is a rule's, not a seller's (报销比例最高可达百分之九十).
  const text = toSimplifiedForm(sentence).replace(UPPER_BOUND_NOT_MONEY, '最高');
  if (REPORTED.test(text) || WARNING.test(text) || /[“”「」『』]/u.test(text)) return false;
  return clausesOf(text).some((c) => c.kinds.has('act') || c.kinds.has('offer') || c.kinds.has('trade'));
}

/** 最高可… with no sum in yuan after it in its clause (a seller's 最高可领888元 keeps its offer). */
const UPPER_BOUND_NOT_MONEY = /最高可(?![^，,；;。！!？?]{0,10}元)/gu;

/** The start of the segmenter's word of `clause` that holds offset `at` (助学[贷款] stays whole). */
function wordStartAt(clause: string, at: number, cut: (text: string) => string[]): number {
  let pos = 0;
  for (const w of cut(clause)) {
    if (pos + w.length > at) return pos;
    pos += w.length;
  }
  return at;
}

/** The content words of a text, each with its count. */
function contentWordCounts(text: string, cut: (text: string) => string[], into = new Map<string, number>()): Map<string, number> {
  for (const w of cut(text)) if (isContentWord(w)) into.set(w, (into.get(w) ?? 0) + 1);
  return into;
}

/**
 * `writerWords`: the content words of the page's clauses that carry no lure (./pageWriterWords), the
 * article's topic; `cut`: the segmenter; `lastParagraph`: whether this paragraph closes the article
 * (a run there may be the site's own sign-off, so it is only marked).
 */
export function findReaderLures(pageText: string, writerWords: ReadonlySet<string>, cut: (text: string) => string[], lastParagraph = false): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const clauses = clausesOf(text);
  const spans: SpamSpan[] = [];
  for (let i = 0; i < clauses.length; ) {
    let j = i;
    // An ad names its product between its promises in a short clause of no evidence (肩周炎？
    // 一瓶活络油，贴七天见效): one such clause, not the writer's, between two with evidence is the run's.
    const bridge = (c: Clause | undefined): boolean => !!c && c.kinds.size === 0 && !c.writer && hanCount(text.slice(c.start, c.end)) <= BRIDGE_HAN;
    // A run does not go on past a full stop: the writer's sentence before an ad glued after it
    // may speak to the reader too (…国家也不管你。[失眠多梦？…]).
    const stopped = (k: number): boolean => k > i && /。\s*$/u.test(text.slice(clauses[k - 1]?.start ?? 0, clauses[k - 1]?.end ?? 0));
    while (j < clauses.length && !stopped(j) && ((clauses[j]?.kinds.size ?? 0) > 0 || (j > i && bridge(clauses[j]) && (clauses[j + 1]?.kinds.size ?? 0) > 0))) j++;
    const run = clauses.slice(i, j);
    i = stopped(j) ? j : j + 1;
    const kinds = new Set(run.flatMap((c) => [...c.kinds]));
    // One clause is a writer's often enough (凭身份证免费入园); so is a run of one kind of evidence,
    // except a bare list of what a trade sells, three short clauses with no verb of the writer's
    // around them (赌场，百家乐，真人视讯，): a writer lists with 、 and says what the list is for.
    // (The first item may be glued to the writer's words with no stop.)
    const list = run.length >= 3 && run.every((c) => c.kinds.has('trade')) && run.slice(1).every((c) => hanCount(text.slice(c.start, c.end)) <= LIST_ITEM_HAN);
    if (run.length < 2 || (kinds.size < 2 && !list)) continue;
    // Glued with no stop to the writer's words (…汽车逃生器保险输入券码…), the run starts at its evidence
    // where what comes before is the article's own; but where the article's words lead up to it with a
    // modal (灾民每人每天可领取…), the clause is the writer's report of who may claim what.
    let first = run[0] as Clause;
    const lead = text.slice(first.start, first.cueAt);
    let writersLead = first.foreignLead || (!/[。！？!?]/u.test(text.charAt(first.start - 1)) && [...contentWordCounts(lead, cut).keys()].some((w) => writerWords.has(w)));
    if (writersLead && MODAL.test(lead)) {
      run.shift();
      if (run.length < 2) continue;
      first = run[0] as Clause;
      writersLead = false;
    }
    const start = writersLead ? wordStartAt(text.slice(first.start, first.end), first.cueAt - first.start, cut) + first.start : first.start;
    const end = run[run.length - 1]?.end ?? 0;
    // The writer's clause right before it tells who speaks (警方提醒，…); earlier clauses of a
    // sentence the run was glued onto with no stop are not its own.
    const sentenceStart = Math.max(0, ...[...'。！？!?'].map((mark) => text.lastIndexOf(mark, start - 1)));
    const before = text.slice(Math.max(sentenceStart, ...[...'，；,;'].map((mark) => text.lastIndexOf(mark, start - 2))), start);
    // …and a word of crime or warning after it in the sentence (…的广告都是诈骗。) says the run is quoted.
    const stop = text.slice(end).search(/[。！？!?]/u);
    const after = text.slice(end, stop < 0 ? text.length : end + stop);
    if (REPORTED.test(before) || WARNING.test(after) || insideQuotes(text, start)) continue;
    const own = [...contentWordCounts(text.slice(start, end), cut).keys()];
    const shared = own.filter((w) => writerWords.has(w)).length;
    // Two clauses of two kinds are a writer's notice often enough (持身份证登记，免费换取参观券).
    // Calls alone (no offer, nothing sold) are bait only when the act is one of social media's: a
    // paper asking readers to write in or call (欢迎拨打热线) speaks to them too.
    const calls = !kinds.has('offer') && !kinds.has('trade') && !kinds.has('promise');
    const strong = list || ((kinds.size >= 3 || (run.length >= 3 && kinds.size >= 2)) && (!calls || SOCIAL_ACT.test(text.slice(start, end))));
    // A farm picks its ad on the page's topic (an eye patch on a myopia story) and names the topic
    // once; a writer's own clauses share more than one word with the article, or have few of their own.
    // Only where the run does what writers do not in their own voice: speak to the reader, call them
    // to act, promise a cure or a win, list a trade's wares (a bank's loan terms share words too).
    const ownVoice = kinds.has('address') || kinds.has('act') || kinds.has('promise') || list;
    const offTopic = shared === 0 || (ownVoice && shared * ON_TOPIC_SHARE <= own.length);
    // A long tail with no evidence after the last clause's last cue may be the writer's next
    // sentence glued on with no stop (…立即抢购村里的香菇也能寄出去。): its words are not on the page
    // elsewhere either, so the topic test cannot tell; the run is marked, not hidden.
    const last = run[run.length - 1] as Clause;
    const gluedTail = hanCount(text.slice(last.cueEnd, last.end)) > (last.appBenefit ? APP_TAIL_HAN : GLUED_TAIL_HAN);
    const hide = strong && offTopic && !lastParagraph && !gluedTail;
    // The run's first sentence may be the writer's question before a paste (with a particle or question word, naming no one: 这样的规定合理吗？, not an ad's
    // 腰又疼了？), or a speaker's words after a verb of saying and its colon, whose 你 is in the story (呼喊：小军，你回家了？; QA26): marked up to its stop, the rest hidden.
    const asksFirst = run.length >= 3 && ASKS.test(text.slice(start, first.end)) && !PERSON.test(text.slice(start, first.end)) && /^$|[。！？!?]\s*$/u.test(text.slice(0, start));
    if (hide && start === first.start && (asksFirst || SPEAKER_COLON.test(text.slice(sentenceStart, start)))) {
      const markEnd = asksFirst ? first.end : (run.find((c) => /[。！？!?]\s*$/u.test(text.slice(c.start, c.end)))?.end ?? end);
      spans.push(finderSpan(start, markEnd, 'seo', false, { hidden: '', marked: asksFirst ? 'Possibly the writer’s question before a bait run, or the run’s opening.' : 'Possibly the words of someone in the story before a bait run.' }));
      if (markEnd < end) spans.push(finderSpan(markEnd, end, 'seo', true, RUN_REASONS));
      continue;
    }
    spans.push(finderSpan(start, end, 'seo', hide, RUN_REASONS));
  }
  return spans;
}

/** The content words of the page's headline and of its clauses that carry no lure: the article's topic. */
export function pageWriterWords(title: string, paragraphs: readonly string[], cut: (text: string) => string[]): Set<string> {
  const counts = contentWordCounts(toSimplifiedForm(title), cut);
  for (const p of paragraphs) {
    const text = toSimplifiedForm(p);
    for (const c of clausesOf(text)) if (c.kinds.size === 0) contentWordCounts(text.slice(c.start, c.end), cut, counts);
  }
  return new Set(counts.keys());
}
