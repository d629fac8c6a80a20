/**
 * The spam benchmark in a real browser: farm pages built from held-out corpus articles (our
 * generator, as in ./bench.ts), laid out like a farm site (breadcrumbs, h1, inline <b>/<a>/<span>
 * splitting the text at random, footer), opened with the built extension in Chromium and Firefox.
 * What the page hides (read back from the DOM, ruby text left out) is scored against the generator's
 * truth, next to what the pure function finds on the same text: a gap between the two is a bug in
 * reading or marking the page. All pages share one site, so from the second page on the extension
 * remembers the sentences the site pasted; the Node side replays that memory in the same order.
 *
 *   npm run build && npm run bench:spam-browser [-- --pages=24 --browsers=chromium,firefox --min-length=1200]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type BrowserName } from '../../tests/e2e/browsers';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { annotateWholePage } from '../../tests/e2e/page-probes';
import { findInjectedSpans } from '../../src/spam/index';
import { pastedSentences, rememberSentences } from '../../src/spam/sentence-memory';
import { splitOf } from './corpus';
import { createRandom, injectSpam, type Article } from './inject';
import { createNodeSpamTools } from './node-tools';

const args = process.argv.slice(2);
const pageCount = Number(args.find((a) => a.startsWith('--pages='))?.split('=')[1] ?? 24);
const minLength = Number(args.find((a) => a.startsWith('--min-length='))?.split('=')[1] ?? 1200);
const browsers = (args.find((a) => a.startsWith('--browsers='))?.split('=')[1] ?? 'chromium,firefox').split(',') as BrowserName[];
const CORPUS = new URL('../../../shared/corpus/sogou-2012-news.jsonl', import.meta.url);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');


/** A paragraph with short stretches wrapped in inline elements at random offsets. */
function inlineMarkup(text: string, random: () => number): string {
  const points = [...text]; // whole code points: a tag must not cut an emoji in two
  let out = '';
  for (let i = 0; i < points.length; ) {
    if (random() < 0.04 && i + 3 < points.length) {
      const length = 2 + Math.floor(random() * 4);
      const tag = random() < 0.15 ? ['a href="/k"', 'a'] : random() < 0.5 ? ['b', 'b'] : ['span class="k"', 'span'];
      out += `<${tag[0]}>${escape(points.slice(i, i + length).join(''))}</${tag[1]}>`;
      i += length;
    } else out += escape(points[i++] ?? '');
  }
  return out;
}

/** Per paragraph of `.content`: its rendered text (ruby readings left out) and which characters are hidden spam. */
function readHidden(): { text: string; hidden: boolean[] }[] {
  return [...document.querySelectorAll('.content > p')].map((p) => {
    let text = '';
    const hidden: boolean[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('rt')) continue;
      const spam = node.parentElement?.closest('[data-dudong-spam]') !== null;
      // One flag per UTF-16 unit, as the offsets in the truth count them (an emoji is two).
      const data = (node as Text).data;
      text += data;
      for (let i = 0; i < data.length; i++) hidden.push(spam);
    }
    return { text, hidden };
  });
}

interface Tally {
  predicted: number;
  right: number;
  truth: number;
  found: number;
}

function addScore(tally: Tally, truth: boolean[], hidden: boolean[]): void {
  truth.forEach((t, i) => {
    if (hidden[i]) {
      tally.predicted++;
      if (t) tally.right++;
    }
    if (t) {
      tally.truth++;
      if (hidden[i]) tally.found++;
    }
  });
}

const line = (name: string, t: Tally): string =>
  `${name.padEnd(26)} precision ${(t.right / Math.max(1, t.predicted)).toFixed(4)}  recall ${(t.found / Math.max(1, t.truth)).toFixed(4)}  (${t.right} / ${t.truth})`;

async function main(): Promise<void> {
  const tools = await createNodeSpamTools();
  const segment = (text: string): string[] => tools.segmenter.cut(text);
  const articles = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article & { url: string })
    // Short items are briefs the detector rightly leaves as plain Chinese pages.
    .filter((a) => splitOf(a.url) === 'heldout' && a.paragraphs.join('').length > minLength);
  const root = mkdtempSync(join(tmpdir(), 'dudong-farm-'));
  let remembered: string[] = [];
  const pages = Array.from({ length: pageCount }, (_, k) => {
    const article = articles[(k * 7 + 3) % articles.length] as Article;
    const page = injectSpam(article, 900000 + k, 'heldout', segment);
    const random = createRandom(k + 99);
    const body = page.paragraphs.map((t) => `<p>${inlineMarkup(t, random)}</p>`).join('\n');
    writeFileSync(
      join(root, `farm-${k}.html`),
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(page.title)}_某某资讯网</title></head><body>` +
        `<div class="nav"><a href="/">首页</a> &gt; <a href="/news">新闻</a></div><div class="main"><h1>${escape(page.title)}</h1>` +
        `<div class="info">来源：某某资讯网 时间：2024-05-01</div><div class="content">${body}</div></div>` +
        `<div class="foot">Copyright © 2024 Powered by 某某资讯网</div></body></html>`,
    );
    const found = findInjectedSpans(page.title, page.paragraphs, { ...tools, knownSentences: remembered });
    remembered = rememberSentences(remembered, pastedSentences(page.paragraphs, found));
    const truth = page.paragraphs.map((text, p) => Array.from({ length: text.length }, (_, i) => (page.truth[p] ?? []).some(([s, e]) => s <= i && i < e)));
    const expected = page.paragraphs.map((text, p) => Array.from({ length: text.length }, (_, i) => (found[p] ?? []).some((s) => s.tier === 'hidden' && s.start <= i && i < s.end)));
    return { file: `farm-${k}.html`, paragraphs: page.paragraphs, truth, expected };
  });
  const pure: Tally = { predicted: 0, right: 0, truth: 0, found: 0 };
  for (const page of pages) page.truth.forEach((t, p) => addScore(pure, t, page.expected[p] ?? []));
  console.log(`Spam in the browser: ${pages.length} farm pages from held-out articles (generator seed 9)`);
  console.log(line('pure function (Node)', pure));

  const server = await startFixtureServer(root);
  try {
    for (const name of browsers) {
      const browser = await launch(name);
      const tally: Tally = { predicted: 0, right: 0, truth: 0, found: 0 };
      let same = 0;
      const notes: string[] = [];
      for (const page of pages) {
        const tab = await browser.newPage();
        await tab.goto(server.url(page.file));
        const kind = await tab.evaluate(() => document.documentElement.getAttribute('data-dudong'));
        if (kind !== 'article') {
          notes.push(`  ${page.file}: read as ${kind}`);
          await tab.close();
          continue;
        }
        await annotateWholePage(tab, '.content');
        const read = await tab.evaluate(readHidden);
        let identical = read.length === page.paragraphs.length;
        page.paragraphs.forEach((text, p) => {
          const got = read[p];
          if (!got || got.text !== text) {
            identical = false;
            notes.push(`  ${page.file} paragraph ${p}: the page reads ${JSON.stringify(got?.text.slice(0, 60))}, the page source ${JSON.stringify(text.slice(0, 60))}`);
            return;
          }
          addScore(tally, page.truth[p] ?? [], got.hidden);
          const at = got.hidden.findIndex((h, i) => h !== page.expected[p]?.[i]);
          if (at >= 0) {
            identical = false;
            let end = at;
            while (end < text.length && got.hidden[end] !== page.expected[p]?.[end]) end++;
            const side = got.hidden[at] ? 'only the page hides' : 'only Node hides';
            notes.push(`  ${page.file} paragraph ${p}: ${side} …${text.slice(Math.max(0, at - 8), at)}[${text.slice(at, end)}]${text.slice(end, end + 8)}…`);
          }
        });
        if (identical) same++;
        if (tab.errors.length) notes.push(`  ${page.file}: page errors ${tab.errors.join('; ')}`);
        await tab.close();
      }
      await browser.close();
      console.log(line(`${name}`, tally) + `  pages identical to Node: ${same} / ${pages.length}`);
      if (notes.length) console.log(notes.join('\n'));
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
