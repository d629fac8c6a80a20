/**
 * Session 33 (issue 12, seo family): commercial keywords pasted as link text, read by the link stage alone
 * (src/spam/features-links.ts → decide-links.ts) and by the mechanical finders, to see which are missed and why.
 *
 *   npx tsx scripts/spam/probe-links33.ts dev [--show=N]    bench:spam's own dev pages (same seeds and pools)
 *   npx tsx scripts/spam/probe-links33.ts bench-held      bench:spam's held-out pages (to measure once before / after)
 *   npx tsx scripts/spam/probe-links33.ts held [--show=N]   this session's frozen held-out: held-out articles, keywords
 *                                                           of its own (below), pasted where bench:spam pastes them
 *
 * The held-out keywords and seed were written and committed before any change to the link stage. Counts the pasted
 * keyword characters hidden / hidden or marked (link stage or a mechanical finder), and the real links' characters
 * (a site's own, ./link-farm.ts realLinks) hidden / marked by the link stage.
 */
import * as jieba from 'jieba-wasm';
import { mechanicalFinders } from '../../src/spam/index';
import { decideLinks, scoreLinks } from '../../src/spam/decide-links';
import { linkCandidates, LINK_FEATURES } from '../../src/spam/features-links';
import { toSimplified } from '../../src/script/simplified-view';
import type { LinkRange, SpamSpan } from '../../src/spam/types';
import { generatorRun, loadCorpus, splitOf } from './corpus';
import type { Tagger } from './headlines';
import { createRandom, injectSpam } from './inject';
import { realLinks } from './link-farm';
import { newsSentences } from './paste-styles';
import { createNodeSpamTools } from './node-tools';
import { hanWordSeams } from './word-seams';

const mode = process.argv[2] === 'held' ? 'held' : process.argv[2] === 'bench-held' ? 'bench-held' : 'dev';
const show = Number(process.argv.find((a) => a.startsWith('--show='))?.split('=')[1] ?? 0);
const HELD_SEED = 3303;
/** [prefixes, heads], none in bench:spam's pools (dev, held-out) or ./link-farm.ts's vocabularies. */
const HELD_KEYWORDS: [string[], string[]][] = [
  [['澳门', '太阳城', '利记', '沙巴'], ['足球竞猜', '篮球下注', '彩票代购', '真钱棋牌', '电子老虎机', '娱乐场开户']],
  [['', '黑户', '无工作'], ['秒批贷款', '极速借款', '信用贷口子', '分期借钱']],
  [['深圳', '广州', '青岛'], ['网站建设公司', '关键词快速排名', '整站优化', '网络营销外包']],
  [['', '加急'], ['代办驾照', '代写毕业论文', '高仿手表', '信用卡套现']],
];

const tools = await createNodeSpamTools();
const tag: Tagger = (text) => jieba.tag(text, true) as { word: string; tag: string }[];
const docs = loadCorpus();
const pages: { title: string; paragraphs: string[]; links: LinkRange[][]; pasted: [number, number][][] }[] = [];
if (mode !== 'held') {
  const run = generatorRun(mode === 'dev' ? 'dev' : 'heldout');
  const donors = newsSentences(docs.filter((d) => splitOf(d.url) === run.pools));
  docs.forEach((doc, index) => {
    if (splitOf(doc.url) !== run.articles) return;
    for (let v = 0; v < 3; v++) {
      const page = injectSpam(doc, run.seed * 100000 + index * 10 + v, run.pools, (t) => tools.segmenter.cut(t), run.headlineStyle, { donors });
      const pasted = page.truth.map((spans, p) => spans.filter((s, i) => s[2] === 'seo' && page.styles[p]?.[i] === 'commerce').map(([s, e]) => [s, e] as [number, number]));
      if (!pasted.some((x) => x.length)) continue;
      const real = realLinks(page.paragraphs, createRandom(run.seed * 100000 + index * 10 + v + 0x51ed), tag, page.truth, 1);
      const links = page.links.map((ranges, p) => [...ranges, ...(real[p] ?? [])].sort((a, b) => a.start - b.start));
      pages.push({ title: page.title, paragraphs: page.paragraphs, links, pasted });
    }
  });
} else {
  const random = createRandom(HELD_SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (const doc of docs.filter((d) => splitOf(d.url) === 'heldout')) {
    const paragraphs = [...doc.paragraphs];
    const pasted: [number, number][][] = paragraphs.map(() => []);
    const farm: LinkRange[][] = paragraphs.map(() => []);
    for (let n = random() < 0.6 ? 1 : 2; n > 0; n--) {
      const p = Math.floor(random() * paragraphs.length);
      const text = paragraphs[p] ?? '';
      if ((pasted[p] ?? []).length) continue;
      const where = random();
      let spots: number[];
      if (where < 0.35) spots = /[。！？]$/u.test(text) ? [text.length] : [];
      else if (where < 0.7) spots = [...text.matchAll(/[。！？]/gu)].map((m) => m.index + 1).filter((i) => i < text.length);
      else spots = hanWordSeams(text, tools.segmenter.cut(text));
      if (!spots.length) continue;
      const at = pick(spots);
      const [prefixes, heads] = pick(HELD_KEYWORDS);
      const keyword = pick(prefixes) + pick(heads);
      paragraphs[p] = text.slice(0, at) + keyword + text.slice(at);
      pasted[p]?.push([at, at + keyword.length]);
      farm[p]?.push({ start: at, end: at + keyword.length, sameSite: false, target: 900 });
    }
    if (!pasted.some((x) => x.length)) continue;
    const real = realLinks(paragraphs, random, tag, pasted.map((x) => x.map(([s, e]) => [s, e, 'seo'] as const) as never), 1);
    const links = farm.map((ranges, p) => [...ranges, ...(real[p] ?? [])].sort((a, b) => a.start - b.start));
    pages.push({ title: doc.title, paragraphs, links, pasted });
  }
}

let total = 0;
let hidden = 0;
let shown = 0;
let realChars = 0;
let realHidden = 0;
let realMarked = 0;
const lines: string[] = [];
for (const page of pages) {
  const scored = scoreLinks(linkCandidates(toSimplified(page.title), tools, page.paragraphs, page.links));
  const linked = decideLinks(scored, page.paragraphs.length);
  const finders = mechanicalFinders(tools, [], page.paragraphs, page.title, page.links);
  page.paragraphs.forEach((text, p) => {
    const spans: SpamSpan[] = [...finders.flatMap(([, find]) => find(text)), ...(linked[p] ?? [])];
    const tierAt = (k: number): 'H' | 'M' | null => (spans.some((s) => s.tier === 'hidden' && s.start <= k && k < s.end) ? 'H' : spans.some((s) => s.start <= k && k < s.end) ? 'M' : null);
    for (const [start, end] of page.pasted[p] ?? []) {
      let h = 0;
      let m = 0;
      for (let k = start; k < end; k++) {
        const t = tierAt(k);
        if (t === 'H') h++;
        if (t) m++;
      }
      total += end - start;
      hidden += h;
      shown += m;
      if (h < end - start && lines.length < show) {
        const c = scored.find((s) => s.paragraph === p && s.link.start === start);
        const features = c ? LINK_FEATURES.map((f, i) => `${f}=${Number(c.features[i]?.toFixed(2))}`).join(' ') : '';
        lines.push(`MISS ${end - start - h} …${text.slice(Math.max(0, start - 8), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 8)}… p=${c?.probability.toFixed(3)} ${features}`);
      }
    }
    for (const l of page.links[p] ?? []) {
      if ((page.pasted[p] ?? []).some(([s, e]) => s === l.start && e === l.end)) continue;
      for (let k = l.start; k < l.end; k++) {
        realChars++;
        const onLink = (linked[p] ?? []).find((s) => s.start <= k && k < s.end);
        if (onLink?.tier === 'hidden') realHidden++;
        else if (onLink) realMarked++;
      }
    }
  });
}
console.log(`probe-links33 ${mode}: ${pages.length} pages, ${total} keyword chars: hidden ${(hidden / Math.max(1, total)).toFixed(4)}, H|M ${(shown / Math.max(1, total)).toFixed(4)}; real links ${realChars} chars: ${realHidden} hidden, ${realMarked} marked`);
for (const line of lines) console.log(line);
