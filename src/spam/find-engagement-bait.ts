/**
 * Family "seo": a sentence asking the reader to like, comment, share, favourite or follow, which
 * farms paste into copied articles (喜欢就点赞加关注吧！, 欢迎在评论区留言。). Found by what the sentence
 * does — social-media acts addressed to the reader — not by a list of sentences.
 *
 * News reports such calls too (一些博主在视频结尾要求粉丝点赞、转发), and a paper may close its own
 * article with one. So a sentence that reports (a third person, 称 / 要求 / 呼吁 …) or is quoted is
 * left alone, and so is one everyday act (现转发给你们); a sentence is found with two acts or more
 * (or one only social media has: 评论区, 点赞) addressed to the reader, and hidden unless it is in
 * the article's last paragraph (where a site's own sign-off stands: only marked).
 * 关注 and 分享 are everyday verbs (关注天气, 分享经验): they count only in their social forms.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { sentenceRanges } from './sentence-text';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** Each social-media act, in the forms only that act takes (点个关注, not 关注天气变化). */
const ACTS: RegExp[] = [
  /点[个一]?[下次]?赞|赞一[下个]/u,
  /评论区|留言区|评论一下|留个?言|发表评论|下方评论/u,
  /转发|分享给|分享到|转给/u,
  /收藏/u,
  /[加点]个?关注|记得关注(?=$|[\s！!。，,～~])|关注我们|关注我(?![国省市县区])|关注本(?:号|站|账号|公众号)|关注小编|关注公众号|求关注/u,
  /在看/u,
  /[一三]连|订阅/u,
  // What a follow call promises the follower (每天推送…, 第一时间获取…): said only to win a follow.
  /每[天日](?:为你)?推送|第一时间(?:获取|了解|收到|推送)|不错过(?:每一|任何)/u,
];
/**
 * Chain-letter pressure (session 14): sharing made a test of loyalty or luck (不转不是中国人, 好人一生
 * 平安, 转发的人都会有好运). No news sentence says it in its own voice; it counts as an act and a call.
 */
const PRESSURE = /不转(?:发)?(?:就)?不是|好人一生平安|转发的人(?:都)?会|转发[^。！？]{0,12}(?:好运|平安|救[^。！？]{0,4}命)|看到的(?:朋友|人)?请转发/u;
/** Acts only social media has (评论区, 点赞, 一键三连, 在看): one of them in a call is enough. */
const SOCIAL_ONLY = new RegExp(`评论区|留言区|点[个一]?[下次]?赞|[一三]连|点击在看|点个在看|[点加]个?关注|记得关注(?=$|[\\s！!。，,～~])|(?:转发|转|分享)(?:给|提醒)(?:身边|家里|家人|亲戚|亲友|朋友|更多)|${PRESSURE.source}`, 'u');
/** Words that speak to the reader: a call (欢迎, 记得, 请 …), a second person, an imperative particle. */
const CALL = /告诉我|赶紧|赶快|务必|的(?:朋友|小伙伴)|说说|聊聊|觉得(?:有用|不错|有帮助)|一起|说出你|留下你|看到的|欢迎|记得|别忘|不要忘|请|麻烦|动动|顺手|快来|你|您|大家|各位|小伙伴|朋友们|亲们|看官|读者朋友|[吧哦呦呀哈]\s*[！!。～~]*$/u;
/** Words that report a call instead of making one: a third person, a speech or persuasion verb. */
const REPORTING = /[他她其该]|称|有人|纷纷|谣|警方|网传|说[：:，,“]|表示|呼吁|号召|要求|诱导|鼓励|写道|写着|配文|发文|博主|主播|网红|账号|一些|不少|许多/u;

/** A warning against the act (不要转发, 请勿点击, 未经许可): news advice, not a call. 别忘了 is a call. */
const NEGATION = /不要|[别勿](?!忘)|禁止|不得|严禁|未经|谨慎|切莫/u;

/**
 * What a clause of the call holds: an act, a word to the reader, the opener of a condition (喜欢…的话,
 * 觉得…), or the reader's reading this far (看到这里的都是真爱, 一定要看完), which only bait says before a call.
 */
const CALL_WORDS = `${PRESSURE.source}|${ACTS.map((a) => a.source).join('|')}|${CALL.source}|[看读](?:完|到(?:这里|这儿|最后))(?:的|[，,]|$)|(?:一定要|务必)[看读]完`;
/** Openers of a condition count only opening their clause: …各界名人的支持，觉得不错就转给… is the writer's 支持. */
const OPENER = '喜欢|觉得|如果|要是|支持';
const CALL_CLAUSE = new RegExp(`${CALL_WORDS}|${OPENER}`, 'u');
const CALL_BEFORE = new RegExp(`${CALL_WORDS}|^\\s*(?:${OPENER})`, 'u');

/**
 * Where the call starts inside its sentence: the clauses before it that do not speak to the reader
 * are someone else's (a paragraph that ended without a full stop, the call glued after it).
 */
function callStart(text: string, start: number, end: number): number {
  let from = end;
  for (;;) {
    let a = from - 1;
    while (a > start && !'，,；;：:、'.includes(text.charAt(a - 1))) a--;
    const clause = text.slice(a, from);
    if (from < end && !CALL_CLAUSE.test(clause)) break;
    from = a;
    if (a <= start) break;
    from = a - 1;
  }
  // Now `from` is the first clause of the call, or the punctuation ending the clause before it; in
  // that clause the call starts at its first act, reader word or opener (…希望小学[喜欢本文的话).
  while (from < end && /[\s，,；;：:、]/u.test(text.charAt(from))) from++;
  const first = CALL_CLAUSE.exec(text.slice(from, end));
  return first ? from + first.index : from;
}

/**
 * The clauses of a sentence that make its call: from the first clause holding an act to the last
 * clause that takes part in a call (an act, a word to the reader, an opener), with the clauses
 * before it that do too. The writer's clauses after the call are left out. Null with no act.
 */
function callClauses(text: string, start: number, end: number): [number, number] | null {
  const clauses = [...text.slice(start, end).matchAll(/[^，,；;]+[，,；;]*/gu)].map((m): [number, number] => [start + m.index, start + m.index + m[0].length]);
  const isAct = ([a, b]: [number, number]): boolean => ACTS.some((act) => act.test(text.slice(a, b))) || PRESSURE.test(text.slice(a, b));
  // After the act, a clause goes on the call with an act of its own or opening with a call word
  // (…，一起守护…！); a word to the reader inside it (宣布…为不受欢迎的人) is the writer's clause.
  const goesOn = (clause: [number, number]): boolean => isAct(clause) || CALL_CLAUSE.exec(text.slice(...clause).trimStart())?.index === 0;
  const first = clauses.findIndex(isAct);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < clauses.length && goesOn(clauses[last + 1] as [number, number])) last++;
  let from = first;
  while (from > 0 && CALL_BEFORE.test(text.slice(...(clauses[from - 1] as [number, number])))) from--;
  return [(clauses[from] as [number, number])[0], (clauses[last] as [number, number])[1]];
}

/** Objects a call may name after its act that are no noun phrase with 的 (关注我们, 转给小编). */
const CALL_OBJECT = /^(?:我们|我|小编|本号|本站|一下|起来)$/u;
/** Words that close a call (…关注吧, 转起来哦). */
const CALL_PARTICLE = /^[吧哦呦呀哈啊呢]+$/u;
/** Han characters after a call's object beyond which the rest of its clause is the writer's. */
const WRITER_CLAUSE = 6;
/** Characters an act's object may take (转发给身边有孩子的家长). */
const OBJECT_SPAN = 8;

/**
 * Where a call's last clause ends by its own grammar. Glued with no closing mark of its own before
 * the writer's clause (…评论区说说你的看法老人们正在下棋。), the clause runs on to the writer's stop:
 * the call ends after its last act and the object that act takes (a noun phrase closed by its head
 * after 的, a pronoun, a particle), and what follows it, a clause with its own subject and predicate,
 * is the writer's. A short rest (下期更精彩) stays the call's.
 */
function callOwnEnd(text: string, start: number, end: number, cut: (text: string) => string[]): number {
  let body = end;
  while (body > start && /[\s，,；;。！？!?～~…]/u.test(text.charAt(body - 1))) body--;
  const clauseStart = Math.max(start, ...['，', ',', '；', ';'].map((mark) => text.lastIndexOf(mark, body - 1) + 1));
  const clause = text.slice(clauseStart, body);
  let actEnd = -1;
  for (const act of [...ACTS, PRESSURE]) for (const m of clause.matchAll(new RegExp(act.source, 'gu'))) actEnd = Math.max(actEnd, m.index + m[0].length);
  if (actEnd < 0) return end;
  const tail = clause.slice(actEnd);
  let objectEnd = 0;
  let at = 0;
  let afterDe = false;
  for (const [index, word] of cut(tail).entries()) {
    at += word.length;
    if (at > OBJECT_SPAN) break;
    if (afterDe) objectEnd = at;
    // A pronoun or a particle right after the act closes the call (关注我们|沿线的商户…).
    if (index < 2 && (CALL_OBJECT.test(word) || CALL_PARTICLE.test(word))) {
      objectEnd = at;
      break;
    }
    afterDe = word === '的';
  }
  const rest = tail.slice(objectEnd);
  if ((rest.match(/\p{Script=Han}/gu)?.length ?? 0) < WRITER_CLAUSE) return end;
  return clauseStart + actEnd + objectEnd;
}

/**
 * `lastParagraph`: whether this paragraph closes the article (a call there may be the site's own,
 * so it is only marked). `cut`: the segmenter, to find where a call glued with no closing mark ends.
 */
export function findEngagementBait(pageText: string, lastParagraph = false, cut?: (text: string) => string[]): SpamSpan[] {
  // Read in Simplified form (same length): a Traditional page's calls (評論區) are the same calls.
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const all = sentenceRanges(text, true);
  for (const [index, [sentenceStart, end]] of all.entries()) {
    // A call glued between two of the writer's sentences with a comma shares its sentence with the
    // writer's words after it (…转发给身边的朋友，村民们说…): read the call's own clauses, and the
    // clause right before them for who speaks.
    const run = callClauses(text, sentenceStart, end);
    if (!run) continue;
    const start = run[0];
    const callEnd = cut ? callOwnEnd(text, start, run[1], cut) : run[1];
    const sentence = text.slice(start, callEnd).trim();
    const before = text.slice(text.slice(sentenceStart, start).replace(/[，,；;]\s*$/u, '').search(/[^，,；;]*$/u) + sentenceStart, start);
    const acts = ACTS.filter((act) => act.test(sentence)).length + (PRESSURE.test(sentence) ? 1 : 0);
    if (acts === 0 || !(CALL.test(sentence) || PRESSURE.test(sentence)) || REPORTING.test(sentence) || REPORTING.test(before) || NEGATION.test(sentence)) continue;
    if (insideQuotes(text, start) || /[“「『]/u.test(sentence)) continue;
    // One everyday act (转发给你们 of an official notice) is no call of social media.
    if (acts < 2 && !SOCIAL_ONLY.test(sentence)) continue;
    const hide = !lastParagraph;
    let from = callStart(text, start, callEnd);
    // A short question to the reader right before the call is the bait's own (你怎么看？欢迎在评论区…).
    const [qStart, qEnd] = all[index - 1] ?? [0, 0];
    const question = text.slice(qStart, qEnd).trim();
    if (from === start && qEnd === start && question.length <= 16 && /[？?]$/u.test(question) && /你|您|大家/u.test(question) && !REPORTING.test(question)) from = qStart + (text.slice(qStart, qEnd).length - text.slice(qStart, qEnd).trimStart().length);
    spans.push(
      finderSpan(from, callEnd, 'seo', hide, {
        hidden: 'A call to like, comment or share, pasted into the article.',
        marked: 'A call to like, comment or share: possibly pasted in.',
      }),
    );
  }
  return spans;
}
