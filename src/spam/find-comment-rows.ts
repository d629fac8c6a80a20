/**
 * Family "seo": one reader's comment row, or a few in a row, pasted anywhere into the writer's text
 * (session 22: QA21's fake reader comments, 0% found; ./find-reader-comments.ts reads only blocks of
 * two lines or more). A row is a poster's handle, a colon, one short remark and, often, the
 * platform's marks after it: 网友小鱼：说得太好了 👍23, 12楼 Tom_88：求后续 3小时前 回复.
 *
 * The writer reports comments too, and that is real text: 有网友留言：“…”, 网友“小鱼”在评论中写道…,
 * 网友王女士：“…”. What the writer's report has and a row lacks: a verb of saying or a quantifier on the
 * poster (有网友, 不少网友, …留言：), the remark in quotation marks, a named person (王女士, 张先生).
 * What a row has and the report lacks: the platform's handle (a floor number, an @, a nickname with
 * Latin or digits, 用户/楼主/游客 …) and its marks (likes, "3 hours ago", 回复, IP属地).
 *
 * Where a row stands glued before the writer's words with no mark of its own, its remark's end is not
 * known (说得太好了有关合同将在…): a row's end is certain at the platform's marks, at its own ！？, at
 * the paragraph's end, or before the next row; elsewhere the row is only marked, so that no writer's
 * word is ever hidden with it.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** Who posts on a platform (not 市民, 居民, 记者: the writer's people). */
const LABEL = '(?:热心网友|匿名用户|网友|用户|读者|游客|楼主|层主|网民|粉丝)';
/** A nickname: no space, sentence mark, quotation or bracket; 2–14 characters. */
const NICK = '[^\\s\\u3000，,。！？!?：:；;“”"「」『』（）()［］【】\\[\\]、|｜#＃@]{2,14}';
const FLOOR = '(?:\\d{1,3}\\s?(?:楼|F|#|层)|#\\d{1,3})';
/** A handle after the writer's mark (or a space, or the line's start), then the colon. */
const HANDLE = new RegExp(
  `(?<=^|[。！？!?，,；;“「”」…\\s|｜])(?:(${FLOOR})\\s?)?(?:(@)|(${LABEL}))?\\s?([“「"]?)(${NICK})[”」"]?(?:[（(](${LABEL})[）)])?\\s?[：:]\\s?`,
  'gu',
);
/** A nickname that says or reports (网友评论：, 有网友留言：) or counts posters: the writer's sentence, not a handle. */
const SAYS = /(?:说|称|道|问|答|评论|留言|表示|认为|写道|回复|调侃|吐槽|感叹|直言|坦言|质疑|提问|追问|发帖|跟帖|指出|强调|回应|建议|呼吁|提醒|感慨|发文|晒出|爆料|透露|直呼|表态|们|如下|是|为|有)$|^(?:第|图|附|注|有|不少|许多|多位|多名|一位|一名|部分|众多|很多|大批|不少|其中|还有)|纷纷/u;
/** A named person of the story (王女士, 张先生, 李某): the writer's vox pop. */
const PERSON = /(?:先生|女士|小姐|大爷|大妈|阿姨|师傅|同学|老师|医生|律师|记者|警官|某)$/u;
/** A platform's nickname: Latin, an underscore or a number inside (Tom_88, 用户5820173, 追梦人2019). */
const PLATFORM_NICK = /_|[A-Za-z]\d|\d[A-Za-z]|\D\d{3,}|^[a-z]{3,}/u;
const PROVINCE =
  '(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外)';
/** The platform's marks after a remark: likes, time, replies, the poster's province; each a closed slot. */
const COUNT = '\\d{1,5}(?![\\d年月日号时])';
const TAIL = new RegExp(
  `^(?:\\s?(?:[👍❤♥💬🔥]\\uFE0F?\\s?${COUNT}|(?:赞|点赞|顶|踩|回复)\\s?[(（]${COUNT}[)）]|(?:点赞|赞)\\s${COUNT}|\\d{1,2}\\s?(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天\\s?\\d{1,2}:\\d{2}|\\d{1,2}-\\d{1,2}\\s\\d{1,2}:\\d{2}|IP属地[：:]?\\s?${PROVINCE}|回复|举报))+`,
  'u',
);
/** Marks that end a remark in its own voice. */
const OWN_END = /[！？!?～~]/u;
const MAX_REMARK = 24;
/** A remark a reader types in a comment box, that its own ！？ may close. */
const SHORT_REMARK = 8;
/** A nickname with no label, @ or floor before it longer than this may hold the writer's words. */
const LONG_NICK = 6;
/** A remark the next row follows after a space. */
const SPACED_REMARK = 10;

interface Row {
  start: number;
  end: number;
  /** The end is certain (marks, its own ！？, the paragraph's end, the next row). */
  closed: boolean;
  /** The handle is a platform's beyond doubt, or the platform's marks follow. */
  platform: boolean;
  /** A bare nickname (no label, @, floor or platform shape): a row only after others. */
  bare: boolean;
  /** The platform's marks end it. */
  marks: boolean;
}

/**
 * How a remark ended: at the platform's marks, before the next row or the line's end after a space, at its
 * own ！？ (a reader's voice), or at a comma or stop that may be the writer's (open).
 */
type Ending = 'tail' | 'space' | 'mark' | 'open';

/** The remark after a handle's colon, to its end. */
function remarkEnd(text: string, from: number): [number, Ending] | null {
  if (/^[“「"『]/u.test(text.slice(from))) return null;
  for (let i = from; i < text.length && i - from <= MAX_REMARK; i++) {
    const tail = i > from ? TAIL.exec(text.slice(i)) : null;
    if (tail && (/^\s/u.test(tail[0]) || /^[👍❤♥💬🔥赞]/u.test(tail[0]))) return [i + tail[0].length, 'tail'];
    const ch = text.charAt(i);
    // A second colon: this was no remark but a label's value, or a handle glued on (以下条件之一：网友…：).
    if (/[：:]/u.test(ch)) return null;
    // Its own ！？ ends a remark, unless a closing quote shows it the writer's.
    if (OWN_END.test(ch)) {
      if (/^[”」』"]/u.test(text.slice(i + 1))) return null;
      const after = TAIL.exec(text.slice(i + 1));
      return after && /^\s/u.test(after[0]) ? [i + 1 + after[0].length, 'tail'] : [i + 1, 'mark'];
    }
    if (/[，,]/u.test(ch) && i > from) {
      // A comma inside a reader's short remark (写得不错，收藏了): crossed when a few characters and a space or the end follow.
      const more = /^[，,][^\s，,。！？!?：:；;“”「」\d]{1,6}(?=\s|$)/u.exec(text.slice(i));
      if (more && i - from <= 6 && !new RegExp(HANDLE.source, 'u').test(text.slice(i + more[0].length).trimStart().slice(0, 20))) {
        i += more[0].length - 1;
        continue;
      }
      // A comma closes nothing certain (the reader's few words and the writer's clause they were glued before end at it alike).
      return [i, 'open'];
    }
    if (/[。；;”」]/u.test(ch)) return i > from ? [i, 'open'] : null;
    if (/\s/u.test(ch)) {
      const rest = text.slice(i).replace(/^[\s|｜]+/u, '');
      const next = new RegExp(HANDLE.source, 'u').exec(rest);
      // A long stretch before the space may hold the writer's words the next row was glued after.
      return i > from ? [i, (rest.length === 0 || next?.index === 0) && i - from <= SPACED_REMARK ? 'space' : 'open'] : null;
    }
  }
  // The line's end after a short remark with no mark is where the paste ends (a paragraph of the writer's ends with its stop).
  return text.length - from <= MAX_REMARK && text.length > from ? [text.length, text.length - from <= SHORT_REMARK ? 'space' : 'open'] : null;
}

/**
 * Whether a remark ended by a mark is the reader's whole remark, not the reader's few words and the
 * writer's clause it was glued before (求后续以强奸论，): short, and off the story's topic — none of its
 * character pairs said in the page's other text, since a reader's reaction (说得太好了, 求后续) is about
 * the article, not its subject, and the writer's clause is the story's.
 */
function wholeRemark(remark: string, page: () => string): boolean {
  const han = remark.replace(/[^\p{Script=Han}]/gu, '');
  if (remark.length > SHORT_REMARK) return false;
  const elsewhere = page();
  for (let i = 0; i + 1 < han.length; i++) if (elsewhere.includes(han.slice(i, i + 2))) return false;
  return true;
}

/** `page`: the page's other text in its Simplified view, asked only when a remark needs it (most paragraphs have no row). */
function rowsOf(text: string, page: () => string): Row[] {
  const rows: Row[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const [, floor, at, label, quote, nick = '', labelAfter] = m;
    // A colon inside the last row (its tail's IP属地：…) starts no row.
    if (m.index < (rows.at(-1)?.end ?? 0)) continue;
    if (SAYS.test(nick) || PERSON.test(nick)) continue;
    // A bare nickname of Han only (张三：, 原因有二：) is any writer's colon, unless the platform's marks follow.
    const strongHandle = Boolean(floor || at || PLATFORM_NICK.test(nick) || (label && quote) || (label && label !== '网友' && label !== '网民') || labelAfter);
    const labelled = Boolean(label || labelAfter);
    const from = m.index + m[0].length;
    const found = remarkEnd(text, from);
    if (!found) continue;
    const [end, ending] = found;
    // A label inside a bare nickname (姓名楼主Tom_88：) is where the handle starts: the words before it are the writer's.
    const inner = !label && !at && !floor ? new RegExp(LABEL, 'u').exec(nick) : null;
    // A Latin nickname glued after Han (小学Tom_88：) starts at its Latin.
    const latin = !label && !at && !floor && !quote ? /^\p{Script=Han}+(?=[A-Za-z])/u.exec(nick) : null;
    const start = inner && inner.index > 0 ? m.index + m[0].indexOf(nick) + inner.index : latin ? m.index + m[0].indexOf(nick) + latin[0].length : m.index;
    // With nothing before the nickname to say where it starts, a long one may have taken the writer's last words.
    const unsureStart = !label && !at && !floor && !quote && !inner && !latin && nick.length > LONG_NICK;
    const ownLine = start === text.length - text.trimStart().length && end >= text.trimEnd().length;
    const elsewhere = () => `${page()}\n${text.slice(0, start)}\n${text.slice(end)}`;
    // A bare nickname may have taken the writer's words before it (已募集善款70余万风中的叶子：), marks or not.
    const bare = !strongHandle && !labelled;
    // A bare nickname's row is closed only by a space before the next row: a mark after it may end any writer's clause.
    const closed = !unsureStart && (ending === 'tail' || ending === 'space' || ownLine || (ending === 'mark' && !bare && wholeRemark(text.slice(from, end).replace(/[，,！？!?。；;]$/u, ''), elsewhere)));
    // A remark that opens with a figure is a list's item (第二站：2007年…), not a reader's.
    if (/^\s?\d/u.test(text.slice(from))) continue;
    rows.push({ start, end, closed, platform: strongHandle || (ending === 'tail' && !bare), bare, marks: ending === 'tail' });
  }
  return rows;
}

/** The writer's sentence before introduces the comments (网友纷纷留言。网友“…”：…): a roundup of the writer's, only marked. */
const INTRODUCED = /评论|留言|跟帖|热议|网友|回帖|弹幕/u;

/** `page`: the page's other text (title and other paragraphs), for whether a remark is on the story's topic. */
export function findCommentRows(pageText: string, page = ''): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  // The other text is the whole page: converted for each paragraph it made reading a page O(n²)
  // (30,000 characters: 2.8 s of 13 s CPU), and only a row's remark reads it.
  let pageView: string | undefined;
  const rows = rowsOf(text, () => (pageView ??= toSimplifiedForm(page)));
  const spans: SpamSpan[] = [];
  const reasons = {
    hidden: "A reader's comment row (handle, remark, likes or time) pasted into the article.",
    marked: "Possibly a reader's comment pasted into the article, or the writer's report of one.",
  };
  for (let r = 0; r < rows.length; r++) {
    // Rows one after another, set apart by spaces or bars, are one run.
    const run = [rows[r] as Row];
    while (r + 1 < rows.length && /^[\s|｜]*$/u.test(text.slice((run.at(-1) as Row).end, (rows[r + 1] as Row).start))) run.push(rows[++r] as Row);
    // A bare nickname's row (大白兔：顶) counts only after the platform's rows (before them it may be the writer's 专家：…);
    // alone with the platform's marks, it is marked.
    if (run.every((row) => row.bare)) {
      for (const row of run) if (row.marks) spans.push(finderSpan(row.start, row.end, 'seo', false, reasons));
      continue;
    }
    while (run[0]?.bare) run.shift();
    const first = run[0] as Row;
    // The writer's last sentence before the rows introduces them: a roundup of the writer's, if no platform mark shows.
    const before = text.slice(Math.max(0, first.start - 40), first.start).replace(/[。！？!?\s]+$/u, '').split(/[。！？!?]/u).at(-1) ?? '';
    const introduced = run.every((row) => !row.platform) && INTRODUCED.test(before);
    // A labelled Han nickname's one row as a line of its own may be a roundup's line of the writer's: marked.
    const last = run.at(-1) as Row;
    const ownLine = first.start === text.length - text.trimStart().length && last.end >= text.trimEnd().length;
    const sure = !introduced && (run.some((row) => row.platform) || run.length > 1 || !ownLine);
    // Rows in a row whose ends are certain are hidden; a row whose end is not known (its remark may run on into the
    // writer's clause) is marked.
    for (let k = 0; k < run.length; ) {
      let j = k;
      while (sure && j < run.length && (run[j] as Row).closed) j++;
      if (j > k) spans.push(finderSpan((run[k] as Row).start, (run[j - 1] as Row).end, 'seo', true, reasons));
      if (j < run.length) spans.push(finderSpan((run[j] as Row).start, (run[j] as Row).end, 'seo', false, reasons));
      k = j + 1;
    }
  }
  return spans;
}
