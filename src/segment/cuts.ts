/**
 * The ways to cut a short stretch of text into pieces a vocabulary accepts, shared by the two steps
 * that rescore a stretch jieba cut (rescore-ambiguities.ts with the dictionary's counts,
 * model-regroup-check.ts with the word trigram). Exhaustive: callers keep the stretch short.
 */

/** Every cut of `text` into pieces `isPiece` accepts. */
export function everyCut(text: string, isPiece: (piece: string) => boolean): string[][] {
  const cuts: string[][] = [];
  const walk = (at: number, pieces: string[]): void => {
    if (at === text.length) {
      cuts.push([...pieces]);
      return;
    }
    for (let end = at + 1; end <= text.length; end++) {
      const piece = text.slice(at, end);
      if (!isPiece(piece)) continue;
      pieces.push(piece);
      walk(end, pieces);
      pieces.pop();
    }
  };
  walk(0, []);
  return cuts;
}

export const sameCut = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((p, k) => p === b[k]);
