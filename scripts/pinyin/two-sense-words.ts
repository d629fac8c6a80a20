/**
 * CC-CEDICT's words read two ways by syllable (琢磨 zhuó mó / zuó mo, 所长 suǒ cháng / zhǎng, 大夫 dà fū / dài fu),
 * and how the pipeline reads each of them in unjudged text, with two contexts per reading: a list to judge by hand
 * for the words read by one sense where the sentence means the other (session 28 found 所长, 总长, 同行, 大夫 so).
 *
 * Usage: npx tsx scripts/pinyin/two-sense-words.ts <file>… (.jsonl pages with `paragraphs`, or text lines; CPP's ▁ marks dropped)
 */
import { readFileSync } from 'node:fs';
import { loadCedictHeadwords } from './data';
import { createNodePipeline } from '../words/pipeline';

const syllables = (r: string[]): string => r.map((s) => s.replace(/\d$/, '')).join(' ');
const twoSense = new Map<string, string[]>();
for (const [word, readings] of loadCedictHeadwords()) {
  if (word.length >= 2 && new Set(readings.map(syllables)).size > 1) twoSense.set(word, readings.map((r) => r.join(' ')));
}
const lines: string[] = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) for (const l of text.split('\n').filter(Boolean)) lines.push(...(JSON.parse(l) as { paragraphs: string[] }).paragraphs);
  else lines.push(...text.split('\n').map((l) => l.replace(/▁/g, '').trim()));
}
const read = await createNodePipeline();
/** word -> its reading here -> [count, contexts]. */
const seen = new Map<string, Map<string, [number, string[]]>>();
for (const text of lines) {
  for (const token of read(text)) {
    const word = text.slice(token.start, token.end);
    if (!twoSense.has(word)) continue;
    const byReading = seen.get(word) ?? new Map<string, [number, string[]]>();
    const entry = byReading.get(token.readings.join(' ')) ?? [0, []];
    entry[0]++;
    if (entry[1].length < 2) entry[1].push(text.slice(Math.max(0, token.start - 8), token.end + 8));
    byReading.set(token.readings.join(' '), entry);
    seen.set(word, byReading);
  }
}
const total = (m: Map<string, [number, string[]]>): number => [...m.values()].reduce((n, [c]) => n + c, 0);
for (const [word, byReading] of [...seen].sort((a, b) => total(b[1]) - total(a[1]))) {
  const ours = [...byReading].map(([r, [n, ex]]) => `${r} ×${n} ${ex.join(' / ')}`).join(' ; ');
  console.log(`${word} ${total(byReading)} CC-CEDICT [${twoSense.get(word)!.join(' | ')}] read: ${ours}`);
}
