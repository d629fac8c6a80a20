/**
 * The headline as the decision compares it with the body: without a site name after it, and as
 * the pieces a farm could cut from it.
 */
import { isHan } from './text-classes';

/** A site name after the headline in the page title: 标题_某某网, 标题 | 某某网, 标题 - 某某网. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s)\s*/u;
/** What splits a headline into parts: 主题——副题, 主题：副题, 主题␣副题. */
export const HEADLINE_PARTS = /\s+|——|—|：|:|\|/u;
/** Digits and Latin glued between two Han characters of a word (作答19载, 头等VIP车厢). */
const GLUED = /^[0-9A-Za-z.%]+$/u;

/** The headline without a site name after it: the longest of the parts a site separator splits. */
export function headlineOf(title: string): string {
  const parts = title.split(SITE_SUFFIX).map((part) => part.trim());
  return parts.reduce((best, part) => (hanCount(part) > hanCount(best) ? part : best), '');
}

export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch)) n++;
  return n;
}

/** Full-width ASCII (，１Ａ) and the ideographic space as their half-width forms, one unit for one. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

export interface HeadlinePiece {
  text: string;
  /** Jumps digits or Latin glued inside a word of the headline (作答19载 → 作答载): no writer says that. */
  jumpsGlued: boolean;
  /** Jumps punctuation, a space or a bracketed aside (名称（2019）活动 → 名称活动): a writer may. */
  jumpsBreak: boolean;
  /** One inner character of the headline lost (地这份 → 地份), and not a word of its own. */
  lossy: boolean;
}

const MAX_PIECE = 8;

/**
 * Every piece of two to eight Han characters a farm could cut from the headline, with how it
 * differs from the headline as printed (the most regular way, when there are several).
 */
export function headlinePieces(headline: string, isWord: (text: string) => boolean): Map<string, HeadlinePiece> {
  const han: string[] = [];
  const gaps: string[] = [];
  let gap = '';
  for (const ch of headline) {
    if (isHan(ch)) {
      if (han.length) gaps.push(gap);
      han.push(ch);
      gap = '';
    } else gap += ch;
  }
  const pieces = new Map<string, HeadlinePiece>();
  const add = (piece: HeadlinePiece): void => {
    const existing = pieces.get(piece.text);
    if (!existing) pieces.set(piece.text, piece);
    else {
      existing.jumpsGlued &&= piece.jumpsGlued;
      existing.jumpsBreak &&= piece.jumpsBreak;
      existing.lossy &&= piece.lossy;
    }
  };
  for (let a = 0; a < han.length; a++) {
    for (let b = a + 2; b <= Math.min(han.length, a + MAX_PIECE); b++) {
      const inner = gaps.slice(a, b - 1).filter(Boolean);
      add({
        text: han.slice(a, b).join(''),
        jumpsGlued: inner.some((g) => GLUED.test(g)),
        jumpsBreak: inner.some((g) => !GLUED.test(g)),
        lossy: false,
      });
    }
    // One lost inner character (地——这份 → 地份), for two-character results that are not words
    // themselves (国人民 → 国民 is one).
    if (a + 2 < han.length) {
      const text = (han[a] ?? '') + (han[a + 2] ?? '');
      const inner = [gaps[a] ?? '', gaps[a + 1] ?? ''].filter(Boolean);
      if (!isWord(text)) add({ text, jumpsGlued: inner.some((g) => GLUED.test(g)), jumpsBreak: inner.some((g) => !GLUED.test(g)), lossy: true });
    }
  }
  return pieces;
}
