/**
 * A stretch of a writer's sentence pasted again as a sentence of its own, inside another of the
 * writer's paragraphs (session 19). QA18's never-seen pages carried it eight times, 0% found: the farm
 * copies the first clauses of a sentence and closes them with 。 where the original goes on after a
 * comma, or the tail after a speaker's lead (张三说，[tail]), and sets the copy at a paragraph's start
 * or between two of its sentences. ./find-repeated-sentences.ts finds only whole sentences by their
 * ending, so neither kind was seen.
 *
 * The copy is told from the original by its cut, not by its place: the original runs on past the
 * stretch (a comma, or a lead before it), the copy is the stretch alone. A writer restating a point
 * rewords it or leads into it (总之，…); one who repeats a slogan or a quotation puts it in quotation
 * marks; a caption, a lead box or a refrain stands as a paragraph of its own. None of these is taken
 * here. A paragraph of its own is left to markCutCopies (./find-repeated-sentences.ts).
 */
import { finderSpan } from './finder-span';
import { insideQuotes } from './text-classes';
import type { SpamSpan } from './types';

/** A copy this short may be a set phrase the writer uses twice; QA18's were 10–30 Han characters. */
const MIN_HAN = 10;
const KEY = 6;
const SENTENCE = /[^。！？!?\n]+[。！？!?]+[”」』]?/gu;
const CLAUSE_END = /[，,；;]/u;
const SENTENCE_END = /[。！？!?]/u;
const han = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

interface Place {
  paragraph: number;
  at: number;
}

/** Every clause start of the page (a paragraph's start, or after a comma or a stop), by its first characters. */
function clauseStarts(paragraphs: readonly string[]): Map<string, Place[]> {
  const starts = new Map<string, Place[]>();
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(/(?:^|[，,；;。！？!?]\s*[”」』]?)\s*/gu)) {
      const at = m.index + m[0].length;
      const key = text.slice(at, at + KEY);
      if (key.length < KEY) continue;
      const list = starts.get(key) ?? [];
      list.push({ paragraph, at });
      starts.set(key, list);
    }
  });
  return starts;
}

/**
 * The last four Han characters before `at`: the words a sentence follows, spacing and marks aside. A
 * paragraph the site printed twice has the same ones at both copies.
 */
export function hanBefore(text: string, at: number): string {
  return (text.slice(Math.max(0, at - 24), at).match(/\p{Script=Han}/gu) ?? []).slice(-4).join('');
}

export function markCopiedStretches(paragraphs: readonly string[], spans: SpamSpan[][]): void {
  const starts = clauseStarts(paragraphs);
  paragraphs.forEach((text, p) => {
    if (!/。/u.test(text)) return;
    for (const m of text.matchAll(SENTENCE)) {
      const sentence = m[0].trim().replace(/^[”」』]+/u, '');
      const start = m.index + m[0].indexOf(sentence);
      // The copy: a sentence closed with 。, not quoted, sharing its paragraph with the writer's own sentences.
      if (!sentence.endsWith('。') || /^[“「『"]/u.test(sentence) || insideQuotes(text, start) || han(sentence) < MIN_HAN) continue;
      if (text.trim() === sentence) continue;
      const stretch = sentence.slice(0, -1);
      const original = (starts.get(stretch.slice(0, KEY)) ?? []).find((q) => {
        const other = paragraphs[q.paragraph] ?? '';
        if (!other.startsWith(stretch, q.at) || (q.paragraph === p && q.at === start)) return false;
        if (insideQuotes(other, q.at) || hanBefore(other, q.at) === hanBefore(text, start)) return false;
        // Cut from a longer sentence: it went on after a comma, or a clause led into it (X说，[stretch]。).
        const next = other[q.at + stretch.length] ?? '';
        const lead = other.slice(0, q.at).trimEnd();
        const runsOn = CLAUSE_END.test(next);
        const ledInto = SENTENCE_END.test(next) && CLAUSE_END.test(lead.slice(-1));
        return runsOn || ledInto;
      });
      if (!original) continue;
      // A cut after a comma no writer repeats verbatim as a sentence: hidden. A speaker's words may be
      // given twice, the second time as the answer in an interview (a corpus article: 小崔说，[我认为…]。
      // and later [我认为…]。 opening its paragraph): marked.
      const cut = CLAUSE_END.test((paragraphs[original.paragraph] ?? '')[original.at + stretch.length] ?? '');
      spans[p]?.push(
        finderSpan(start, start + sentence.length, 'sentence', cut, {
          hidden: 'Clauses of a sentence the article already says, cut at a comma and pasted again as a sentence of their own.',
          marked: 'Words a speaker already said in the article, pasted again as a sentence of their own: possibly padding.',
        }),
      );
    }
  });
}
