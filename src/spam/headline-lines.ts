/**
 * A run of the headline standing as a paragraph of its own (session 28, issue 12). A farm that wants
 * the page to rank for its headline pastes a stretch of the headline's words back in as a line by
 * itself, with nothing of its own: no predicate added, no number or mark a writer gives a section
 * head. Every other stage read such a paragraph as the page's printed headline (./page.ts
 * `isHeadline`: its whole text lies inside the headline) and skipped it, so it was neither hidden
 * nor marked (QA27: 4 of 4 own-paragraph pieces).
 *
 * What tells it from the writer's and the editor's lines that repeat the headline's words:
 * - the printed headline and its deck stand above the story; a paste stands after the story began
 *   (a paragraph of prose that ends a sentence before it);
 * - a writer's section head repeating the headline comes with its sections: other heads of its own
 *   words, each opening a paragraph of prose (the corpus's two clean pages with such a head each have
 *   four or more). A page with any such head keeps its headline runs as heads: nothing is read;
 * - numbered or styled heads (一、, ■, 【】) and captions (图为…) are not runs of the headline at all:
 *   their text holds more than the headline's words, so they are never read here.
 * A lone run with none of that is marked. It is hidden where the page proves itself: something else
 * on it hidden already, twice (./page-evidence.ts: a clean page carries no hidden find). Not on two runs
 * standing alone: a writer whose section heads are all cut from the headline gives a page two (the
 * ownpara28 look-alikes, dev: 26 writer's characters hidden so). A whole part of the headline, or
 * the whole headline, standing alone after the story began is only marked: sites print the headline
 * again under the story.
 */
import { foldWidth, hanCount, HEADLINE_PARTS } from './headline-text';
import { pageOffsets, type SpamPage } from './page';
import { isHan } from './text-classes';
import { toSimplifiedForm } from '../script/simplified-view';
import type { SpamSpan } from './types';

/** Fewer Han characters than this and a line of the headline's words is a name or a label. */
const MIN_RUN_HAN = 4;
/** A paragraph of prose: this many Han characters and a sentence's end. */
const PROSE_HAN = 20;
const SENTENCE_END = /[。！？!?]/u;
/** A section head: a short line of mostly Han with no full stop. */
const HEAD_HAN = [2, 24] as const;
const HEAD_HAN_SHARE = 0.6;
const WORDS_ONLY = /^[\p{Script=Han}0-9A-Za-z]+$/u;
/**
 * Hidden spans elsewhere on the page before a lone run is hidden: a farm shows its hand more than
 * once, while one hidden find on a real page may be a finder's own error, and a real page may print
 * a run of its headline alone (an image's caption naming the place).
 */
const MIN_EVIDENCE = 2;

export interface HeadlineLine {
  paragraph: number;
  /** [start, end) in the paragraph's masked view: the line without its outer spaces. */
  start: number;
  end: number;
  /** The whole headline or one whole part of it (what a site may print again), not a stretch inside one. */
  whole: boolean;
}

const compact = (text: string): string => foldWidth(text).replace(/\s+/gu, '');

const isProse = (text: string): boolean => hanCount(text) >= PROSE_HAN && SENTENCE_END.test(text);

function isHeadShaped(text: string): boolean {
  const chars = [...compact(text)];
  const han = chars.filter(isHan).length;
  return han >= HEAD_HAN[0] && han <= HEAD_HAN[1] && han / Math.max(1, chars.length) >= HEAD_HAN_SHARE && !/[。，,；;]/u.test(text);
}

/**
 * The paragraph's text as a run of the headline, or null. Only words (Han, digits, Latin): a line
 * closed by a stop is a sentence, and a headline may be cut from a short sentence of the story (CPP
 * pages under news-style headlines: four such marked when a trailing stop was read past); a line in
 * brackets is the writer's aside, which a headline may carry too.
 */
function runOf(text: string, headline: string): string | null {
  const core = compact(text);
  if (hanCount(core) < MIN_RUN_HAN || !WORDS_ONLY.test(core)) return null;
  return headline.includes(core) || headline.includes(toSimplifiedForm(core)) ? core : null;
}

/** Every paragraph that is a lone run of the headline, standing after the story began, on a page with no section heads of the writer's own. */
export function findHeadlineLines(page: SpamPage): HeadlineLine[] {
  const headline = compact(page.headline);
  if (hanCount(headline) < MIN_RUN_HAN) return [];
  const parts = new Set([headline, ...foldWidth(page.headline).split(HEADLINE_PARTS).map(compact).filter((part) => part !== '')]);
  const texts = page.paragraphs.map((p) => p.text);
  const storyStart = texts.findIndex(isProse);
  if (storyStart < 0) return [];
  const runs: HeadlineLine[] = [];
  let writersHeads = 0;
  texts.forEach((text, p) => {
    if (p <= storyStart) return;
    const run = runOf(text, headline);
    // The whole headline alone is the headline printed again (a page may hold it anywhere, or be cut from it).
    if (run && run !== headline) {
      const start = text.length - text.trimStart().length;
      runs.push({ paragraph: p, start, end: text.trimEnd().length, whole: parts.has(run) });
      return;
    }
    // A head of the writer's own words opening a paragraph of prose: the page is cut into sections.
    const next = texts.slice(p + 1).find((t) => t.trim() !== '');
    if (!run && isHeadShaped(text) && next !== undefined && isProse(next)) writersHeads++;
  });
  return writersHeads > 0 ? [] : runs;
}

/**
 * Whether a line's Han characters are a stretch of the headline's, whatever marks or brackets it is
 * printed with (■废弃茶叶, 【废弃茶叶】): a head made of the headline's words, which says the story's
 * own words — never a site's line that shares nothing with the story (./find-outsider-lines.ts).
 */
export function isHeadlineRun(text: string, headline: string): boolean {
  const han = [...text].filter(isHan).join('');
  if (han.length < MIN_RUN_HAN) return false;
  const said = [...headline].filter(isHan).join('');
  // A short line is read as Simplified only where its characters say so; a character both scripts
  // write (徵) stays as it is in ●徵收垃圾 while the headline around it was converted (征收).
  return said.includes(han) || said.includes(toSimplifiedForm(han));
}

export const HEADLINE_LINE_REASONS = {
  hidden: 'A piece of the headline pasted as a paragraph of its own.',
  marked: 'May be a piece of the headline pasted as a paragraph of its own.',
};

/**
 * The finds as spans (page offsets). `evidence`: hidden spans the page's other stages found
 * (./page-evidence.ts). A stretch inside the headline is hidden with evidence; a whole part or the
 * whole headline, and a stretch on a page with nothing else hidden, are marked.
 */
export function headlineLineSpans(page: SpamPage, lines: readonly HeadlineLine[], evidence: number): SpamSpan[][] {
  const out: SpamSpan[][] = page.paragraphs.map(() => []);
  for (const line of lines) {
    const paragraph = page.paragraphs[line.paragraph];
    if (!paragraph || line.end <= line.start) continue;
    const hide = !line.whole && evidence >= MIN_EVIDENCE;
    const [start, end] = pageOffsets(paragraph, line.start, line.end);
    out[line.paragraph]?.push({ start, end, family: 'title', confidence: hide ? 0.9 : 0.6, tier: hide ? 'hidden' : 'suspect', reason: hide ? HEADLINE_LINE_REASONS.hidden : HEADLINE_LINE_REASONS.marked });
  }
  return out;
}
