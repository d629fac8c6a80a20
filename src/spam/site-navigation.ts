/**
 * The page's own live navigation: a run whose words are mostly the text of links to the page's own
 * site (a breadcrumb or section row the site rendered inside the article's root) is the page working,
 * not text copied with the story. Shared by every finder that reads a whole row or line (session 22's
 * nav runs; session 26's outsider lines), so the rule is one and the same wherever a row is judged.
 */
import type { LinkRange, SpamSpan } from './types';

/** Spans whose words are not mostly the page's own link text (same-site links: the site's live navigation). */
export function notSiteNavigation(text: string, spans: SpamSpan[], links: readonly LinkRange[]): SpamSpan[] {
  const own = links.filter((link) => link.sameSite);
  if (!own.length) return spans;
  const isWord = (i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '');
  return spans.filter((span) => {
    let words = 0;
    let linked = 0;
    for (let i = span.start; i < span.end; i++) {
      if (!isWord(i)) continue;
      words++;
      if (own.some((link) => link.start <= i && i < link.end)) linked++;
    }
    return linked * 2 < words;
  });
}
