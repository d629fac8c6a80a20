/**
 * What a clause of a paragraph does for a seller (./find-reader-lures.ts reads runs of them): it
 * speaks to the reader (你, 大家, 有意者, a question to them), calls to act (加, 进群, 扫码, 领取, 转发,
 * 留言 …), offers (an amount off or free, a time limit, a code, money paid out today), names what the
 * trade sells (lending, stocks, coins, bets, a contact) or promises a result (a cure in three days,
 * money back) — read for what the clause does, not which words a farm chose. A clause that reports or
 * quotes is the writer's, whatever it names.
 */
import { APP_BENEFIT, APP_CALL, CALLED_NAME, isAppCall, PLUG_LEAD } from './app-calls';

/** The reader addressed: a second person, the readers as a group, a question put to them. */
const ADDRESS = /[你您]|大家(?!庭)|各位|朋友们|小伙伴|有意者|需要的(?:朋友|人)|[吗呢][？?]$|怎么看[？?]?$|怎么办[？?，,]?$|哪家(?:好|强|靠谱)/u;
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
export const REPORTED =
  /骗|诈|警方|民警|公安|提醒|提示|声称|宣称|所谓|[^指]称|诱饵|诱导|广告|谨防|切勿|不要|[别勿](?!忘)|记者|据|表示|介绍|[他她]们?说|举报|被告|法院|受害|涉嫌|网传|冒充|虚假|非法|违法|陷阱|套路|市民|居民|游客|乘客|旅客|患者|家长|消费者|投资者|彩民|用户|玩家|观众|群众|村民|一些|不少|许多|本报|本台|本刊|本栏目/u;

/**
 * A complaint an ad opens with, put as a question (腰又疼了？ 睡不着？): a short clause that is nothing but a
 * question asking no who, what or why, opening its sentence. A writer's rhetorical question follows its
 * own clause (…如此残酷，这让人情何以堪？) or asks what (这种办法是否有用？).
 */
const COMPLAINT = /^(?!.*(?:什么|怎么|怎样|为什么|为何|是否|哪|谁|多少|如何|几))[^，,；;。！!？?]{1,12}[？?]$/u;

export type Kind = 'address' | 'act' | 'offer' | 'trade' | 'promise';

export interface Clause {
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
export function clausesOf(text: string): Clause[] {
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
