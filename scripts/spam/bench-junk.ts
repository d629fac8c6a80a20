/**
 * Clean text with only mechanical junk added: does a page the mechanical finders hid something on
 * start marking the writer's own clauses? A farm's symbol or domain says the page is a farm's copy,
 * not that a clause of it was pasted (./../../src/spam/index.ts spansOf).
 *
 *   npx tsx scripts/spam/bench-junk.ts
 *
 * Every corpus article three times and every stress-test page (CPP Wikipedia text under a
 * news-style headline) once, each with one or two junk strings written here (a symbol, a domain, a
 * lottery site's bracketed name, a pinyin gloss) at word boundaries between Han characters, and the
 * same pages without them. Printed: the junk characters hidden / hidden or marked, and the real
 * characters (everything but the junk) hidden and marked, by kind, with and without the junk.
 */
import * as jieba from 'jieba-wasm';
import { pinyin } from 'pinyin-pro';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, loadCppPages } from './corpus';
import { newsHeadline, type Tagger } from './headlines';
import { createRandom } from './inject';
import { createNodeSpamTools } from './node-tools';

const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const HAN = /\p{Script=Han}/u;
const KIND: Record<string, string> = {
  'A piece of the headline pasted into a sentence.': 'piece',
  "The page's headline pasted into the middle of a sentence.": 'headline',
  'An unrelated sentence pasted into the article.': 'sentence',
  'An unrelated sentence pasted into the middle of a sentence.': 'once',
  'A sentence of another article pasted into this one.': 'line',
};

interface Counts {
  pages: number;
  junk: number;
  junkHidden: number;
  junkMarked: number;
  realHidden: number;
  realMarked: Map<string, number>;
}
const counts = (): Counts => ({ pages: 0, junk: 0, junkHidden: 0, junkMarked: 0, realHidden: 0, realMarked: new Map() });

/** One or two junk strings of this file's own at Han word boundaries; returns the page and where they went. */
function addJunk(paragraphs: readonly string[], random: () => number, cut: (text: string) => string[]): { paragraphs: string[]; junk: [number, number][][] } {
  const out = [...paragraphs];
  const junk: [number, number][][] = out.map(() => []);
  const strings = [
    () => `www.${['kb', 'hy', 'ls', 'qm'][Math.floor(random() * 4)]}${Math.floor(random() * 900 + 100)}.vip`,
    () => '★',
    () => '▲▲',
    () => `【${['乐', '星', '鑫'][Math.floor(random() * 3)]}彩网 ${Math.floor(random() * 90 + 10)}cp.cc】`,
  ];
  const n = 1 + Math.floor(random() * 2);
  for (let k = 0; k < n; k++) {
    const p = Math.floor(random() * out.length);
    const text = out[p] ?? '';
    const ends: { at: number; word: string }[] = [];
    let at = 0;
    for (const word of cut(text)) {
      at += word.length;
      if (at < text.length && HAN.test(text.charAt(at - 1)) && HAN.test(text.charAt(at))) ends.push({ at, word });
    }
    const spot = ends[Math.floor(random() * ends.length)];
    if (!spot) continue;
    const kind = Math.floor(random() * 5);
    const inserted = kind === 4 ? `(${pinyin(spot.word, { toneType: 'symbol' })})` : (strings[kind] ?? strings[0]!)();
    out[p] = text.slice(0, spot.at) + inserted + text.slice(spot.at);
    junk[p] = (junk[p] ?? []).map(([s, e]): [number, number] => (s >= spot.at ? [s + inserted.length, e + inserted.length] : [s, e]));
    junk[p]!.push([spot.at, spot.at + inserted.length]);
  }
  return { paragraphs: out, junk };
}

function add(into: Counts, paragraphs: readonly string[], junk: readonly (readonly [number, number][])[], found: readonly (readonly SpamSpan[])[]): void {
  into.pages++;
  paragraphs.forEach((text, p) => {
    for (let i = 0; i < text.length; i++) {
      const span = (found[p] ?? []).find((s) => s.start <= i && i < s.end);
      if ((junk[p] ?? []).some(([s, e]) => s <= i && i < e)) {
        into.junk++;
        if (span?.tier === 'hidden') into.junkHidden++;
        if (span) into.junkMarked++;
      } else if (span?.tier === 'hidden') into.realHidden++;
      else if (span) {
        const kind = KIND[span.reason] ?? span.family;
        into.realMarked.set(kind, (into.realMarked.get(kind) ?? 0) + 1);
      }
    }
  });
}

function line(name: string, c: Counts): string {
  const marked = [...c.realMarked.values()].reduce((a, b) => a + b, 0);
  const kinds = [...c.realMarked].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  const junk = c.junk ? `junk ${c.junk} chars, hidden ${(c.junkHidden / c.junk).toFixed(3)}, hidden or marked ${(c.junkMarked / c.junk).toFixed(3)}; ` : '';
  return `  ${name.padEnd(46)} ${c.pages} pages: ${junk}real chars hidden ${c.realHidden}, marked ${marked}${kinds ? ` (${kinds})` : ''}`;
}

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const cut = (text: string): string[] => tools.segmenter.cut(text);
  const judge = (title: string, paragraphs: readonly string[]): SpamSpan[][] => spansOf(analyzeSpam(title, paragraphs, tools));
  const sets = [
    { name: 'corpus articles', variants: 3, pages: loadCorpus().map((d) => ({ title: d.title, paragraphs: d.paragraphs })) },
    { name: 'stress test (CPP, news headline)', variants: 1, pages: loadCppPages().map(({ texts }, i) => ({ title: newsHeadline(texts, tag, i), paragraphs: texts })) },
  ];
  console.log('Clean text with mechanical junk added (nothing real may be hidden; real characters marked should not rise):');
  for (const set of sets) {
    const plain = counts();
    const junked = counts();
    set.pages.forEach((page, index) => {
      const none = page.paragraphs.map(() => []);
      add(plain, page.paragraphs, none, judge(page.title, page.paragraphs));
      for (let v = 0; v < set.variants; v++) {
        const { paragraphs, junk } = addJunk(page.paragraphs, createRandom(9000 + index * 10 + v), cut);
        add(junked, paragraphs, junk, judge(page.title, paragraphs));
      }
    });
    console.log(line(`${set.name}, as written`, plain));
    console.log(line(`${set.name}, junk added`, junked));
  }
}

await main();
