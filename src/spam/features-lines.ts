/**
 * Features of a whole sentence that may be another article's, pasted once
 * (./candidates-whole-sentences.ts): everything a line pasted once is read by (./features-once.ts:
 * its topic against the page's and its host's, the language model at both edges, its shape), and
 * what news prose brings from its own story: whether it follows a full stop (a paste after a comma
 * turns its host's sentence into two) or opens its paragraph, figures the rest of the page never
 * prints (another story's dates, amounts, counts), and how many of its Han character pairs the
 * rest of the page and the headline print (a writer's sentence shares names and terms even where
 * the segmenter cuts them otherwise; a health tip pasted into a story on schools shares none).
 *
 * A farm may paste the same sentence twice: its copies are not the page saying its words, so
 * topic and character pairs are counted without them.
 */
import { copyCounter } from './candidates-whole-sentences';
import type { OnceCandidate } from './candidates-once';
import { isContentWord } from './content-words';
import { pageTopic, sharedTopic, type PageTopic } from './features-coherence';
import { onceFeatures, ONCE_FEATURES } from './features-once';
import type { SpamPage } from './page';
import { isHan } from './text-classes';

export const LINE_FEATURES = [...ONCE_FEATURES, 'afterStop', 'newFigures', 'opensParagraph', 'pairShare'] as const;

/** A number as written in news, half or full width (1981, ２０１２, 3.5). */
const FIGURE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
const STOPS = '。！？!?';
const TOPIC = ONCE_FEATURES.indexOf('topicShare');
/**
 * A farm pastes a sentence two or three times; a line the page prints more often is its own refrain
 * (a report cycling set phrases), and re-reading the page without each of its copies would cut the
 * whole page again for every candidate (a million-character page took minutes). Its topic share is
 * read as for any line.
 */
const MAX_COPIES_RECOUNTED = 3;

/**
 * Whether the rest of each sentence's paragraph shares some of the page's topic. On a page of
 * unrelated short items (a digest, a list of notices) nothing has a topic to be off, and a sentence
 * opening such an item is the writer's (详情可登录…查询，或拨打…热线。): it scores 0.
 *
 * A neighbour that is a candidate too vouches only if it has a topical host of its own without
 * the sentence it vouches for: on a short page a writer's closing sentence sharing no word with
 * the page got its paragraph's topic from an off-topic sentence pasted after it (one shared word,
 * the paste's only neighbour being that sentence) and was marked, while the paste was not.
 * Applied to the score, not to the candidates, so the training pages stay as they are.
 */
export function hostsWithTopic(page: SpamPage, candidates: readonly OnceCandidate[]): boolean[] {
  if (candidates.length === 0) return [];
  const topic = pageTopic(page);
  const apart = (c: OnceCandidate, d: OnceCandidate): boolean => d.paragraph === c.paragraph && (d.end <= c.start || d.start >= c.end);
  /** Whether the words of c's paragraph outside c and every stretch of `without` share the page's topic. */
  const topical = (c: OnceCandidate, without: readonly OnceCandidate[]): boolean => {
    const host: string[] = [];
    let at = 0;
    for (const word of page.paragraphs[c.paragraph]?.words ?? []) {
      const end = at + word.length;
      if ([c, ...without].every((d) => end <= d.start || at >= d.end)) host.push(word);
      at = end;
    }
    return sharedTopic(topic, host, c.paragraph) > 0;
  };
  return candidates.map((c) => {
    if (!topical(c, [])) return false;
    const neighbours = candidates.filter((d) => apart(c, d));
    // The host without every neighbouring candidate is topical: no neighbour's vouching is needed.
    if (topical(c, neighbours)) return true;
    const unvouched = neighbours.filter((d) => !topical(d, [c]));
    return unvouched.length === 0 || topical(c, unvouched);
  });
}

const AFTER_STOP = LINE_FEATURES.indexOf('afterStop');
const PAIR_SHARE = LINE_FEATURES.indexOf('pairShare');

/**
 * A whole sentence standing between two of its paragraph's sentences (after a full stop, the
 * paragraph going on after it) of which the rest of the page prints not one Han pair: another
 * story's sentence dropped into the writer's paragraph, its words said nowhere else. A writer's
 * topic-poor sentences stand where a paragraph opens or closes (background, a closing remark); in
 * the middle of a paragraph the writer's thought runs through it (./tiers.ts BETWEEN_LINE_SUSPECT).
 */
export function standsBetween(text: string, c: OnceCandidate, row: readonly number[]): boolean {
  return row[AFTER_STOP] === 1 && row[PAIR_SHARE] === 0 && text.slice(c.end).trim() !== '';
}

/**
 * Whether the writer's sentences on both sides of a sentence that stands between them
 * (`standsBetween`) are the page's own: each prints a Han pair the rest of the page or the headline
 * prints too, so the paragraph's thought runs on across the gap and only the sentence in it is
 * foreign. On a page whose sentences are all unrelated (a list of items, Wikipedia sentences under
 * a headline) a neighbour shares nothing either, and the gap tells nothing (./tiers.ts
 * BETWEEN_LINE_HIDDEN). `pageCounts`: `hanPairs` of the headline and every paragraph.
 */
export function neighboursCohere(pageCounts: ReadonlyMap<string, number>, text: string, c: OnceCandidate): boolean {
  let from = c.start - 1;
  while (from > 0 && !STOPS.includes(text.charAt(from - 1))) from--;
  let to = c.end;
  while (to < text.length && !STOPS.includes(text.charAt(to))) to++;
  const shares = (sentence: string): boolean => {
    const own = hanPairs([sentence]);
    return [...own].some(([pair, n]) => (pageCounts.get(pair) ?? 0) > n);
  };
  return shares(text.slice(Math.max(0, from), c.start)) && shares(text.slice(c.end, to + 1));
}

export function lineFeatures(page: SpamPage, candidates: readonly OnceCandidate[]): number[][] {
  if (candidates.length === 0) return [];
  const figures = page.paragraphs.map((p) => [...p.text.matchAll(FIGURE)].map((m) => ({ at: m.index, figure: m[0] })));
  const texts = page.paragraphs.map((p) => p.text);
  const pairs = hanPairs([page.headline, ...texts]);
  const copiesOfLine = copyCounter(texts);
  const wordsOf = paragraphWords(page);
  let topic: PageTopic | null = null;
  return onceFeatures(page, candidates).map((row, i) => {
    const c = candidates[i] as OnceCandidate;
    const line = texts[c.paragraph]?.slice(c.start, c.end) ?? '';
    const copies = copiesOfLine(line);
    if (copies > 1 && copies <= MAX_COPIES_RECOUNTED) row[TOPIC] = topicWithoutCopies(page, (topic ??= pageTopic(page)), wordsOf, c, line);
    const before = texts[c.paragraph]?.charAt(c.start - 1) ?? '';
    return [
      ...row,
      Number(before !== '' && STOPS.includes(before)),
      Math.min(3, newFigures(figures, c.paragraph, c.start, c.end)) / 3,
      Number(c.start === 0),
      pairShare(pairs, line, copies),
    ];
  });
}

/** How often each pair of adjacent Han characters stands in the texts. */
export function hanPairs(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const pair of pairsOf(text)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  return counts;
}

function pairsOf(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) if (isHan(chars[i] ?? '') && isHan(chars[i + 1] ?? '')) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/**
 * The share of the line's different Han pairs that the page (`pageCounts`, the line's `copies`
 * included) prints outside the line and its copies; 1 for a line of no pair (no evidence).
 */
export function pairShare(pageCounts: ReadonlyMap<string, number>, line: string, copies: number): number {
  const own = hanPairs([line]);
  if (own.size === 0) return 1;
  let shared = 0;
  for (const [pair, n] of own) if ((pageCounts.get(pair) ?? 0) > n * copies) shared++;
  return shared / own.size;
}

/** The line's information-weighted topic share (features-coherence.ts) with its copies' paragraphs read without them. */
function topicWithoutCopies(page: SpamPage, topic: PageTopic, wordsOf: (q: number) => Set<string>, c: OnceCandidate, line: string): number {
  const lineWords = new Set(page.tools.segmenter.cut(line).filter(isContentWord));
  // Per paragraph, the content words said outside the copies of the line.
  const said = page.paragraphs.map((p, q) =>
    q === c.paragraph ? new Set<string>() : p.text.includes(line) ? new Set(p.text.split(line).flatMap((part) => page.tools.segmenter.cut(part)).filter(isContentWord)) : wordsOf(q),
  );
  const headline = new Set(page.tools.segmenter.cut(page.headline));
  let all = 0;
  let shared = 0;
  for (const word of lineWords) {
    const weight = topic.information(word);
    all += weight;
    if (headline.has(word) || said.some((words) => words.has(word))) shared += weight;
  }
  return all > 0 ? shared / all : 0;
}

/** Each paragraph's content words, cut once per page and only when asked for. */
function paragraphWords(page: SpamPage): (q: number) => Set<string> {
  const cut = new Map<number, Set<string>>();
  return (q) => {
    let words = cut.get(q);
    if (!words) cut.set(q, (words = new Set(page.tools.segmenter.cut(page.paragraphs[q]?.text ?? '').filter(isContentWord))));
    return words;
  };
}

/** How many different figures inside [start, end) of paragraph p the rest of the page does not print. */
function newFigures(figures: readonly { at: number; figure: string }[][], p: number, start: number, end: number): number {
  const inside = new Set<string>();
  const outside = new Set<string>();
  figures.forEach((list, q) => {
    for (const { at, figure } of list) (q === p && at >= start && at < end ? inside : outside).add(figure);
  });
  return [...inside].filter((f) => !outside.has(f)).length;
}
