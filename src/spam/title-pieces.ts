/**
 * The pieces a farm cuts from a headline: substrings of its Han characters (digits, Latin and
 * punctuation dropped, so 作答19载 gives 作答载), and the same with one inner character lost
 * (地这份 → 地份). Each piece remembers whether it is something the headline never shows as is,
 * which real prose quoting the headline would not produce either.
 */
import { isHan } from './text-classes';

export interface TitlePiece {
  text: string;
  /** Not a stretch of the headline as printed: it jumps a dropped digit/Latin run or a lost character. */
  irregular: boolean;
  /** Made by losing one inner character of the headline (地这份 → 地份). */
  lossy: boolean;
}

const MAX_PIECE = 8;

export class TitlePieces {
  private readonly pieces = new Map<string, TitlePiece>();
  readonly longest: number;

  constructor(title: string, isKnownWord?: (word: string) => boolean) {
    const han: string[] = [];
    const rawIndex: number[] = [];
    let index = 0;
    for (const ch of title) {
      if (isHan(ch)) {
        han.push(ch);
        rawIndex.push(index);
      }
      index++;
    }
    // A gap after han[i] when the headline had something other than Han between i and i+1.
    const gapAfter = han.map((_, i) => (rawIndex[i + 1] ?? Infinity) - (rawIndex[i] ?? 0) > 1);
    for (let a = 0; a < han.length; a++) {
      for (let b = a + 2; b <= Math.min(han.length, a + MAX_PIECE); b++) {
        const text = han.slice(a, b).join('');
        const irregular = gapAfter.slice(a, b - 1).some(Boolean);
        this.add(text, irregular, false);
      }
      // One lost inner character (地这份 → 地份), only for two-character results that are not words
      // themselves (国人民 → 国民 is): longer ones read as the headline's phrase reworded
      // (不再信任 → 不信任), which writers do.
      for (let b = a + 3; b <= Math.min(han.length, a + 3); b++) {
        for (let lost = a + 1; lost < b - 1; lost++) {
          const text = han.slice(a, lost).join('') + han.slice(lost + 1, b).join('');
          if (isKnownWord && !isKnownWord(text)) this.add(text, true, true);
        }
      }
    }
    let longest = 0;
    for (const key of this.pieces.keys()) longest = Math.max(longest, key.length);
    this.longest = longest;
  }

  private add(text: string, irregular: boolean, lossy: boolean): void {
    const existing = this.pieces.get(text);
    // A piece found both as printed and as a jump is regular: prose could quote it.
    if (existing) {
      existing.irregular &&= irregular;
      existing.lossy &&= lossy;
    } else this.pieces.set(text, { text, irregular, lossy });
  }

  get size(): number {
    return this.pieces.size;
  }

  /**
   * The piece that `text` has at `at`: the longest one ending on a word boundary, else the longest
   * (so 是地份考题 reads 地份, not the piece 地份考 that cuts 考题 in two). Null when none.
   */
  longestAt(text: string, at: number, boundaries?: ReadonlySet<number>): TitlePiece | null {
    let lossy: TitlePiece | null = null;
    let fallback: TitlePiece | null = null;
    for (let length = Math.min(this.longest, text.length - at); length >= 2; length--) {
      const piece = this.pieces.get(text.slice(at, at + length));
      if (!piece) continue;
      fallback ??= piece;
      if (boundaries && !boundaries.has(at + length)) continue;
      // A stretch of the headline as printed beats a guess that a character was lost (下访这).
      if (!piece.lossy) return piece;
      lossy ??= piece;
    }
    return lossy ?? fallback;
  }
}
