/**
 * Probe (s33-classes): the three notice finders of session 33 (ad-block notices, game ads, parcel notices) on
 * ./classes33-pool.ts — each paste and each writer's look-alike, by the finder alone (as written, in Traditional)
 * and by the whole pipeline with and without the three finders (as its own paragraph after an article's first
 * paragraph, and between two of its sentences) — then the finders alone on every clean corpus paragraph (S and T)
 * and CPP page. The held-out split prints counts only.
 *
 *   npx tsx scripts/spam/probe-classes33.ts [--split=heldout] [--clean-only]
 */
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { findBlockerNotices } from '../../src/spam/find-blocker-notices';
import { findGameAds } from '../../src/spam/find-game-ads';
import { findParcelNotices } from '../../src/spam/find-parcel-notices';
import type { SpamSpan } from '../../src/spam/types';
import { CLASSES33, PASTES33, WRITERS33, type Class33 } from './classes33-pool';
import { loadCorpus, loadCppPages, splitOf, type Split } from './corpus';
import { createNodeSpamTools } from './node-tools';
import { loadToTraditional } from './traditional';

const FINDERS: Record<Class33, (text: string) => SpamSpan[]> = { adblock: findBlockerNotices, 'game-ad': findGameAds, parcel: findParcelNotices };
const NEW = new Set(['blocker-notices', 'game-ads', 'parcel-notices']);
const args = process.argv.slice(2);
const split = (args.find((a) => a.startsWith('--split='))?.split('=')[1] ?? 'dev') as Split;
const showing = split === 'dev';
const toTraditional = await loadToTraditional();
const tools = await createNodeSpamTools();
const hiddenChars = (spans: readonly SpamSpan[], a: number, b: number, tier: 'hidden' | 'suspect'): number => spans.filter((s) => (s.tier ?? 'hidden') === tier).reduce((n, s) => n + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
const hosts = loadCorpus().filter((doc) => splitOf(doc.url) === 'dev' && doc.paragraphs.length >= 3 && /。.+。/u.test(doc.paragraphs[0] ?? ''));

/** The whole pipeline on a page with `line` as its own paragraph or between the first paragraph's first two sentences. */
function inPage(line: string, k: number, place: 'own' | 'between', skip?: ReadonlySet<string>): { hidden: number; marked: number } {
  const doc = hosts[k % hosts.length];
  if (!doc) return { hidden: 0, marked: 0 };
  const first = doc.paragraphs[0] ?? '';
  const stop = first.indexOf('。') + 1;
  const paragraphs = place === 'own' ? [first, line, ...doc.paragraphs.slice(1)] : [`${first.slice(0, stop)}${line}。${first.slice(stop)}`, ...doc.paragraphs.slice(1)];
  const at = place === 'own' ? 1 : 0;
  const a = place === 'own' ? 0 : stop;
  const spans = spansOf(analyzeSpam(doc.title, paragraphs, tools, undefined, skip))[at] ?? [];
  return { hidden: hiddenChars(spans, a, a + line.length, 'hidden'), marked: hiddenChars(spans, a, a + line.length, 'suspect') };
}

if (!args.includes('--clean-only')) {
  for (const cls of CLASSES33) {
    const find = FINDERS[cls];
    const rows = { alone: 0, traditional: 0, lines: 0, chars: 0 } as Record<string, number>;
    const pipe: Record<string, number> = {};
    const add = (key: string, n: number): void => void (pipe[key] = (pipe[key] ?? 0) + n);
    PASTES33[cls][split].forEach((line, k) => {
      rows.lines = (rows.lines ?? 0) + 1;
      rows.chars = (rows.chars ?? 0) + line.length;
      const alone = find(line);
      if (alone.some((s) => s.tier === 'hidden')) rows.alone = (rows.alone ?? 0) + 1;
      if (find(toTraditional(line)).some((s) => s.tier === 'hidden')) rows.traditional = (rows.traditional ?? 0) + 1;
      for (const place of ['own', 'between'] as const) {
        const before = inPage(line, k, place, NEW);
        const after = inPage(line, k, place);
        add(`${place} hidden before`, before.hidden);
        add(`${place} hidden after`, after.hidden);
        add(`${place} H|M before`, before.hidden + before.marked);
        add(`${place} H|M after`, after.hidden + after.marked);
        if (showing && after.hidden < line.length) console.log(`   ${cls} ${place} lost: ${line} (hidden ${after.hidden}/${line.length})`);
      }
    });
    console.log(`${cls} pastes (${split}): ${rows.lines} lines, ${rows.chars} chars; finder alone hides ${rows.alone}, Traditional ${rows.traditional}; pipeline ${Object.entries(pipe).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const w: Record<string, number> = {};
    WRITERS33[cls][split].forEach((line, k) => {
      const alone = find(line);
      if (alone.length) {
        w.finder = (w.finder ?? 0) + 1;
        if (showing) console.log(`   WRITER'S found by finder: ${line}`);
      }
      for (const place of ['own', 'between'] as const) {
        const before = inPage(line, k + 7, place, NEW);
        const after = inPage(line, k + 7, place);
        w[`${place} hidden`] = (w[`${place} hidden`] ?? 0) + after.hidden - before.hidden;
        w[`${place} marked`] = (w[`${place} marked`] ?? 0) + after.marked - before.marked;
        w[`${place} hidden on main`] = (w[`${place} hidden on main`] ?? 0) + before.hidden;
        if (showing && after.hidden) console.log(`   WRITER'S hidden ${place}: ${line} (${after.hidden})`);
      }
    });
    console.log(`${cls} writer's (${split}, ${WRITERS33[cls][split].length}): ${Object.entries(w).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing found'}`);
  }
}

let clean = 0;
const report = (where: string, text: string, spans: SpamSpan[]): void => {
  if (!spans.length) return;
  clean += spans.reduce((n, s) => n + s.end - s.start, 0);
  console.log(`${where}: ${spans.map((s) => `[${s.tier === 'hidden' ? 'H' : 'M'}:${text.slice(s.start, s.end)}]`).join(' ')} in ${text.slice(0, 60)}`);
};
for (const doc of loadCorpus())
  for (const p of [doc.title, ...doc.paragraphs])
    for (const text of [p, toTraditional(p)]) for (const find of Object.values(FINDERS)) report('CORPUS', text, find(text));
for (const page of loadCppPages()) for (const text of page.texts) for (const find of Object.values(FINDERS)) report('CPP', text, find(text));
console.log(`clean corpus S/T + CPP: ${clean} characters found by the three finders`);
