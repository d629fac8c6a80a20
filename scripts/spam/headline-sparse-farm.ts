/**
 * The `sparse` style of headline pasting (./headline-farm.ts): one to four distinct pieces of the
 * headline, each pasted one to four times, spread through the whole article — not piled into the
 * lead, in no cycle, with no lost character. A piece is a headline word (two to four Han
 * characters), a stretch that cuts across two of the headline's words (the end of one and the
 * start of the next: a farm's cut does not follow a segmenter), or any two or three Han characters
 * of it. Each copy goes between two words in the middle of a sentence, now and then right after a
 * comma. The page's other families are drawn as usual (./inject.ts), as on real farm pages.
 *
 * Written and frozen before any decision was tuned on it (session 12): seeds dev 31, held-out 32,
 * fresh 37 (./corpus.ts sparseSeed).
 */
import type { FarmText, HeadlinePastes, Paste } from './headline-farm';

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string): boolean => HAN.test(ch);
const allHan = (text: string): boolean => [...text].every(isHan);

/** The headline's words of two to four Han characters; stretches across two of its words; any Han stretch of two or three. */
export function sparsePieces(title: string, segment: (text: string) => string[]): { words: string[]; across: string[]; stretches: string[] } {
  const cut = segment(title);
  const words = [...new Set(cut.filter((w) => w.length >= 2 && w.length <= 4 && allHan(w)))];
  const across: string[] = [];
  for (let i = 0; i + 1 < cut.length; i++) {
    const left = cut[i] ?? '';
    const right = cut[i + 1] ?? '';
    if (!allHan(left) || !allHan(right)) continue;
    // The last one or two characters of a word and the first one or two of the next, never a whole word.
    for (let a = 1; a <= Math.min(2, left.length); a++) {
      for (let b = 1; b <= Math.min(2, right.length); b++) {
        if ((a === left.length && left.length > 1) || (b === right.length && right.length > 1)) continue;
        if (a + b >= 2 && a + b <= 4) across.push(left.slice(left.length - a) + right.slice(0, b));
      }
    }
  }
  const stretches: string[] = [];
  for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
    for (let length = 2; length <= 3; length++) for (let i = 0; i + length <= run.length; i++) stretches.push(run.slice(i, i + length));
  }
  return { words, across: [...new Set(across)], stretches: [...new Set(stretches)] };
}

/** Word boundaries with a Han character on both sides, and (apart) right after a comma before a Han character. */
function spotsOf(text: string, segment: (text: string) => string[]): { mid: number[]; comma: number[] } {
  const mid: number[] = [];
  const comma: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at >= text.length || !isHan(text.charAt(at))) continue;
    if (isHan(text.charAt(at - 1))) mid.push(at);
    else if ('，,、'.includes(text.charAt(at - 1))) comma.push(at);
  }
  return { mid, comma };
}

export function pasteSparsePieces({ title, paragraphs, random, segment }: FarmText): HeadlinePastes | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { words, across, stretches } = sparsePieces(title, segment);
  if (stretches.length === 0) return null;
  const spots = paragraphs.map((text) => spotsOf(text, segment));
  const distinct = 1 + Math.floor(random() * 4);
  const chosen = new Set<string>();
  for (let tries = 0; chosen.size < distinct && tries < distinct * 8; tries++) {
    const r = random();
    const source = r < 0.4 && words.length > 0 ? words : r < 0.75 && across.length > 0 ? across : stretches;
    chosen.add(pick(source));
  }
  const out: Paste[] = [];
  for (const text of chosen) {
    const copies = 1 + Math.floor(random() * 4);
    for (let n = 0, tries = 0; n < copies && tries < copies * 6; tries++) {
      // Anywhere in the article, each paragraph as likely as any other.
      const p = Math.floor(random() * paragraphs.length);
      const here = spots[p];
      if (!here) continue;
      const list = random() < 0.2 && here.comma.length > 0 ? here.comma : here.mid;
      if (list.length === 0) continue;
      const at = pick(list);
      if (out.some((o) => o.paragraph === p && o.at === at)) continue;
      out.push({ paragraph: p, at, text, family: 'title' });
      n++;
    }
  }
  return out.length > 0 ? { pastes: out, reach: Math.min(paragraphs.length, 3) } : null;
}
