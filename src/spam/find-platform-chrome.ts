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
const LABEL = '(?:阅读量?|在看|点赞数?|赞|转发|分享到?|收藏|评论|浏览量?|喜欢|播放量?|围观|好看|人看过|人读过)';
/** A count as platforms print it: 10万+, 2.3w, 999+, 4k+. */
const COUNT = '(?:\\d+(?:\\.\\d+)?\\s?(?:万|w|W|k|K|千|亿)?\\+?)';
/** A stretch of labels and counts (with the gaps between them) to the paragraph's end. */
const COUNTERS = new RegExp(`(?<=^|[。！？!?；;」”）)\\]】］]\\s*|(\\p{Script=Han}))((?:(?:${LABEL}|${COUNT})[\\s\\u3000|｜·•:：]*){2,12})$`, 'u');
const LABELS = new RegExp(LABEL, 'gu');
const COUNTS = new RegExp(COUNT, 'gu');

/** Emoji that point (hands, arrows), with their variation selector and skin tone. */
const POINTER = '(?:[👉👇👆👈☞☛⬇⬆➡⤵⤴🔽🔼⏬]\\uFE0F?[\\u{1F3FB}-\\u{1F3FF}]?)';
/** What a pointer points at: an act on the page or the account. */
const CALL = /点击|点这|戳|关注|扫码|扫描|长按|识别|阅读原文|原文|下载|领取|回复|添加|加入|订阅|私信|进群/u;
/** To the sentence's end, a pointer or the paragraph's end, never into a bracket or quote (the page's ［详细］); cut at the call's last word below. */
const POINTED = new RegExp(`${POINTER}+(?:[^。！？!?\\n［【“「]{0,30}?(?:[。！？!?]+${POINTER}*|${POINTER}+|$)|[^。！？!?\\n［【“「]{1,30})`, 'gu');
const CALLS = new RegExp(CALL.source, 'gu');

/**
 * A poll: a short question with no comma and no closing bracket (so no clause or link of the article
 * before it: ［详细］), then two or more options, lettered or numbered, each short.
 */
const OPTION_MARK = '(?:[A-FＡ-Ｆ][.．、:：)）]\\s?|[(（][A-FＡ-Ｆ][)）]\\s?|[①-⑥]\\s?|[1-6][.．、)）]\\s)';
const POLL = new RegExp(`(?<=^|[。！!；;」”\\]】］]\\s*)([^。！？!?，,、］\\]\\n]{2,30}[？?][\\s（(单多选项)）]*)((?:${OPTION_MARK}[^\\s。！？!?A-FＡ-Ｆ①-⑥]{1,10}\\s*){2,6})([^。！？!?\\n]{0,14}[。！!]?)$`, 'u');
const VOTE = /投票|调查|单选|多选|投出|选项/u;
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
  const colon = Math.max(question.lastIndexOf('：'), question.lastIndexOf(':'));
  if (colon < 0) return question.length - question.trimStart().length;
  const lead = question.slice(0, colon);
  const ending = [2, 3, 4, 5].map((n) => lead.slice(-n)).find((tail) => VOTE_LEAD.test(tail));
  return ending ? colon - ending.length : colon + 1;
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
  for (const m of text.matchAll(POINTED)) {
    if (!CALL.test(m[0]) || insideQuotes(text, m.index)) continue;
    // Where the call ends is unknown when the article's next sentence follows with no mark between
    // (👉点击阅读原文[晋江市人大常委会主任说…]): past its last call word it takes a short purpose
    // (，获取更多资讯) only up to a sentence's end, a pointer or the paragraph's end; else it ends at
    // that word and the article's words stay.
    const calls = [...m[0].matchAll(CALLS)];
    const last = calls[calls.length - 1];
    const callEnd = last ? last.index + last[0].length : m[0].length;
    const tail = m[0].slice(callEnd).replace(/[。！？!?\s]|\p{Extended_Pictographic}|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu, '');
    const closed = m.index + m[0].length === text.length || new RegExp(`(?:[。！？!?]|${POINTER})$`, 'u').test(m[0]);
    const end = closed && tail.length <= 10 ? m[0].length : callEnd;
    spans.push(finderSpan(m.index, m.index + end, 'seo', true, { hidden: 'An emoji pointing at a call to click, follow or scan, pasted into the article.', marked: '' }));
  }
  const poll = POLL.exec(text);
  if (poll && !insideQuotes(text, poll.index)) {
    const start = poll.index + pollStart(poll[1] ?? '');
    // What follows the options is the poll's only when it speaks of the vote (投票, 已有…人参与, 欢迎留言):
    // else it is the article's words after a poll pasted into the paragraph, which stay.
    const tail = poll[3] ?? '';
    const end = !/\p{Script=Han}/u.test(tail) || POLL_TAIL.test(tail) ? text.length : text.length - tail.length;
    spans.push(
      finderSpan(start, end, 'seo', VOTE.test(poll[0]), {
        hidden: 'A reader poll (a question and its options), pasted into the article.',
        marked: 'Possibly a reader poll pasted into the article.',
      }),
    );
  }
  return spans;
}
