/**
 * Family "seo": a social platform's chrome copied along with an article (session 15) — its counters
 * (阅读 10万+ 在看 856), an emoji pointer at a call (👉点击关注, 👇长按扫码), and a reader poll (a
 * question, then lettered or numbered options, 投票).
 *
 * Each is read as a whole stretch, never a word: news says 阅读 and 点赞 in sentences (网友纷纷点赞),
 * so a counter stretch is made of nothing but the platform's labels and counts; a writer never points
 * with an emoji, so the pointer with a call verb in its clause is the shape; an exam or survey story may
 * quote a question with options, so a poll is hidden only with a vote word and otherwise marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A platform's counter labels: reading, liking, sharing, keeping, commenting, watching. */
export const LABEL = '(?:阅读量?|在看|点赞数?|赞|转发|分享到?|收藏|评论|浏览量?|喜欢|播放量?|围观|好看|人看过|人读过|\\p{Extended_Pictographic}\\uFE0F?)';
/** A count as platforms print it: 10万+, 2.3w, 999+, 4k+, 1,208. */
export const COUNT = '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?(?:万|w|W|k|K|千|亿)?\\+?)';
/** A stretch of labels and counts (with the gaps between them) to the paragraph's end. */
const COUNTERS = new RegExp(`(?<=^|[。！？!?；;」”）)\\]】］]\\s*|(\\p{Script=Han}))((?:(?:${LABEL}|${COUNT})[\\s\\u3000|｜·•:：]*){2,12})$`, 'u');
const LABELS = new RegExp(LABEL, 'gu');
/**
 * Session 18: the counts as a bracketed line at the paragraph's end (【本文已有1.2万人阅读，86人点赞】).
 * Square brackets only: a story's round ones tell a video's likes (（该视频已有120万人点赞）).
 */
const COUNT_LINE = new RegExp(`[【[](?:[^】\\]\\n]{0,8}?${COUNT}\\s?人?\\s?${LABEL}){2,4}[^】\\]\\n]{0,6}[】\\]]\\s*$`, 'u');
const COUNTS = new RegExp(COUNT, 'gu');

/**
 * Emoji that point (hands, arrows), with their variation selector and skin tone; session 31: the plain arrows ↓ ↑ too,
 * which WeChat calls stack (↓↓↓ 长按识别二维码关注) — a pointer counts only before a call word in its clause.
 */
const POINTER = '(?:[👉👇👆👈☞☛⬇⬆➡⤵⤴🔽🔼⏬↓↑]\\uFE0F?[\\u{1F3FB}-\\u{1F3FF}]?)';
/** What a pointer points at: an act on the page or the account. */
const CALL = /点击|点这|戳|关注|扫码|扫描|长按|识别|阅读原文|原文|下载|领取|回复|添加|加入|订阅|私信|进群/u;
/** To the sentence's end, a pointer or the paragraph's end, never into a bracket or quote (the page's ［详细］); cut at the call's last word below. */
const POINTED = new RegExp(`${POINTER}+(?:[^。！？!?\\n［【“「]{0,30}?(?:[。！？!?]+${POINTER}*|${POINTER}+|$)|[^。！？!?\\n［【“「]{1,30})`, 'gu');
const CALLS = new RegExp(CALL.source, 'gu');

/**
 * Session 18: a WeChat account's chrome as a line of its own — a call pointing up or down at the
 * account, the QR code or the buttons (点击上方蓝字关注, 长按识别下方二维码, 点个在看↓), and the end mark
 * (—END—). A how-to story points too (点击下方的“设置”), so the call must be about the platform's own
 * things; a city's service line (市民可扫描下方二维码预约) is only marked.
 */
const LINE_POINTER = /上方|下方|上面|下面|文末|图中|下图|[↑↓☝👆👇▲⬆⬇]/u;
const LINE_CALL = /点击|点个|点一下|戳|关注|扫|长按|识别|分享|转发|收藏|点赞|加入|添加|进入/u;
const PLATFORM_THING = /关注|蓝字|蓝色|公众号|小程序|在看|二维码|好友|朋友|群|我们|本号|星标/u;
const SERVICE = /市民|居民|群众|考生|家长|游客|即可|报名|预约|查询|办理|缴费/u;
const END_MARK = /^[\s—–─_=~·•-]*[—–─_=~·•-][\s—–─_=~·•-]*(?:THE\s*)?END[\s—–─_=~·•-]*$/iu;

/**
 * A poll: a short question with no comma and no closing bracket (so no clause or link of the article
 * before it: ［详细］), then two or more options, lettered or numbered, each short.
 */
const OPTION_MARK = '(?:[A-FＡ-Ｆ][.．、:：)）]\\s?|[(（][A-FＡ-Ｆ][)）]\\s?|[①-⑥]\\s?|[1-6][.．、)）]\\s|[□☐○◎◯]\\s?)';
const POLL = new RegExp(`(?<=^|[。！!；;」”\\]】］]\\s*)([^。！？!?，,、］\\]\\n]{2,30}[？?][\\s（(单多选项)）]*)((?:${OPTION_MARK}[^\\s。！？!?，,、：:A-FＡ-Ｆ①-⑥□☐○◎◯]{1,10}\\s*){2,6})([^。！？!?\\n]{0,14}[。！!]?)$`, 'u');
const VOTE = /投票|调查|单选|多选|投出|选项/u;
/** A question put to the reader (session 18: QA17's polls had no vote word). */
const TO_READER = /你|您|大家/u;
/** Words after a poll's options that are still the poll's: the vote, its count, a call to answer. */
const POLL_TAIL = /投票|调查|参与|票|人选|留言|评论|选择|欢迎|快来|[0-9]+\s*人/u;
/** A poll's lead ends with its own word: 投票, 调查 (小调查, 读者调查, 话题投票). */
const VOTE_LEAD = /^(?:读者|小|话题|互动|网友)?(?:投票|调查)$/u;

/**
 * Where a poll starts in the stretch before its question mark: at its bracketed lead (【投票】), at a
 * lead before a colon read as its shortest ending with a poll word (…已拆除[小调查：]), else after the
 * colon; the stretch may hold the end of a heading the poll was glued to.
 */
function pollStart(question: string): number {
  const bracket = question.lastIndexOf('【');
  if (bracket >= 0) return bracket;
  // A platform's topic label (#投票#) starts the poll too; the words before it are a heading it was glued to.
  const topic = /[#＃][^#＃\s]{1,6}[#＃]\s*[^#＃]*$/u.exec(question);
  if (topic) return topic.index;
  const colon = Math.max(question.lastIndexOf('：'), question.lastIndexOf(':'));
  if (colon < 0) return question.length - question.trimStart().length;
  const lead = question.slice(0, colon);
  const ending = [2, 3, 4, 5].map((n) => lead.slice(-n)).find((tail) => VOTE_LEAD.test(tail));
  return ending ? colon - ending.length : colon + 1;
}

/** Whether the line's first call word stands inside a quotation (the writer reporting someone's words). */
function callQuoted(text: string): boolean {
  const call = LINE_CALL.exec(text);
  return call !== null && insideQuotes(text, call.index);
}

export function findPlatformChrome(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText.trimEnd());
  const spans: SpamSpan[] = [];
  const counters = COUNTERS.exec(text);
  if (counters) {
    const stretch = counters[2] ?? '';
    const start = text.length - stretch.length;
    const labels = stretch.match(LABELS)?.length ?? 0;
    const counts = stretch.replace(LABELS, ' ').match(COUNTS)?.length ?? 0;
    // Glued to the article's last word, the stretch must be counters through and through: two labels, two counts.
    const glued = counters[1] !== undefined;
    if (glued ? labels >= 2 && counts >= 2 : (labels >= 2 && counts >= 1) || labels >= 3) {
      spans.push(finderSpan(start, text.length, 'seo', true, { hidden: "A social platform's counters (reads, likes, shares), copied with the article.", marked: '' }));
    } else if (labels === 2 && !glued) {
      spans.push(finderSpan(start, text.length, 'seo', false, { hidden: '', marked: "Possibly a social platform's counters, copied with the article." }));
    }
  }
  const countLine = COUNT_LINE.exec(text);
  if (countLine && !counters) spans.push(finderSpan(countLine.index, text.length, 'seo', true, { hidden: "A social platform's counters (reads, likes, shares), copied with the article.", marked: '' }));
  for (const m of text.matchAll(POINTED)) {
    if (!CALL.test(m[0]) || insideQuotes(text, m.index)) continue;
    // A plain arrow is also a trend's sign (出口额↑5%，企业纷纷加入…): it points only with the call right after it.
    if (/^[↓↑]/u.test(m[0]) && !new RegExp(`^(?:${POINTER}|\\s)*(?:${CALL.source})`, 'u').test(m[0])) continue;
    // Where the call ends is unknown when the article's next sentence follows with no mark between
    // (👉点击阅读原文[晋江市人大常委会主任说…]): past its last call word it takes a short purpose
    // (，获取更多资讯) only up to a sentence's end, a pointer or the paragraph's end; else it ends at
    // that word and the article's words stay.
    const calls = [...m[0].matchAll(CALLS)];
    const last = calls[calls.length - 1];
    const callEnd = last ? last.index + last[0].length : m[0].length;
    const tail = m[0].slice(callEnd).replace(/[。！？!?\s]|\p{Extended_Pictographic}|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu, '');
    const closed = m.index + m[0].length === text.length || new RegExp(`(?:[。！？!?]|${POINTER})$`, 'u').test(m[0]);
    // The purpose follows its call on (点击关注获取更多) or after a comma; after a space, a clause closed by a stop may be
    // the writer's next sentence (👇长按扫码关注 调查仍在进行中。, beside27 dev): hidden to the call, the clause marked.
    const purpose = tail.length === 0 || !/^\s/u.test(m[0].slice(callEnd));
    const end = closed && tail.length <= 10 && purpose ? m[0].length : callEnd;
    spans.push(finderSpan(m.index, m.index + end, 'seo', true, { hidden: 'An emoji pointing at a call to click, follow or scan, pasted into the article.', marked: '' }));
    if (closed && tail.length <= 10 && !purpose) spans.push(finderSpan(m.index + end, m.index + m[0].length, 'seo', false, { hidden: '', marked: 'Possibly the purpose of a pointed call, or the writer’s next clause.' }));
  }
  const line = text.trim();
  if (END_MARK.test(line)) spans.push(finderSpan(text.length - text.trimStart().length, text.length, 'seo', true, { hidden: "A platform article's end mark, copied with the article.", marked: '' }));
  // Session 30: a call inside a quotation makes no line of the platform's: the line is the writer's sentence around a
  // speaker's words (王阿姨说：“[点击上方蓝字关注…]每天都有志愿者上门…” was hidden whole, the speaker and her words
  // with the paste); the speech is read on its own (./quoted-speech.ts).
  else if (line.length <= 40 && (line.match(/[。！？!?]/gu)?.length ?? 0) <= 1 && LINE_POINTER.test(line) && LINE_CALL.test(line) && PLATFORM_THING.test(line) && spans.length === 0 && !callQuoted(text)) {
    spans.push(
      finderSpan(text.length - text.trimStart().length, text.length, 'seo', !SERVICE.test(line), {
        hidden: "A call to follow, scan or share, pointing at the platform's buttons, copied with the article.",
        marked: "Possibly a platform's call to follow or scan.",
      }),
    );
  }
  const poll = POLL.exec(text);
  if (poll && !insideQuotes(text, poll.index)) {
    // A bracketed label just before the question ([参与投票]) is the poll's.
    const opened = /^\s*【/u.test(poll[1] ?? '');
    const label = opened ? null : /[【[][^】\]\n]{1,8}[】\]]\s*$/u.exec(text.slice(0, poll.index));
    const start = label ? label.index : poll.index + pollStart(poll[1] ?? '');
    // What follows the options is the poll's only when it speaks of the vote (投票, 已有…人参与, 欢迎留言):
    // else it is the article's words after a poll pasted into the paragraph, which stay.
    const tail = poll[3] ?? '';
    const end = !/\p{Script=Han}/u.test(tail) || POLL_TAIL.test(tail) ? text.length : text.length - tail.length;
    // A poll with no vote word is hidden when it asks the reader and nothing leads into it but a
    // bracketed label: a writer's lead (问卷第一题是：…) quotes a question, and stays marked.
    const lead = text.slice(Math.min(start, poll.index), start).replace(/【[^】]*】|\s/gu, '');
    const asked = TO_READER.test(poll[1] ?? '') && !/\p{Script=Han}/u.test(lead) && !/[:：]/u.test(text.slice(start, start + (poll[1] ?? '').length));
    // Hidden only when it reads as a poll whole: a short question (a longer one took in a heading it was glued
    // to), and, where the writer's words go on after it, options alike in length (a last one much longer took
    // in the writer's first words: red-team B's polls pasted between two words, 22 and 55 real characters
    // hidden before session 18).
    const options = [...(poll[2] ?? '').matchAll(new RegExp(`${OPTION_MARK}([^\\s]+)`, 'gu'))].map((m) => (m[1] ?? '').length);
    const alike = end === text.length || (options[options.length - 1] ?? 0) <= Math.max(...options.slice(0, -1)) + 2;
    const short = text.slice(start, poll.index + (poll[1] ?? '').length).replace(/【[^】]*】|[#＃][^#＃]*[#＃]|\s/gu, '').length <= 24;
    spans.push(
      finderSpan(start, end, 'seo', (VOTE.test(text.slice(start, end)) || asked) && alike && short, {
        hidden: 'A reader poll (a question and its options), pasted into the article.',
        marked: 'Possibly a reader poll pasted into the article.',
      }),
    );
  }
  return spans;
}
