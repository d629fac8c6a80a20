/**
 * Family "sentence", pasted once: a chatty line a farm drops into a news sentence a single time
 * (我国的劳动力供给[我只想安安静静地做个美男子]将出现严重不足). find-sentences.ts proves a line
 * pasted by its repeats; here the proof is language alone, so each piece of it is required, and
 * where the edges cannot be shown nothing is hidden.
 *
 * - Someone speaks: the line holds a first- or second-person pronoun (我, 你; not 我国, 我市, which
 *   news says) or a mood particle (吧, 呢), and nowhere else, outside quotation marks, does the
 *   article speak so. A page that says 我 or 你 in its own voice (a column, a forum post, a diary,
 *   an interview written out) keeps everything: there a chatty sentence is the writer's own.
 * - Off topic: the line's words are words the article uses nowhere else. The host sentence around
 *   it is the article's: the line is grown from its speaker word over such words and ends where
 *   the article's own vocabulary, a function word of written prose, a figure or a bracket starts
 *   again (that is the boundary evidence: the host reads on there).
 * - Its edges are a sentence's: it opens on a subject pronoun, a time word or a conjunction (the
 *   closed classes a said sentence starts with; not after 的, where such a word heads the host's
 *   phrase), and ends on a final particle (吧, 呢; 了 within two words of its last said word: a
 *   clause character standing alone, or a speaker word), or else where the host shows again, at
 *   most one word (two before a new predicate such as 将) past its last said word. Host words
 *   the article does not repeat are what can blur an edge (…在一起|随行|记者), so only that short
 *   a stretch is taken on trust, and a clause end after the line counts only when the host's own
 *   word shows the line's other edge.
 * - Inside a host sentence: glued to the host text before it, not standing as a sentence of its
 *   own, not inside quotation marks or 《》; 8 to 30 characters on the segmenter's word
 *   boundaries, at most two inner commas, two or more different clause characters.
 */
import type { SpamTools } from './types';
import { cleanView } from './masked-view';
import { CLAUSE_CHARS, clauseCharCount, standsAsSentence } from './sentence-text';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

const MIN_LENGTH = 8;
const MAX_LENGTH = 30;
const MAX_COMMAS = 2;
/**
 * Words of two characters or more after a line's last said word (a clause character standing
 * alone, or a speaker word) that can still be taken for the line's where the host goes on with a
 * new predicate (one fewer elsewhere): the host may go on with a word the article does not repeat
 * before its own words show again.
 */
const MAX_TAIL = 2;
/** Words of two characters or more after the last speaker word (我一直都很喜欢下雨天: three). */
const MAX_SPEAKER_TAIL = 3;
/** First- and second-person pronouns: a reporter writing about others uses neither. */
const PERSON = /[我你妳您咱俺]/u;
/** 我 for a body the writer belongs to (我国, 我市, 我院): news prose says these. */
const INSTITUTIONAL_WE =
  /^我(?:国|國|省|市|县|縣|区|區|校|院|军|軍|方|部|局|台|臺|社|乡|鄉|镇|鎮|村|州|厂|廠|司|团|團|队|隊|馆|館|站|厅|廳|委|办|辦|所在)/u;
/** Mood particles: someone is talking. */
const MOOD_PARTICLES = new Set(['吧', '呢', '啊', '嘛', '呀', '哦', '啦', '呗', '唄', '吗', '嗎']);
/** A character some speaker word holds; paragraphs without one need not be cut. */
const SPEAKER_CHARS = /[我你妳您咱俺吧呢啊嘛呀哦啦呗唄吗嗎]/u;
/** Particles a said sentence ends on. */
const FINAL_PARTICLES = new Set(['了', '吧', '呢', '啊', '嘛', '呀', '哦', '啦', '呗', '唄']);
/** Adverbs that carry a said sentence on past 了 (失恋了就去…, 累了也要…). */
const CARRY_ON = '就也都还還又再才';
/**
 * Words a said sentence opens with besides its pronoun: time words, conjunctions and sentence
 * adverbs. Closed classes, Simplified and Traditional; a line opening on a noun of its own topic
 * (人生…) is hidden from its first such word on, or not at all. Third-person pronouns are not
 * among them: they are the reporter's words.
 */
const TIME_OPENERS = new Set(
  (
    '今天 昨天 明天 昨晚 今晚 周末 週末 那年 那天 那時 那时 当年 當年 小时候 小時候 以前 从前 從前 后来 後來 ' +
    '有时候 有時候 有一天 如今 这辈子 這輩子 一辈子 一輩子 每天 以后 以後 将来 將來'
  ).split(' '),
);
const CONJUNCTION_OPENERS = new Set(
  (
    '如果 要是 假如 虽然 雖然 因为 因為 所以 但是 可是 不过 不過 其实 其實 宁可 寧可 宁愿 寧願 哪怕 即使 就算 只要 除非 ' +
    '原来 原來 难怪 難怪 反正 总之 總之 幸好 终于 終於 也许 也許 或许 或許 还好 還好 说实话 說實話 突然 忽然 毕竟 畢竟 本来 本來'
  ).split(' '),
);
/** Single characters a said line may end on (等她, 见到我); others there (上, 的, 还) are more likely the host's. */
const LINE_FINAL_SINGLES = '我你妳您她他它';
const COMMAS = new Set(['，', ',']);
/**
 * One-character function words of written prose (and, with, at, its, said to, according to, will):
 * the host's, not a chatty line's.
 */
const WRITTEN_FUNCTION_WORDS = '及並并与與于於其该該系係称稱据據至以或而之此亦乃须須均皆拟擬予经經凡逾仍另各所将將';
/** Written function words that open a predicate or a phrase of its own: will, at, to, by, all, still. */
const PREDICATE_OPENERS = ['将', '將', '于', '於', '至', '以', '系', '係', '亦', '均', '须', '須', '拟', '擬', '仍'];
/** What may follow a line in the host besides a word: a figure, a Latin word, a bracket or quote. */
const HOST_MARK_AFTER = /^(?:[0-9A-Za-z（(《“「［[]|[〇零一二三四五六七八九十百千万萬亿億两兩]+$)/u;
const CLAUSE_END = /^[，,。；;、：:！!？?]/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface HostEvidence {
  /** Not a Han word, a function word of written prose, or a word the article has elsewhere. */
  isHost(word: string): boolean;
  /** A word of two characters or more that the article has elsewhere. */
  isTopicWord(word: string): boolean;
}

export function findLoneSentences(
  paragraphs: readonly string[],
  masked: readonly SpamSpan[][],
  tools: SpamTools,
): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  if (!paragraphs.some((text) => SPEAKER_CHARS.test(text))) return result;
  const views = paragraphs.map((text, p) => cleanView(text, masked[p] ?? []));
  const tokens = views.map((view) => (SPEAKER_CHARS.test(view.text) ? tokenize(view.text, tools) : []));

  // Speaker words in the article's own voice (outside quotes). Most news has none: done.
  const speakers: { p: number; i: number }[] = [];
  tokens.forEach((list, p) =>
    list.forEach((token, i) => {
      const text = views[p]?.text ?? '';
      if (isSpeakerWord(token.text) && !quoted(text, token.start)) speakers.push({ p, i });
    }),
  );
  if (speakers.length === 0) return result;

  // Counted as text, not as the segmenter's words: the host's 食品 is in 食品安全 elsewhere too.
  const whole = views.map((view) => view.text).join('\n');
  const seen = new Map<string, boolean>();
  const usedElsewhere = (word: string): boolean => {
    let twice = seen.get(word);
    if (twice === undefined) {
      const first = whole.indexOf(word);
      seen.set(word, (twice = first >= 0 && whole.indexOf(word, first + word.length) >= 0));
    }
    return twice;
  };
  const evidence: HostEvidence = {
    isHost: (word) => !allHan(word) || (word.length === 1 ? WRITTEN_FUNCTION_WORDS.includes(word) : usedElsewhere(word)),
    isTopicWord: (word) => word.length >= 2 && allHan(word) && usedElsewhere(word),
  };

  // Every speaker word must lie in a line that reads as pasted; one that does not means the
  // article speaks in its own voice somewhere, and then nothing is hidden.
  const lines: { p: number; a: number; b: number }[] = [];
  for (const { p, i } of speakers) {
    if (lines.some((line) => line.p === p && line.a <= i && i <= line.b)) continue;
    const list = tokens[p] ?? [];
    const text = views[p]?.text ?? '';
    const line = lineAround(list, i, evidence);
    if (!line || i < line[0] || i > line[1]) return result;
    if (!readsAsLine(text, list.slice(line[0], line[1] + 1))) return result;
    lines.push({ p, a: line[0], b: line[1] });
  }
  for (const { p, a, b } of lines) {
    const list = tokens[p] ?? [];
    const map = views[p]?.map ?? [];
    result[p]?.push({
      start: map[list[a]?.start ?? 0] ?? 0,
      end: (map[(list[b]?.end ?? 0) - 1] ?? 0) + 1,
      family: 'sentence',
      confidence: 0.75,
      reason: 'An unrelated chatty sentence pasted into the middle of a news sentence.',
    });
  }
  return result;
}

/**
 * The pasted line around speaker word `i`, as [first, last] token indices, or null when its edges
 * are not shown (see the file's comment). `open` words are Han words the article has nowhere else.
 */
function lineAround(list: readonly Token[], i: number, evidence: HostEvidence): [number, number] | null {
  const open = (j: number): boolean => {
    const word = list[j]?.text ?? '';
    return allHan(word) && !evidence.isHost(word);
  };

  // Left: the run of open words, across commas; the line opens on its first opener.
  let commas = 0;
  let r = i;
  for (;;) {
    if (COMMAS.has(list[r - 1]?.text ?? '') && commas < MAX_COMMAS && open(r - 2)) {
      commas++;
      r -= 2;
    } else if (open(r - 1)) r--;
    else break;
  }
  let s = r;
  while (s <= i && !isOpener(list[s]?.text ?? '')) s++;
  if (s > i) return null;
  // A time word or pronoun right before a pronoun (如今我, 我们的我) may be the host's: the line
  // opens on the pronoun. A conjunction there (其实我) is the line's own.
  for (;;) {
    const skip = list[s + 1]?.text === '的' ? 2 : 1;
    const next = list[s + skip]?.text ?? '';
    const hostHead = skip === 2 && isOpener(next); // 今天的[其实…]: a time word the host's 的 binds
    if (open(s + skip) && ((opensOnPronoun(next) && !CONJUNCTION_OPENERS.has(list[s]?.text ?? '')) || hostHead)) s += skip;
    else break;
  }
  // After 的 an opener is the head of the host's phrase (…在内的我们, …的今天), not a sentence's start.
  if (list[s - 1]?.text === '的' || list[s - 1]?.text === '之') return null;
  const shownLeft = s === r && evidence.isTopicWord(list[r - 1]?.text ?? '');

  // Right: on over open words; a comma only into a clause that is said too.
  let b = i;
  for (;;) {
    if (COMMAS.has(list[b + 1]?.text ?? '') && commas < MAX_COMMAS && saidClause(list, b + 2, open)) {
      commas++;
      b += 2;
    } else if (open(b + 1)) b++;
    else break;
  }
  if (b + 1 >= list.length) return null;
  /**
   * Whether the host shows right after token `end`: its own word, a function word, a figure, a
   * Latin word or a bracket; or a clause end, when the left edge is shown and the line closes on
   * a speaker word or particle (`closed`).
   */
  const shownAfter = (end: number, closed: boolean): boolean => {
    const next = list[end + 1]?.text ?? '';
    if (evidence.isTopicWord(next) || (allHan(next) && evidence.isHost(next))) return true;
    if (HOST_MARK_AFTER.test(next) || next === '的') return true;
    return closed && shownLeft && CLAUSE_END.test(next);
  };

  // A final particle ends the line, unless a speaker (吹散了我们…) or, after 了, an adverb (失恋了就去…)
  // carries the saying on, or it ends a clause the run has already crossed into a said one.
  for (let j = s; j <= b; j++) {
    const particle = list[j]?.text ?? '';
    if (!FINAL_PARTICLES.has(particle)) continue;
    const next = list[j + 1]?.text ?? '';
    if (j < b && ((particle === '了' && CARRY_ON.includes(next.charAt(0))) || isSpeakerWord(next) || COMMAS.has(next))) continue;
    // The host has 了 too (们还带来了): one that ends a line comes within two words of its last
    // said word (再相信爱情了, 把花瓶打碎了).
    if (particle === '了' && wordsSince(list, s, j - 1, isSaidWord, 1) > MAX_TAIL) return null;
    // After the particle the host goes on with whatever word it has; a clause end there is taken
    // only when the left edge is shown. (A 了 the host has right after a line, 带入[…]了, goes
    // with the line: one character, now and then.)
    if (isHan(next.charAt(0))) return [s, j];
    return shownAfter(j, true) ? [s, j] : null;
  }
  // Else it ends where the run does, less single characters there (上, 的, 还), and not far past
  // its last said word.
  while (b > s && (list[b]?.text.length ?? 0) === 1 && !LINE_FINAL_SINGLES.includes(list[b]?.text ?? '')) b--;
  // Words of two characters or more since the line's last said word, and since its last speaker word.
  const tailAfter = (said: (word: string) => boolean): number => wordsSince(list, s, b, said);
  const tail = tailAfter(isSaidWord);
  // A word the article uses elsewhere may head a phrase that opens on words it does not (随行|记者),
  // a conjunction joins two of the host's words (交流|与沟通), a title or a figure follows the
  // host's own word (国务院|《…》, 人数|5.4亿): a second word is taken only where the host goes on
  // with a new predicate (将, 于).
  const next = list[b + 1]?.text ?? '';
  const phraseOpens = PREDICATE_OPENERS.includes(next);
  if (tail > (phraseOpens ? MAX_TAIL : MAX_TAIL - 1) || tailAfter(isSpeakerWord) > MAX_SPEAKER_TAIL) return null;
  return shownAfter(b, tail === 0) ? [s, b] : null;
}

/** Words of `least` characters or more in (s, b], counted back from b to the last `said` one. */
function wordsSince(list: readonly Token[], s: number, b: number, said: (word: string) => boolean, least = 2): number {
  let n = 0;
  for (let j = b; j > s && !said(list[j]?.text ?? ''); j--) if ((list[j]?.text.length ?? 0) >= least) n++;
  return n;
}

/**
 * Whether the open words from `from` on make a clause that is said: one with a speaker word, or
 * one with a final particle that reads as said all through (three clause characters): 了 ends
 * news clauses too (…解决了).
 */
function saidClause(list: readonly Token[], from: number, open: (j: number) => boolean): boolean {
  const words: string[] = [];
  for (let k = from; open(k); k++) words.push(list[k]?.text ?? '');
  if (words.some(isSpeakerWord)) return true;
  return words.some((w) => FINAL_PARTICLES.has(w)) && clauseCharCount(words.join('')) >= 3;
}

/** Whether the line reads as a pasted sentence: its size, its build, and how it sits in the host. */
function readsAsLine(text: string, words: readonly Token[]): boolean {
  const start = words[0]?.start ?? 0;
  const end = words[words.length - 1]?.end ?? 0;
  const line = text.slice(start, end);
  const han = [...line].filter(isHan).length;
  if (han < MIN_LENGTH || han > MAX_LENGTH) return false;
  // Glued to the host text before it: a clause after a comma may well be the writer's own.
  if (!isHan(text.charAt(start - 1))) return false;
  if (standsAsSentence(text, start, end) || quoted(text, start)) return false;
  if (clauseCharCount(line) < 2) return false;
  return words.filter((w) => w.text.length >= 2 && allHan(w.text)).length >= 2;
}

function tokenize(text: string, tools: SpamTools): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of tools.segmenter.cut(text)) {
    out.push({ text: word, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}

const allHan = (word: string): boolean => word !== '' && [...word].every(isHan);

/**
 * A word with a first- or second-person pronoun in it (我, 你们, 我家, 想你), not an institution's
 * 我国. Counted broadly, so an article's own voice is not missed.
 */
function isPronoun(word: string): boolean {
  return PERSON.test(word) && !INSTITUTIONAL_WE.test(word) && allHan(word);
}

/**
 * A word that is said as a whole: a speaker word, or one clause character standing alone (不, 也,
 * 很, 了). Longer words holding one (认真, 就是, 都会) are as much the host's.
 */
function isSaidWord(word: string): boolean {
  return isSpeakerWord(word) || (word.length === 1 && CLAUSE_CHARS.includes(word));
}

/** A word that shows someone speaking: a pronoun word or a mood particle. */
function isSpeakerWord(word: string): boolean {
  return MOOD_PARTICLES.has(word) || isPronoun(word);
}

/** A word that starts with its pronoun (我, 我们, 你家): a subject a line can open on. */
function opensOnPronoun(word: string): boolean {
  return PERSON.test(word.charAt(0)) && isPronoun(word);
}

function isOpener(word: string): boolean {
  return TIME_OPENERS.has(word) || CONJUNCTION_OPENERS.has(word) || opensOnPronoun(word);
}

/**
 * Whether offset `at` lies inside quotation marks or 《》 opened earlier in the paragraph; straight
 * quotes (＂…＂, "…") open and close with the same mark.
 */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = before.match(/[“「『《]/gu)?.length ?? 0;
  const closes = before.match(/[”」』》]/gu)?.length ?? 0;
  // Straight quotes only when they pair up in the paragraph: a stray one (an inch mark) quotes nothing.
  const paired = (text.match(/[＂"]/gu)?.length ?? 0) % 2 === 0;
  const straight = before.match(/[＂"]/gu)?.length ?? 0;
  return opens > closes || (paired && straight % 2 === 1);
}

