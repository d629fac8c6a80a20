/**
 * The `few` style of headline pasting (./headline-farm.ts), the common case on real farm pages: one
 * to three pieces of the headline — a word of it, or a few characters of it that may cut its words
 * (a farm's cut does not follow a segmenter) — each pasted between two words in the middle of a
 * sentence, Han on both sides, anywhere in the article though mostly early. No cycle, no lost
 * character, no pile-up in the lead: a page with so few pastes does not look stuffed, so whatever
 * finds them must read each occurrence on its own. The page's other families are drawn as usual
 * (./inject.ts), as on QA's farm pages, which carried other spam too.
 *
 * Frozen before any decision was tuned on it (session 10): seeds dev 21, held-out 22, fresh 27
 * (./corpus.ts fewSeed).
 */
import type { FarmText, HeadlinePastes, Paste } from './headline-farm';

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string): boolean => HAN.test(ch);

/** The headline's pieces a farm pastes: its Han words of two to four characters, and its stretches of two or three Han characters. */
function headlinePieces(title: string, segment: (text: string) => string[]): { words: string[]; stretches: string[] } {
  const words = [...new Set(segment(title).filter((w) => w.length >= 2 && w.length <= 4 && [...w].every(isHan)))];
  const stretches: string[] = [];
  for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
    for (let length = 2; length <= 3; length++) for (let i = 0; i + length <= run.length; i++) stretches.push(run.slice(i, i + length));
  }
  return { words, stretches: [...new Set(stretches)] };
}

/** Word boundaries with a Han character on both sides: between two words, mid-sentence. */
function betweenWords(text: string, segment: (text: string) => string[]): number[] {
  const spots: number[] = [];
  let at = 0;
  for (const word of segment(text)) {
    at += word.length;
    if (at < text.length && isHan(text.charAt(at - 1)) && isHan(text.charAt(at))) spots.push(at);
  }
  return spots;
}

export function pasteFewPieces({ title, paragraphs, random, segment }: FarmText): HeadlinePastes | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { words, stretches } = headlinePieces(title, segment);
  if (stretches.length === 0) return null;
  const total = 1 + Math.floor(random() * 3);
  const spots = paragraphs.map((text) => betweenWords(text, segment));
  const out: Paste[] = [];
  for (let tries = 0; out.length < total && tries < total * 6; tries++) {
    // Mostly early in the article, but anywhere.
    const p = Math.floor(random() * random() * paragraphs.length);
    const here = spots[p] ?? [];
    if (here.length === 0) continue;
    const text = words.length > 0 && random() < 0.6 ? pick(words) : pick(stretches);
    out.push({ paragraph: p, at: pick(here), text, family: 'title' });
  }
  return out.length > 0 ? { pastes: out, reach: Math.min(paragraphs.length, 3) } : null;
}
