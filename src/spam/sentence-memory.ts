/**
 * Memory of the sentences a site has pasted (family "sentence"), for SpamTools.knownSentences.
 * Farms reuse their lines across articles; a line pasted only once on a page has no repeat to
 * prove it, but the same line seen pasted on an earlier page of the same site does. Pure: the
 * background keeps the lists, one per hostname.
 */
import type { SpamSpan } from './types';

/** Per site: enough for a farm's rotation of lines, small enough to check on every page. */
export const MAX_REMEMBERED = 50;
/** Shorter stretches could be ordinary phrases; find-sentences asks for eight characters too. */
const MIN_LENGTH = 8;

/** The texts of the sentence spans hidden on a page (not those only marked), in page order, each once. */
export function pastedSentences(paragraphs: readonly string[], spans: readonly (readonly SpamSpan[])[]): string[] {
  const out: string[] = [];
  spans.forEach((list, p) => {
    for (const span of list) {
      if (span.family !== 'sentence' || span.tier !== 'hidden') continue;
      const text = (paragraphs[p] ?? '').slice(span.start, span.end).trim();
      if ([...text].length >= MIN_LENGTH && !out.includes(text)) out.push(text);
    }
  });
  return out;
}

/** The remembered list with this page's sentences put first (most recent first), at most `limit`. */
export function rememberSentences(known: readonly string[], found: readonly string[], limit = MAX_REMEMBERED): string[] {
  const fresh = found.filter((s) => [...s].length >= MIN_LENGTH);
  return [...new Set([...fresh, ...known])].slice(0, limit);
}

/** The key a page's memory is kept under: its hostname without a leading www. (null when none). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
