/**
 * Which kanji forms only Japanese writes (発, 駅, 図, 売 …): CC-CEDICT calls them "Japanese variant
 * of …" or "(Japanese kokuji)", and no Chinese word or Chinese script writes them. Pure; the build
 * script (scripts/build-japanese-forms.ts) feeds it CC-CEDICT and the characters OpenCC writes in
 * Simplified, Taiwan and Hong Kong text.
 */

/** A CC-CEDICT entry: traditional headword, simplified headword, definitions joined by "/". */
export type CedictGlossEntry = readonly [traditional: string, simplified: string, definitions: string];

const JAPANESE_ONLY = /Japanese variant of|Japanese kokuji/;

/**
 * `chineseForms`: every character some Chinese script writes as a standard form (what OpenCC turns
 * text into for the mainland, Taiwan and Hong Kong). Returns the Japanese-only forms, sorted.
 */
export function compileJapaneseForms(entries: Iterable<CedictGlossEntry>, chineseForms: ReadonlySet<string>): string {
  const candidates = new Set<string>();
  const inWords = new Set<string>();
  for (const [traditional, simplified, definitions] of entries) {
    if ([...traditional].length === 1) {
      if (JAPANESE_ONLY.test(definitions)) candidates.add(traditional);
      continue;
    }
    // A character in a Chinese word's headword is Chinese too (签 in 签名, 芸 in 芸芸众生).
    for (const ch of traditional + simplified) inWords.add(ch);
  }
  return [...candidates].filter((ch) => !inWords.has(ch) && !chineseForms.has(ch)).sort().join('');
}
