/**
 * Session 25: a whole line that is not the writer's — a paragraph of its own or a paragraph's last
 * sentence that a site, a forum, an app or a farm put there (a copyright footer, a prize ticker, a
 * browser warning, a tip jar, comment rules …). One learned decision over what such a line is against
 * its page (./outsider-line-features.ts: no link to the story, not prose, slots, speaks to the reader,
 * stands where sites append), fitted on the dev pools of several generators at once so that it reads
 * the class rather than one generator's wordings (scripts/spam/train-outsider-lines.ts, chosen on
 * leave-one-generator-out; ./outsider-line-weights.json).
 *
 * It runs at the language stage (./index.ts), on the page with the mechanical finds taken out: a line
 * a finder hid in part is read by what is left of it. Above `hide` (a level above every clean-corpus
 * line and every generator's writer line of the fit) a line is hidden, unless it is a shape a writer
 * gives a line of their own (a quotation, a credit in brackets, a sentence leaning on the story);
 * and only with a mark of a site's line besides its score (it talks to the reader, or is a row of slots or a
 * labelled field). Since session 26 nothing is marked: the `mark` level (above every clean-corpus dev line)
 * marked real CPP and corpus text, so it is only measured by the fit until a level read off clean and CPP
 * pools can stand.
 */
import fitted from './outsider-line-weights.json';
import { isCreditLine } from './credit-line';
import { finderSpan } from './finder-span';
import { isHeadlineRun } from './headline-lines';
import { everySentenceSites, siteRange } from './line-edges';
import { OUTSIDER_FEATURES, expressionRanges, outsiderFeatures, outsiderLines } from './outsider-line-features';
import { mergeSpans } from './merge-spans';
import { pageOffsets, type SpamPage } from './page';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

/** The fitted logistic model and its two levels (outsider-line-weights.json, written by scripts/spam/train-outsider-lines.ts). */
export interface OutsiderModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  hide: number;
  mark: number;
}

const model = fitted as OutsiderModel;

/** The finder's reasons (benches tell its spans from the other finders' by them). */
export const OUTSIDER_REASONS = {
  hidden: "A line of the site's or a platform's, not the writer's: it shares nothing with the story and reads as the page's furniture.",
  marked: "May be a line of the site's or a platform's rather than the writer's.",
};

/** The model's log-odds that a line with these features is not the writer's. */
export function outsiderScore(features: readonly number[]): number {
  let z = model.bias;
  features.forEach((v, j) => (z += (model.weights[j] ?? 0) * ((v - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1))));
  return z;
}

const feature = (name: (typeof OUTSIDER_FEATURES)[number]): number => OUTSIDER_FEATURES.indexOf(name);
const QUOTED = feature('quoted');
const LEANS = feature('leansOnStory');
const TO_READER = feature('toReader');
const SYMBOLS = feature('symbolShare');
const LABELLED = feature('labelled');
const ENDS_WITH_STOP = feature('endsWithStop');
const SCREEN = feature('screenMarks');
/**
 * Session 28: a screen's line (./register.ts) — this many distinct marks of one (fields, gaps between them, figures
 * with a screen's unit, a clock time or date, masked digits) are a site's shape too, as talking to the reader is:
 * a sleep report or a payment row says nothing to the reader and carries no label, yet is no writer's sentence.
 * Closed by a full stop, a line with figures and units is a writer's sentence of facts (CPP: 总面积854平方公里，总人口
 * 175691，人口密度206人/平方公里（1999年）。 was hidden without this), as a row of slots closed by one is.
 */
export const SCREEN_MIN = 2;
/** A row of slots: at least this share of its characters are separators and symbols. */
const SLOT_ROW = 0.1;
/** A writer's credit or note wholly in round brackets ((记者 张三), (完)): never hidden. */
const BRACKETED = /^\s*[（(][^（）()]*[）)]\s*$/u;
/** Quotation marks of any kind: a writer's quoted speech may be cut at the line's edge (CPP's 他说：“我……). */
const QUOTATION = /[“”「」『』]/u;
const MIN_HIDDEN_HAN = 4;
/** A Han clause after a line's last space, closed by a sentence's stop: perhaps the writer's, glued after the line. */
const WRITERS_CLOSE = /[\s\u3000]+\p{Script=Han}{2}[^\s\u3000。！？!?]*[。！？!?]+\s*$/u;

/**
 * Whether a line may be hidden at all, whatever its score: only with a mark of a site's line besides the
 * score (it talks to the reader, or it is a row of slots or a labelled field), and never in a shape a
 * writer gives a line of their own. Shared with the fit (scripts/spam/train-outsider-lines.ts), whose
 * hide level stands above every writer's line this lets through.
 */
export function mayHide(row: readonly number[], text: string): boolean {
  // A line of several sentences only when each has a site's mark of its own (./line-edges.ts everySentenceSites).
  return mayMark(row, text) && (sitesShape(row) || screenShape(row)) && everySentenceSites(text);
}

/**
 * Session 28: a line whose only mark of a site's is a screen's register (no address to the reader, no label, no row
 * of slots) is marked above the hide level, not hidden: a writer's table row reads as one too (CPP: a bus timetable's
 * 早 粉洲 7:05 横山小学). The fit's levels count it with mayHide, so the hide level stands above every writer's such line.
 */
export function screenOnly(row: readonly number[]): boolean {
  return screenShape(row) && !sitesShape(row);
}

/** A screen's line (./register.ts): SCREEN_MIN distinct marks, not closed by a full stop. */
function screenShape(row: readonly number[]): boolean {
  return (row[SCREEN] ?? 0) >= SCREEN_MIN && !(row[ENDS_WITH_STOP] ?? 0);
}

/** Whether the line has a mark of a site's line besides its score: it talks to the reader, or is a row of slots or a labelled field. */
function sitesShape(row: readonly number[]): boolean {
  // A row of slots closed by a full stop is a sentence carrying markup (a wiki's [[links]]): not by its symbols alone.
  return (row[TO_READER] ?? 0) > 0 || (row[LABELLED] ?? 0) > 0 || ((row[SYMBOLS] ?? 0) >= SLOT_ROW && !(row[ENDS_WITH_STOP] ?? 0));
}

/**
 * Whether a line may be marked at all, whatever its score: never in a shape a writer gives a line of their own.
 * The finder marks nothing since session 26; the fit (scripts/spam/train-outsider-lines.ts) measures a mark level with it.
 */
export function mayMark(row: readonly number[], text: string): boolean {
  // A quotation opened anywhere in it (its 你 is the speaker's, not the site's), a credit, a line leaning on the story,
  // under four Han characters (a figure and a unit say too little: 79英哩 = 10.), or code or a formula in brackets
  // (示例代码如下：for (…) { … }: the writer quotes material, a site's line carries no expression) is the writer's shape.
  const writersShape =
    (row[QUOTED] ?? 0) > 0 || (row[LEANS] ?? 0) > 0 || BRACKETED.test(text) || QUOTATION.test(text) || [...text].filter(isHan).length < MIN_HIDDEN_HAN || expressionRanges(text).length > 0;
  return !writersShape;
}

/** The outsider lines of each paragraph of the page (page offsets). */
export function outsiderLineSpans(page: SpamPage): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  const lines = outsiderLines(page);
  const rows = outsiderFeatures(page, lines);
  const scores = rows.map(outsiderScore);
  // A paragraph's last sentence and its last two are read apart; only the likelier stands, so a line
  // glued after the writer's sentence never takes that sentence with it.
  const beaten = (i: number): boolean => lines.some((other, j) => j !== i && other.tail && lines[i]?.tail && other.paragraph === lines[i]?.paragraph && (scores[j] ?? 0) > (scores[i] ?? 0));
  lines.forEach((line, i) => {
    const row = rows[i] ?? [];
    const z = scores[i] ?? 0;
    if (beaten(i)) return;
    const paragraph = page.paragraphs[line.paragraph];
    if (!paragraph) return;
    const text = paragraph.text.slice(line.start, line.end);
    // Hidden only: below the hide level (or in a writer's shape) the line stays as it is, unmarked. Its marks
    // fell on real text nobody pasted (bench:spam, session 26: corpus 137 -> 193 marked characters, CPP stress
    // 295 -> 525) while the mark level stood only above the corpus's dev lines; marks wait for a level read off
    // clean and CPP pools (scripts/spam/train-outsider-lines.ts still measures them: `mark`).
    // A line made of the headline's words (a writer's styled section head, ■废弃茶叶) shares the story's
    // words: it is no site's line, whatever its symbols (ownpara28 look-alikes, dev: 1,046 writer's characters
    // hidden by this finder; a pasted one is ./headline-lines.ts's to read).
    if (z < model.hide || !mayHide(row, text) || isHeadlineRun(text, page.headline)) return;
    // A line of nothing but the site's own credit fields (来源：… 编辑：…) is the real page's: marked at most (./credit-line.ts).
    const [lineStart, lineEnd] = pageOffsets(paragraph, line.hideFrom, line.end);
    if (isCreditLine(text)) {
      out[line.paragraph]?.push(finderSpan(lineStart, lineEnd, 'seo', false, OUTSIDER_REASONS));
      return;
    }
    // Read from the stop, hidden after the paragraph's own link text or credit there (［详细］, (新京报)).
    // Glued after the writer's last stop, a line has no end of its own: a clause after its last space, closed by the
    // sentence's stop, may be the writer's own closing words (下载APP ▶ 好在有惊无险！, beside27 dev): marked, not hidden.
    const closing = line.tail ? WRITERS_CLOSE.exec(text) : null;
    const cut = Math.max(line.hideFrom, closing ? line.end - closing[0].length + (closing[0].length - closing[0].trimStart().length) : line.end);
    // Session 29: the writer's own clauses at the part's head and close (./line-edges.ts) are left out of what is hidden:
    // a line glued after the writer's comma never takes the writer's clause before it (QA28) or after it.
    const part = paragraph.text.slice(line.hideFrom, cut);
    const range = siteRange(part);
    const [start, end] = pageOffsets(paragraph, line.hideFrom, line.end);
    const [hideStart, hideEnd] = range ? pageOffsets(paragraph, line.hideFrom + range[0], line.hideFrom + range[1]) : [start, start];
    // A screen's line without another site's mark is marked whole (screenOnly), as is a line whose every clause reads as the writer's.
    if (screenOnly(row) || !range) {
      out[line.paragraph]?.push(finderSpan(start, end, 'seo', false, OUTSIDER_REASONS));
      return;
    }
    if (hideStart > start) out[line.paragraph]?.push(finderSpan(start, hideStart, 'seo', false, OUTSIDER_REASONS));
    if (part.slice(range[0], range[1]).trim()) out[line.paragraph]?.push(finderSpan(hideStart, hideEnd, 'seo', true, OUTSIDER_REASONS));
    if (hideEnd < end) out[line.paragraph]?.push(finderSpan(hideEnd, end, 'seo', false, OUTSIDER_REASONS));
  });
  return out.map(mergeSpans);
}
