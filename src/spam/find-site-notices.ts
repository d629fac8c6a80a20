/**
 * Family "seo": the farm's own notices left inside a copied story (session 14) — a takedown or
 * views disclaimer (图片来源于网络，如有侵权请联系删除), an audio player's leftover text (▶ 听全文
 * 03:25), fold and back-link debris (展开全文∨, 展开剩余78%, 返回首页查看更多), a call to follow an
 * account and reply a keyword for a freebie, a prize draw among the commenters, and the farm's name
 * line (a dateline naming a made-up portal, a compiled-by line with 小编 or an address, a warm
 * reminder asking to share). Found by what the notice does, not by a list of sentences.
 *
 * News says all these things too: a copyright story quotes a takedown notice, a podcast story names
 * an episode's length, a report tells of a brand's prize draw, a city's account asks residents to
 * reply a word to look up a service, and 本报讯 / 人民网讯 open real stories. So a notice inside
 * quotation marks, or told by a third person (称, 写着, 被, 商家, 博主 …), is left; a disclaimer or a
 * call in the article's last paragraph (where a site prints its own) is only marked; a dateline is
 * taken only where its portal's name is made of a farm's words (看点, 资讯, 头条 …) or is a 吧.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { unnamedFollowEnd } from './follow-object';
import { finderSpan } from './finder-span';
import { hanCount } from './headline-text';
import { sentenceRanges } from './sentence-text';
import type { LanguageModel } from '../lm/index';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Someone else's notice told by the story: a third person, a speech verb, a passive, a trader. */
const TOLD = /[他她其该]|称|骗|表示|写着|写道|标注|注明|标明|印有|显示|以“|被|商家|博主|主播|网红|公司|平台方|机构|一些|不少|许多|部分网站|自媒体|涉事|记者|警方|法院|起诉|判决|市民可|用户可|读者可|居民可|群众可/u;

/** A takedown notice: the material came from the internet, and whoever owns it may have it deleted. */
const FROM_NET = /(?:来源于?|来自于?|源于|转载自|取自|均来自|素材来自|整理自|摘自|摘录自)(?:互联)?网[络路]|(?:来源于?|来自于?|源于|转载自|取自|整理自|摘自)互联网|网络(?:图片|素材)|网友投稿/u;
/**
 * What a site says of text it took from the net (session 16): whose it is, what it is for, whom it
 * speaks for, whom to contact. Said together with FROM_NET it is the copier's notice.
 */
const SITE_CLAIM = /版权归|仅供(?:学习|交流|参考|阅读|欣赏)|只作|只供|不代表本|与本(?:站|网|网站|平台|号)无关|立场|观点|如有侵|如涉及|若涉及|请(?:与我们|联系)|告知/u;
/** Rights and reprint notices: whose the text is and who may copy it. An outlet's own line (a sentence naming 本报, 本刊) is left. */
const RIGHTS = /版权归[^，。,]{0,4}作者|(?:未经|没有)[^，。,]{0,6}(?:授权|许可|同意)[^。]{0,10}转载|转载(?:请|须|需|务必)[^，。,]{0,8}(?:注明|保留|经|授权|联系)|欢迎转载|(?:翻版|违者)必究|谢绝转载|禁止转载|严禁转载/u;
const OUTLET = /本报|本刊|本台|本社|本报社/u;
/** A liability disclaimer: no advice given, the reader's own risk, no responsibility taken. */
const LIABILITY = /不构成(?:任何)?[^，。,]{0,4}建议|风险自(?:担|负)|(?:不|概不)(?:承担|负)[^，。,]{0,6}责任|不作任何(?:保证|承诺)|不对[^，。,]{0,16}(?:负责|承担|保证)/u;
const LIABLE_SUBJECT = /本站|本网|本平台|本号|本文|以上|文中|文章|所载|据此|读者/u;
/** A request for corrections: if anything is wrong, tell us. */
const CORRECTION = /(?:如|若)(?:有|发现|文中有|内容有)[^，。,]{0,6}(?:错|误|漏|不妥|不实|不当)[^。！？!?]{0,14}(?:指正|告知|联系|更正|反馈|指出)/u;
const TAKE_DOWN = /侵权|侵犯[^，。]{0,6}权|版权/u;
const DELETE = /删除|删文|处理|告知|联系/u;
/** A views disclaimer: the author's own, not the site's. */
const VIEWS = /(?:仅|只)?代表作者|作者(?:个人|本人|独立)?观点|(?:个人|独立)观点/u;
const NOT_SITE = /不代表(?:本|我)(?:站|网|平台|号|刊)|与本(?:站|网|网站|平台|号)无关|不代表[^，。]{0,4}立场/u;

/**
 * Audio: a play sign, a listening word, a duration (mm:ss, or 约N分钟), a control (暂停, 倍速). Two
 * of the four, and little else; or a line that is nothing but the player's duration (session 15).
 */
const PLAY_SIGN = /[▶▷►⏯🔊🔈🔉🎧]\uFE0F?/u;
const LISTEN = /听全文|收听本文|收听全文|听本文|听新闻|语音播报|点击收听|点击播放|播放|收听/u;
const DURATION = /\d{1,2}[:：]\d{2}|约\s?\d{1,2}\s?分钟/u;
const CONTROL = /暂停|倍速|快进|快退/u;
const AUDIO_STRETCH = /[^。！？!?，,\n]*(?:[▶▷►⏯🔊🔈🔉🎧]|听全文|收听|播放|播报|约\s?\d{1,2}\s?分钟)[^。！？!?，,\n]*/gu;
/** The player's own words, signs and durations (global: the stretch is read from the first to the last). */
const AUDIO_CUES = /[▶▷►⏯🔊🔈🔉🎧]\uFE0F?|(?:点击)?(?:听全文|收听本文|收听全文|听本文|听新闻|语音播报|收听|播放)|\d{1,2}[:：]\d{2}|约\s?\d{1,2}\s?分钟|暂停|倍速|快进|快退/gu;
const AUDIO_WORDS = /[▶▷►⏯🔊🔈🔉🎧]|\uFE0F|听全文|收听本文|收听全文|听本文|听新闻|语音播报|点击收听|点击播放|播放|收听|时长|\d{1,2}[:：]\d{2}|约\s?\d{1,2}\s?分钟|暂停|倍速|快进|快退|[\s/|：:]/gu;
/** A listening or reading time standing alone after the paragraph's sentences: a player's remains. */
const LONE_DURATION = /(?<=^|[。！？!?；;」”）)\]】］]\s*)(?:(?:阅读|收听|音频)?时长\s?[:：]?\s?)?约\s?\d{1,2}\s?分钟\s*$/u;

/** Fold debris: 展开全文 with its arrow or alone, 展开剩余 NN%, a back-link to more on the home page. */
const FOLD = /展开剩余\s*\d{1,2}\s*%|(?:点击)?(?:展开|阅读)全文\s*[∨▼▽⌄﹀↓>》]+|(?<=^|[。！？!?\s])(?:点击)?展开全文(?=$|\s)|返回(?:首页|搜狐|网易|腾讯网|新浪|凤凰网|百家号|主页)[，,]?\s*(?:查看|看|阅读)更多(?:精彩)?(?:内容|资讯|新闻)?[。！!]?/gu;

/** （未完，请看下一页）: the story goes on on a page the copy does not have. */
const TO_NEXT_PAGE = /[（(]\s*未完(?:待续)?\s*[，,]?\s*(?:请|敬请)?(?:看|见|阅读|转|翻)?(?:至)?下一?页\s*[）)]/gu;

/** Follow an account and reply a keyword (or message it) to get a freebie. */
const FOLLOW_REPLY = /(?:关注|搜索|添加)[^。！？!?]{0,24}?(?:公众号|视频号|抖音号?|快手号?|小红书号?|头条号|服务号|百家号)[^。！？!?]{0,30}?(?:回复|私信|留言|评论)/u;
const FREEBIE = /免费|领取?|获取|送|福利|资料|秘籍|攻略|教程|红包|电子书|食谱|推荐|课程/u;

/**
 * A call to follow, star or be notified (session 16), with no 二维码 or reply: an act on the account
 * (scan, long-press, search, star, pin, turn on notifications) and what the reader gets or joins.
 */
const FOLLOW_ACT = /扫一扫|扫描|扫码|长按(?:识别|扫码|图片|下图|上图)?|搜一搜|搜索|设为星标|加星标|星标|置顶|开启[^，。！,]{0,6}(?:推送|通知|提醒)|打开[^，。！,]{0,4}(?:通知|提醒)|小铃铛/u;
const FOLLOW_GOAL = /关注|添加|加入|好友|小编|客服|本号|我们|公众号|读者群|粉丝群|错过|第一时间|推送|干货|福利|资料|好文|精彩/u;
/** A giveaway: an act of the reader (comment, share, like), then a draw, a gift or a red packet. */
const GIVEAWAY = /(?:留言|评论|转发|分享|点赞|在看|关注|截图)[^。！？!?]{0,24}?(?:抽奖|抽取|抽出|抽[一二三四五六七八九十两\d]+(?:位|人|名|个)|红包|礼品|礼物|奖品|好礼|赢取|赢得|免费(?:送|领)|送出|有机会|幸运)/u;

/** A prize draw among readers: the comments, a draw or the top N, a prize, its worth. */
const DRAW_WHERE = /评论区|留言区|留言|评论|点赞/u;
const DRAW_PICK = /抽取|抽出|抽选|选出|随机|前[一二三四五六七八九十\d]+名|最多的[一二三四五六七八九十\d]+位|[一二三四五六七八九十\d]+位(?:读者|粉丝|网友)/u;
const DRAW_PRIZE = /价值\s*\d+(?:\.\d+)?\s*元|送出?|赠送|获得|奖励/u;

/** A dateline naming a made-up portal: farm words + 网/吧 + 讯/消息, at the paragraph's start. */
const DATELINE = /^\s*[\p{Script=Han}A-Za-z0-9]{0,8}?(?:看点|资讯|快讯|热点|头条|天天|今日|每日|八卦|百科|趣闻|生活|百姓|城事|新鲜事|吃瓜)[\p{Script=Han}]{0,4}?(?:网|吧)(?:讯|消息)[：:]|^\s*[\p{Script=Han}]{2,8}吧(?:讯|消息)[：:]/u;
/** A compiled-by line that names its editor as 小编 or gives the site's address. */
const COMPILED = /本文由[^。！？!?]{2,16}?(?:网|站|平台|号)?[^。！？!?]{0,6}?(?:小编|编辑)[^。！？!?]{0,8}?(?:整理|编辑|发布|原创)/u;
const ADDRESS = /网址|www|\.com|\.cn|\.cc|\.net/iu;
/** A warm reminder asking the reader to share or like. */
const REMINDER = /温馨提示[：:][^。！？!?]{0,30}?(?:分享|转发|收藏|点赞|关注)/u;

/** Where a clause ends: a comma or colon, a closing bracket or quote, a space (U+3000 too). */
const CLAUSE_ENDS = '，,；;：:、）)】］」”\u3000 ';
const TRAILING_ENDS = /[，,；;：:、）)】］」”\s]+$/u;

/** A notice's own words, any kind's (session 17), with the courtesies that close one (谢谢合作). */
const NOTICE_WORDS = new RegExp(
  [FROM_NET, SITE_CLAIM, RIGHTS, LIABILITY, CORRECTION, TAKE_DOWN, DELETE, VIEWS, NOT_SITE, FOLLOW_ACT, GIVEAWAY]
    .concat(/关注|添加|好友|小编|客服|本号|公众号|读者群|粉丝群|错过|推送|干货|福利|资料|好文|抽[取出奖]|红包|礼品|奖品|赢取|送出|有机会|谢谢|感谢|必究|责任/u)
    .map((r) => r.source)
    .join('|'),
  'u',
);
const NOTICE_ALL = new RegExp(NOTICE_WORDS.source, 'gu');
/** The notice words' kinds apart, so a clause's last notice word is read to its longest (版权归|原作者 is RIGHTS' 版权归原作者). */
const NOTICE_PARTS = [FROM_NET, SITE_CLAIM, RIGHTS, LIABILITY, CORRECTION, TAKE_DOWN, DELETE, VIEWS, NOT_SITE].map((r) => new RegExp(r.source, 'gu'));
/** Where the last notice word of `clause` ends, each kind's match read whole. */
const lastNoticeEnd = (clause: string): number => Math.max(0, ...NOTICE_PARTS.flatMap((r) => [...clause.matchAll(r)].map((m) => m.index + m[0].length)), ...[...clause.matchAll(NOTICE_ALL)].map((m) => m.index + m[0].length));
/** Advice a notice closes with, to verify or judge for oneself (请自行核实, 以实际为准): no notice word, still the notice's. */
const ADVICE = /^请|自行|为准|谨慎|核实|甄别/u;
/** The site speaking of itself or its page. */
const SITE_SELF = /本站|本网|本平台|本页|此页|该页|本号/u;
/** Characters a notice's own wording may run on after its last notice word; a longer tail is the writer's sentence run on. */
const TAIL = 8;
/** How far past its last notice word the seam of a notice run into the writer's sentence is sought. */
const WINDOW = 4;
/**
 * Han characters a disclaimer's own wording may run on after its last notice word in a clause (版权归原作者|所有,
 * 仅供学习|交流使用, 观点仅代表作者|本人); more is the writer's clause it was glued to with no mark.
 */
const OWN_TAIL = 4;

/**
 * Where one of session 16's notices that starts at `at` of `sentence` ends (session 17). A farm that
 * pastes a notice with no full stop runs it into the writer's next sentence inside one clause
 * (不构成任何投资建议妈妈是…). In each clause with notice words, the words after the last of them are a
 * tail; a tail longer than a notice's own closing words is the writer's, from the seam the language
 * model reads least joined (the least junction fit) in its first characters. Otherwise the notice
 * runs to the sentence's end, as before.
 *
 * `formula`: a disclaimer (takedown, views, rights, liability, the net as source, corrections) is a
 * formula that ends on its own words, so past a few characters after its last one the writer's words
 * begin, and it ends there (session 29: seams28 lost the writer's 管道八公里 / 不随之走高 / 公益活动 glued
 * after 风险自担 to the sentence's end, and 的 to the model's seam). A call or a giveaway goes on in free
 * words about what it gives (回复“基金”免费|领取入门手册): session 17's reading.
 */
function noticeEnd(sentence: string, at: number, test: (s: string) => boolean, lm: LanguageModel | undefined, formula: boolean): [number, boolean] {
  let first = at + 1;
  let tail = 0;
  while (first < sentence.length && !test(sentence.slice(at, first))) first++;
  for (let from = at; from < sentence.length; ) {
    let end = from;
    while (end < sentence.length && !CLAUSE_ENDS.includes(sentence.charAt(end))) end++;
    const clause = sentence.slice(from, end);
    const last = [...clause.matchAll(NOTICE_ALL)].pop();
    const marks = [...(first > from && first <= end ? [first] : []), ...(last ? [from + last.index + last[0].length] : [])];
    const words = Math.max(from, ...marks);
    // Session 20: a farm closes a notice with a comma and the writer's clause goes on (…与本站无关，有着很大的影响。):
    // past where the notice reads whole, a clause with no notice word and no advice to the reader is the writer's
    // where the writer's words stand before the notice too, or a long stretch follows (a notice's own last clause
    // is short: 每天都有新资讯！). Sure only where the clause before ended on a notice word (not 转载请注明出处如今，).
    const after = (sentence.slice(from).match(/\p{Script=Han}/gu) ?? []).length;
    if (!marks.length && from >= first && after > 0 && !ADVICE.test(clause) && (at > 0 || after >= 12)) return [from, tail === 0];
    tail = marks.length ? end - words : 0;
    if (formula && marks.length) {
      const own = Math.max(words, from + lastNoticeEnd(clause));
      if (hanCount(sentence.slice(own, end)) > OWN_TAIL) return [own, true];
    }
    if (lm && marks.length && end - words > TAIL) {
      let seam = end;
      let least = Infinity;
      for (let b = words; b <= Math.min(end - 1, words + WINDOW); b++) {
        const fit = lm.junctionFit(sentence.slice(at, b), sentence.slice(b, end), true, false);
        if (fit < least) [seam, least] = [b, fit];
      }
      return [seam, true];
    }
    from = end + 1;
  }
  return [sentence.length, true];
}

/** Where a notice found at `at` opens: back over clauses of the site speaking of itself (本页面信息由用户上传，) and a short label (声明：). */
function noticeStart(sentence: string, at: number): number {
  let start = at;
  for (;;) {
    const m = /([^，,；;：:。！？!?\s]{1,30})([，,；;：:]\s?)$/u.exec(sentence.slice(0, start));
    if (!m?.[1] || told(m[1])) return start;
    const label = /[：:]/u.test(m[2] ?? '') && /^\p{Script=Han}{2,6}$/u.test(m[1]);
    const self = m[1].search(SITE_SELF);
    if (!label && self < 0) return start;
    // From the site's word: a line of the writer's with no mark after it may stand before it (1、姓名本站所载…).
    start -= m[0].length - (label ? 0 : self);
    if (label || self > 0) return start;
  }
}

/** The notices that are disclaimers, formulas ending on their own words (./noticeEnd's `formula`). */
const DISCLAIMERS = new Set(['A takedown notice', 'A views disclaimer', 'A notice that the text comes from the net', 'A rights or reprint notice', 'A liability disclaimer', 'A request for corrections']);

function told(sentence: string): boolean {
  return TOLD.test(sentence);
}

export function findSiteNotices(pageText: string, lastParagraph = false, lm?: LanguageModel): SpamSpan[] {
  // Read in Simplified form (same length): a Traditional page's notices are the same notices.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const add = (start: number, end: number, hide: boolean, what: string): void => {
    spans.push(finderSpan(start, end, 'seo', hide, { hidden: `${what}: the farm's own notice, pasted into the article.`, marked: `${what}: possibly the site's own notice.` }));
  };
  for (const [start, end] of sentenceRanges(text, true)) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    const from = start + lead;
    // A quotation of speech (a long quoted stretch) is the story's; a short quoted name (an account's) is not.
    if (sentence.length === 0) continue;
    // Each notice starts at the latest clause from which it still reads whole: a paragraph that
    // ended without a full stop (…（除署名外）) keeps its words out of the notice glued after it.
    const notice = (test: (s: string) => boolean, opener: RegExp, whole: boolean): [number, number] | null => {
      // A short sentence that is all notice is taken whole (严禁转载，违者必究。; 把本号设为星标，…) when
      // it opens with the notice's words: a line glued before it (a subheading, ［详细］) is the article's.
      if (whole && sentence.length <= 40 && test(sentence) && new RegExp(`^(?:${opener.source})`, 'u').test(sentence)) return [0, 0];
      let at: number | null = null;
      for (let b = sentence.length - 1; b > 0 && at === null; b--) {
        if (CLAUSE_ENDS.includes(sentence.charAt(b - 1)) && test(sentence.slice(b))) at = b;
      }
      if (at === null && !test(sentence)) return null;
      at ??= 0;
      // Glued to the article's words with no mark between (a subheading, 常见问题关注公众号…): the
      // notice starts at its first opening word from which it still reads whole. The site naming
      // itself opens a notice too (本站部分内容…).
      const clause = sentence.slice(at);
      for (const m of clause.matchAll(new RegExp(`${SITE_SELF.source}|${opener.source}`, 'gu'))) {
        if (m.index === 0) break;
        if (test(clause.slice(m.index))) return [at, at + m.index];
      }
      const start = noticeStart(sentence, at);
      return [start, start];
    };
    const rest = (s: string): string => s.slice(Math.max(0, s.search(/回复|私信|留言|评论/u)));
    // [what, test, hidden (else marked), told is read in the whole sentence (else in the notice only),
    //  the notice's opening words, a short sentence that reads as the notice is taken whole (session 16)]
    const kinds: [string, (s: string) => boolean, boolean, boolean, RegExp, boolean?][] = [
      ['A takedown notice', (s) => FROM_NET.test(s) && TAKE_DOWN.test(s) && DELETE.test(s), !lastParagraph, true, /本文|文章|文中|部分|以上|图片|照片|图文|内容|素材|(?:免责)?声明|【/gu],
      ['A views disclaimer', (s) => VIEWS.test(s) && NOT_SITE.test(s), !lastParagraph, true, /本文|文章|文中|以上|观点|内容|(?:免责)?声明|【/gu],
      ['A call to follow an account', (s) => FOLLOW_REPLY.test(s) && FREEBIE.test(rest(s)), !lastParagraph, true, /长按|微信|请|关注|搜索|添加/gu],
      ['A prize draw among the commenters', (s) => DRAW_WHERE.test(s) && DRAW_PICK.test(s) && /价值\s*\d/u.test(s) && DRAW_PRIZE.test(s), !lastParagraph, true, /我们|本期|本周|小编|从本文|从留言|留言|评论区|在评论|在留言/gu],
      // Session 16: notices, calls and giveaways in other wordings; short, and never telling of the past (了).
      ['A notice that the text comes from the net', (s) => FROM_NET.test(s) && SITE_CLAIM.test(s), !lastParagraph, true, /本文|此文|本站|本页|文章|文中|部分|以上|图片|图文|内容|素材|(?:免责)?声明|【/gu, true],
      ['A rights or reprint notice', (s) => RIGHTS.test(s) && !OUTLET.test(sentence), !lastParagraph, true, /本文|本站|版权|未经|转载|欢迎|翻版|违者|谢绝|禁止|严禁|【/gu, true],
      ['A liability disclaimer', (s) => LIABILITY.test(s) && LIABLE_SUBJECT.test(s) && !OUTLET.test(sentence), !lastParagraph, true, /本站|本网|本文|以上|文中|文章|据此|读者|免责|【/gu, true],
      ['A request for corrections', (s) => CORRECTION.test(s) && !OUTLET.test(sentence) && s.length <= 40, !lastParagraph, true, /如|若|文中|本文/gu, true],
      ['A call to follow or star the account', (s) => FOLLOW_ACT.test(s) && FOLLOW_GOAL.test(s.slice(s.search(FOLLOW_ACT))) && s.length <= 40 && !/了/u.test(s), !lastParagraph, true, /扫|长按|打开|微信|搜|记得|设为|将|把|点击|开启|关注/gu, true],
      ['A giveaway to readers', (s) => GIVEAWAY.test(s) && s.length <= 50 && !/了/u.test(s), !lastParagraph, true, /福利|本期|【|在|评论|留言|转发|分享|点赞|关注/gu, true],
      ['A compiled-by line naming the farm', (s) => /^本文由/u.test(s) && COMPILED.test(s) && (/小编/u.test(s) || ADDRESS.test(s)), true, false, /本文由/gu],
      ['A warm reminder asking to share', (s) => /^温馨提示/u.test(s) && REMINDER.test(s), true, false, /温馨提示/gu],
    ];
    for (const [what, test, hide, wholeSentence, opener, whole] of kinds) {
      const found = notice(test, opener, whole === true);
      if (found === null) continue;
      const [clauseAt, at] = found;
      // A quotation of speech (a long quoted stretch) is the story's; a short quoted name (an account's) is not.
      if (insideQuotes(text, from + at) || /[“「『][^”」』]{11,}/u.test(sentence.slice(at))) break;
      // Told by the story (商家表示，…; 他称…), in the notice or the clause before it: someone else's
      // notice. 作者 and 本文由 are the notice's own words. A byline before it (记者…) is no teller.
      const before = sentence.slice(0, clauseAt).replace(TRAILING_ENDS, '');
      const clause = before.slice(Math.max(...[...CLAUSE_ENDS].map((ch) => before.lastIndexOf(ch))) + 1);
      if (told(`${wholeSentence ? clause : ''}${sentence.slice(clauseAt)}`.replace(/作者|本文由|注明(?:出处|来源)/gu, ''))) break;
      // The notice ends where its own words do (session 17); still, one of session 16's that runs on for
      // more than 40 characters may have swallowed the writer's words: marked, not hidden.
      const [stop, sure] = noticeEnd(sentence, at, test, whole === true ? lm : undefined, DISCLAIMERS.has(what));
      let to = stop >= sentence.length ? end : from + stop;
      while (to > from + at && /\s/u.test(text.charAt(to - 1))) to--;
      // A QR-code follow call names no account in the words after it: those are marked, not hidden (./follow-object.ts).
      const unnamed = unnamedFollowEnd(text.slice(from + at, to));
      add(from + at, unnamed > 0 ? from + at + unnamed : to, hide && sure && (whole !== true || to - (from + at) <= 40), what);
      if (unnamed > 0) add(from + at + unnamed, to, false, what);
      break;
    }
  }
  const dateline = DATELINE.exec(text);
  if (dateline && !insideQuotes(text, 0)) add(dateline[0].length - dateline[0].trimStart().length, dateline[0].length, true, "A dateline naming the farm's portal");
  for (const m of text.matchAll(AUDIO_STRETCH)) {
    // From the player's first word or sign to its last: the article's words around it stay.
    const cues = [...m[0].matchAll(AUDIO_CUES)];
    const first = cues[0];
    const last = cues[cues.length - 1];
    if (!first || !last) continue;
    const stretch = m[0].slice(first.index, last.index + last[0].length);
    // A control counts only in a stretch that is the player's alone (用于暂停、播放、跳过 is a sentence about one).
    const alone = m[0].replace(AUDIO_WORDS, '').replace(/[^\p{Script=Han}]/gu, '').length <= 2;
    const kinds = [PLAY_SIGN.test(stretch), LISTEN.test(stretch), DURATION.test(stretch), alone && CONTROL.test(stretch)].filter(Boolean).length;
    // Little else: at most two Han characters besides the player's own words.
    if (kinds < 2 || stretch.replace(AUDIO_WORDS, '').replace(/[^\p{Script=Han}]/gu, '').length > 2 || insideQuotes(text, m.index + first.index)) continue;
    add(m.index + first.index, m.index + last.index + last[0].length, true, "An audio player's leftover text");
  }
  const duration = LONE_DURATION.exec(text);
  if (duration) add(duration.index, text.length, true, "An audio player's leftover text");
  for (const m of text.matchAll(FOLD)) if (!insideQuotes(text, m.index)) add(m.index, m.index + m[0].length, true, 'Fold or back-link debris');
  // A page link in brackets: a paper's own multi-page story prints it too, so it is only marked (as pagination is).
  for (const m of text.matchAll(TO_NEXT_PAGE)) add(m.index, m.index + m[0].length, false, 'A link to the next page');
  return spans.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= (all[i - 1]?.end ?? 0));
}
