/**
 * 大夫 is dài fu "a doctor" (张大夫, 医院里的大夫) and dà fū "a senior official" of old China (楚国大夫, 光禄大夫,
 * 御史大夫, 谏议大夫, 中大夫): CC-CEDICT reads it both ways by these senses, and the model and pinyin-pro read the
 * doctor everywhere (session 28's scan of CC-CEDICT's two-sense words over CPP dev: 12 officials read dài fu).
 * What names the office tells: a state (X国), a rank or a bureau the title is given in (光禄, 御史, 谏议, 刑部,
 * 武功), or 中 / 上 / 下 before it. A surname or 的 before it (王大夫, 医院的大夫) is the doctor.
 */
const OFFICE_BEFORE = /(?:国|禄|史|议|部|功)$|^[中上下]$/u;

/** Rewrites `readings` (one list per word, one entry per UTF-16 unit) in place. */
export function applyOfficialDafu(words: readonly string[], readings: string[][], tags: readonly string[] | undefined): void {
  if (!tags) return;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const at = word.length - 2;
    if (!word.endsWith('大夫') || readings[w]![at] !== 'dai4') continue;
    // The office inside jieba's word (光禄大夫, 御史大夫) or the word before it (楚国|大夫), not a surname (王|大夫).
    const office = at > 0 ? word.slice(0, at) : /^nr/.test(tags[w - 1] ?? '') ? '' : (words[w - 1] ?? '');
    if (OFFICE_BEFORE.test(office)) readings[w]!.splice(at, 2, 'da4', 'fu1');
  }
}
