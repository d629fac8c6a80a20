/**
 * Family "sentence", pasted once: an off-topic line a farm drops into a host sentence a single time
 * (我国的劳动力供给[我只想安安静静地做个美男子]将出现严重不足). find-sentences.ts needs a repeat
 * to prove a line pasted; here the proof is language alone, so every piece of it is required.
 *
 * - A speaker: the stretch holds a first- or second-person pronoun (我, 你; not 我国, 我市: news
 *   says those) or a mood particle (吧, 呢), and nowhere else does the article, outside quotation
 *   marks, speak so. An article that says 我 or 你 in its own voice (a column, a forum post, a
 *   diary, an interview written out) is left alone: there a chatty line is the writer's own.
 * - Off topic: none of the stretch's words of two characters or more occurs anywhere else in the
 *   article, while the host words on both sides do (or punctuation, a figure, a Latin word is
 *   there). That is the boundary evidence: the line is grown from its speaker word over words the
 *   article uses nowhere else, and stops where the article's own vocabulary starts again.
 * - Inside a host sentence: it runs into the text on at least one side and does not stand as a
 *   sentence or a quotation of its own, and it is not inside quotation marks or 《》.
 * - The size and build of a sentence: 8 to 30 characters on the segmenter's word boundaries, at
 *   most two inner commas, two or more different clause characters (pronouns, particles, degree
 *   adverbs, negation), no figures.
 */
import type { SpamTools } from './index';
import { isHan, isSentenceEnd } from './text-classes';
import type { SpamSpan } from './types';

const MIN_LENGTH = 8;
const MAX_LENGTH = 30;
const MAX_COMMAS = 2;
/** Words (two characters or more) after a line's last clause character that can still be told to be the line's. */
const MAX_TAIL = 2;
/** As in find-sentences.ts: characters that make a stretch a clause someone says. Traditional forms too. */
const CLAUSE_CHARS = '我你妳您咱她就也都了吗嗎吧呢啊呀嘛很真太没沒不再又想把被';
/** First- and second-person pronouns: a reporter writing about others uses neither. */
const PERSON = /[我你妳您咱俺]/u;
/** 我 for an institution the writer belongs to (我国, 我市, 我院): news prose says these. */
const INSTITUTIONAL_WE =
  /^我(?:国|國|省|市|县|縣|区|區|校|院|军|軍|方|部|局|台|臺|社|乡|鄉|镇|鎮|村|州|厂|廠|司|团|團|队|隊|馆|館|站|厅|廳|委|办|辦|所在)/u;
/** Mood particles that end a sentence someone says. */
const PARTICLES = new Set(['吧', '呢', '啊', '嘛', '呀', '哦', '啦', '呗', '唄', '吗', '嗎']);
const COMMAS = new Set(['，', ',']);
/**
 * One-character function words of written prose (and, with, at, its, said to, according to): the
 * host's, not a chatty line's. A line glued to one of them is cut from the host sentence there.
 */
const WRITTEN_FUNCTION_WORDS = '及並并与與于於其该該系係称稱据據至以或而之此亦乃须須均皆拟擬予经經凡逾仍另各所将將';
const QUOTES_OPEN = '“「『"‘＂＇(（《';
const QUOTES_CLOSE = '”」』"’＂＇)）》';

interface View {
  /** The paragraph with the spans already found taken out. */
  text: string;
  /** Original offset of each character of `text`, plus one past the end. */
  map: number[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function cleanView(text: string, spans: readonly SpamSpan[]): View {
  if (spans.length === 0) return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (spans.some((s) => s.start <= i && i < s.end)) continue;
    out += text.charAt(i);
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
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

/** A word that shows someone speaking: 我, 你们, 我家; a mood particle. */
function isSpeakerWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  return PERSON.test(word) && !INSTITUTIONAL_WE.test(word) && allHan(word);
}

/** Whether offset `at` lies inside quotation marks or 《》 opened earlier in the paragraph. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = before.match(/[“「『《]/gu)?.length ?? 0;
  const closes = before.match(/[”」』》]/gu)?.length ?? 0;
  return opens > closes;
}

/** Whether [start, end) opens and closes on a sentence end, a quotation mark or the paragraph's edge. */
function standsAsSentence(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const opens = start === 0 || isSentenceEnd(before) || QUOTES_OPEN.includes(before);
  const closes = end === text.length || isSentenceEnd(after) || QUOTES_CLOSE.includes(after);
  return opens && closes;
}

export interface LoneDebug {
  p: number;
  start: number;
  end: number;
  words: string[];
  uses: (w: string) => number;
}
let debugHook: ((d: LoneDebug) => void) | undefined;
export let rejectHook: ((why: string) => void) | undefined;
export function setRejectHook(h: ((why: string) => void) | undefined): void {
  rejectHook = h;
}
export function setLoneDebug(hook: ((d: LoneDebug) => void) | undefined): void {
  debugHook = hook;
}

/** A character some speaker word holds; paragraphs without one need not be cut. */
const SPEAKER_CHARS = /[我你妳您咱俺吧呢啊嘛呀哦啦呗唄吗嗎]/u;
/** Particles that end what someone says: a line stops after them. */
const FINAL_PARTICLES = new Set(['了', '吧', '呢', '啊', '嘛', '呀', '哦', '啦', '呗', '唄']);

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
      if (isSpeakerWord(token.text) && !quoted(views[p]?.text ?? '', token.start)) speakers.push({ p, i });
    }),
  );
  if (speakers.length === 0) return result;

  // Counted as text, not as the segmenter's words: the host's 食品 is also in 食品安全 elsewhere.
  const whole = views.map((view) => view.text).join('\n');
  const seen = new Map<string, number>();
  /** How many times the article has `word` as text (up to 9). */
  const uses = (word: string): number => {
    let n = seen.get(word);
    if (n === undefined) {
      n = 0;
      for (let at = whole.indexOf(word); at >= 0 && n < 9; at = whole.indexOf(word, at + word.length)) n++;
      seen.set(word, n);
    }
    return n;
  };
  const evidence: HostEvidence = {
    isHost: (word) => !allHan(word) || (word.length === 1 ? WRITTEN_FUNCTION_WORDS.includes(word) : uses(word) >= 2),
    isTopicWord: (word) => word.length >= 2 && allHan(word) && uses(word) >= 2,
  };

  // Every speaker word must lie in a line that reads as pasted; one that does not means the
  // article speaks in its own voice somewhere, and then nothing is hidden.
  const found: { p: number; a: number; b: number }[] = [];
  for (const { p, i } of speakers) {
    if (found.some((f) => f.p === p && f.a <= i && i <= f.b)) continue;
    const list = tokens[p] ?? [];
    const view = views[p];
    const block = view ? lineAround(list, i, evidence) : null;
    if (!view || !block) {
      rejectHook?.(`block ${list.slice(Math.max(0, i - 4), i + 8).map((t) => t.text).join(' ')}`);
      return result;
    }
    const [a, b] = block;
    if (i < a || i > b) {
      rejectHook?.('speaker outside line');
      return result;
    }
    const start = list[a]?.start ?? 0;
    const end = list[b]?.end ?? 0;
    if (!readsAsLine(view.text, list.slice(a, b + 1), start, end)) {
      rejectHook?.(`reads ${list.slice(Math.max(0, a - 1), b + 2).map((t) => t.text).join(' ')}`);
      return result;
    }
    found.push({ p, a, b });
  }
  for (const { p, a, b } of found) {
    const list = tokens[p] ?? [];
    const view = views[p];
    if (!view) continue;
    const start = list[a]?.start ?? 0;
    const end = list[b]?.end ?? 0;
    debugHook?.({ p, start: view.map[start] ?? 0, end: (view.map[end - 1] ?? 0) + 1, words: list.slice(a - 1, b + 2).map((t) => t.text), uses });
    result[p]?.push({
      start: view.map[start] ?? 0,
      end: (view.map[end - 1] ?? 0) + 1,
      family: 'sentence',
      confidence: 0.75,
      reason: 'An unrelated chatty sentence pasted into the middle of a news sentence.',
    });
  }
  return result;
}

interface HostEvidence {
  /** Not a Han word, a function word of written prose, or a word the article has elsewhere. */
  isHost(word: string): boolean;
  /** A word of two characters or more that the article has elsewhere: the host's for sure. */
  isTopicWord(word: string): boolean;
}

const clauseCharIn = (word: string): boolean => [...word].some((ch) => CLAUSE_CHARS.includes(ch));

/**
 * Words a said sentence opens with: its subject pronoun, a time word, a conjunction or sentence
 * adverb (如果, 其实). Closed classes, Simplified and Traditional; a line opening on a noun of its
 * own topic (人生…) is hidden from its first such word on, or not at all.
 */
const OPENERS = new Set(
  (
    '她 她们 她們 他们 他們 今天 昨天 明天 昨晚 今晚 那年 那天 那時 那时 当年 當年 小时候 小時候 以前 从前 從前 后来 後來 ' +
    '有时候 有時候 有一天 如今 这辈子 這輩子 一辈子 一輩子 每天 以后 以後 将来 將來 ' +
    '如果 要是 假如 虽然 雖然 因为 因為 所以 但是 可是 不过 不過 其实 其實 宁可 寧可 宁愿 寧願 哪怕 即使 就算 只要 除非 ' +
    '原来 原來 难怪 難怪 反正 总之 總之 幸好 终于 終於 也许 也許 或许 或許 还好 還好 说实话 說實話 突然 忽然 毕竟 畢竟 本来 本來'
  ).split(' '),
);

function isOpener(word: string): boolean {
  return OPENERS.has(word) || (PERSON.test(word.charAt(0)) && isSpeakerWord(word));
}

/** Pronouns a said line may end on (等她, 见到我); other single characters there are the host's. */
const LINE_FINAL_SINGLES = '我你妳您她他它';
const PRONOUN_OBJECTS = new Set([...LINE_FINAL_SINGLES, '我们', '我們', '你们', '你們', '她们', '她們']);

/**
 * The pasted line around speaker word `i`, as [first, last] token indices, or null when its edges
 * are not shown. The run of words the article has nowhere else is grown around the speaker word,
 * across a comma only into a clause that is said too. The line opens on the run's first opener
 * (a pronoun, time word or conjunction): right after the article's own word when the run starts
 * there, else after host words the article happens not to repeat. It ends after a final particle
 * (了, 吧) when only unsaid words follow, or where the run ends, provided the host goes on there
 * with its own word, a function word or a figure (not a clause end: the host words before it
 * could be anyone's).
 */
function lineAround(list: readonly Token[], i: number, evidence: HostEvidence): [number, number] | null {
  const open = (j: number): boolean => {
    const word = list[j]?.text ?? '';
    return allHan(word) && !evidence.isHost(word);
  };
  const said = (from: number, step: 1 | -1): boolean => {
    for (let k = from; open(k); k += step) if (clauseCharIn(list[k]?.text ?? '')) return true;
    return false;
  };
  let commas = 0;
  let r = i;
  for (;;) {
    if (COMMAS.has(list[r - 1]?.text ?? '') && commas < MAX_COMMAS && open(r - 2)) {
      commas++;
      r -= 2;
    } else if (open(r - 1)) r--;
    else break;
  }
  let s = -1;
  for (let j = r; j <= i && s < 0; j++) if (isOpener(list[j]?.text ?? '')) s = j;
  if (s < 0) {
    rejectHook?.('no opener');
    return null;
  }
  // An opener right before a pronoun (今天我, 我们的我) may be the host's: the line opens on the pronoun.
  for (;;) {
    const skip = list[s + 1]?.text === '的' ? 2 : 1;
    const next = list[s + skip]?.text ?? '';
    if (open(s + skip) && isSpeakerWord(next) && PERSON.test(next.charAt(0))) s += skip;
    else break;
  }
  const shownLeft = s === r && evidence.isTopicWord(list[r - 1]?.text ?? '');
  // A short clause after a comma that runs straight into the host's text (站成永恒|挑战) is the
  // line's last one: the host's own clause after a comma would end on punctuation or go on longer.
  const shortClauseIntoHost = (from: number): boolean => {
    let k = from;
    while (open(k)) k++;
    return k > from && k - from <= 2 && isHan((list[k]?.text ?? '').charAt(0));
  };
  let b = i;
  for (;;) {
    if (COMMAS.has(list[b + 1]?.text ?? '') && commas < MAX_COMMAS && (said(b + 2, 1) || shortClauseIntoHost(b + 2))) {
      commas++;
      b += 2;
    } else if (open(b + 1)) b++;
    else break;
  }
  if (b + 1 >= list.length) {
    rejectHook?.('right edge');
    return null;
  }
  // A final particle ends the line when only unsaid words follow it.
  for (let j = s; j <= b; j++) {
    if (!FINAL_PARTICLES.has(list[j]?.text ?? '')) continue;
    const rest = list.slice(j + 1, b + 1).map((t) => t.text);
    if (rest.some((w) => clauseCharIn(w) || COMMAS.has(w))) continue;
    // The host must show on one side at least: its own word before, or its sentence going on after.
    if (!shownLeft && !isHan((list[j + 1]?.text ?? '').charAt(0))) {
      rejectHook?.('particle, no host shown');
      return null;
    }
    return [s, j];
  }
  // A lone character at the end that is not a pronoun (上, 的) is the host's more likely than not.
  while (b > s && (list[b]?.text.length ?? 0) === 1 && !LINE_FINAL_SINGLES.includes(list[b]?.text ?? '')) b--;
  const after = list[b + 1]?.text ?? '';
  const hostAfter = evidence.isTopicWord(after) || (allHan(after) && evidence.isHost(after)) || /^[0-9A-Za-z（(《“「]/u.test(after);
  if (!hostAfter && !shownLeft) {
    rejectHook?.('right not host ' + after);
    return null;
  }
  // Host words the article does not repeat may follow the line before its own word shows again:
  // only a short stretch after the line's last said word can be told to be the line's, and none
  // after a pronoun object (…等她), where a said clause ends.
  let tail = 0;
  let j = b;
  for (; j > s && !clauseCharIn(list[j]?.text ?? ''); j--) if ((list[j]?.text.length ?? 0) >= 2) tail++;
  if (tail > MAX_TAIL || (tail > 0 && PRONOUN_OBJECTS.has(list[j]?.text ?? ''))) {
    rejectHook?.('tail ' + tail);
    return null;
  }
  return [s, b];
}

/** Whether the run reads as a pasted sentence: its size, its build, and how it sits in the host. */
function readsAsLine(text: string, words: readonly Token[], start: number, end: number): boolean {
  const line = text.slice(start, end);
  const han = [...line].filter(isHan).length;
  if (han < MIN_LENGTH || han > MAX_LENGTH) return false;
  const before = text.charAt(start - 1);
  // It runs into the host sentence before it (a line after a comma may be the writer's own clause).
  if (!isHan(before)) return false;
  if (standsAsSentence(text, start, end) || quoted(text, start)) return false;
  const clause = new Set([...line].filter((ch) => CLAUSE_CHARS.includes(ch)));
  if (clause.size < 2) return false;
  const content = words.filter((w) => w.text.length >= 2 && allHan(w.text));
  return content.length >= 2;
}
