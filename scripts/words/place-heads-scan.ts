/**
 * Research tool (session 33): place names ending in a generic head (村 镇 乡 河 江 湖 山 路 街 桥 港 湾 码头 …)
 * that the segmenter cuts into pieces. On SIGHAN's gold (research use, read in place): every gold word of three
 * characters or more ending in a head, and whether the segmenter's cut has it whole; on the corpus: every place
 * where a head stands alone after a Han word, or starts a word after a noun or name (梁王|河水).
 * Usage: tsx scripts/words/place-heads-scan.ts [--sighan] [--corpus] [--sentences=<file>]
 */
import { readFileSync } from 'node:fs';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { loadCorpus } from './gold';
import { goldWords, readLines } from './sighan-data';

const HEADS = ['码头', ...'村镇乡河江湖山路街桥港湾庄屯寨沟坡岭峪堡坝滩塘岗洼溪峰岛'];
const endsInHead = (w: string) => HEADS.some((h) => w.endsWith(h) && w.length > h.length);
const dictionary = await loadDictionaryFromDisk();
const seg = createNodeSegmenter(dictionary.customWords());

if (process.argv.includes('--sighan')) {
  for (const [name, file] of [['PKU', 'pku_test_gold.utf8'], ['MSR', 'msr_test_gold.utf8']] as const) {
    let whole = 0, cut = 0, joinedWrong = 0;
    for (const line of readLines(file)) {
      const gold = goldWords(line);
      const text = gold.join('');
      if (!HEADS.some((h) => text.includes(h))) continue;
      const words = seg.tag!(text);
      const goldSpans = new Set<string>();
      let at = 0;
      for (const g of gold) goldSpans.add(`${at},${(at += g.length)}`);
      const ourSpans = new Set<string>();
      at = 0;
      for (const w of words) ourSpans.add(`${at},${(at += w.word.length)}`);
      at = 0;
      for (const g of gold) {
        const s = `${at},${at + g.length}`;
        if (g.length >= 3 && endsInHead(g)) {
          if (ourSpans.has(s)) whole++;
          else {
            cut++;
            // Our words overlapping the gold word.
            let p = 0;
            const over: string[] = [];
            for (const w of words) { const e = p + w.word.length; if (e > at && p < at + g.length) over.push(`${w.word}/${w.tag}`); p = e; }
            console.log(`${name} CUT ${g}\t${over.join(' ')}`);
          }
        }
        at += g.length;
      }
      at = 0;
      for (const w of words) {
        const s = `${at},${at + w.word.length}`;
        if (w.word.length >= 3 && endsInHead(w.word) && !goldSpans.has(s)) {
          joinedWrong++;
          console.log(`${name} OURS-NOT-GOLD ${w.word}/${w.tag}\t${text.slice(Math.max(0, at - 8), at + w.word.length + 8)}`);
        }
        at += w.word.length;
      }
    }
    console.log(`${name}: gold head words ≥3: whole ${whole}, cut ${cut}; our head words not gold ${joinedWrong}`);
  }
}

function scanTexts(label: string, texts: Iterable<string>) {
  for (const text of texts) {
    const words = seg.tag!(text);
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!, prev = words[i - 1]!;
      if (!/^\p{Script=Han}+$/u.test(prev.word)) continue;
      const alone = HEADS.includes(w.word);
      const starts = w.word.length >= 2 && HEADS.some((h) => w.word.startsWith(h) && w.word !== h) && /^(n|nr|ns|nz|x|nt)$/.test(prev.tag);
      if (alone || starts) {
        const ctx = words.slice(Math.max(0, i - 3), i + 3).map((x) => `${x.word}/${x.tag}`).join(' ');
        console.log(`${label} ${alone ? 'ALONE' : 'START'} ${prev.word}|${w.word}\t${ctx}`);
      }
    }
  }
}

if (process.argv.includes('--corpus')) {
  const paras: string[] = [];
  for (const a of loadCorpus()) for (const p of a.paragraphs) if (p.trim()) paras.push(p);
  scanTexts('CORPUS', paras);
}
const sentences = process.argv.find((a) => a.startsWith('--sentences='))?.split('=')[1];
if (sentences) scanTexts('SENT', readFileSync(sentences, 'utf8').split('\n').map((l) => l.replace(/▁/g, '')).filter(Boolean));
