/**
 * Probe (s31-screen): every mechanical finder of the pipeline, one by one, on the classes31 wordings of a split
 * (./classes31-wordings.ts) — each wording alone, in Traditional, glued after a writer's comma and between two of the
 * writer's sentences — and on the writer's look-alike sentences: which finder reaches which class, hidden or marked.
 *
 *   npx tsx scripts/spam/probe-classes31.ts [--split=heldout] [--show]     (held-out: counts only, never --show)
 */
import { mechanicalFinders } from '../../src/spam/mechanical-finders';
import type { SpamSpan } from '../../src/spam/types';
import { CLASSES31, WRITERS31, wordingsOf31 } from './classes31-wordings';
import type { Split } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'heldout') as Split;
const show = args.includes('--show') && split === 'dev';
const tools = await createNodeSpamTools();
const toTraditional = await loadToTraditional();
const BEFORE = '他说，';
const AFTER_COMMA = '这件事大家都知道。';
const SENTENCE = '会议持续了两个小时。';
const NEXT = '大家随后陆续离场。';

/** The texts a wording is read in, each with the wording's place in it. */
function placesOf(line: string): { text: string; start: number; end: number }[] {
  const trad = toTraditional(line);
  return [
    { text: line, start: 0, end: line.length },
    { text: trad, start: 0, end: trad.length },
    { text: `${BEFORE}${line}${AFTER_COMMA}`, start: BEFORE.length, end: BEFORE.length + line.length },
    { text: `${SENTENCE}${line}${NEXT}`, start: SENTENCE.length, end: SENTENCE.length + line.length },
  ];
}

/** Per finder: [hidden, marked] texts where it covers at least half of the wording's non-space characters. */
function reach(text: string, start: number, end: number): Map<string, 'H' | 'M'> {
  const out = new Map<string, 'H' | 'M'>();
  const finders = mechanicalFinders(tools, [], [text], '会议');
  const wanted = [...text.slice(start, end)].filter((c) => /\S/u.test(c)).length;
  for (const [name, find] of finders) {
    const spans: SpamSpan[] = find(text);
    let covered = 0;
    let hidden = false;
    for (let i = start; i < end; i++) {
      if (!/\S/u.test(text[i] ?? '')) continue;
      const s = spans.find((sp) => sp.start <= i && i < sp.end);
      if (s) {
        covered++;
        if (s.tier === 'hidden') hidden = true;
      }
    }
    if (covered * 2 >= wanted && covered > 0) out.set(name, hidden ? 'H' : 'M');
  }
  return out;
}

for (const cls of CLASSES31) {
  const byFinder = new Map<string, { h: number; m: number }>();
  let any = 0;
  let anyHidden = 0;
  let total = 0;
  const lines: string[] = [];
  for (const line of wordingsOf31(cls, split))
    for (const { text, start, end } of placesOf(line)) {
      total++;
      const got = reach(text, start, end);
      if (got.size) any++;
      if ([...got.values()].includes('H')) anyHidden++;
      for (const [name, tier] of got) {
        const t = byFinder.get(name) ?? { h: 0, m: 0 };
        t[tier === 'H' ? 'h' : 'm']++;
        byFinder.set(name, t);
      }
      if (show) lines.push(`   ${text} → ${[...got].map(([n, t]) => `${n}:${t}`).join(' ') || '—'}`);
    }
  const finders = [...byFinder].map(([name, t]) => `${name} ${t.h}H/${t.m}M`).join(', ');
  console.log(`${cls}: reached ${any}/${total} (hidden ${anyHidden})${finders ? ` — ${finders}` : ''}`);
  if (show) console.log(lines.join('\n'));
}
for (const w of WRITERS31[split]) {
  for (const text of [w, toTraditional(w)]) {
    const finders = mechanicalFinders(tools, [], [text], '会议');
    const spans = finders.flatMap(([name, find]) => find(text).map((s) => `${name}:${s.tier === 'hidden' ? 'H' : 'M'}${split === 'dev' ? `:${text.slice(s.start, s.end)}` : ''}`));
    if (spans.length) console.log(`WRITER'S: ${split === 'dev' ? text : `#${WRITERS31[split].indexOf(w)}`} → ${spans.join(' ')}`);
  }
}
