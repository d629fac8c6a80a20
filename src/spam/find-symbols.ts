/**
 * Family "symbol": emoji, dingbats and enclosed numbers glued inside words (经⛦济, 发③展). Only runs
 * with a Han character on both sides count: real prose puts such marks after punctuation (list
 * bullets) or at the end of a forum line, not between two characters of a sentence. Enclosed
 * numbers that form a sequence in the paragraph (① … ②) are a real list and are kept.
 *
 * One more place a farm drops an enclosed number: right after a sentence (…的发展。⑤记者昨日…, or
 * at the paragraph's end). There a writer puts a footnote mark or a list item, and those come in
 * series: so it counts only when no number next to it in value (④, ⑥) is anywhere on the page,
 * and it is not a first one (①, ⑴, ❶), which a series may start with.
 */
import { finderSpan } from './finder-span';
import { codePoints, isEmojiJoiner, isEnclosedNumber, isHan, isStraySymbol } from './text-classes';
import type { SpamSpan } from './types';

const PINYIN_GLOSS_BEFORE = /\p{Script=Han}(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）])+$/u;

/**
 * Particles a writer ends a clause with before an emoji (加油啊💪武汉, 好吃哒😋推荐): there the
 * emoji is their punctuation, not a mark pasted inside a word. (Not 了, which sits mid-sentence.)
 */
const MOOD_ENDINGS = '啊吧呢哒呀啦哦噢嘛哈呵嘿';
/** What follows an emoji a writer ends a clause with: punctuation, a space or the paragraph's end. */
const CLAUSE_AFTER = /^(?:$|[\s，。！？、；：,.!?;:~～…])/u;

/** Sentence ends an enclosed number may follow, and a closing quote after one (…说。”⑤). */
const SENTENCE_END = /[。！？!?][”’」』]?$/u;
/**
 * Words after a symbol that name it as a mark (图中用◆标出的…, 印有★标志的…, 用※号表示…): the writer
 * is talking about the symbol, which a copying site never inserts before such a word. A verb of
 * marking before it (用, 以, 印有 …) also lets 号 / 表示 / 代表 name it; alone those follow a symbol
 * splitting a word too (信◆号).
 */
const NAMES_MARK = /^(?:标出|标注|标记|标明|标示|标志|标识|符号|图案|图标|字样|记号)/u;
const MARKS_WITH = /(?:用|以|带|带有|印有|画有|画着|打上|打了|标有|标上|写着|贴有)$/u;
const NAMES_MARK_AFTER_VERB = /^(?:号|形|表示|代表|标)/u;
const FIRST_OF_SERIES = new Set(['①', '⑴', '⒈', '❶', '➀', '➊', '㉑']);

/**
 * `pageNumbers`: every enclosed number on the page (all paragraphs), so a footnote mark whose note
 * is in another paragraph is seen to be part of a series.
 */
export function findStraySymbols(text: string, pageNumbers: readonly string[] = []): SpamSpan[] {
  const points = codePoints(text);
  const enclosed = points.filter((p) => isEnclosedNumber(p.ch)).map((p) => p.ch);
  const isList = (ch: string): boolean => {
    const cp = ch.codePointAt(0) ?? 0;
    return enclosed.some((other) => Math.abs((other.codePointAt(0) ?? 0) - cp) === 1);
  };
  const runs: { from: number; to: number; chars: string[] }[] = [];
  for (let i = 0; i < points.length; ) {
    if (!isStraySymbol(points[i]?.ch ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j < points.length && (isStraySymbol(points[j]?.ch ?? '') || isEmojiJoiner(points[j]?.ch ?? ''))) j++;
    runs.push({ from: i, to: j, chars: points.slice(i, j).map((p) => p.ch) });
    i = j;
  }
  const isEmoji = (run: { chars: string[] }): boolean => run.chars.every((ch) => !isEnclosedNumber(ch));
  // A paragraph whose writer ends clauses with emoji (沸腾了🎉 at the end, 晚安🌙。) writes in
  // emoji: the ones between its words are theirs too. Pasted emoji land inside the text.
  const endsClause = (run: { from: number; to: number }): boolean =>
    isHan(points[run.from - 1]?.ch ?? '') && CLAUSE_AFTER.test(points[run.to]?.ch ?? '');
  const writesInEmoji = runs.some((run) => isEmoji(run) && endsClause(run));
  const spans: SpamSpan[] = [];
  for (const run of runs) {
    const point = points[run.from];
    if (!point) continue;
    const before = points[run.from - 1]?.ch ?? '';
    const after = points[run.to]?.ch ?? '';
    const listMarker = run.chars.length === 1 && isEnclosedNumber(run.chars[0] ?? '') && isList(run.chars[0] ?? '');
    const writers = isEmoji(run) && (writesInEmoji || MOOD_ENDINGS.includes(before || '_'));
    // A pinyin gloss glued before the symbol (国(guo)⛦务) stands in for the character it follows.
    const afterGloss = PINYIN_GLOSS_BEFORE.test(text.slice(Math.max(0, point.at - 30), point.at));
    const afterSentence = run.chars.length === 1 && isEnclosedNumber(run.chars[0] ?? '') && SENTENCE_END.test(text.slice(Math.max(0, point.at - 2), point.at)) && !inSeries(run.chars[0] ?? '', [...enclosed, ...pageNumbers]);
    const end = points[run.to]?.at ?? text.length;
    const rest = text.slice(end, end + 4);
    // Session 31 (classes31 look-alikes: 图中用◆标出的…, 印有★标志的… had the symbol hidden): a symbol the
    // sentence names is the writer's; one symbol only, and still marked (the reader judges).
    const named = run.chars.length === 1 && (NAMES_MARK.test(rest) || (MARKS_WITH.test(text.slice(Math.max(0, point.at - 2), point.at)) && NAMES_MARK_AFTER_VERB.test(rest)));
    if (((isHan(before) || afterGloss) && isHan(after) && !listMarker && !writers) || afterSentence) {
      spans.push({
        start: point.at,
        end,
        family: 'symbol',
        confidence: named ? 0.5 : 0.9,
        tier: named ? 'suspect' : 'hidden',
        reason: named ? 'Possibly a stray symbol, though the sentence seems to name it.' : 'A stray symbol or emoji inside a word, inserted to break copying and search.',
      });
    } else if (repeats(run.chars) && !writers && OPENS_AFTER.includes(before || '_') && (isHan(after) || (after === '' && SENTENCE_END.test(before))) && (!keyboardEmoji(run.chars) || (isHan(after) && !SENTENCE_END.test(before)))) {
      // Session 21 (QA20: …起见，✪✪还特意…, ☀☀☀ and ⚠⚠⚠ only marked): one symbol twice or more,
      // glued after a stop or a comma into the writer's next words, is pasted; a writer's doubled
      // emoji closes a clause (好开心😄😄，) or stands in quotes (刷起了“👍👍”). Emoji a phone's
      // keyboard shows in colour (👏👏 after a stop cheers what follows) are only marked, after a
      // comma; so is a row at a paragraph's end.
      const hide = isHan(after) && !keyboardEmoji(run.chars);
      spans.push({
        start: point.at,
        end,
        family: 'symbol',
        confidence: hide ? 0.9 : 0.6,
        tier: hide ? 'hidden' : 'suspect',
        reason: 'A row of one symbol glued into the sentence, added by the copying site.',
      });
    } else if (COMMAS.includes(before || '_') && isHan(after) && !writers && !run.chars.some(isEnclosedNumber) && !keyboardEmoji(run.chars)) {
      // Session 30 (QA29 / GATE29: stray symbols never hidden nor marked): a mark glued after a comma into the
      // writer's next words (坡陡路滑，◆上山靠爬): a writer bullets a line after a stop, never after a comma.
      if (!named) spans.push({ start: point.at, end, family: 'symbol', confidence: 0.9, tier: 'hidden', reason: 'A stray symbol glued into the sentence after a comma, added by the copying site.' });
    } else if (isOrnamentRun(run.chars) && (before === '' || OPENS_AFTER.includes(before)) && (isHan(after) || alternates(run.chars))) {
      // A row of ornaments opening a sentence (。★☆★第三方…, ➤➤➤展览…): a writer bullets a line
      // with one mark, not three. Emoji rows (。👇👇👇) are also how some writers point at what
      // follows, so those are only marked, and not at all where the writer writes in emoji.
      // Session 18: a row of two marks in turn (▲▼▲▼) after a sentence is the farm's divider
      // whatever follows (a quote, a bracket, the paragraph's end); a rating (★★★★☆) runs, not alternates.
      const emoji = run.chars.some((ch) => EMOJI.test(ch));
      if (emoji && writesInEmoji) continue;
      spans.push({
        start: point.at,
        end,
        family: 'symbol',
        confidence: emoji ? 0.6 : 0.9,
        tier: emoji ? 'suspect' : 'hidden',
        reason: 'A row of ornaments or emoji opening a sentence, added by the copying site.',
      });
    }
  }
  // A paragraph of a few marks and nothing else (◆◇, ▲, ★☆★) is a divider or a paste; a writer's page may use one: marked.
  if (spans.length === 0 && runs.length > 0 && runs.length <= 3 && /^[\s\p{Extended_Pictographic}\p{So}\p{Sm}]{1,8}$/u.test(text) && !runs.some((run) => run.chars.some(isEnclosedNumber) || keyboardEmoji(run.chars)))
    spans.push({ start: text.search(/\S/u), end: text.trimEnd().length, family: 'symbol', confidence: 0.6, tier: 'suspect', reason: 'Possibly stray symbols standing as a paragraph, added by the copying site.' });
  return spans;
}

/** A comma a sentence goes on after. */
const COMMAS = '，,、';

const EMOJI = /^\p{Extended_Pictographic}$/u;
/** Where a sentence may open: after its paragraph's start or these. Not after a colon: 口味：★★★★☆ rates. */
const OPENS_AFTER = '。！？!?；;，,、…';

/** Three or more ornaments (not enclosed numbers, which count a list), joiners not counted. */
function isOrnamentRun(chars: readonly string[]): boolean {
  const marks = chars.filter((ch) => !isEmojiJoiner(ch));
  return marks.length >= 3 && marks.every((ch) => !isEnclosedNumber(ch));
}

/** One mark two or more times (✪✪, 🔥🔥🔥), joiners not counted; not enclosed numbers, which count a list. */
function repeats(chars: readonly string[]): boolean {
  const marks = chars.filter((ch) => !isEmojiJoiner(ch));
  return marks.length >= 2 && new Set(marks).size === 1 && !isEnclosedNumber(marks[0] ?? '');
}

/** Emoji shown in colour by default, or asked to be (🔥, ⚠️): what a writer types from a phone's keyboard. */
function keyboardEmoji(chars: readonly string[]): boolean {
  return chars.some((ch) => /\p{Emoji_Presentation}/u.test(ch) || ch === '\uFE0F');
}

/** Two or more different marks, each unlike the one before it (▲▼▲▼, ☆★☆★☆), joiners not counted. */
function alternates(chars: readonly string[]): boolean {
  const marks = chars.filter((ch) => !isEmojiJoiner(ch));
  return new Set(marks).size >= 2 && marks.every((ch, i) => i === 0 || ch !== marks[i - 1]);
}

/** Whether an enclosed number is a first one or has a neighbour in value among `others`. */
function inSeries(ch: string, others: readonly string[]): boolean {
  if (FIRST_OF_SERIES.has(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  return others.some((other) => Math.abs((other.codePointAt(0) ?? 0) - cp) === 1);
}

/**
 * Session 32 (issue 12: never-seen farm pages had one box symbol dropped between two sentences, …的发展。▇记者
 *昨日…, neither hidden nor marked): a square or a block (■ ▇ █ ▓ ◼ ▣ …) standing alone after a sentence's end and
 * before the next sentence's first character. A writer's ■ heads a paragraph (■记者手记), and □ stands for a
 * withheld character (王□): so the box is only marked where the page's paragraphs open with it, and □ is only marked.
 */
const LONE_BOX = /(?<=[。！？!?][”’」』]?)[\u2580-\u259f\u25a0-\u25a9\u25aa\u25ab\u25fb-\u25fe](?=[\p{Script=Han}“「])/gu;
const HOLLOW = '□▢◻◽▫';
const BOX_REASONS = { hidden: 'A box symbol dropped between two sentences by the copying site.', marked: 'Possibly a box symbol dropped between two sentences by the copying site.' };

export function findLoneBoxes(text: string, paragraphs: readonly string[] = []): SpamSpan[] {
  const spans: SpamSpan[] = [];
  for (const m of text.matchAll(LONE_BOX)) {
    // A legend names the box (■表示已完成, ■标出的…): the writer's.
    if (NAMES_MARK.test(text.slice(m.index + 1, m.index + 5)) || /^(?:表示|代表|为|指)/u.test(text.slice(m.index + 1))) continue;
    const heads = paragraphs.some((p) => p.trimStart().startsWith(m[0]));
    spans.push(finderSpan(m.index, m.index + 1, 'symbol', !heads && !HOLLOW.includes(m[0]), BOX_REASONS));
  }
  return spans;
}
