import { describe, expect, it } from 'vitest';
import { cutInPairs as cut, GENERATOR_HOST as HOST } from '../fixtures/generator-host';
import { REDTEAM_B_LOOKALIKE, REDTEAM_B_STYLES, redteamBPage } from '../../scripts/spam/redteam-b-styles';
import { createRandom } from '../../scripts/spam/inject';

const pasted = REDTEAM_B_STYLES.filter((s) => s !== 'lookalike');

/** The page with every truth span taken out and emptied lines dropped. */
function withoutTruth(paragraphs: readonly string[], truth: readonly (readonly (readonly [number, number, string])[])[]): string[] {
  return paragraphs
    .map((text, p) => [...(truth[p] ?? [])].sort((a, b) => b[0] - a[0]).reduce((t, [s, e]) => t.slice(0, s) + t.slice(e), text))
    .filter((text, p) => !(text === '' && (truth[p] ?? []).length > 0));
}

describe('red-team generator, part B (scripts/spam/redteam-b-styles.ts)', () => {
  it('pastes only what its truth says, and every page of a spam style carries a paste', () => {
    for (const style of pasted) {
      for (let seed = 1; seed <= 40; seed++) {
        const page = redteamBPage(HOST, style, seed % 2 ? 'fresh' : 'heldout', createRandom(seed), cut);
        expect(withoutTruth(page.paragraphs, page.truth), `${style} ${seed}`).toEqual(HOST.paragraphs);
        expect(page.truth.flat().length, `${style} ${seed}`).toBeGreaterThan(0);
        expect(page.truth.flat().every(([s, e]) => e > s)).toBe(true);
      }
    }
  });

  it('varies where a paste stands: lines of their own and inside paragraphs', () => {
    for (const style of pasted) {
      let own = 0;
      let inside = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const page = redteamBPage(HOST, style, 'heldout', createRandom(seed), cut);
        page.truth.forEach((spans, p) => {
          for (const [s, e] of spans) {
            if (s === 0 && e === (page.paragraphs[p] ?? '').length) own++;
            else inside++;
          }
        });
      }
      expect(own, style).toBeGreaterThan(0);
      expect(inside, style).toBeGreaterThan(0);
    }
  });

  it('gives look-alike real text with an empty truth', () => {
    for (const split of ['heldout', 'fresh'] as const) {
      for (const article of REDTEAM_B_LOOKALIKE[split]) {
        const page = redteamBPage(article, 'lookalike', split, createRandom(1), cut);
        expect(page.paragraphs).toEqual(article.paragraphs);
        expect(page.truth.flat()).toEqual([]);
      }
    }
  });
});
