/**
 * Family "jammer": words spelt with their characters spaced apart, so that a keyword filter does not
 * see them (澳 门 赌 场, 网 贷 秒 批). Chinese prose puts no spaces between characters; a table of
 * names pads a two-character name to the width of three (沈 丹), and a slogan may be spaced for show.
 *
 * What proves the disguise is the words it breaks: joined again, neighbouring characters across the
 * spaces read as dictionary words. Padded names do not (沈丹 is no word). Four characters or more
 * with two words across their spaces are hidden; three characters with a word across are marked,
 * and so is anything inside quotation marks (a quoted slogan is the writer's).
 *
 * Other separators (澳/门/赌/场, 代|开|发|票; session 11) also write lists of single characters
 * (省/市/县, 男/女, 是|否), whose every neighbouring pair may be a word. So such a run counts only
 * when the characters, joined, read as dictionary words of two characters or more, with at least
 * one pair across a seam that is no word (澳门|赌场: 门赌 — a list's pairs are all words); it is
 * hidden from four characters, marked at three.
 *
 * Session 17: a farm also puts its separators between the characters of the WRITER's word (QA16:
 * 採用減/振/軌/道技術), where hiding the run hid a real word. The separators are the farm's either way;
 * the characters are the farm's only when they carry its vocabulary (a lure, gambling or grey-market
 * word: 澳/门/赌/场) or stand as a clause of their own (…观众，代/开/发/票，现场…). Otherwise only the separators are hidden and the word reads whole again; its
 * characters are marked when the language model reads the text better without them (a pasted
 * ordinary keyword), and left when they belong to the sentence.
 */
import GAMBLING_WORDS from './gambling-words.json';
import { DISGUISED_LABEL } from './find-contact-ads';
import { finderSpan } from './finder-span';
import { isGreyWord } from './grey-words';
import { citedAsExample, insideQuotes } from './text-classes';
import { toSimplifiedForm } from '../script/simplified-view';
import type { SpamSpan, SpamTools } from './types';

/**
 * One Han character, then two or more, each after the same one or two spaces (any width) or * or _.
 * The same separator throughout: a page's own ideographic space between two sentences (…笑一\u3000继推出)
 * is not part of a run pasted beside it.
 */
const SPACED = /\p{Script=Han}([ \u3000\u00a0*_]{1,2})\p{Script=Han}(?:\1\p{Script=Han})+/gu;
const SEPARATORS = /[ \u3000\u00a0*_]+/u;
/**
 * Session 21 (QA20: 代—开—发—票, 加‖微‖信): double bars, dashes and filled shapes split phrases as the
 * marks below do. Not the hollow circle and squares (二○一六, □□: prose symbols) nor the double dash
 * ——, whose two halves are one mark.
 */
const BARS_AND_DOTS = '‖∥—―─━●◆◇♦※▪◎❖✦✧';
/**
 * One Han character, then two or more, each after the same mark (a space either side allowed): a
 * slash, a bar, a dot, a middle dot, a bullet, a tilde, a star, an emoji (session 15: farms split
 * phrases with any of these). Transliterated names put the middle dot between single characters
 * (米格尔·德·塞万提斯): the test below, that the joined characters read as words of two characters
 * with a seam that is no word, leaves them. Not the enumeration comma: lists of single characters
 * read as words joined (衣、食、住、行; 锅、碗、瓢、盆 hid real words on the SIGHAN text).
 */
const SEPARATED = new RegExp(String.raw`\p{Script=Han}( ?(?:[/|\-.丨｜／·•・‧~～★☆_${BARS_AND_DOTS}]|\p{Extended_Pictographic}\uFE0F?) ?)\p{Script=Han}(?:\1\p{Script=Han})+`, 'gu');
/**
 * Session 18: a farm's come-on or slogan with a mark between every character (加‧好‧友‧送‧体‧验‧卡,
 * ・诚・信・经・营・) runs longer than a writer's list of single characters (省/市/县, 东/南/西/北) and
 * holds verbs and particles of one character, so its words are not all of two. From this many
 * characters, half of them in words of two or more is enough.
 */
const LONG_RUN = 5;

/**
 * Session 16: a SHORT lure word split (微·信, 私/聊, 博|彩): two to four characters with a mark or
 * a space between each. Two characters joined read as words far too often (男/女, 米·德) for the
 * shape alone, so the word itself must be a lure: a contact app's name or its disguise, a call to
 * add or message, a gambling or grey-market word (the finders' own vocabularies). Hidden with a mark
 * between the characters; marked with spaces (a table pads a name: 沈 丹) or inside quotation marks.
 */
const MARK = String.raw`(?:[/|\-.丨｜／·•・~～★☆_${BARS_AND_DOTS}]|\p{Extended_Pictographic}\uFE0F?)`;
const SHORT_SPLIT = new RegExp(String.raw`(?<!\p{Script=Han}(?: ?${MARK} ?|[ \u3000]))\p{Script=Han}( ?${MARK} ?|[ \u3000])\p{Script=Han}(?:\1\p{Script=Han}){0,2}(?!\1\p{Script=Han})`, 'gu');
/** A contact app, its disguise, a call to add or message (加微, 加群, 私聊). */
const LURE = new RegExp(`^(?:加?(?:${DISGUISED_LABEL}|微信?|群|[Qq]{2}群?)|进群|私聊|私信|私我|扣群)$`, 'u');
const GAMBLING = new Set<string>(GAMBLING_WORDS);

function isLureWord(joined: string): boolean {
  const simplified = toSimplifiedForm(joined);
  return LURE.test(simplified) || GAMBLING.has(simplified) || GAMBLING.has(joined) || isGreyWord(simplified);
}

/** Whether joined characters are, or hold, a farm's word (加微信, 代开发票, 赌场). */
function carriesLure(joined: string, tools: SpamTools): boolean {
  return isLureWord(joined) || tools.segmenter.cut(joined).some((word) => word.length >= 2 && isLureWord(word));
}

/** Punctuation, a space or a text edge: where a clause of its own starts or ends. */
const CLAUSE_EDGE = /^$|[\s。！？!?，,；;：:、（）()【】「」“”《》]/u;

/**
 * Whether a run is the farm's keyword rather than the writer's word: its characters carry a farm's
 * word, or it stands as a clause of its own (…观众，代/开/发/票，现场…; a paragraph's last words).
 * A writer's word is read inside a clause, joined to the words around it.
 */
function farmKeyword(text: string, start: number, end: number, joined: string, tools: SpamTools): boolean {
  if (carriesLure(joined, tools)) return true;
  if (!CLAUSE_EDGE.test(text.charAt(start - 1))) return false;
  if (CLAUSE_EDGE.test(text.charAt(end))) return true;
  // Session 19 (QA18): a come-on glued between two sentences, the writer's next one right after it
  // (…神伤。开-户-即-送-体-验-金对这些孩子…). A long run opening a clause is the farm's when it is a
  // phrase (three words or more: 开户|即|送|体验|金) or the text reads better without it; a writer's
  // list opening a sentence (金/木/水/火/土是…) is one word.
  if ([...joined].length < LONG_RUN) return false;
  if (tools.segmenter.cut(joined).length >= 3) return true;
  const host = text.slice(0, start) + joined + text.slice(end);
  return (tools.languageModel?.removalGain(host, start, start + joined.length).gain ?? 0) > 0;
}

/**
 * A quoted slogan spaced for show fills its quotation (“诚 信 经 营”) and is the writer's; a long
 * come-on glued after a full stop inside a speaker's quotation is the farm's (QA18).
 */
function pastedInQuote(text: string, start: number, length: number): boolean {
  return length >= LONG_RUN && insideQuotes(text, start) && /[。！？!?]$/u.test(text.slice(0, start));
}

/** Where a run ends once the letters and digits after it, parted by the same separator, are counted in (…号-ｗ-ｘ-６-６-８). */
function runEnd(text: string, end: number, separator: string): number {
  let at = end;
  while (separator && text.startsWith(separator, at) && /^[\p{L}\p{N}]$/u.test(text.charAt(at + separator.length))) at += separator.length + 1;
  return at;
}

/**
 * A run whose characters are an ordinary word: each separator hidden (or marked) on its own, and the
 * characters marked only where the text reads better without the word (removal gain above 0).
 */
function separatorSpans(text: string, start: number, run: string, hide: boolean, tools: SpamTools): SpamSpan[] {
  const spans: SpamSpan[] = [];
  const chars: [number, number][] = [];
  let joined = '';
  // The run is one Han character, then separator and character in turn: what is not Han separates.
  for (const m of run.matchAll(/\P{Script=Han}+/gu)) {
    spans.push(
      finderSpan(start + m.index, start + m.index + m[0].length, 'jammer', hide, {
        hidden: 'Marks put between the characters of a word, to slip past filters (the word is left).',
        marked: 'Marks between the characters of a word: possibly put there to slip past filters.',
      }),
    );
  }
  for (const m of run.matchAll(/\p{Script=Han}/gu)) {
    chars.push([start + m.index, start + m.index + 1]);
    joined += m[0];
  }
  const first = chars[0]?.[0] ?? start;
  const host = text.slice(0, first) + joined + text.slice(start + run.length);
  const gain = tools.languageModel?.removalGain(host, first, first + joined.length).gain ?? 0;
  if (gain > 0) for (const [s, e] of chars) spans.push(finderSpan(s, e, 'jammer', false, { hidden: '', marked: 'A word whose characters were split apart: possibly pasted.' }));
  return spans.sort((a, b) => a.start - b.start);
}

export function findSpacedWords(text: string, tools: SpamTools): SpamSpan[] {
  const known = (word: string): boolean => tools.segmenter.isDictionaryWord?.(word) === true || tools.isKnownWord?.(word) === true;
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(SPACED)) {
    const chars = m[0].split(SEPARATORS);
    // Words across a space: each neighbouring pair, or a three-character word over two spaces.
    let words = 0;
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      const triple = i + 2 < chars.length ? `${pair}${chars[i + 2]}` : '';
      if (known(pair)) words++;
      else if (triple && known(triple)) words++;
    }
    if (words === 0) continue;
    const hide = chars.length >= 4 && words >= 2 && !insideQuotes(text, m.index);
    if (!farmKeyword(text, m.index, m.index + m[0].length, chars.join(''), tools)) {
      spans.push(...separatorSpans(text, m.index, m[0], hide, tools));
      continue;
    }
    spans.push(
      finderSpan(m.index, runEnd(text, m.index + m[0].length, m[1] ?? ''), 'jammer', hide || pastedInQuote(text, m.index, chars.length), {
        hidden: 'Words spelt with their characters spaced apart, to slip past filters.',
        marked: 'Characters spaced apart: possibly a disguised word.',
      }),
    );
  }
  for (const m of text.matchAll(SEPARATED)) {
    const chars = m[0].split(m[1] ?? '');
    const joined = chars.join('');
    const pairs = chars.slice(1).map((ch, i) => known(`${chars[i]}${ch}`));
    const words = tools.segmenter.cut(joined);
    // Read as words again: every character in a word of two or more, and some word crossing a separator.
    const worded = words.filter((w) => w.length >= 2 && known(w)).join('').length;
    const asWords = worded === joined.length || (chars.length >= LONG_RUN && worded * 2 >= joined.length);
    // Session 21 (QA20: 網●賺●日●結): a bar, a dash or a filled shape between four characters or more
    // parts no list a writer keeps (lists take 、 / ｜): characters that read as no words are the farm's.
    // Ones that do are the farm's only with its vocabulary: such marks put inside a writer's idiom standing
    // as a clause (…，互‖相‖促‖进，…) hid 28 more of 156 when they counted in the clause rule.
    const farmMark = chars.length >= 4 && BARS_AND_DOTS.includes((m[1] ?? '').trim());
    if (!(asWords || farmMark) || pairs.every(Boolean)) continue;
    const hide = chars.length >= 4 && !insideQuotes(text, m.index);
    // A long run with the same mark before it is a slogan set out for show, a mark around every
    // character: all the farm's. Without the closing mark the last character is the host's, which
    // the run took across the slogan's closing mark (・诚・信・至・上・让他…).
    const sep = m[1] ?? '';
    const framed = chars.length >= LONG_RUN && m.index >= sep.length && text.startsWith(sep, m.index - sep.length);
    const closed = text.startsWith(sep, m.index + m[0].length);
    const [start, end] = framed ? [m.index - sep.length, m.index + m[0].length + (closed ? sep.length : -(chars[chars.length - 1]?.length ?? 0))] : [m.index, m.index + m[0].length];
    const farms = farmMark ? !asWords || carriesLure(joined, tools) : farmKeyword(text, start, end, joined, tools);
    if (!framed && !farms) {
      spans.push(...separatorSpans(text, m.index, m[0], hide, tools));
      continue;
    }
    spans.push(
      finderSpan(start, framed ? end : runEnd(text, end, sep), 'jammer', hide || pastedInQuote(text, start, chars.length), {
        hidden: 'Words spelt with their characters split apart, to slip past filters.',
        marked: 'Characters split apart: possibly a disguised word.',
      }),
    );
  }
  for (const m of text.matchAll(SHORT_SPLIT)) {
    const sep = m[1] ?? '';
    const joined = m[0].split(sep).join('');
    if (!isLureWord(joined) || spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)) continue;
    // Quoted by a story telling how ads split their words (写成“博 彩”): an example, left.
    if (citedAsExample(toSimplifiedForm(text), m.index)) continue;
    const hide = sep.trim() !== '' && !insideQuotes(text, m.index);
    spans.push(
      finderSpan(m.index, m.index + m[0].length, 'jammer', hide, {
        hidden: 'A lure word split by marks between its characters, to slip past filters.',
        marked: 'A lure word with its characters split apart: possibly disguised.',
      }),
    );
  }
  return spans;
}
