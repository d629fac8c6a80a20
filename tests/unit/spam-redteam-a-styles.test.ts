import { describe, expect, it } from 'vitest';
import { cutInPairs as cut, GENERATOR_HOST as HOST } from '../fixtures/generator-host';
import { createRandom } from '../../scripts/spam/inject';
import { REDTEAM_A_STYLES, redteamAPage, type RedteamAStyle } from '../../scripts/spam/redteam-a-styles';

const DONORS = ['河道整治工程预计明年春天完工。', '这家面馆已经在老街开了二十多年。'];
const same = (text: string): string => text;

const pages = (style: RedteamAStyle) =>
  Array.from({ length: 16 }, (_, seed) => redteamAPage(HOST, style, seed % 2 ? 'fresh' : 'heldout', createRandom(seed + 1), cut, DONORS, same));

/** The page with every truth span taken out. */
const withoutTruth = (page: ReturnType<typeof pages>[number]): string[] =>
  page.paragraphs.map((text, p) => [...(page.truth[p] ?? [])].sort((a, b) => b[0] - a[0]).reduce((t, [s, e]) => t.slice(0, s) + t.slice(e), text)).filter(Boolean);

describe('red-team generator for part A (scripts/spam/redteam-a-styles.ts)', () => {
  it('pastes only what its truth says: taking the truth out gives the host back', () => {
    for (const style of REDTEAM_A_STYLES.filter((s) => s !== 'rt-garbled' && s !== 'rt-lookalike')) {
      for (const page of pages(style)) {
        expect(page.truth.flat().length, style).toBeGreaterThan(0);
        expect(withoutTruth(page), style).toEqual(HOST.paragraphs);
      }
    }
  });

  it('marks only the separators between a word’s characters, never the characters', () => {
    for (const page of pages('rt-sep-word')) {
      page.paragraphs.forEach((text, p) => {
        for (const [s, e] of page.truth[p] ?? []) {
          // One or two separator marks (丨 is a Han code point), with a Han character of the word on each side.
          expect(e - s).toBeLessThanOrEqual(2);
          expect(text.charAt(s - 1) + text.charAt(e)).toMatch(/^\p{Script=Han}{2}$/u);
        }
      });
    }
  });

  it('garbles a sentence by reordering its words: the same characters, another order', () => {
    const sorted = (t: string): string => [...t].sort().join('');
    const sources = [...HOST.paragraphs.flatMap((t) => t.split(/[。]/u)), ...DONORS.map((d) => d.slice(0, -1))].map(sorted);
    for (const page of pages('rt-garbled')) {
      const spans = page.paragraphs.flatMap((text, p) => (page.truth[p] ?? []).map(([s, e]) => text.slice(s, e).replace(/。$/u, '')));
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) {
        expect(sources).toContain(sorted(span));
        expect(HOST.paragraphs.join('') + DONORS.join('')).not.toContain(span);
      }
    }
  });

  it('the writer’s look-alike text carries no truth and is where the page says', () => {
    for (const page of pages('rt-lookalike')) {
      expect(page.truth.flat()).toEqual([]);
      const ranges = page.lookalike.flatMap((r, p) => r.map(([s, e]) => (page.paragraphs[p] ?? '').slice(s, e)));
      expect(ranges.length).toBeGreaterThan(0);
      for (const text of ranges) expect(text).toMatch(/[。！？]$/u);
    }
  });
});
