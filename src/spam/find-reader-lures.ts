/**
 * Family "seo": a run of clauses that sells, lures or addresses the reader, glued into a writer's
 * paragraph between two of its sentences or at its end (issue 12, session 18) — a coupon, a quick
 * loan, stock or crypto tips, a betting site, a contact come-on, bait for comments and shares:
 * 急用钱找我们，凭身份证即可借款，当天到账， … 看到这里你想起童年了吗？赶紧转发给家里的老人看看！
 *
 * Read clause by clause for what the clause does, not which words a farm chose: it speaks to the
 * reader (你, 大家, 有意者, a question to them), calls to act (加, 进群, 扫码, 领取, 转发, 留言 …),
 * offers (an amount off or free, a time limit, a code, money paid out today), names what the trade
 * sells (lending, stocks, coins, bets, a contact) or promises a result (a cure in three days, money
 * back). A run is two or more such clauses in a row; it ends where the writer's clauses begin again,
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
import { APP_BENEFIT, APP_CALL, APP_TAIL_HAN, CALLED_NAME, isAppCall, PLUG_LEAD } from './app-calls';
import { SPEAKER_COLON } from './quoted-speech';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** The reader addressed: a second person, the readers as a group, a question put to them. */
const ADDRESS = /[你您]|大家(?!庭)|各位|朋友们|小伙伴|有意者|需要的(?:朋友|人)|[吗呢][？?]$|怎么看[？?]?$|怎么办[？?，,]?$|哪家(?:好|强|靠谱)/u;
const PERSON = /[你您]|大家(?!庭)|各位|朋友们|小伙伴|有意者|需要的(?:朋友|人)|哪[家款种个](?:好|强|靠谱)/u; // the reader named, or asked to choose
const ASKS = /(?:[吗呢嘛]|什么|怎么|怎样|为什么|为何|是否|难道|谁|哪里|哪儿|多少|如何)[^。！？!?]*[？?]\s*$/u;
/**
 * A call to act on the offer or the page: contact, join, copy, claim, sign up, share, comment. Going to a site
 * (上X网, 上官网) is a call only where 上 opens a word and 网 closes one: 以上|网友, 上千|网民, 线上|网购 are the
 * writer's words (session 29: seams28 held-out, a writer's sentence 调查显示九成以上网友反对… read as a call and
 * hidden, 41 characters, with an address to the reader pasted into the next clause).
 */
const ACT =
  /(?:加|添加|联系|咨询|私信|私聊)(?:我|我们|客服|助理|老师|微信|[VvＶｖ]|QQ|qq|好友)|找我|进群|加群|入群|扫码|点击|复制|输入|填写|领取|免费领|注册.{0,2}[送领返]|注册(?:会员|账号)|立即注册|免费注册|开户|下载|转发|转给|分享给|分享到|留言|评论|点赞|关注(?:我们|我|本号|公众号|小编)|(?:点赞|记得|点击|一键)收藏|收藏(?:本文|起来)|致电|速来|赶紧|赶快|快来|欢迎|记得|别忘|(?<![以之线网早晚马身加路手世地天桌面])上\p{Script=Han}{0,4}(?:网(?![友民络红购点格])|平台|官网)/u;
/** An offer: a sum off or given, free, a limit in time or places, a code, money paid out or multiplied. */
const OFFER =
  /免费|立减|一站式|[日月]入|[日月]赚|躺赚|[满减省]\d|[送返赠][\d一二三四五六七八九十百千万两]|[低打]至?\d+折|\d+折|优惠|(?:优惠|代金|抵用|现金)券|券码|领券|限时|仅限|倒计时|名额|秒批|到账|放款|翻\S?倍|稳赚|稳赢|必涨|涨停|回本|收益|彩金|最高可|额度|首存|首单|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,}|[1１][3-9３-９][\d０-９]{9}/u;
/**
 * What a remedy or a tip promises: a result within a time (三天见效, 一个月摘掉眼镜), a cure, money back
 * if it fails, a secret recipe, a sure win. Writers report such claims (所谓“三天根治”) but do not make
 * them in their own voice; a doctor's advice names a time (连续服用一个月) but no result bought with it.
 */
const PROMISE =
  /[一二三四五六七八九十两半百\d]+(?:个)?(?:天|日|晚|周|星期|月|疗程|贴|粒|次)[^，,；;。！!？?]{0,4}(?:见效|根治|断根|除根|痊愈|告别|摆脱|甩掉|摘掉|扔掉|不疼|不痛|治好|好转|到天亮)|(?:轻松|就能|即可|马上|立刻|彻底)(?:告别|摆脱|甩掉|摘掉|扔掉|治好|康复)|[\d一二三四五六七八九十两半]+(?:分钟|小时)(?:内)?(?:上门|到达|到场)|先服务后付款|见效|根治|断根|除根|药到病除|立竿见影|无效(?:全额)?退款|不好不要钱|不灵不要钱|不满意不收费|包治|包好|包赢|必中|祖传|秘方|秘制|古方|偏方|神药/u;
const PROMISED_TIME = /[一二三四五六七八九十两半百\d]+个?(?:天|日|晚|周|星期|月|疗程)[，,]?$/u;
const PROMISED_RESULT = /^\p{Script=Han}{0,2}?(?:就能?|便|即可|轻松|彻底|从此)?(?:告别|摆脱|甩掉|摘掉|扔掉|治好|不疼|不痛|见效|根治|断根|康复|痊愈|全消|消失|不再)/u;
/** A sum of money: every price story has one, so it is an offer only beside other evidence in its clause. */
const AMOUNT = /[一二三四五六七八九十百千万\d]+(?:万|千)?元/u;
/** What the trades sell: lending, stocks, coins, bets, a contact to reach the seller. */
const TRADE =
  /借款|借钱|贷款|网贷|下款|征信|抵押|黑户|周转|缺钱|急用钱|手头紧|身份证|低息|牛股|金股|黑马|潜力股|荐股|诊股|内参|主力资金|散户|股票|炒股|炒币|币圈|数字货币|虚拟币|加密货币|比特币|合约|带单|跟单|抄底|空投|投注|竞猜|买球|博彩|百家乐|老虎机|视讯|赌场|官网|官方(?:平台|网站|网址)|网址|微信|[VvＶｖ]信|QQ|客服|房源|券码|优惠码|口令|包邮|下单|赌|彩金|真人(?:娱乐|视讯|荷官)|电子游艺|棋牌|六合彩|时时彩|大小单双|娱乐城/u;
/** Someone reported as saying it, a warning about it, or a notice to a named public: a writer's sentence. */
const REPORTED =
  /骗|诈|警方|民警|公安|提醒|提示|声称|宣称|所谓|[^指]称|诱饵|诱导|广告|谨防|切勿|不要|[别勿](?!忘)|记者|据|表示|介绍|[他她]们?说|举报|被告|法院|受害|涉嫌|网传|冒充|虚假|非法|违法|陷阱|套路|市民|居民|游客|乘客|旅客|患者|家长|消费者|投资者|彩民|用户|玩家|观众|群众|村民|一些|不少|许多|本报|本台|本刊|本栏目/u;

/**
 * A complaint an ad opens with, put as a question (腰又疼了？ 睡不着？): a short clause that is nothing but a
 * question asking no who, what or why, opening its sentence. A writer's rhetorical question follows its
 * own clause (…如此残酷，这让人情何以堪？) or asks what (这种办法是否有用？).
 */
const COMPLAINT = /^(?!.*(?:什么|怎么|怎样|为什么|为何|是否|哪|谁|多少|如何|几))[^，,；;。！!？?]{1,12}[？?]$/u;
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

type Kind = 'address' | 'act' | 'offer' | 'trade' | 'promise';

interface Clause {
  start: number;
  end: number;
  kinds: Set<Kind>;
  /** Where the clause's first piece of evidence starts (a run glued without a stop starts there). */
  cueAt: number;
  /** Where its last piece of evidence ends: what follows may be the writer's, glued with no stop. */
  cueEnd: number;
  /** It reports or quotes: the writer's, whatever it names. */
  writer: boolean;
  /** It opens with words that are not an app call's own before the call (glued with no stop): the run starts at the call. */
  foreignLead?: boolean;
  /** Its last evidence is an app plug's benefit. */
  appBenefit?: boolean;
}

/** Urging words: a call when said to the reader (赶紧转发, 大家赶快报名), narration after someone else (村民们赶紧上前). */
const URGING = /赶紧|赶快|快来|速来/gu;
/** What may stand before an urging word in a call: the reader addressed, or 请 / 还不 / 那就. */
const CALLER = /(?:请|你|您|你们|大家|各位|朋友|朋友们|小伙伴们?|亲们?|家人们|老铁们?|还不|那就|就)$/u;

/**
 * `body` with its narrated urgings blanked (same length): after a third person's name (获救者们赶紧上前,
 * 他赶快报了警) the word tells what they did, not what the reader should do.
 */
function withoutNarratedUrging(body: string): string {
  return body.replace(URGING, (word: string, at: number) => {
    const lead = body.slice(0, at).trim();
    return lead === '' || CALLER.test(lead) ? word : '＿'.repeat(word.length);
  });
}

/** The clauses of a paragraph, each with its closing mark, and what each does. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(/[^，,；;！!？?。]+[，,；;！!？?。]*/gu)) {
    const prev = out[out.length - 1];
    const body = m[0].replace(/[，,；;！!？?。\s]+$/u, '');
    const kinds = new Set<Kind>();
    const at: number[] = [];
    let cueEnd = 0;
    const read = (kind: Kind, pattern: RegExp, where: string): void => {
      const found = pattern.exec(where);
      // An item of a list with 、 is the writer's (微信、QQ、微博 as channels a story names).
      if (!found || (kind === 'trade' && (where.charAt(found.index - 1) === '、' || where.charAt(found.index + found[0].length) === '、'))) return;
      kinds.add(kind);
      at.push(found.index);
      cueEnd = Math.max(cueEnd, found.index + found[0].length);
    };
    // A clause that reports or quotes is the writer's, whatever it names.
    // (A name in quotes after a call, 搜索“X”, is a name to type, not a quotation.)
    const writer = REPORTED.test(body) || /[“”「」『』＂]/u.test(body.replace(CALLED_NAME, '$1'));
    if (!writer) {
      read('address', ADDRESS, m[0].trim());
      if (/^$|[。！？!?]\s*$/u.test(text.slice(0, m.index))) read('address', COMPLAINT, m[0].trim());
      read('act', ACT, withoutNarratedUrging(body));
      read('offer', OFFER, body);
      read('trade', TRADE, body);
      read('promise', PROMISE, body);
      // An app plug is the call and what it gives, in either order (下载X客户端，阅读完整内容); a call
      // with nothing given is a how-to's step (打开X APP，搜索…，点击领取即可), only a call.
      const call = isAppCall(body) ? APP_CALL.exec(body) : null;
      const prevCall = prev !== undefined && !prev.writer && isAppCall(text.slice(prev.start, prev.end));
      if (call) {
        // Its evidence starts at the verb: words before it may be the writer's, glued with no stop.
        kinds.add('act');
        const lead = call.groups?.lead ?? '';
        at.push(lead.length - (PLUG_LEAD.exec(lead)?.[0].length ?? 0));
        cueEnd = Math.max(cueEnd, call[0].length);
        const benefit = prev && !prev.writer ? APP_BENEFIT.exec(text.slice(prev.start, prev.end)) : null;
        if (prev && benefit) {
          prev.kinds.add('offer');
          prev.cueAt = Math.min(prev.cueAt, prev.start + benefit.index);
          prev.cueEnd = Math.max(prev.cueEnd, prev.start + benefit.index + benefit[0].length);
          kinds.add('trade');
        }
      }
      if (call || prevCall) {
        read('offer', APP_BENEFIT, body);
        // What is given makes the app the thing sold.
        if (APP_BENEFIT.test(body)) (call ? kinds : prev?.kinds)?.add('trade');
      }
      if (kinds.size) read('offer', AMOUNT, body);
    }
    const cueAt = Math.min(body.length, ...at);
    const benefitAt = kinds.has('offer') ? APP_BENEFIT.exec(body) : null;
    const appBenefit = benefitAt !== null && benefitAt.index + benefitAt[0].length === cueEnd;
    out.push({ start: m.index, end: m.index + m[0].length, kinds, cueAt: m.index + cueAt, cueEnd: m.index + cueEnd, writer, foreignLead: cueAt > 0 && APP_CALL.test(body), appBenefit });
    // A time in one clause and the result it buys opening the next (坚持喝两个月，告别胰岛素) is one promise.
    if (prev && !prev.writer && !writer && PROMISED_TIME.test(text.slice(prev.start, prev.end)) && PROMISED_RESULT.test(body)) {
      prev.kinds.add('promise');
      kinds.add('promise');
    }
  }
  return out;
}

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
