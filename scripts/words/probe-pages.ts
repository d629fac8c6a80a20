/**
 * Research tool: each line of a written set (or of a file of pages, `#page` lines between pages) as the page
 * pipeline groups it, with jieba's raw tagged words beside it, and the gold grouping where they differ.
 * Usage: tsx scripts/words/probe-pages.ts <file> [--raw]
 */
import * as jieba from 'jieba-wasm';
import { loadWrittenPages } from './written';
import { createNodePagePipeline } from './pipeline';

const file = process.argv[2]!;
const RAW = process.argv.includes('--raw');
const read = await createNodePagePipeline();
for (const page of loadWrittenPages(file)) {
  const tokens = read(page.map((p) => p.text));
  page.forEach((p, i) => {
    // Tokens hold Han words only: the text between them (punctuation) is a word of its own here.
    const parts: string[] = [];
    let at = 0;
    for (const t of tokens[i]!) {
      if (t.start > at) parts.push(p.text.slice(at, t.start).trim());
      parts.push(p.text.slice(t.start, t.end));
      at = t.end;
    }
    if (at < p.text.length) parts.push(p.text.slice(at).trim());
    const got = parts.filter((x) => x).join(' ');
    // The gold's words: a split gap opens a word.
    let gold = '';
    [...p.text].forEach((c, k) => (gold += (k > 0 && p.gaps[k] === 'split' ? ' ' : p.gaps[k] === 'either' ? '~' : '') + c));
    const same = got === gold.replace(/~/g, ' ') || got === gold.replace(/~/g, '');
    console.log(`${p.id}${same ? '' : ' *'}\n  got : ${got}\n  gold: ${gold}`);
    if (RAW) console.log(`  raw : ${jieba.tag(p.text, true).map((w) => `${w.word}/${w.tag}`).join(' ')}`);
  });
}
