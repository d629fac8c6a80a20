/**
 * Family "seo", marked only: lines of other screens pasted into the article (session 30, issue 12: QA29 and GATE29
 * had these classes, never hidden nor marked) — a chatbot's preamble or closing left by the rewriter, a "related"
 * line, an ad-block notice, a phone's notification, a game's ad, a live-commerce host's patter, danmaku, a
 * delivery's status, a navigation voice, a step counter. Each is read by what such a line says to its reader and
 * in what form (an app's name in 【】, a masked number, a code, a figure with its unit, "you" told to act), clause
 * by clause; a run of such clauses is marked, never hidden: a writer tells of the same things (a quoted chatbot
 * answer, a delivery delay, a navigation that misled a driver), and the words alone cannot tell them apart.
 * A short quotation inside a writer's clause (喊着“上链接”) is the writer citing: left.
 * Session 31 (QA30 never found them): a WeChat mini-program card, an app's update prompt, a captcha's prompt, and
 * more labels of related lines (another site's: 阅读更多：, 上一篇：…) — a card or row running on over what its line
 * sets apart with spaces, a prompt over the clauses that go on telling the reader what to do.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { LinkRange, SpamSpan } from './types';

type Kind = 'ai' | 'related' | 'adblock' | 'notification' | 'game' | 'commerce' | 'danmaku' | 'delivery' | 'navigation' | 'steps' | 'miniprogram' | 'update' | 'captcha';

/** A label of the related kind: a site's own (left where linked or alone) or pasted from another's. */
const RELATED_WORDS = '(?:(?:相关|延伸|推荐|热门|往期|同类|更多相关|更多|精选|编辑|本站|继续)(?:文章)?(?:阅读|新闻|报道|推荐|文章|内容|回顾|专题|话题)(?:推荐)?|本文相关|阅读更多|猜你喜欢|(?:你|您)(?:也许|可能)(?:还)?(?:喜欢|想看|感兴趣)(?:的(?:文章|内容|新闻))?|看了本文的人还看了|大家都在看|上一(?:篇|条)|下一(?:篇|条))';
/** A captcha's own form: it tells the reader what to do, asks, or shows its box or sum. */
const CAPTCHA_FORM = /^(?:请)?(?:拖动|按住|向右|滑动|点击|选择|输入|勾选)|请|您|你|[？?]|点击|刷新|重试|换一张|□|=|^(?:安全|人机|滑动|图形)验证|验证(?:失败|已通过|错误)/u;

/** What each kind of line says, in a clause of its own. */
const CUES: Record<Kind, RegExp> = {
  ai: /以下是.{0,14}(?:文章|内容|版本|正文|全文|标题|新闻稿|回答)|(?:下面|这)是.{0,8}(?:改写|润色|重写|扩写|整理)|希望(?:以上|这些|这篇|本文)?.{0,8}(?:对您|对你|能)(?:有所)?帮助|作为(?:一个|一名)?(?:人工智能|AI|ai)(?:语言模型|助手)?|我是(?:一个)?(?:AI|人工智能)(?:助手|语言模型)|(?:如需|如果需要|如果您需要|如果你需要|需要我|要我).{0,20}(?:告诉我|请说|吗[？?])|(?:欢迎|可以)随时(?:提问|告诉我|问我)|^请?(?:随时)?告诉我[。！!]?$|改写(?:说明|后的)|扩写至|原创度|重复率|(?:^|[^\p{Script=Han}])(?:Sure|Certainly|Of course)[!,.]?\s+(?:here|Here)/u,
  // A label of the related kind closed by a separator (or standing alone in its clause), or a pager's previous / next.
  related: new RegExp(`${RELATED_WORDS}\\s*[：:｜|>》▶】]|^${RELATED_WORDS}\\s*$|【(?:相关|延伸|推荐)】`, 'u'),
  adblock: /(?:广告(?:拦截|屏蔽|过滤)|拦截插件|屏蔽(?:了)?广告|[Aa]d[Bb]lock|ad ?blocker|白名单)/u,
  notification: /^【[^【】]{0,6}(?:微信|短信|12306|淘宝|支付宝|京东|美团|拼多多|云闪付|银行|移动|联通|电信|滴滴|饿了么|QQ|钉钉|微博|抖音|快手|小红书|闲鱼|携程|通知|提醒)[^【】]{0,4}】(?![讯訊])|(?:到账|收款)[\d,.]+元|(?:您|你)有\d*(?:一)?(?:条|封|个)(?:新|未读)?(?:的)?(?:消息|邮件|待办|通知|评论)|来自(?:抖音|微博|快手|淘宝|小红书|微信|B站)[：:]|有人@了你|验证码(?:为|是)?[:：]?\d{4,6}|日历提醒|稍后提醒|(?:系统|版本)更新.{0,8}(?:就绪|安装)|(?:^|\s)(?:微信|钉钉|微博|淘宝|小红书|抖音|QQ邮箱|支付宝|闹钟)\s?[·:：]/u,
  game: /一刀999|装备全靠打|是兄弟就来|渣渣辉|贪玩蓝月|(?:首充|开服|新服|开局送|十连抽|SSR|VIP\d+|神兽|屠龙|礼包|试玩|手游|页游|爆元宝|挂机|攻城|满级|战力|玩家)/u,
  commerce: /上链接|小黄车|\d+号链接|直播间|扣[“"‘]?(?:1|想要)|福袋|关注主播|拍一发|所有女生|买它|手慢无|库存(?:只剩|告急|仅剩)|(?:已有|已经有)[\d.]+万?人(?:下单|购买|抢购)|的用户(?:刚刚)?下单|主播(?:正在讲解|给你们)|^(?:宝宝们|家人们)/u,
  danmaku: /前方高能|awsl|2333+|哈{5,}|空降成功|弹幕护体|下次一定|爷青回|泪目|名场面|前排(?:围观|占座|打卡)|(?:\+1\s?){2,}|第一[！!]{2,}|6{4,}/u,
  delivery: /取件码|快件|快递员|派送|派件|揽收|签收|转运中心|分拨中心|物流(?:单号|状态|详情)|丰巢|驿站|运输中|已发货|已出库|配送员/u,
  navigation: /[\d.]+(?:米|公里)后?[,，]?(?:请)?(?:左转|右转|掉头|靠左|靠右|直行|进入|驶出|到达)|请(?:在)?(?:前方)?(?:路口)?(?:掉头|靠左|靠右|直行)|重新规划|偏离(?:了)?路线|导航(?:开始|结束)|全程约?[\d.]+公里|预计用时|(?:到达|距离)目的地|限速\d+|测速拍照|避开收费|出口驶出|(?:继续|沿当前道路)(?:直行|行驶)[\d.]+(?:米|公里)/u,
  // A WeChat mini-program card: 小程序 between a card's separators, in its own brackets, or opened from / its code scanned.
  miniprogram: /(?:^|[|｜·•▶→】：:\s])(?:微信)?小程序(?:\s*[|｜·•：:】▶→]|\s|$)|【(?:微信)?小程序】|(?:打开|进入|来自)小程序|^(?:请)?(?:长按|扫码|扫描)(?:识别|进入)?小程序码?|^\S{2,8}小程序(?=\s)/u,
  // An app's update prompt: its line opens with what it found, or it is its button or its notes' label.
  update: /^(?:发现|检测到)(?:有)?(?:新|可用)?(?:版本|更新)|^(?:当前|您的|客户端)?.{0,4}版本(?:过低|过旧|较旧|太旧)|(?:更新|升级)包|^立即(?:更新|升级)|稍后再说|^(?:版本更新|更新内容|更新提示|更新说明|升级提示)[：:]|^有新版本|^新版本(?:已|上线|来了)|^(?:请)?(?:升级|更新)(?:至|到)?(?:APP|App|app|客户端|最新版)/u,
  // A captcha's prompt: its widget (slider, image grid, code), its state, its imperative to the reader.
  captcha: /^请?(?:选择|点击|选出)(?:下图|图中)?中?(?:所有|全部)|滑块|拖动.{0,8}(?:拼图|最右|角度)|验证码|^(?:安全|人机|滑动|图形)验证|完成(?:安全)?验证|验证(?:失败|已通过|通过|错误)|不是机器人|依次点击|(?:下图|图中|图片中)(?:所有|的文字)|看不清.{0,3}换一张|访问过于频繁/u,
  steps: /(?<![第\d])\d[\d,]*\s?步(?![行骤伐兵枪棋])|占领了你的封面|步数/u,
};

/**
 * A chatbot's closing opens with a condition (如需更口语化的版本，…请告诉我): such a clause is the chatbot's only where
 * its sentence goes on to the chatbot speaking as "I" (我, not 我们). A site's reprint or contact notice opens the same
 * way and asks the reader to contact the site (如需转载…，请与某某网联系 — the corpus's clean notices, S and T).
 */
const AI_OPENER = /^(?:如需|如果(?:您|你)(?:还)?需要)/u;
const SPEAKS_AS_I = /我(?!们)/u;
/** A related-reading label with nothing after it: the head of the site's list of its own stories below (own paragraphs). */
const RELATED_LABEL = /^(?:【?(?:相关|延伸|推荐|热门|往期|同类|更多相关)(?:文章)?(?:阅读|新闻|报道|推荐|文章|内容|回顾)(?:推荐)?】?|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|看了本文的人还看了|大家都在看)\s*[：:｜|>》▶】]*$/u;

/** What makes a line a screen's and not a writer's sentence, for the kinds whose words a writer also uses. */
const FORM = /【[^【】]{2,8}】|[：:]\s?\d|\d\s?(?:步|千卡|kcal|公里|km|%)|\d{1,2}[:：]\d{2}|1\d{2}\*{3,4}\d{4}|[A-Z]{1,3}\d{8,}|\d{6,}|\d+-\d+-\d+|[·｜|>▶]|您|你|请|宝宝|家人|点击|立即|下载|[！!]{2,}/u;
/** A game's ad gives something away. */
const GIVES = /送|领|充/u;
/** Prompts to the reader (an update's, a captcha's): the line goes on over clauses that go on telling the reader what to do. */
const PROMPTS: ReadonlySet<Kind | null> = new Set(['update', 'captcha']);
const READER_FORM = /请|您|你|点击|立即|是否|建议|重试|刷新/u;
/** Kinds whose line is a card or a row, laid out with spaces. */
const LAID_OUT: ReadonlySet<Kind | null> = new Set(['related', 'miniprogram', 'update', 'captcha']);
const NEEDS_FORM: ReadonlySet<Kind> = new Set(['adblock', 'game', 'delivery', 'steps', 'commerce', 'captcha']);
const REASON = 'Possibly a line from another screen (a chatbot, an app, a live stream, a map, a parcel tracker) pasted into the article.';

/** Clauses: stretches between clause punctuation, spaces and quotation marks. */
const CLAUSE = /[^，,。！？!?；;\s“”「」『』]+[。！？!?]*/gu;
const LONGEST = 40;

/**
 * `links`: the page's links inside this paragraph (what the extension gives the analyser; none for a text read alone).
 * A line whose words are mostly link text is the site's (its related stories, its navigation), left to the link stage
 * (./decide-links.ts: a linked headline on a line of its own is marked only where it sells), as for the nav runs.
 * A related label standing alone as its paragraph heads the site's own list of stories (the headlines below are the
 * site-lines and link stages'): left too. tests/unit/spam-links and spam-related-links (session 30's revert).
 */
export function findScreenLines(pageText: string, links: readonly LinkRange[] = []): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  if (RELATED_LABEL.test(text.trim())) return [];
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind: kindOf(m[0], text, m.index, true), cue: kindOf(m[0], text, m.index, false) }));
  const spans: SpamSpan[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const first = clauses[i];
    if (!first?.kind) continue;
    let last = i;
    // The line goes on over clauses of the same kind, and over one short clause between two of them.
    for (let j = i + 1; j < clauses.length; j++) {
      const next = clauses[j];
      // Once a line is found, a clause after it needs only its kind's words, not the screen's form.
      // A prompt's clause that only tells the reader what to do goes on with it inside its sentence.
      const goesOn = (c: typeof next, after: number): boolean => !!c && (c.cue === first.kind || (PROMPTS.has(first.kind) && READER_FORM.test(c.text) && !/[。！？!?]$/u.test(clauses[after]?.text ?? '')));
      if (goesOn(next, j - 1)) last = j;
      else if (!(next && next.text.length <= 10 && goesOn(clauses[j + 1], j) && !/[。！？!?]$/u.test(clauses[j - 1]?.text ?? ''))) break;
    }
    // A card, a label or a prompt goes on over what stands after it on its line, set apart by spaces only (小程序 · 美团外卖 满30减15;
    // 精选推荐 》老人晨练…): no writer's sentence is laid out with spaces between its words.
    if (LAID_OUT.has(first.kind))
      while (last + 1 < clauses.length && !/[。！？!?]$/u.test(clauses[last]?.text ?? '') && /^\s+$/u.test(text.slice(clauses[last]?.end ?? 0, clauses[last + 1]?.start ?? 0)) && (clauses[last + 1]?.end ?? 0) - first.start <= LONGEST) last++;
    // A chatbot's conditional closing runs on to the clause where it speaks as "I", in the same sentence (如需再精简一些，可以告诉我。).
    if (first.kind === 'ai' && AI_OPENER.test(first.text)) {
      let j = last;
      while (!SPEAKS_AS_I.test(clauses[j]?.text ?? '') && !/[。！？!?]$/u.test(clauses[j]?.text ?? '') && j + 1 < clauses.length) j++;
      if (SPEAKS_AS_I.test(clauses[j]?.text ?? '')) last = Math.max(last, j);
    }
    // A card names its app before 小程序 too (京东购物 | 小程序), set apart by spaces.
    let from = i;
    if (first.kind === 'miniprogram')
      while (from > 0 && spans.every((s) => s.end <= (clauses[from - 1]?.start ?? 0)) && !/[。！？!?]$/u.test(clauses[from - 1]?.text ?? '') && /^\s+$/u.test(text.slice(clauses[from - 1]?.end ?? 0, clauses[from]?.start ?? 0)) && (clauses[last]?.end ?? 0) - (clauses[from - 1]?.start ?? 0) <= LONGEST) from--;
    const start = clauses[from]?.start ?? first.start;
    const end = clauses[last]?.end ?? first.end;
    if (!mostlyLinked(text, start, end, links)) spans.push(finderSpan(start, end, 'seo', false, { hidden: REASON, marked: REASON }));
    i = last;
  }
  return spans;
}

function kindOf(clause: string, text: string, at: number, withForm: boolean): Kind | null {
  if (clause.length > LONGEST) return null;
  // A short quotation inside the writer's clause is cited (喊着“上链接”，弹幕里的“泪目”).
  const quoted = /[“「『‘]$/u.test(text.slice(0, at)) && /^[”」』’]/u.test(text.slice(at + clause.length)) && /\p{Script=Han}[“「『‘]$/u.test(text.slice(Math.max(0, at - 2), at));
  if (quoted) return null;
  if (AI_OPENER.test(clause) && SPEAKS_AS_I.test(text.slice(at).split(/[。！？!?\n]/u)[0] ?? '')) return 'ai';
  for (const kind of Object.keys(CUES) as Kind[]) {
    if (!CUES[kind].test(kind === 'miniprogram' ? clause + (text[at + clause.length] ?? '') : clause)) continue;
    if (withForm && NEEDS_FORM.has(kind) && !(kind === 'captcha' ? CAPTCHA_FORM : FORM).test(clause) && !(kind === 'game' && GIVES.test(clause))) continue;
    return kind;
  }
  return null;
}

/** Whether most of the words of text[start, end) are the text of the page's links. */
function mostlyLinked(text: string, start: number, end: number, links: readonly LinkRange[]): boolean {
  if (!links.length) return false;
  let words = 0;
  let linked = 0;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
    words++;
    if (links.some((link) => link.start <= i && i < link.end)) linked++;
  }
  return linked * 2 > words;
}
