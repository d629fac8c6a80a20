/**
 * The shipped decision on ./rotation25-styles.ts's pages: headline pieces walked two to four at a
 * time, once to three times a page, in the headline's order or the farm's own, beside the writer's
 * look-alikes (the headline's noun inside the writer's longer word; the writer's key phrase said
 * again and again). Per class of paste (rounds, order, place, cut, pieces, script, headline kind),
 * what is hidden and hidden-or-marked; every title-family character hidden that no farm pasted is a
 * real one lost, on the farm pages and on the look-alike pages. Measuring only.
 *
 *   npx tsx scripts/spam/bench-rotation25.ts [--split=dev|heldout] [--show] [--every=N]
 *
 * Tuning reads --split=dev only (seed 251, dev articles); held-out (seed 253, held-out articles) is
 * reported.
 */
import * as jieba from 'jieba-wasm';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import type { SpamSpan } from '../../src/spam/types';
import { loadCorpus, splitOf, type Split } from './corpus';
import type { Tagger } from './headlines';
import { createNodeSpamTools } from './node-tools';
import { ROTATION25_SEEDS, rotation25Pages, type Rotation25Page, type Rotation25Paste } from './rotation25-styles';
import { isSuspect } from './tally';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const split = (option('split') ?? 'heldout') as Split;
const every = Number(option('every') ?? 1);
const show = args.includes('--show');
const seed = ROTATION25_SEEDS[split];

const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const toTraditional = await loadToTraditional();
const genTools = { tag, segment: (t: string) => tools.segmenter.cut(t), isKnownWord: tools.isKnownWord ?? (() => false), toTraditional };

interface Count {
  pasted: number;
  hidden: number;
  marked: number;
}
const classes = new Map<string, Count>();
const add = (name: string, pasted: number, hidden: number, marked: number): void => {
  const c = classes.get(name) ?? { pasted: 0, hidden: 0, marked: 0 };
  c.pasted += pasted;
  c.hidden += hidden;
  c.marked += marked;
  classes.set(name, c);
};
const real = { farmHidden: 0, farmMarked: 0, lookHidden: 0, lookMarked: 0, lookPages: 0, farmPages: 0, otherFamiliesHidden: 0, lookChars: 0 };
const lines: string[] = [];

/** Per character of paragraph p: 'h' hidden as title, 'm' marked as title, '' neither. */
function titleTiers(text: string, spans: readonly SpamSpan[]): string[] {
  const at = Array.from({ length: text.length }, () => '');
  for (const s of spans) {
    if (s.family !== 'title') continue;
    for (let i = s.start; i < s.end; i++) if (at[i] !== 'h') at[i] = isSuspect(s) ? 'm' : 'h';
  }
  return at;
}

function classesOf(page: Rotation25Page, paste: Rotation25Paste): string[] {
  return [
    `rounds=${page.rounds}`,
    `order=${page.order}`,
    `place=${paste.place}`,
    `cut=${page.cut}`,
    `pieces=${page.pieces}`,
    `script=${page.traditional ? 'T' : 'S'}`,
    `headline=${page.headline}`,
    ...(paste.stem ? ['the headline’s look-alike word'] : []),
  ];
}

let articleIndex = -1;
loadCorpus().forEach((doc, index) => {
  if (splitOf(doc.url) !== split) return;
  articleIndex++;
  if (articleIndex % every !== 0) return;
  for (const page of rotation25Pages(doc, index, seed, genTools)) {
    const analysis = analyzeSpam(page.title, page.paragraphs, tools);
    const found = spansOf(analysis);
    page.paragraphs.forEach((text, p) => {
      const tiers = titleTiers(text, found[p] ?? []);
      const pasted = new Array<boolean>(text.length).fill(false);
      for (const paste of page.pastes.filter((x) => x.paragraph === p)) {
        let hidden = 0;
        let marked = 0;
        for (let i = paste.start; i < paste.end; i++) {
          pasted[i] = true;
          if (tiers[i] === 'h') hidden++;
          else if (tiers[i] === 'm') marked++;
        }
        const n = paste.end - paste.start;
        for (const name of ['all', ...classesOf(page, paste)]) add(name, n, hidden, hidden + marked);
      }
      for (const s of found[p] ?? []) {
        if (s.family === 'title' || isSuspect(s)) continue;
        for (let i = s.start; i < s.end; i++) if (!pasted[i]) real.otherFamiliesHidden++;
      }
      for (let i = 0; i < text.length; i++) {
        if (pasted[i] || !tiers[i]) continue;
        const key = page.kind === 'farm' ? (tiers[i] === 'h' ? 'farmHidden' : 'farmMarked') : tiers[i] === 'h' ? 'lookHidden' : 'lookMarked';
        real[key]++;
        if (tiers[i] === 'h' && (i === 0 || tiers[i - 1] !== 'h' || pasted[i - 1])) lines.push(`${page.kind} REAL HIDDEN: ${text.slice(Math.max(0, i - 12), i)}[${text.slice(i, i + 6)}]…  «${page.title}»`);
      }
    });
    if (page.kind === 'farm') real.farmPages++;
    else {
      real.lookPages++;
      real.lookChars += page.paragraphs.join('').length;
    }
    if (show) for (const paste of page.pastes) {
      const text = page.paragraphs[paste.paragraph] ?? '';
      const tiers = titleTiers(text, found[paste.paragraph] ?? []);
      const state = tiers.slice(paste.start, paste.end).join('') || '-';
      lines.push(`  paste ${state.padEnd(6)} ${text.slice(Math.max(0, paste.start - 8), paste.start)}[${text.slice(paste.start, paste.end)}]${text.slice(paste.end, paste.end + 8)}  ${classesOf(page, paste).join(' ')}`);
    }
  }
});

const all = classes.get('all') ?? { pasted: 0, hidden: 0, marked: 0 };
const titleHidden = all.hidden + real.farmHidden;
console.log(`rotation25, ${split} (seed ${seed}${every > 1 ? `, every ${every}th article` : ''}): ${real.farmPages} farm pages, ${real.lookPages} look-alike pages`);
console.log(`headline pieces pasted ${all.pasted} chars: hidden ${all.hidden} (${(all.hidden / all.pasted).toFixed(3)}), hidden or marked ${all.marked} (${(all.marked / all.pasted).toFixed(3)})`);
console.log(`title precision of hidden on farm pages: ${titleHidden ? (all.hidden / titleHidden).toFixed(4) : '1.0000'} (writer's chars hidden ${real.farmHidden}, marked ${real.farmMarked})`);
console.log(`look-alike pages (${real.lookChars} chars): title chars hidden ${real.lookHidden}, marked ${real.lookMarked}`);
console.log(`other families' hidden chars not pasted by this generator (both kinds of page): ${real.otherFamiliesHidden}`);
console.log('\nby class: pasted chars, hidden, hidden or marked');
for (const [name, c] of [...classes].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (name === 'all') continue;
  console.log(`  ${name.padEnd(36)} ${String(c.pasted).padStart(6)}  ${(c.hidden / c.pasted).toFixed(3)}  ${(c.marked / c.pasted).toFixed(3)}`);
}
if (lines.length) console.log(`\n${lines.join('\n')}`);
