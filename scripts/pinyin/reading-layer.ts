/**
 * Which layer a polyphone's reading rests on, for error analysis (train:pinyin's cross-validation,
 * scripts/pinyin/error-buckets.ts): a one-character word (the context model alone), or a longer
 * word the dictionaries read one way at that place (right or wrong for this sentence: a wrong cut or
 * a reading the context overrides), read several ways, or do not know (a jieba guess).
 */
export type ReadingLayer = 'single' | 'word-dict-right' | 'word-dict-wrong' | 'word-ambiguous' | 'word-unknown';

export function readingLayer(word: string, position: number, gold: string, headwords: Map<string, string[][]>): ReadingLayer {
  if (word.length === 1) return 'single';
  const readings = headwords.get(word);
  if (!readings) return 'word-unknown';
  const atPosition = new Set(readings.map((r) => r[position]!));
  if (atPosition.size > 1) return 'word-ambiguous';
  return atPosition.has(gold) ? 'word-dict-right' : 'word-dict-wrong';
}

/** "layer errors/examples" pairs, most errors first. */
export function formatLayers(counts: Map<string, [number, number]>): string {
  return [...counts].sort((a, b) => b[1][0] - a[1][0]).map(([b, [n, t]]) => `${b} ${n}/${t}`).join('  ');
}
