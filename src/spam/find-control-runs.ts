/**
 * A page's controls copied along with the article (session 23: QA22's fold buttons, share bars,
 * toolbars, listen controls, media placeholders, attachment rows, correction links and previous /
 * next links; 0–65% found) — read by what they share rather than class by class.
 *
 * A control speaks to the reader's hand about the page: an act on it (分享, 打印, 关闭, 下载, 纠错,
 * 展开, 收听, 重试 …) with what it acts on (本页, 全文, 窗口, 附件, 链接 …), a share target, a font
 * size, a media slot's state (图片加载失败), a file and its size, a time, an arrow or an icon. A
 * widget strings such slots together with nothing but spaces, bars, dots, slashes or brackets
 * between them, and no predicate: the run carries its own ends. A writer tells the same acts in a
 * clause (他把视频分享到朋友圈, 网友举报后, 附件中的报名表): a subject, an object or a particle joins
 * them to the sentence, and lists are joined by 、 or 和, never by a bar. So a run of slots is:
 * - hidden when two slots stand together at a clause's boundary (分享到： 微信 微博, 打印 | 关闭窗口),
 *   or one decorated slot does (【打印】, 展开全文 ▾, 🎧 听新闻, 图片加载失败，点击重试, 公示.pdf 1.2MB);
 * - marked when a bare control word stands alone between two commas (…，分享，…), which a writer's
 *   list of acts may also do; left where the writer's words run into it on either side.
 * Previous / next links (上一篇：…) carry another article's title, whose end is unknown when glued
 * into the writer's text: the label is hidden, the title with it only where it ends the paragraph or
 * a space, a bar or the next link closes it; otherwise the title is marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { withClosingComma } from './closing-comma';
import type { SpamSpan } from './types';

/** What the reader's hand does on the page: acts that stand alone (分享, 打印), and acts that need their object (查看全文, 返回顶部). */
const ACT = '(?:分享|转发|打印|关闭|收藏|下载|纠错|报错|举报|投诉|反馈|播放|暂停|全屏|重播|重新播放|自动播放|连播|倍速|静音|画中画|弹幕|收听|朗读|播报|展开|收起|刷新|重试)';
const ACT_ON = '(?:查看|阅读|继续阅读|显示|返回|回到|加载|保存|复制|收听|观看|点击查看)';
/** What it acts on: the page, the text, a window, a file, a link, a medium, a place on the page. */
const OBJECT = '(?:本页|此页|该页|页面|本文|此文|(?:阅读)?全文(?:内容)?|全部(?:内容)?|(?:剩余|余下|其余)(?:全文|内容|部分|\\d{1,2}%)?|更多(?:内容)?|原文|详情|窗口|本窗口|附件|链接|网址|顶部|原图|大图|图片|视频|音频|文章|好友|朋友圈|PDF|pdf)';
/** Arrows, chevrons and the icons controls wear. */
const GLYPH = '(?:>>|[>＞↑↓▲▼△▽▾▴∧∨︿﹀⌃⌄›»→←«➤↗⬇⬆▶▷⏸⏯⏵⏹🔊🔈🔉🎧📎🖨📥⚠]\\uFE0F?)';
/** A control phrase: an optional prompt verb, the act, a direction, an object (点击下载附件, 分享到, 关闭窗口, 我要纠错). */
const CONTROL = `(?:(?:点击|点此|请点击|立即|一键|马上|我要)?(?:${ACT}(?:到|至|给)?${OBJECT}?|${ACT_ON}(?:到|至)?${OBJECT})|听(?:新闻|全文|文章|本文)|语音播报|意见反馈|违法和不良信息举报|清晰度|音量|语速|男声|女声|(?:标清|高清|超清|蓝光|流畅)(?:\\s?\\d{3,4}[Pp])?|\\d{3,4}[Pp](?![A-Za-z])|(?:全文|全部|更多)(?=\\s?${GLYPH}))`;
/** Where a share bar sends the page. */
const TARGET = '(?:微信好友|微信|朋友圈|新浪微博|微博|QQ空间|QQ|豆瓣|抖音|今日头条|知乎|小红书|Facebook|Twitter|LINE|WhatsApp|Telegram|领英|钉钉)';
/** A font-size control: 字号：大 中 小, A+ A-, T+ T-. */
const FONT = '(?:(?:默认|标准)字体|(?:字号|字体|文字)\\s?[:：]?\\s?[大中小](?:\\s?[/／|｜]?\\s?[大中小]){1,2}|[AT]\\s?\\+\\s?[AT]\\s?[-－]|[大中小](?:\\s[大中小]){2})';
/** A medium's slot and its state: 图片加载失败, 正在加载视频…, 该图片已失效, 视频暂无法播放. */
const MEDIUM = '(?:图片|视频|音频|图像|动图)';
const STATE = '(?:加载失败|载入失败|加载出错|(?:正在)?(?:加载|载入)中?|无法(?:显示|加载|播放|查看)|暂(?:时)?无法播放|已失效|播放失败)';
const MEDIA_STATE = `(?:(?:您的|当前)?浏览器(?:版本)?(?:暂)?不支持[^，。！？!?\\n]{0,10}?(?:${MEDIUM}|video|audio|播放)(?:${MEDIUM}|标签|播放|格式)?|(?:该|此)?${MEDIUM}${STATE}|(?:正在)?(?:加载|载入)${MEDIUM}|(?:正在)?(?:加载|缓冲)中(?=…|\\.{2}))(?:…+|\\.{2,})?(?:[，,]\\s?请稍(?:候|等)(?:…+|\\.{2,})?)?(?:[，,]?\\s?(?:请|点击|请点击)?(?:刷新)?(?:后)?重试)?`;
/**
 * A medium's place held in its own brackets: [图片], 〔视频〕, （此处为视频）. Round brackets hold a newspaper's own
 * （图片） note (PKU's 1998 text), so there only the placeholder's 此处为 makes it one.
 */
const MEDIA_HELD = `(?:[【\\[〔]\\s?(?:此处(?:为|有))?(?:${MEDIUM}|图|组图)\\s?[】\\]〕]|[（(]\\s?此处(?:为|有)(?:${MEDIUM}|图)\\s?[）)])`;
/** What is left of the text, as a fold prints it: 剩余 80% 未读, 还剩 1,204 字. */
const LEFT = '(?:还剩|剩余|余下|剩下)\\s?(?:\\d{1,2}(?:\\.\\d)?\\s?%|\\d[\\d,]*\\s?字)\\s?(?:未读|内容)?';
/** A file: its name and extension, its size. */
const FILE = '(?:\\d{1,2}[.、]|[①-⑳])?[\\p{Script=Han}A-Za-z0-9_\\-（）()]{1,30}\\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|txt|csv|apk|mp4|mp3)(?![.A-Za-z])';
const SIZE = '[（(]?\\d{1,4}(?:\\.\\d{1,2})?\\s?(?:KB|MB|GB|K|M|G|kb|mb)(?![A-Za-z])[）)]?';
/** A file's name without its extension, known by the size after it (报名表（1.2MB）). */
const NAMED = `\\p{Script=Han}{2,12}\\d?(?=\\s?${SIZE})`;
const TIME = '\\d{1,2}:\\d{2}(?:\\s?/\\s?\\d{1,2}:\\d{2})?';
/** A recording's length: 时长8分18秒, 时长 03:12. */
const DURATION = '(?:时长|全长)\\s?[:：]?\\s?(?:\\d{1,2}:\\d{2}|(?:\\d{1,2}\\s?分(?:钟)?)?\\d{1,2}\\s?秒|\\d{1,2}\\s?分钟)';
/** A label that opens a row of attachments or links: 附件：, 相关附件：, 附：. */
const LABEL = '(?:附件|附表|相关附件|附件下载|附)\\s?\\d?\\s?[:：]';

const SLOT_KINDS: [string, string][] = [
  ['held', MEDIA_HELD],
  ['bracketed', `[【\\[〔]\\s?(?:${CONTROL}|${FONT})\\s?[】\\]〕]`],
  ['state', MEDIA_STATE],
  ['file', FILE],
  ['label', LABEL],
  ['font', FONT],
  ['control', CONTROL],
  ['target', TARGET],
  ['named', NAMED],
  ['size', SIZE],
  ['left', LEFT],
  ['duration', DURATION],
  ['time', TIME],
  ['speed', '\\d(?:\\.\\d{1,2})?\\s?[xX×](?![A-Za-z])'],
  ['glyph', `${GLYPH}+`],
];
const SLOTS = SLOT_KINDS.map(([kind, source]) => [kind, new RegExp(source, 'uy')] as const);
const GAP = /[\s\u3000|｜·•/／┃:：\-–—]*/uy;
/** What may stand before a run: a clause's boundary (a slash or bar after a word is the writer's list). */
const OPENS = /[。！？!?；;，,：“”「」（(【[〔）)】\]］〕\s]/u;
/** Where a slot may end by itself: the text's end, punctuation, a space, a bracket or an icon. */
const CLOSES = /^(?:$|[。！？!?；;，,、”」）)】\]〕\s|｜·•/／:：]|\p{Extended_Pictographic})/u;

interface Slot {
  kind: string;
  start: number;
  end: number;
  /** Whether a separator stands before it (two words with none between are one phrase: 转发微博). */
  apart: boolean;
}

/** The slots from `at` on, with nothing but gaps between them. */
function slotsFrom(text: string, at: number): Slot[] {
  const slots: Slot[] = [];
  let i = at;
  let apart = true;
  for (;;) {
    let found: Slot | null = null;
    for (const [kind, pattern] of SLOTS) {
      pattern.lastIndex = i;
      const m = pattern.exec(text);
      if (m && m[0].length > 0) {
        found = { kind, start: i, end: i + m[0].length, apart };
        break;
      }
    }
    if (!found) break;
    slots.push(found);
    GAP.lastIndex = found.end;
    const gap = GAP.exec(text)?.[0] ?? '';
    apart = gap.length > 0;
    i = found.end + gap.length;
  }
  return slots;
}

/** Slots only the interface writes: a medium held in brackets, a bracketed control, a font-size control, a file with its extension. */
const DECISIVE = new Set(['held', 'bracketed', 'font']);
/** Slots made of words, which a writer's clause may also hold. */
const WORDS = new Set(['control', 'target', 'label', 'state', 'named']);

/** Whether a run of slots is the page's interface for sure, unsure, or no run at all. */
function judge(slots: Slot[], text: string): 'hide' | 'mark' | null {
  const last = slots[slots.length - 1];
  if (!last) return null;
  const kinds = slots.map((s) => s.kind);
  // Targets, sizes, times, glyphs alone are no control (a list of platforms, a timetable): a run needs an act.
  // What is left to read (剩余 80%) is a fold's only beside its arrow or its button.
  const folded = kinds.includes('left') && kinds.some((k) => k === 'glyph' || k === 'control');
  if (!folded && !kinds.some((k) => k === 'control' || k === 'label' || k === 'state' || k === 'file' || DECISIVE.has(k))) return null;
  if (kinds.some((k) => DECISIVE.has(k))) return 'hide';
  const closed = CLOSES.test(text.slice(last.end));
  // A state with its own decoration (…, 请重试) is the placeholder's; a bare one (视频无法播放) a writer may say.
  const state = slots.find((s) => s.kind === 'state');
  if (state && /…|\.\.|重试$/u.test(text.slice(state.start, state.end))) return 'hide';
  // Words with no separator between them make one phrase (转发微博); an icon, a time or a size stands apart by itself.
  const units = slots.filter((s, k) => k === 0 || s.apart || !WORDS.has(s.kind) || !WORDS.has(slots[k - 1]?.kind ?? '')).length;
  const wordsOnly = kinds.every((k) => WORDS.has(k));
  if (units >= 2 && !wordsOnly) return 'hide';
  if (units >= 2) return closed || units >= 3 ? 'hide' : 'mark';
  // One control alone: a line of its own is the widget's when it names what it acts on (关闭窗口, 打印本页); between commas, unsure.
  const whole = slots[0]?.start === 0 && text.slice(last.end).trim() === '';
  if (whole && last.end - (slots[0]?.start ?? 0) >= 4) return 'hide';
  return closed ? 'mark' : null;
}

/** Where a previous / next link's title ends, and whether that end is sure. */
const PREV_NEXT = /(?:[«←‹<]\s?|【)?(?:上一篇|下一篇|上篇|下篇|前一篇|后一篇)(?:\s?[»→›>]|】)?\s?[:：]?\s?/gu;
const TITLE_END = /\s{2,}|[\s|｜]*(?=(?:[«←‹<【]\s?)?(?:上一篇|下一篇|上篇|下篇))|[，,。；;［[【（(]|$/u;

function prevNext(text: string, add: (start: number, end: number, hide: boolean) => void): void {
  for (const m of text.matchAll(PREV_NEXT)) {
    const from = m.index + m[0].length;
    // 上一篇报道刊发后 is the writer's: a link's label is set apart by a colon, a space, an arrow or its brackets.
    if (!/[:：\s»→›>】]$/u.test(m[0]) && !/^[«←‹<【]/u.test(m[0])) continue;
    // Glued to the writer's word before it, only a colon or brackets make it a label (在上一篇 文章里 is the writer's).
    if (m.index > 0 && !OPENS.test(text.charAt(m.index - 1)) && !/[:：】]/u.test(m[0])) continue;
    const rest = text.slice(from);
    const end = TITLE_END.exec(rest);
    const title = (end ? rest.slice(0, end.index) : rest).trimEnd();
    if (!title || title.length > 36 || /[。]/u.test(title)) {
      add(m.index, m.index + m[0].trimEnd().length, true);
      continue;
    }
    // A headline has spaces of its own, so its end is sure only where the next link or the paragraph's end closes it,
    // and the link stood by itself (a paragraph's start, after a sentence): after a comma the writer's clause may run on.
    const nextLink = /^[\s|｜]*(?:[«←‹<【]\s?)?(?:上一篇|下一篇|上篇|下篇)/u.test(rest.slice(title.length));
    const ownPlace = m.index === 0 || /[。！？!?”」\s]/u.test(text.charAt(m.index - 1));
    const sure = nextLink || (ownPlace && title.length <= 24 && from + title.length === text.trimEnd().length);
    add(m.index, m.index + m[0].length, true);
    add(from, from + title.length, sure);
  }
}

export function findControlRuns(pageText: string): SpamSpan[] {
  const text = toSimplifiedForm(pageText);
  const spans: SpamSpan[] = [];
  const reason = "A page's control (share, print, font size, play, download, report, a placeholder), copied along with the article.";
  const add = (start: number, end: number, hide: boolean): void => {
    if (end > start) spans.push(finderSpan(start, hide ? withClosingComma(text, start, end) : end, 'seo', hide, { hidden: reason, marked: `Possibly ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` }));
  };
  const glyphAt = new RegExp(`^${GLYPH}`, 'u');
  let i = 0;
  while (i < text.length) {
    // A run starts at a clause's boundary, or at an icon.
    if (i > 0 && !OPENS.test(text.charAt(i - 1)) && !glyphAt.test(text.slice(i, i + 3))) {
      i++;
      continue;
    }
    const slots = slotsFrom(text, i);
    const verdict = judge(slots, text);
    const first = slots[0];
    const last = slots[slots.length - 1];
    if (!verdict || !first || !last) {
      i++;
      continue;
    }
    add(first.start, last.end, verdict === 'hide');
    i = last.end;
  }
  prevNext(text, add);
  return spans;
}
