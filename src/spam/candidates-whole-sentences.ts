/**
 * Candidates for a whole sentence of another article pasted once (…救人行为要表扬，[another story's
 * sentence。]但不应提倡…): the farm drops it after a full stop or right after a comma, so it ends
 * with the paragraph's next sentence end and starts at a sentence or clause boundary. It reads as
 * news prose (no said-clause characters, figures and names allowed), so ./candidates-once.ts's
 * filters would drop it; only its topic and seams can tell it (./features-once.ts).
 *
 * Each sentence end of a paragraph gives at most one candidate per clause boundary before it, back
 * to the previous sentence end: the whole sentence, and each tail of it after a comma. The
 * paragraph's first sentence counts only when more text follows it (a farm pastes at a
 * paragraph's start too), and only stretches whose brackets and quotes are closed. Bounded per
 * paragraph, so a long page costs little.
 *
 * A farm may paste the same sentence again in a later paragraph: its copies are not "the rest of
 * the page" saying its words, so a stretch's words are counted against the page without them.
 */
import type { OnceCandidate } from './candidates-once';
import { articleShare, isContentWord, pageContentCounts } from './content-words';
import type { SpamPage } from './page';
import { CLOSING_MARKS as CLOSING, OPENING_MARKS as OPENING, isHan } from './text-classes';

const MIN_LENGTH = 10;
const MAX_LENGTH = 60;
/** At most this share of a candidate's content words are said elsewhere on the page. */
const MAX_ARTICLE_SHARE = 1 / 2;
const MAX_PER_PARAGRAPH = 40;
const STOPS = '。！？!?';
const COMMAS = '，,；;';

export function wholeSentenceCandidates(page: SpamPage): OnceCandidate[] {
  const counts = pageContentCounts(page);
  const copiesOfLine = copyCounter(page.paragraphs.map((p) => p.text));
  const out: OnceCandidate[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const { text, words } = paragraph;
    // Word start offsets, to count the content words inside a stretch.
    const wordAt: [number, string][] = [];
    let at = 0;
    for (const word of words) {
      wordAt.push([at, word]);
      at += word.length;
    }
    let made = 0;
    let sentenceStart = 0;
    for (let end = 1; end <= text.length && made < MAX_PER_PARAGRAPH; end++) {
      if (!STOPS.includes(text.charAt(end - 1))) continue;
      const stop = end;
      const starts = [sentenceStart];
      for (let i = sentenceStart; i < stop - 1; i++) if (COMMAS.includes(text.charAt(i))) starts.push(i + 1);
      for (const start of starts) {
        if ((start === 0 && stop === text.length) || stop - start < MIN_LENGTH || stop - start > MAX_LENGTH) continue;
        if (!isHan(text.charAt(start)) && !OPENING.includes(text.charAt(start))) continue;
        if (!balanced(text.slice(start, stop))) continue;
        const inside = new Map<string, number>();
        for (const [w0, word] of wordAt) if (w0 >= start && w0 + word.length <= stop && isContentWord(word)) inside.set(word, (inside.get(word) ?? 0) + 1);
        const copies = copiesOfLine(text.slice(start, stop));
        const { contentWords, articleWords } = articleShare(inside, copies > 1 ? withoutCopies(counts, inside, copies) : counts);
        if (contentWords === 0 || articleWords > contentWords * MAX_ARTICLE_SHARE) continue;
        out.push({ kind: 'line', paragraph: p, start, end: stop, contentWords, articleWords });
        made++;
      }
      sentenceStart = stop;
    }
  });
  return out;
}

/** How many times the page's paragraphs hold `line` (at least once: the stretch itself). */
export function copiesOf(texts: readonly string[], line: string): number {
  let n = 0;
  for (const text of texts) for (let i = text.indexOf(line); i >= 0; i = text.indexOf(line, i + line.length)) n++;
  return Math.max(1, n);
}

/**
 * `copiesOf` for one page, each line counted once: a long page that repeats its sentences (a
 * report cycling set phrases) asks about the same lines thousands of times, and each count scans
 * the whole page.
 */
export function copyCounter(texts: readonly string[]): (line: string) => number {
  const known = new Map<string, number>();
  return (line) => {
    let n = known.get(line);
    if (n === undefined) known.set(line, (n = copiesOf(texts, line)));
    return n;
  };
}

/** The page's word counts less the words of the stretch's other copies. */
function withoutCopies(counts: ReadonlyMap<string, number>, inside: ReadonlyMap<string, number>, copies: number): Map<string, number> {
  const out = new Map(counts);
  for (const [word, n] of inside) out.set(word, (out.get(word) ?? 0) - n * (copies - 1));
  return out;
}

/** Whether every bracket and quotation mark the stretch opens it also closes, in order. */
function balanced(line: string): boolean {
  let open = 0;
  for (const ch of line) {
    if (OPENING.includes(ch)) open++;
    else if (CLOSING.includes(ch) && --open < 0) return false;
  }
  return open === 0;
}
