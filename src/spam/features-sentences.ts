/**
 * Features of a sentence candidate (repeated on the page, or remembered from the site's earlier
 * pages): how its copies sit in their sentences, whether it reads as a line someone says, and
 * whether its words are the article's own.
 */
import type { RepeatedCandidate } from './candidates-repeated';
import { fitOf, LANGUAGE_FEATURES, languageFeatures } from './features-language';
import type { SpamPage } from './page';
import { clauseCharCount } from './sentence-text';
import { isHan } from './text-classes';

export const SENTENCE_FEATURES = [
  'known',
  'copies',
  'contexts',
  'anyGlued',
  'allGlued',
  'clauseChars',
  'digits',
  'length',
  'topicOverlap',
  'partOfLonger',
  'particleEdge',
  'aligned',
  'farmMarks',
  ...LANGUAGE_FEATURES,
] as const;

export function sentenceFeatures(page: SpamPage, candidates: readonly RepeatedCandidate[]): number[][] {
  if (candidates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of page.paragraphs) for (const word of p.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const farmMarks = Math.min(1, page.mechanicalCount / 3);
  const lm = page.tools.languageModel;
  return candidates.map((c) => {
    const language = [0, 0, 0, 0];
    const contexts = new Set<string>();
    let glued = 0;
    let aligned = 0;
    for (const copy of c.copies) {
      const paragraph = page.paragraphs[copy.paragraph];
      const text = paragraph?.text ?? '';
      const before = text.charAt(copy.start - 1);
      const after = text.charAt(copy.end);
      contexts.add(`${before}|${after}`);
      if (isHan(before) || isHan(after)) glued++;
      if (paragraph?.boundaries.has(copy.start) && paragraph.boundaries.has(copy.end)) aligned++;
      languageFeatures(lm ? fitOf(lm, text, copy.start, copy.end) : null).forEach((x, i) => (language[i] = (language[i] ?? 0) + x / c.copies.length));
    }
    const n = c.copies.length;
    return [
      Number(c.kind === 'known'),
      Math.log2(n),
      n > 1 ? (contexts.size - 1) / (n - 1) : 0,
      Number(glued > 0),
      glued / n,
      Math.min(2, clauseCharCount(c.text)) / 2,
      Number(/[0-9０-９]/u.test(c.text)),
      Math.min(40, [...c.text].length) / 20,
      topicOverlap(c, counts, page),
      Number(c.partOfLonger),
      Number(/^[的了着过之地得]|[的之]$/u.test(c.text)),
      aligned / n,
      farmMarks,
      ...language,
    ];
  });
}

/** Share of the candidate's words (two characters or more) that the article also uses outside its copies. */
function topicOverlap(c: RepeatedCandidate, counts: ReadonlyMap<string, number>, page: SpamPage): number {
  const words = page.tools.segmenter.cut(c.text).filter((w) => w.length >= 2 && [...w].every(isHan));
  if (words.length === 0) return 1;
  const inside = new Map<string, number>();
  for (const w of words) inside.set(w, (inside.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of words) if ((counts.get(w) ?? 0) > (inside.get(w) ?? 0) * c.copies.length) shared++;
  return shared / words.length;
}
