/**
 * What a change of the readings does to real news: every paragraph of ../shared/corpus (read in
 * place) read through this tree's pipeline and another checkout's, and each word whose readings
 * differ, with its context, so every change can be judged by hand. Gold and held-back articles
 * (tests/fixtures/news-words) are left out unless --all.
 *
 * Usage: npx tsx scripts/pinyin/reading-changes.ts --against=/work/main [--all] [--skip=0,41]
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../words/gold';
import { createNodePipeline, type ReadParagraph } from '../words/pipeline';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const against = option('against');
if (!against) throw new Error('usage: reading-changes.ts --against=<checkout>');

function heldOut(): Set<number> {
  const ids = new Set((option('skip') ?? '').split(',').filter(Boolean).map(Number));
  if (process.argv.includes('--all')) return ids;
  for (const file of ['gold.txt', 'held-back.txt']) {
    const text = readFileSync(new URL(`../../tests/fixtures/news-words/${file}`, import.meta.url), 'utf8');
    for (const line of text.split('\n')) if (/^\d+:/.test(line)) ids.add(Number(line.split(':')[0]));
  }
  return ids;
}

/** Per UTF-16 unit: its reading, '' where none. */
function unitReadings(read: ReadParagraph, text: string): string[] {
  const out = new Array<string>(text.length).fill('');
  for (const t of read(text)) t.readings.forEach((r, k) => (out[t.start + k] = r));
  return out;
}

const mine = await createNodePipeline();
const other = (await import(`${against}/scripts/words/pipeline.ts`)) as { createNodePipeline: () => Promise<ReadParagraph> };
const theirs = await other.createNodePipeline();
const skip = heldOut();
let paragraphs = 0;
let changes = 0;
loadCorpus().forEach((article, a) => {
  if (skip.has(a)) return;
  article.paragraphs.forEach((text, p) => {
    paragraphs++;
    const here = unitReadings(mine, text);
    const there = unitReadings(theirs, text);
    for (const t of mine(text)) {
      const span = [...Array(t.end - t.start).keys()].map((k) => t.start + k);
      if (span.every((i) => here[i] === there[i])) continue;
      changes++;
      const word = text.slice(t.start, t.end);
      const context = `${text.slice(Math.max(0, t.start - 12), t.start)}[${word}]${text.slice(t.end, t.end + 12)}`;
      console.log(`${a}:${p}\t${span.map((i) => there[i]).join(' ')} → ${span.map((i) => here[i]).join(' ')}\t${context}`);
    }
  });
});
console.log(`${changes} words read otherwise in ${paragraphs} paragraphs`);
