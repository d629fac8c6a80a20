/**
 * Candidates for a line a farm pasted once into a sentence of the article (我国的劳动力供给[我只想
 * 安安静静地做个美男子]将出现严重不足): nothing repeats it, so the candidates are stretches that
 * could be one, cheap to list and filtered before the language model reads any of them.
 *
 * A stretch runs between two of the segmenter's word boundaries, is 8 to 32 characters, holds no
 * sentence end, at most two commas and no figures or Latin, opens and closes every bracket or
 * quotation mark it holds (a line that starts inside 《…》 is the title's tail, not a paste), runs
 * into the text on at least one side,
 * reads as a clause someone says (two different clause characters: 我, 了, 不, 吧 …; names and policy
 * phrases have almost none), and its words are not the article's: at most a third of its words of
 * two characters are said elsewhere on the page.
 */
import type { SpamPage } from './page';
import { CLAUSE_CHARS } from './sentence-text';
import { articleShare, isContentWord, pageContentCounts } from './content-words';
import { CLOSING_MARKS as CLOSING, OPENING_MARKS as OPENING, isHan, isSentenceEnd } from './text-classes';

export interface OnceCandidate {
  /** 'line': a whole sentence, maybe another article's (./candidates-whole-sentences.ts). */
  kind: 'once' | 'line';
  paragraph: number;
  start: number;
  end: number;
  /** Words of two Han characters or more inside, and how many of them the page says elsewhere. */
  contentWords: number;
  articleWords: number;
}

const MIN_LENGTH = 8;
const MAX_LENGTH = 32;
const MAX_COMMAS = 2;
const MIN_CLAUSE_CHARS = 2;
const MAX_ARTICLE_SHARE = 1 / 3;
/** Candidates weighed per page at most, those with the fewest article words first. */
const MAX_PER_PAGE = 1500;
const COMMAS = new Set(['，', ',']);

export function onceCandidates(page: SpamPage): OnceCandidate[] {
  const counts = pageContentCounts(page);
  const out: OnceCandidate[] = [];
  page.paragraphs.forEach((paragraph, p) => {
    if (paragraph.isHeadline) return;
    const { text, words } = paragraph;
    const starts: number[] = [];
    let at = 0;
    for (const word of words) {
      starts.push(at);
      at += word.length;
    }
    for (let a = 0; a < words.length; a++) {
      const start = starts[a] ?? 0;
      if (!isHan(text.charAt(start))) continue;
      const clause = new Set<string>();
      const inside = new Map<string, number>();
      let commas = 0;
      let open = 0;
      for (let b = a; b < words.length; b++) {
        const word = words[b] ?? '';
        const end = (starts[b] ?? 0) + word.length;
        if (end - start > MAX_LENGTH) break;
        if ([...word].some((ch) => isSentenceEnd(ch)) || /[0-9A-Za-z０-９]/u.test(word)) break;
        if (COMMAS.has(word) && ++commas > MAX_COMMAS) break;
        open += [...word].filter((ch) => OPENING.includes(ch)).length - [...word].filter((ch) => CLOSING.includes(ch)).length;
        if (open < 0) break;
        for (const ch of word) if (CLAUSE_CHARS.includes(ch)) clause.add(ch);
        if (isContentWord(word)) inside.set(word, (inside.get(word) ?? 0) + 1);
        if (open > 0 || end - start < MIN_LENGTH || clause.size < MIN_CLAUSE_CHARS || !isHan(text.charAt(end - 1))) continue;
        if (!isHan(text.charAt(start - 1)) && !isHan(text.charAt(end))) continue;
        const { contentWords, articleWords } = articleShare(inside, counts);
        if (contentWords === 0 || articleWords > contentWords * MAX_ARTICLE_SHARE) continue;
        out.push({ kind: 'once', paragraph: p, start, end, contentWords, articleWords });
      }
    }
  });
  return out.sort((x, y) => x.articleWords / x.contentWords - y.articleWords / y.contentWords || y.contentWords - x.contentWords).slice(0, MAX_PER_PAGE);
}
