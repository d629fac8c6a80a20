/**
 * Family "sentence", marked only: a sentence of the article pasted again elsewhere on the page
 * (session 13). Farms do it to pad a copied article; the copy reads as fluently as the original,
 * so only the repeat itself is evidence, and it is not proof: writers repeat a key sentence on
 * purpose (a slogan opening and closing the story), and a quote may be given twice.
 *
 * Which copy is the paste? Session 13 marked the copy standing as a paragraph of its own when
 * another stood inside a paragraph; on QA13's never-seen pages that was the writer's own
 * one-sentence paragraph, the original, marked with the sentence after it (67 real characters on two
 * pages). So since session 14 only a copy that does not fit where it stands is marked: one glued to
 * the words before it with no mark between (…的合同[copy]). Another copy of it must fit where it
 * stands (the original), and only a copy after one that fits is marked. A sentence in quotation
 * marks is left. Nothing is hidden. A copy ending a paragraph right after a closing quotation
 * (…。”[copy]) was also taken as a misfit at first; on QA14's never-seen pages that was the
 * writer's own sentence after a quote (…。”[她说，…]), marked while the paste a paragraph earlier
 * was not (40 real characters): after a quote, a writer's attribution or next point stands there.
 */
import { insideQuotes } from './text-classes';
import { finderSpan } from './finder-span';
import { hanBefore, markCopiedStretches } from './repeated-stretches';
import type { SpamSpan } from './types';

const SENTENCE = /[^。！？!?\n]+[。！？!?]+[”」』]?/gu;
const MIN_LENGTH = 12;

/** Whether a copy at `start` of `text` does not fit there: glued to the words before it. */
function misfit(text: string, start: number): boolean {
  // Glued: a clause of six characters or more runs into it (…厂商的合同[copy]); a short lead is the
  // writer restating (应逐步延长退休年龄，建议[到2045年…], a corpus article).
  const lead = text.slice(0, start).split(/[。！？!?，,；;：:、”」』）)\s]/u).pop() ?? '';
  return /[\p{Script=Han}\p{L}\p{N}]$/u.test(lead) && lead.length >= 6;
}

export function findRepeatedSentences(paragraphs: readonly string[]): SpamSpan[][] {
  // Every sentence-shaped stretch, and the sentences long enough by their last eight characters:
  // a glued copy ends a longer stretch, so it is found by its ending, not by a search (cheap on long pages).
  const stretches: { paragraph: number; start: number; text: string }[] = [];
  const byEnding = new Map<string, Set<string>>();
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(SENTENCE)) {
      const sentence = m[0].trim().replace(/^[”」』]+/u, '');
      stretches.push({ paragraph: p, start: m.index + m[0].indexOf(sentence), text: sentence });
      if ((sentence.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_LENGTH || /^[“「『]/u.test(sentence)) continue;
      const ending = sentence.slice(-8);
      byEnding.set(ending, (byEnding.get(ending) ?? new Set()).add(sentence));
    }
  });
  // Every place each sentence stands: as a stretch of its own, or glued at the end of a longer one.
  const copies = new Map<string, Copy[]>();
  for (const { paragraph, start, text: stretch } of stretches) {
    const text = paragraphs[paragraph] ?? '';
    for (const sentence of byEnding.get(stretch.slice(-8)) ?? []) {
      if (!stretch.endsWith(sentence)) continue;
      const at = start + stretch.length - sentence.length;
      if (insideQuotes(text, at)) continue;
      const list = copies.get(sentence) ?? [];
      list.push({ paragraph, start: at, misfit: misfit(text, at) });
      copies.set(sentence, list);
    }
  }
  const spans: SpamSpan[][] = paragraphs.map(() => []);
  const mark = (c: Copy, sentence: string, hide: boolean, why: string): void => {
    spans[c.paragraph]?.push(finderSpan(c.start, c.start + sentence.length, 'sentence', hide, { hidden: why, marked: why }));
  };
  for (const [sentence, list] of copies) {
    if (list.length < 2) continue;
    // Right after itself (X。X。): no writer doubles a sentence of a dozen characters; hidden (session 18).
    const doubled = list.filter((c, i) => i > 0 && follows(list[i - 1], c, sentence, paragraphs));
    for (const c of doubled) mark(c, sentence, true, 'A sentence pasted again right after itself by the copying site.');
    if (doubled.length) continue;
    // A misfit copy after a copy that fits: the farm's paste follows the article's own sentence. A
    // misfit before any fitting copy may be the original with a paste glued before it (held-out
    // page: 甘肃名[有15所学校的…], 26 real characters marked without this).
    const firstFit = list.findIndex((c) => !c.misfit);
    if (firstFit < 0) continue;
    const misfits = list.slice(firstFit + 1).filter((c) => c.misfit);
    for (const c of misfits) mark(c, sentence, false, 'A sentence the article already says, pasted again where it does not fit: possibly padding.');
    // A farm also pastes a whole sentence into another of the writer's paragraphs: before the
    // original on QA17's never-seen pages (session 18), after it on all eight of QA18's. The order
    // is no evidence, and neither is which copy fits its neighbours' words better (on generated
    // pages it picked the paste about half the time). So when exactly two copies stand inside the
    // writer's paragraphs, both are marked, never hidden: the reader sees the repeat and judges.
    // Left: a paragraph the site printed twice or a lead box (the same words around both copies),
    // and a writer's lead and its echo (one copy opens a paragraph, the later one closes another).
    // When one copy stands alone (a refrain, a caption), the one wedged between two sentences is
    // the paste (session 18).
    const [a, b] = list;
    if (misfits.length > 0 || list.length !== 2 || !a || !b || sameSurroundings(a, b, sentence, paragraphs)) continue;
    const [ha, hb] = [placeOf(a, sentence, paragraphs), placeOf(b, sentence, paragraphs)];
    const echo = ha === 'opens' && hb === 'closes';
    const inside = (h: string): boolean => h === 'opens' || h === 'between' || h === 'closes';
    const pasted = inside(ha) && inside(hb) ? (echo ? [] : [a, b]) : [a, b].filter((c, i) => [ha, hb][i] === 'between' && [hb, ha][i] === 'alone');
    for (const c of pasted) mark(c, sentence, false, 'A sentence the article says twice: one copy is possibly padding.');
  }
  markCutCopies(paragraphs, stretches, spans);
  markCopiedStretches(paragraphs, spans);
  return spans;
}

interface Copy {
  paragraph: number;
  start: number;
  misfit: boolean;
}

/** Whether copy `c` starts where copy `prev` ends (spaces between allowed). */
function follows(prev: Copy | undefined, c: Copy, sentence: string, paragraphs: readonly string[]): boolean {
  if (!prev || prev.paragraph !== c.paragraph) return false;
  const between = (paragraphs[c.paragraph] ?? '').slice(prev.start + sentence.length, c.start);
  return prev.start + sentence.length <= c.start && /^\s*$/u.test(between);
}

/** Where a copy stands in its paragraph: alone, opening it, closing it, between two sentences, or glued on (no full stop before it). */
function placeOf(c: Copy, sentence: string, paragraphs: readonly string[]): 'alone' | 'opens' | 'closes' | 'between' | 'glued' {
  const text = paragraphs[c.paragraph] ?? '';
  const before = text.slice(0, c.start).trim();
  const after = /\p{Script=Han}/u.test(text.slice(c.start + sentence.length));
  if (before === '') return after ? 'opens' : 'alone';
  // After a closing quotation the writer's attribution or next point stands (QA14): counted as glued on.
  if (!/[。！？!?]$/u.test(before)) return 'glued';
  return after ? 'between' : 'closes';
}

/** Whether both copies have the same words right before them, or right after: the site's own repeat. */
function sameSurroundings(a: Copy, b: Copy, sentence: string, paragraphs: readonly string[]): boolean {
  const [ta, tb] = [paragraphs[a.paragraph] ?? '', paragraphs[b.paragraph] ?? ''];
  const after = (text: string, c: Copy): string => (text.slice(c.start + sentence.length, c.start + sentence.length + 24).match(/\p{Script=Han}/gu) ?? []).slice(0, 4).join('');
  const before = hanBefore(ta, a.start);
  return (before !== '' && before === hanBefore(tb, b.start)) || (after(ta, a) !== '' && after(ta, a) === after(tb, b));
}

/**
 * A paragraph of its own that is another sentence cut short: its first clauses word for word,
 * closed with a full stop where the original goes on after a comma (session 18). A writer's summary
 * rewords; a cut at a comma, copied verbatim and stood alone, is the copier's. Hidden.
 */
function markCutCopies(paragraphs: readonly string[], stretches: readonly { paragraph: number; text: string }[], spans: SpamSpan[][]): void {
  paragraphs.forEach((text, p) => {
    const line = text.trim();
    const head = line.slice(0, -1);
    if (!/^[^。！？!?]+。$/u.test(line) || (head.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_LENGTH) return;
    const original = stretches.some((s) => s.paragraph !== p && s.text.startsWith(`${head}，`) && !insideQuotes(paragraphs[s.paragraph] ?? '', (paragraphs[s.paragraph] ?? '').indexOf(s.text)));
    if (!original) return;
    const start = text.indexOf(line);
    spans[p]?.push(finderSpan(start, start + line.length, 'sentence', true, { hidden: 'The opening clauses of a sentence of the article, pasted again as a paragraph of its own.', marked: '' }));
  });
}
