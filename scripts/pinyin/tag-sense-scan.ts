/**
 * Where to look for misreads on text nobody judged: every one-character polyphone whose reading's
 * CC-CEDICT sense class (sense-classes.ts) disagrees with jieba's tag — tagged a verb but read as a
 * reading glossed as no verb while another reading is a verb (乱|铺|摊子 read pù), or tagged a noun or
 * measure but read as the verb — over the corpus's news (CORPUS= for another file) and the SIGHAN
 * PKU+MSR test text, as the page reads them. Prints each place for judging by hand, and counts by
 * character on stderr. Session 24: 75 places, 6 misreads (铺 舍 弄 塞), most of the rest 没 méi.
 *
 * Usage: npx tsx scripts/pinyin/tag-sense-scan.ts > places.txt
 */
import { readFileSync } from 'node:fs';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { createNodePipeline } from '../words/pipeline';
import { loadCorpus } from '../words/gold';
import { buildSenseClasses } from './sense-classes';
const senses = buildSenseClasses();
const byChar = new Map<string, Map<string, string>>();
for (const [k, v] of senses) { const c = k[0]!; const m = byChar.get(c) ?? new Map(); m.set(k.slice(1), v); byChar.set(c, m); }
const dictionary = await loadDictionaryFromDisk();
const seg = createNodeSegmenter(dictionary.customWords());
const read = await createNodePipeline();
const texts: string[] = [];
for (const a of loadCorpus()) texts.push(...a.paragraphs);
const B = '/work/shared/bench/segmentation';
for (const f of ['pku_test.utf8', 'msr_test.utf8']) texts.push(...readFileSync(`${B}/${f}`, 'utf8').split('\n').filter(Boolean));
const counts = new Map<string, number>();
for (const text of texts) {
  const tw = seg.tag!(text);
  const toks = read(text);
  const byStart = new Map(toks.map((t) => [t.start, t]));
  let at = 0;
  for (let i = 0; i < tw.length; i++) {
    const { word, tag } = tw[i]!;
    const start = at; at += word.length;
    if (word.length !== 1) continue;
    const m = byChar.get(word); if (!m || m.size < 2) continue;
    const tok = byStart.get(start); if (!tok || tok.end !== start + 1) continue;
    const r = tok.readings[0]!; const cls = m.get(r); if (!cls) continue;
    const verbReadings = [...m].filter(([, c]) => c === 'V').map(([x]) => x);
    const nounReadings = [...m].filter(([, c]) => c === 'N' || c === 'C').map(([x]) => x);
    let flag = '';
    if (tag.startsWith('v') && tag !== 'vn' && (cls === 'N' || cls === 'C' || cls === 'S') && verbReadings.length) flag = `v→${verbReadings}`;
    if (/^(n|q)/.test(tag) && cls === 'V' && nounReadings.length) flag = `${tag}→${nounReadings}`;
    if (!flag) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    console.log(`${word}\t${r}\t${flag}\t${text.slice(Math.max(0, start - 12), start)}[${word}]${text.slice(start + 1, start + 12)}`);
  }
}
console.error([...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}${n}`).join(' '));
