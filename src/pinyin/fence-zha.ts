/**
 * 栅 is zhà "fence, palisade" (栅栏, 木栅) and in the names of town quarters built along one (乌镇
 * 西栅, 南栅); shān only in the terms of grids and electrodes (栅极, 栅格, 格栅, 光栅, 球栅). pinyin-pro
 * reads shān wherever it lacks the word, and the model, which has almost no running text with the
 * character, follows it (QA22's 西栅). So shān stands only beside the characters of those terms.
 */
const GRID_NEIGHBOURS = new Set([...'极格光球']);

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyFenceZha(words: readonly string[], readings: string[][]): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let k = word.indexOf('栅'); k >= 0; k = word.indexOf('栅', k + 1)) {
      if (readings[w]![k] !== 'shan1') continue;
      const before = k > 0 ? word[k - 1] : words[w - 1]?.at(-1);
      const after = k + 1 < word.length ? word[k + 1] : words[w + 1]?.[0];
      if (!GRID_NEIGHBOURS.has(before ?? '') && !GRID_NEIGHBOURS.has(after ?? '')) readings[w]![k] = 'zha4';
    }
  }
}
