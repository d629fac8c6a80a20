/**
 * The seed page (a real farm page, truth marked by hand in tests/fixtures/seed-page.truth.json):
 * nothing outside the truth may be hidden or marked; the pasted sentence is hidden; the farm's walk
 * through the headline's pieces (src/spam/piece-rotation.ts) is hidden, the writer's own 下访 and
 * 临安 beside it untouched.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeSpamTools } from '../../scripts/spam/node-tools';
import { findInjectedSpans, type SpamSpan, type SpamTools } from '../../src/spam/index';

interface Truth {
  title: string;
  paragraphs: { text: string; spam_spans: [number, number, string][] }[];
}

const truth = JSON.parse(readFileSync(new URL('../fixtures/seed-page.truth.json', import.meta.url), 'utf8')) as Truth;
const texts = truth.paragraphs.map((p) => p.text);
let found: SpamSpan[][];

beforeAll(async () => {
  const tools: SpamTools = await createNodeSpamTools();
  found = findInjectedSpans(truth.title, texts, tools);
}, 120_000);

const inTruth = (p: number, i: number): boolean =>
  (truth.paragraphs[p]?.spam_spans ?? []).some(([start, end]) => start <= i && i < end);
const isHidden = (p: number, i: number): boolean => (found[p] ?? []).some((s) => s.tier === 'hidden' && s.start <= i && i < s.end);

describe('seed page', () => {
  const chars = (s: SpamSpan): number[] => Array.from({ length: s.end - s.start }, (_, k) => s.start + k);

  it('hides nothing, and marks nothing, that the truth does not mark', () => {
    const wrong = found.flatMap((spans, p) => spans.filter((s) => chars(s).some((i) => !inTruth(p, i))).map((s) => texts[p]?.slice(s.start, s.end)));
    expect(wrong).toEqual([]);
  });

  it('hides the pasted sentence in both places', () => {
    const missed = truth.paragraphs.flatMap((para, p) =>
      para.spam_spans
        .filter(([start, end, family]) => family === 'sentence' && !Array.from({ length: end - start }, (_, k) => start + k).every((i) => isHidden(p, i)))
        .map(([start, end]) => para.text.slice(start, end)),
    );
    expect(missed).toEqual([]);
  });

  it('marks the odd headline pieces (a number jumped, a character lost, pieces glued out of order) wherever they were pasted', () => {
    const shown = found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s) => texts[p]?.slice(s.start, s.end)));
    expect(shown.filter((t) => t === '足迹重回作答载')).toHaveLength(3);
    expect(shown.filter((t) => t === '地份')).toHaveLength(2);
  });

  it('hides every headline piece the farm pasted, walking the headline round after round', () => {
    const missed = truth.paragraphs.flatMap((para, p) =>
      para.spam_spans
        .filter(([start, end, family]) => family === 'title' && !Array.from({ length: end - start }, (_, k) => start + k).every((i) => isHidden(p, i)))
        .map(([start, end]) => para.text.slice(start, end)),
    );
    expect(missed).toEqual([]);
  });

  it('hides or marks at least three quarters of what the farm pasted', () => {
    const truthChars = truth.paragraphs.reduce((n, para) => n + para.spam_spans.reduce((m, [s, e]) => m + e - s, 0), 0);
    const shownChars = found.reduce((n, spans) => n + spans.reduce((m, s) => m + s.end - s.start, 0), 0);
    expect(shownChars / truthChars).toBeGreaterThanOrEqual(0.75);
  });
});

describe('seed page as the extension may send it', () => {
  it('finds the same spans with the site name in the title and the headline as the first paragraph', async () => {
    const tools: SpamTools = await createNodeSpamTools();
    const withHeadline = findInjectedSpans(`${truth.title}_某某快讯网`, [truth.title, ...texts], tools);
    expect(withHeadline[0]).toEqual([]);
    expect(withHeadline.slice(1)).toEqual(found);
  });
});
