/**
 * A farm drops its furniture inside the writer's quotations too (他说：“[关注公众号领红包]我们…”),
 * where most finders stand back: news quotes notices, prompts and slogans, so text inside quotation
 * marks is left by design (QA24: inside a quotation 15% hidden, nothing even marked, against 45% as
 * a paragraph of its own). The speaker's words are a text of their own, though: a finder can read
 * them as it reads a paragraph, and what it finds there is found in the quotation — unless the
 * writer is citing the thing itself, which is what the guards keep:
 * - a find that fills the quotation (“关注公众号领取红包”, the notice the story is about) is left
 *   to the reading of the whole paragraph (./quoted-whole.ts marks it);
 * - a speaker citing it in turn (民警说：“骗子惯用‘…’之类的说法”) quotes it in nested marks, which
 *   the speech is read with as quotation marks, so the finders' own quotation guards apply, and
 *   nothing found inside them is kept.
 */
import { withoutHostEdges } from './host-edges';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

/**
 * A quotation's inner text: opened by “, 「 or 『 (a page that sets its speech in double corner marks), closed by the
 * matching mark, no other quotation of its kind inside. A 『…』 inside 「…」 is nested: the outer match takes it first.
 */
const QUOTATION = /“([^“”]{6,})”|「([^「」]{6,})」|『([^『』]{6,})』/gu;
/** Nested quotation marks, read as the finders' own: ‘…’ and 『…』 become “…” (one for one: offsets hold). */
const NESTED: Record<string, string> = { '‘': '“', '’': '”', '『': '“', '』': '”' };
/** The speaker's own words left beside a find: Han characters or letters, at least this many. */
const SPEAKER_LEFT = 4;
const isWord = (ch: string): boolean => /[\p{Script=Han}\p{L}\p{N}]/u.test(ch);

/**
 * Someone speaks: the quotation follows a colon (某某说：“…”, 表示：「…」), a verb of saying (他说“…”),
 * such a verb and its comma (他表示，“…”; after other words a comma leads to a citation as often:
 * 门上写着大字，“…”), or the quotation opens its sentence (“…，”他说). A quotation after other words
 * (标注“…”, 以“…”为主题, 弹出“…”的提示) names or cites a thing — a notice, a slogan, a title — which
 * is what the story is about.
 */
const SPEECH_FRAME = /(?:^|[：:。！？!?；;\s]|[说道称问讲答喊叹言]|(?:[说称讲答叹]|表示|指出|介绍|反映|告诉记者|坦言|透露|强调|回忆|解释|补充|直言)[，,])\s*$/u;

/** A verb of saying or calling out and its colon, opening someone's words with no quotation marks (说：, 呼喊：, 告诉记者：). */
export const SPEAKER_COLON = /(?:[说道问讲答喊叫嚷叹骂念唤]|表示|指出|坦言|透露|强调|回忆|告诉\p{Script=Han}{0,4})\s*[：:]/u;

/**
 * An account's or an app's name in quotation marks after the word that names it or the verb that calls for it
 * (关注公众号“X”, 搜索“X”, 下载“X”): a name to type, not a quotation. A follow call pasted into someone's speech
 * brings its own marks (他说：“关注公众号“X”回复资料领取，我们…”), which closed the speaker's quotation at the
 * name, so the speech was never read (places30 dev, quote place: 7 follow calls, none hidden nor marked).
 */
const ACCOUNT_NAME = /(?<=(?:公[众眾]|视频|視頻|服[务務]|头条|頭條|百家|抖音|快手|小红书|小紅書)[号號]\s?|(?:搜索|[关關]注|添加|下[载載]|打[开開]|安[装裝])\s?)[“「『‘]([^“”「」『』‘’，,。！？!?\s]{1,12})[”」』’]/gu;

/** `text` with each account name's marks blanked (one for one: offsets hold), so they open and close no quotation. */
export function withoutNameMarks(text: string): string {
  return text.replace(ACCOUNT_NAME, (whole: string, name: string) => `＂${name}＂`.padEnd(whole.length, '＂'));
}

/** The quotations of a paragraph that hold speech: offsets of their inner text, and the text as the finders read it. */
export function quotationsOf(text: string): { start: number; end: number; speech: string }[] {
  return [...withoutNameMarks(text).matchAll(QUOTATION)].filter((m) => SPEECH_FRAME.test(text.slice(0, m.index))).map((m) => {
    const inner = text.slice(m.index + 1, m.index + 1 + (m[1] ?? m[2] ?? m[3] ?? '').length);
    return { start: m.index + 1, end: m.index + 1 + inner.length, speech: inner.replace(/[‘’『』]/gu, (ch) => NESTED[ch] ?? ch) };
  });
}

/**
 * What `find` finds in the speech of each quotation of `text`, in `text`'s offsets: spans that leave
 * the speaker words of their own and touch no nested quotation.
 */
export function findInSpeech(text: string, find: (speech: string) => SpamSpan[]): SpamSpan[] {
  const out: SpamSpan[] = [];
  for (const { start, speech } of quotationsOf(text)) {
    // An account's name in quotes is no nested quotation (a find that reads it is marked only: see below).
    const names = [...speech.matchAll(ACCOUNT_NAME)].map((m) => [m.index, m.index + m[0].length] as const);
    const nested = [...withoutNameMarks(speech).matchAll(/“[^”]*”?/gu)].map((m) => [m.index, m.index + m[0].length] as const);
    const speakerLeft = (span: SpamSpan): boolean => [...speech.slice(0, span.start) + speech.slice(span.end)].filter(isWord).length >= SPEAKER_LEFT;
    for (const found of find(speech)) {
      const span = withoutSpaces(speech, found);
      // A find that fills the quotation is the writer's citation; one inside nested marks, the speaker's.
      if (span.end <= span.start || nested.some(([a, b]) => span.start < b && a < span.end) || !speakerLeft(span)) continue;
      // A paste starts where the speaker's words stop: at the quotation's start, after a mark or a
      // space, or with a character no word of theirs ends on (# 【 @ a letter…). A find that starts
      // inside a run of Han characters began in the speaker's words (可以骚|你不能扰…).
      if (span.start > 0 && isHan(speech.charAt(span.start - 1)) && isHan(speech.charAt(span.start))) continue;
      const [from, to] = withoutHostEdges(speech, span.start, span.end);
      const reason = `Inside a quotation: ${span.reason}`;
      // A call naming its account in quotes is what a farm pastes (关注公众号“X”回复资料领取), but also what a
      // speaker says in their own words (民警说：“关注公众号“平安X”，回复‘防骗’就能…”): the two read alike
      // inside speech, so such a find is marked, never hidden.
      if (names.some(([a, b]) => from < b && a < to)) {
        out.push({ ...span, start: from + start, end: to + start, tier: 'suspect', confidence: Math.min(span.confidence, 0.6), reason: `Possibly pasted inside a quotation: ${span.reason}` });
        continue;
      }
      const head = span.tier === 'hidden' ? speakersHead(speech, from, to, find) : from;
      if (head > from) out.push({ ...span, start: from + start, end: head + start, tier: 'suspect', confidence: Math.min(span.confidence, 0.6), reason: `Possibly the speaker's words before a paste: ${span.reason}` });
      out.push({ ...span, start: head + start, end: to + start, reason });
    }
  }
  return out;
}

/** A span without the spaces at its edges (a space is no one's text). */
function withoutSpaces(text: string, span: SpamSpan): SpamSpan {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { ...span, start, end };
}

/** A clause's end inside a span: a mark, or a space. */
const CLAUSE_END = /[，,、；;：:。！？!?\s]+/u;
const hiddenShare = (text: string, find: (text: string) => SpamSpan[]): number =>
  find(text)
    .filter((s) => s.tier === 'hidden')
    .reduce((n, s) => n + Math.max(0, Math.min(text.length, s.end) - Math.max(0, s.start)), 0) / Math.max(1, text.length);

/**
 * Where the speaker's own first clause ends, when a finder ran a paste's span back over it
 * (“扣留15天，[你遇到过吗？快来评论区聊聊吧！]” read from the speech's start): the finder hides the
 * rest read alone but not that clause — which is then only marked. `from` when there is none.
 */
function speakersHead(speech: string, from: number, to: number, find: (text: string) => SpamSpan[]): number {
  const m = CLAUSE_END.exec(speech.slice(from, to));
  if (!m) return from;
  const cut = from + m.index + m[0].length;
  if (cut >= to) return from;
  return hiddenShare(speech.slice(cut, to), find) >= 0.9 && hiddenShare(speech.slice(from, cut), find) < 0.5 ? cut : from;
}
