/**
 * Where bench:spam's headline pieces are missed: every pasted piece of the run's generated pages
 * (the bench's inventory-style pages, same seeds), by its place in the writer's sentence and its
 * shape, with what the decision did to it (hidden / marked / left). An analysis tool: it reads
 * the pages the bench scores and changes nothing.
 *
 *   npx tsx scripts/spam/piece-misses.ts [--split=dev|heldout] [--dump=file.jsonl]
 */
import { writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { isSuspect } from './tally';
import { generatorRun, loadCorpus, splitOf, type BenchSplit } from './corpus';
import { createRandom, injectSpam } from './inject';
import { realLinks } from './link-farm';
import { newsSentences } from './paste-styles';
import { createNodeSpamTools } from './node-tools';
import type { Tagger } from './headlines';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as BenchSplit;
const dump = option('dump');
const run = generatorRun(split);
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const HAN = /\p{Script=Han}/u;
const SPEECH = /(?:称|表示|说|指出|介绍|透露|认为|强调|坦言)[，,：:]?$/u;

/** The place of a paste in its writer's text, from the characters around it. */
function placeOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const prev = before.charAt(before.length - 1);
  const next = text.charAt(end);
  const quotes = (before.match(/[“「『"]/gu) ?? []).length - (before.match(/[”」』"]/gu) ?? []).length;
  if (start === 0) return 'paragraph start';
  if (quotes > 0 && /[“「『"]$/u.test(before)) return 'after opening quote';
  if (SPEECH.test(before)) return 'after speech verb';
  if (/[。！？!?]$/u.test(before)) return 'after a stop';
  if (/[，,、；;：:]$/u.test(before)) return /[，,。]/u.test(next) ? 'after comma, closed with comma' : 'after comma, glued';
  if (quotes > 0) return 'inside a quote';
  if (/[，,]/u.test(next)) return 'mid-clause, closed with comma';
  if ('的是在和'.includes(prev)) return `mid-clause after ${prev}`;
  return HAN.test(prev) && HAN.test(next) ? 'mid-clause between words' : 'mid-clause, other edge';
}

/** The piece's shape by jieba's tags: a verb of its own, a name, or a noun phrase. */
function shapeOf(piece: string): string {
  const tags = tag(piece).map((t) => t.tag);
  if (tags.some((t) => t.startsWith('v'))) return 'with verb';
  if (tags.some((t) => /^n[rst]/u.test(t))) return 'name';
  if (tags.some((t) => t.startsWith('n'))) return 'noun phrase';
  return 'other';
}

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const docs = loadCorpus();
  const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
  const rows: Record<string, unknown>[] = [];
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    for (let v = 0; v < 3; v++) {
      const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, segment, run.headlineStyle, { donors });
      const real = realLinks(page.paragraphs, createRandom(run.seed * 100000 + index * 10 + v + 0x51ed), tag, page.truth, 1);
      const links = page.links.map((ranges, p) => [...ranges, ...(real[p] ?? [])].sort((a, b) => a.start - b.start));
      const analysis = analyzeSpam(page.title, page.paragraphs, tools, links);
      const found = spansOf(analysis);
      const pastes = page.truth.flatMap((spans, p) => spans.filter((s) => s[2] === 'title' && !(s[1] - s[0] === page.title.length && page.title.length >= 8)).map((s) => ({ p, s })));
      for (const { p, s } of pastes) {
        const text = page.paragraphs[p] ?? '';
        const [start, end] = s;
        const piece = text.slice(start, end);
        let hidden = 0;
        let marked = 0;
        for (let i = start; i < end; i++) {
          const span = (found[p] ?? []).find((f) => f.start <= i && i < f.end);
          if (span && !isSuspect(span)) hidden++;
          else if (span) marked++;
        }
        const writerText = page.paragraphs.join('\n');
        rows.push({
          page: `${index}.${v}`,
          title: page.title,
          piece,
          length: end - start,
          place: placeOf(text, start, end),
          shape: shapeOf(piece),
          copies: pastes.filter((o) => (page.paragraphs[o.p] ?? '').slice(o.s[0], o.s[1]) === piece).length,
          onPage: writerText.split(piece).length - 1,
          pastes: pastes.length,
          status: hidden === end - start ? 'hidden' : hidden + marked === end - start ? 'marked' : hidden + marked > 0 ? 'part' : 'left',
          stuffed: Number(analysis.stuffed.toFixed(3)),
          context: `${text.slice(Math.max(0, start - 12), start)}[${piece}]${text.slice(end, end + 12)}`,
        });
      }
    }
  });
  if (dump) writeFileSync(dump, rows.map((r) => JSON.stringify(r)).join('\n'));
  const table = (key: string): void => {
    const groups = new Map<string, { n: number; chars: number; hidden: number; marked: number; left: number }>();
    for (const r of rows) {
      const g = groups.get(String(r[key])) ?? { n: 0, chars: 0, hidden: 0, marked: 0, left: 0 };
      g.n++;
      g.chars += r.length as number;
      if (r.status === 'hidden') g.hidden += r.length as number;
      else if (r.status === 'marked') g.marked += r.length as number;
      else g.left += r.length as number;
      groups.set(String(r[key]), g);
    }
    console.log(`\nby ${key}: pieces, characters, hidden, marked, left (missed characters share)`);
    const missedAll = rows.reduce((a, r) => a + (r.status === 'hidden' ? 0 : (r.length as number)), 0);
    for (const [name, g] of [...groups].sort((a, b) => b[1].chars - a[1].chars))
      console.log(`  ${name.padEnd(34)} ${String(g.n).padStart(4)} ${String(g.chars).padStart(5)}  ${(g.hidden / g.chars).toFixed(3)} ${(g.marked / g.chars).toFixed(3)} ${(g.left / g.chars).toFixed(3)}  (${((g.chars - g.hidden) / missedAll).toFixed(3)})`);
  };
  table('place');
  table('shape');
  table('length');
  table('copies');
}

await main();
