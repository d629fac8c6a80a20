/**
 * Which dictionary is right where CC-CEDICT reads a word one way and pinyin-pro's complete list
 * another (计量 jì liàng / jì liáng), on the CPP dev split only (never test): counts of the
 * sentences where the segmenter's word is such a word, and which reading CPP's label has.
 * Usage: tsx scripts/pinyin/cedict-vs-complete.ts [--list]
 *
 * 2026-12-04: 83 sentences, CC-CEDICT's reading right 61 times, the complete list's 22 — but most
 * of those are repeated names CPP dev itself teaches (勃艮第 ×14, 塞缪尔 ×9). Giving the lexicon
 * CC-CEDICT's reading where the two disagree (for 计量 jì liàng) fixed 12 cross-validation errors
 * and made 13 (泄露 lù, 葛洲坝 gé, 角斗士 jiǎo, 强忍 qiǎng: readings the mainland standard and CPP
 * do not use), so the lexicon still keeps only readings both lists agree on.
 */
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadCedictHeadwords, loadCompleteHeadwords, loadCpp } from './data';

const cedict = loadCedictHeadwords();
const complete = loadCompleteHeadwords();
const segmenter = createNodeSegmenter();
const counts = { sentences: 0, cedict: 0, complete: 0, neither: 0, cedictNeutral: 0 };
for (const item of loadCpp('dev')) {
  const words = segmenter.cut(item.text);
  let start = 0;
  let w = 0;
  while (start + words[w]!.length <= item.at) start += words[w++]!.length;
  const word = words[w]!;
  const k = item.at - start;
  const ours = new Set((cedict.get(word) ?? []).map((r) => r[k]!));
  const theirs = complete.get(word)?.[0]?.[k];
  if (word.length < 2 || ours.size !== 1 || theirs === undefined) continue;
  const reading = [...ours][0]!;
  if (reading === theirs) continue;
  counts.sentences++;
  if (reading.endsWith('5')) counts.cedictNeutral++;
  const right = item.gold === reading ? 'cedict' : item.gold === theirs ? 'complete' : 'neither';
  counts[right]++;
  if (process.argv.includes('--list')) console.log(`${word} ${k} cedict=${reading} complete=${theirs} gold=${item.gold}`);
}
console.log(counts);
