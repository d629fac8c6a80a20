/**
 * Do the three-character strings a page repeats, cut the same way every time, form words? Measured on
 * the SIGHAN 2005 PKU and MSR test sets read as pages (research use only: read in place, never shipped or
 * trained on; pages as in sighan-pages.ts: 20 PKU lines, 40 MSR lines). For every stretch of three Han
 * characters the segmenter (each line read alone, as before any page word) cuts into two or three pieces,
 * seen at least 3 times on its page and cut into the same pieces at every occurrence, it counts how often
 * the gold writes the stretch as one word at each occurrence, by the pieces' shape (jieba's tags) and by
 * its last character. The question behind a page-word rule of three characters: which shapes are words.
 *
 * Usage: npx tsx scripts/words/sighan-page-strings.ts [--min=3] [--show]
 */
import { goldWords, readLines } from './sighan-data';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';
import type { TaggedWord } from '../../src/segment/types';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const MIN = Number(option('min') ?? 3);
const SHOW = process.argv.includes('--show');
const HAN3 = /^\p{Script=Han}{3}$/u;

const dictionary = await loadDictionaryFromDisk();
const segmenter = createNodeSegmenter(dictionary.customWords());

/** Gold word spans of a line (UTF-16 offsets: the lines here are Basic Multilingual Plane text). */
function goldSpans(gold: string): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const w of goldWords(gold)) out.add(`${at},${(at += w.length)}`);
  return out;
}

interface Seen {
  cuts: Set<string>;
  shape: string;
  count: number;
  goldWhole: number;
}

const byShape = new Map<string, [number, number]>();
const byEnd = new Map<string, [number, number]>();
const add = (map: Map<string, [number, number]>, key: string, whole: boolean): void => {
  const [n, w] = map.get(key) ?? [0, 0];
  map.set(key, [n + 1, w + (whole ? 1 : 0)]);
};

for (const [name, size] of [['pku', 20], ['msr', 40]] as const) {
  const raw = readLines(`${name}_test.utf8`);
  const gold = readLines(`${name}_test_gold.utf8`);
  let candidates = 0;
  let words = 0;
  let content = 0;
  let contentWords = 0;
  for (let start = 0; start < raw.length; start += size) {
    const page = new Map<string, Seen>();
    for (let k = start; k < Math.min(raw.length, start + size); k++) {
      const line = raw[k]!.replace(/\s+/g, '');
      if (!line) continue;
      const tagged: TaggedWord[] = segmenter.tag!(line);
      const spansGold = goldSpans(gold[k]!.replace(/\u3000/g, ' ').trim());
      // Every occurrence of each 3-character stretch the line holds, with the pieces the line's cut gives it.
      const ends = new Set<number>([0]);
      let at = 0;
      for (const w of tagged) ends.add((at += w.word.length));
      const tagAt = new Map<number, TaggedWord>();
      at = 0;
      for (const w of tagged) {
        tagAt.set(at, w);
        at += w.word.length;
      }
      for (let i = 0; i + 3 <= line.length; i++) {
        const text = line.slice(i, i + 3);
        if (!HAN3.test(text)) continue;
        const inside = [1, 2].filter((d) => ends.has(i + d));
        const cut = ends.has(i) && ends.has(i + 3) ? inside.join('') || 'whole' : 'across';
        const seen = page.get(text) ?? { cuts: new Set<string>(), shape: '', count: 0, goldWhole: 0 };
        seen.cuts.add(cut);
        seen.count++;
        if (spansGold.has(`${i},${i + 3}`)) seen.goldWhole++;
        if (cut !== 'whole' && cut !== 'across' && !seen.shape) {
          const pieces: string[] = [];
          for (let p = i; p < i + 3; ) {
            const w = tagAt.get(p)!;
            pieces.push(w.tag);
            p += w.word.length;
          }
          seen.shape = pieces.join('+');
        }
        page.set(text, seen);
      }
    }
    for (const [text, seen] of page) {
      if (seen.count < MIN || seen.cuts.size !== 1 || !seen.shape) continue;
      candidates++;
      const whole = seen.goldWhole === seen.count;
      if (whole) words++;
      // Pieces with no function word (的, 和, 在, 这个, 一年 …: jieba's p c u r m d f y tags).
      if (!seen.shape.split('+').some((t) => /^(p|c|u.*|r|m|mq|d|f|y|q)$/.test(t))) {
        content++;
        if (whole) contentWords++;
      }
      add(byShape, seen.shape, whole);
      add(byEnd, text.at(-1)!, whole);
      if (SHOW) console.log(`  ${name} ${whole ? 'word' : seen.goldWhole ? 'some' : 'no  '} ${text} ×${seen.count} ${seen.shape} cut ${[...seen.cuts][0]}`);
    }
  }
  console.log(`${name}: ${candidates} stretches of 3 characters repeated ${MIN}+ times on a page and cut the same way each time; gold one word at every occurrence: ${words}; of the ${content} with no function-word piece, ${contentWords}`);
}
const table = (map: Map<string, [number, number]>): string =>
  [...map]
    .sort((a, b) => b[1][0] - a[1][0])
    .slice(0, 25)
    .map(([k, [n, w]]) => `${k} ${w}/${n}`)
    .join(', ');
console.log(`by shape (gold words / stretches): ${table(byShape)}`);
console.log(`by last character: ${table(byEnd)}`);
