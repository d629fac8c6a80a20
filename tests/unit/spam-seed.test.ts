/**
 * The seed page (a real farm page, truth marked by hand in tests/fixtures/seed-page.truth.json):
 * nothing outside the truth may be hidden, and every pasted sentence and odd headline piece is.
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
}, 30_000);

const inTruth = (p: number, i: number): boolean =>
  (truth.paragraphs[p]?.spam_spans ?? []).some(([start, end]) => start <= i && i < end);
const isHidden = (p: number, i: number): boolean => (found[p] ?? []).some((s) => s.start <= i && i < s.end);

describe('seed page', () => {
  it('hides nothing that the truth does not mark', () => {
    const wrong = found.flatMap((spans, p) =>
      spans.filter((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k).some((i) => !inTruth(p, i))).map((s) => texts[p]?.slice(s.start, s.end)),
    );
    expect(wrong).toEqual([]);
  });

  it('hides every pasted sentence', () => {
    const missed = truth.paragraphs.flatMap((para, p) =>
      para.spam_spans
        .filter(([start, end, family]) => family === 'sentence' && !Array.from({ length: end - start }, (_, k) => start + k).every((i) => isHidden(p, i)))
        .map(([start, end]) => para.text.slice(start, end)),
    );
    expect(missed).toEqual([]);
  });

  it('hides the headline pieces that show they were pasted (glued, repeated, never prose)', () => {
    const hiddenTitle = found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s) => texts[p]?.slice(s.start, s.end)));
    for (const piece of ['足迹重回作答载', '地份', '跟随']) expect(hiddenTitle).toContain(piece);
    const truthChars = truth.paragraphs.reduce((n, para) => n + para.spam_spans.reduce((m, [s, e]) => m + e - s, 0), 0);
    const hiddenChars = found.reduce((n, spans) => n + spans.reduce((m, s) => m + s.end - s.start, 0), 0);
    expect(hiddenChars / truthChars).toBeGreaterThanOrEqual(0.95);
  });

  it('hides a headline word the article also uses, when the farm’s rotation points at it', () => {
    // 作为…在浙江工作时的[临安]第二次下访接访地: the farm's turn after 考卷 is 临安; the writer's own
    // 杭州市临安区 a few characters later stays.
    const spans = (found[1] ?? []).filter((s) => texts[1]?.slice(s.start, s.end) === '临安').map((s) => s.start);
    expect(spans).toContain(14);
    expect(spans).not.toContain(28);
  });

  it('hides a headline word pasted after the last proven paste, where no rotation gap bounds it (“三无县”,[下访]2018年)', () => {
    const p = truth.paragraphs.findIndex((para) => para.text.includes('“三无县”,下访2018年'));
    const at = (texts[p] ?? '').indexOf('下访2018年');
    expect((found[p] ?? []).some((s) => s.family === 'title' && s.start === at && s.end === at + 2)).toBe(true);
  });

  it('hides every insertion the truth marks', () => {
    const missed = truth.paragraphs.flatMap((para, p) =>
      para.spam_spans.filter(([start, end]) => !Array.from({ length: end - start }, (_, k) => start + k).every((i) => isHidden(p, i))).map(([start, end]) => para.text.slice(start, end)),
    );
    expect(missed).toEqual([]);
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
