/**
 * Headline pieces on session 23's farm habits (./pieces23-styles.ts): every article of the split
 * in each of the five habits (only headline pieces pasted, nothing else), and the same articles
 * clean under their own headline and under a topic headline their body keeps saying (the
 * look-alikes). Reports, per habit and per place, the pasted characters hidden and hidden or
 * marked; the share of them on pages whose stuffing probability reaches 0.97 (the page-level
 * evidence); the precision of hidden; what the clean and look-alike pages lose; and the curve of
 * the piece model's hidden level. Measuring only.
 *
 *   npx tsx scripts/spam/bench-pieces23.ts [--split=dev|heldout|fresh]
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { loadCorpus, splitOf } from './corpus';
import { Curve } from './curves';
import { createNodeSpamTools } from './node-tools';
import { PIECES23_HABITS, PIECES23_SEEDS, pieces23Page, topicHeadline } from './pieces23-styles';
import { isSuspect } from './tally';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'dev') as keyof typeof PIECES23_SEEDS;
const seed = PIECES23_SEEDS[split];
const half = split === 'dev' ? 'dev' : 'heldout';
const show = args.includes('--show');

const tools = await createNodeSpamTools();
const segment = (text: string): string[] => tools.segmenter.cut(text);
const tag = (text: string): { word: string; tag: string }[] => jieba.tag(text, true) as { word: string; tag: string }[];
const curve = new Curve('headline pieces (pieces23)', ['piece'], 'title');

interface Row {
  chars: number;
  hidden: number;
  marked: number;
  onStuffed: number;
}
const row = (): Row => ({ chars: 0, hidden: 0, marked: 0, onStuffed: 0 });
const byHabit = new Map<string, Row>();
const byPlace = new Map<string, Row>();
let pages = 0;
let stuffedPages = 0;
let hiddenAll = 0;
let hiddenReal = 0;
let markedAll = 0;
let markedReal = 0;
const clean = { own: { pages: 0, stuffed: 0, hidden: 0, marked: 0 }, topic: { pages: 0, stuffed: 0, hidden: 0, marked: 0 } };
const falseHides: string[] = [];

const STUFFED = 0.97;

loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== half) return;
  // The clean pages: own headline, and the topic headline the body keeps saying.
  const topic = topicHeadline(doc.paragraphs, tag, seed * 1000 + index);
  for (const [kind, title] of [['own', doc.title], ['topic', topic]] as const) {
    if (!title) continue;
    const analysis = analyzeSpam(title, doc.paragraphs, tools);
    const found = spansOf(analysis);
    const c = clean[kind];
    c.pages++;
    if (analysis.stuffed >= STUFFED) c.stuffed++;
    for (const [p, spans] of found.entries()) {
      for (const s of spans) {
        if (isSuspect(s)) c.marked += s.end - s.start;
        else {
          c.hidden += s.end - s.start;
          falseHides.push(`  clean/${kind} ${s.family}: ${title} | ${(doc.paragraphs[p] ?? '').slice(Math.max(0, s.start - 10), s.start)}[${(doc.paragraphs[p] ?? '').slice(s.start, s.end)}]${(doc.paragraphs[p] ?? '').slice(s.end, s.end + 10)}`);
        }
      }
    }
    curve.add(doc.paragraphs, doc.paragraphs.map(() => []), doc.paragraphs.map(() => []), analysis.scored, true);
  }
  PIECES23_HABITS.forEach((habit, h) => {
    const page = pieces23Page(doc, seed * 100000 + index * 10 + h, segment, habit);
    if (!page) return;
    pages++;
    const analysis = analyzeSpam(page.title, page.paragraphs, tools);
    const found = spansOf(analysis);
    const onStuffed = analysis.stuffed >= STUFFED;
    if (onStuffed) stuffedPages++;
    curve.add(page.paragraphs, page.truth, page.truth, analysis.scored);
    for (const [p, spans] of found.entries()) {
      const truth = page.truth[p] ?? [];
      const pasted = (i: number): boolean => truth.some(([a, b]) => a <= i && i < b);
      for (const s of spans) {
        for (let i = s.start; i < s.end; i++) {
          if (isSuspect(s)) {
            markedAll++;
            if (pasted(i)) markedReal++;
          } else {
            hiddenAll++;
            if (pasted(i)) hiddenReal++;
          }
        }
        if (!isSuspect(s)) {
          const real = [...Array(s.end - s.start).keys()].filter((k) => !pasted(s.start + k)).length;
          if (real > 0) {
            const text = page.paragraphs[p] ?? '';
            falseHides.push(`  ${habit} ${s.family} (${real}): ${text.slice(Math.max(0, s.start - 10), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 10)}`);
          }
        }
      }
    }
    for (const paste of page.places) {
      const spans = found[paste.paragraph] ?? [];
      let hidden = 0;
      let marked = 0;
      for (let i = paste.start; i < paste.end; i++) {
        const s = spans.find((f) => f.start <= i && i < f.end);
        if (s && !isSuspect(s)) hidden++;
        else if (s) marked++;
      }
      for (const [map, key] of [[byHabit, habit], [byHabit, 'all'], [byPlace, paste.place]] as const) {
        const r = map.get(key) ?? row();
        r.chars += paste.end - paste.start;
        r.hidden += hidden;
        r.marked += hidden + marked;
        if (onStuffed) r.onStuffed += paste.end - paste.start;
        map.set(key, r);
      }
    }
  });
});

const print = (name: string, map: Map<string, Row>): void => {
  console.log(`\nby ${name}: pasted characters, hidden, hidden or marked, on pages with P(stuffed) ≥ ${STUFFED}`);
  for (const [key, r] of map) console.log(`  ${key.padEnd(10)} ${String(r.chars).padStart(5)}  ${(r.hidden / r.chars).toFixed(3)}  ${(r.marked / r.chars).toFixed(3)}  ${(r.onStuffed / r.chars).toFixed(3)}`);
};
console.log(`pieces23 ${split} (seed ${seed}, ${half} articles): ${pages} stuffed pages, ${stuffedPages} read as stuffed (P ≥ ${STUFFED})`);
print('habit', byHabit);
print('place', byPlace);
console.log(`\nprecision of hidden: ${hiddenReal} / ${hiddenAll} = ${hiddenAll ? (hiddenReal / hiddenAll).toFixed(4) : '—'}; of marked ${markedReal} / ${markedAll}`);
for (const [kind, c] of Object.entries(clean)) console.log(`clean under ${kind} headline: ${c.pages} pages, ${c.stuffed} read as stuffed, hidden ${c.hidden}, marked ${c.marked}`);
console.log(`\n${curve.print()}`);
if (show) console.log(falseHides.join('\n'));
