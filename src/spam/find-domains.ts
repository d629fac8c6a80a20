/**
 * Family "domain": a site's address spelt out with junk between the letters so filters miss it,
 * +x.i!a/o~s′h¢u\o\h?u·.~c!o,m+. Such a run is mostly single letters separated by symbols and its
 * letters end in a top-level domain; a real address (www.sohu.com) has long letter runs and dots.
 * Read on the Latin view (./latin-view.ts), so the same junk in full width (ｘ＋ｉ！ａ／ｏ) is found too.
 */
import { isHan } from './text-classes';
import { withoutHostEdges } from './host-edges';
import { latinView } from './latin-view';
import type { SpamSpan } from './types';

const TLD = /(com|net|cn|org|cc|top|vip|xyz|info|club|site|me|co|tv|in)$/;
const CJK_PUNCTUATION = '，。、；：？！“”‘’《》（）【】［］「」…—．～';
const HOST_PUNCTUATION = ',.;:!?';

function isRunChar(ch: string): boolean {
  if (isHan(ch) || /\s/.test(ch) || CJK_PUNCTUATION.includes(ch)) return false;
  return true;
}

export function findObfuscatedDomains(text: string): SpamSpan[] {
  const spans: SpamSpan[] = [];
  const view = latinView(text).chars;
  // A writer's full-width mark (呵呵～～, ．．．) stays a boundary, as it was before the view; between
  // two full-width characters it is part of a full-width run and counts as junk.
  const chars = view.map((c, n) => {
    const original = text.slice(c.start, c.end);
    const inWideRun = (view[n - 1]?.widened ?? false) && (view[n + 1]?.widened ?? false);
    return c.widened && CJK_PUNCTUATION.includes(original) && !inWideRun ? original : c.ch;
  });
  let i = 0;
  // Page offsets where each view character starts and ends (a view character may stand for several).
  const starts = view.map((c) => c.start);
  const ends = view.map((c) => c.end);
  while (i < chars.length) {
    if (!isRunChar(chars[i] ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isRunChar(chars[j] ?? '')) j++;
    const run = chars.slice(i, j);
    const letters = run.filter((ch) => /[A-Za-z]/.test(ch)).join('').toLowerCase();
    const junk = run.filter((ch) => !/[A-Za-z0-9]/.test(ch)).length;
    const letterRuns = run.join('').split(/[^A-Za-z]+/).filter(Boolean);
    const meanLetterRun = letters.length / Math.max(1, letterRuns.length);
    const oddJunk = run.filter((ch) => !/[A-Za-z0-9.]/.test(ch)).length;
    // Real addresses have long letter runs and dots only; spelt-out ones scatter other junk.
    if (letters.length >= 5 && junk >= 4 && oddJunk >= 3 && meanLetterRun <= 2.5 && TLD.test(letters)) {
      let from = i;
      let to = j;
      // A comma or full stop between Han text (or a figure) and the run belongs to the host sentence.
      const previous = chars[from - 1] ?? '';
      if (HOST_PUNCTUATION.includes(chars[from] ?? '') && (isHan(previous) || /\d/.test(previous) || '”’」）】》'.includes(previous || '_'))) from++;
      if (HOST_PUNCTUATION.includes(chars[to - 1] ?? '') && isHan(chars[to] ?? '')) to--;
      // A bracket closing before the run, or opening after it, is the host's.
      while (')]}'.includes(chars[from] ?? '_') && from < to) from++;
      while ('([{'.includes(chars[to - 1] ?? '_') && to > from) to--;
      const [start, end] = withoutHostEdges(text, starts[from] ?? 0, ends[to - 1] ?? text.length);
      spans.push({
        start,
        end,
        family: 'domain',
        confidence: 0.9,
        tier: 'hidden',
        reason: "A website's address spelt out with junk between the letters, advertising the copying site.",
      });
    }
    i = j;
  }
  return spans;
}
