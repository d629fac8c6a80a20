import { describe, expect, it } from 'vitest';
import { PIECE_POSITIONS, SENTENCE_POSITIONS, headlineParts, pasteUnseen, type UnseenStyle } from '../../scripts/spam/unseen-styles';

// Text written for this test; words cut two characters at a time (the generator only needs boundaries).
const TITLE = '城西新建公园开放 市民周末多了好去处';
const HOST = [
  '经过两年建设，城西公园本周六正式对外开放。公园占地八十亩，建有步道、草坪和儿童游乐区。',
  '开园当天，不少市民带着孩子前来游玩。家住附近的王女士说，以前周末只能去商场，现在多了一个散步的地方。',
  '园林部门介绍，公园内种植了三十多种树木，今后还将增设自行车租赁点。',
];
const cut = (text: string): string[] => text.match(/.{1,2}/gsu) ?? [];

/** The page with every truth span taken out: the host again, if the truth says exactly what was pasted. */
function withoutTruth(paragraphs: readonly string[], truth: readonly (readonly (readonly [number, number, string])[])[]): string[] {
  return paragraphs.map((text, p) => [...(truth[p] ?? [])].sort((a, b) => b[0] - a[0]).reduce((t, [s, e]) => t.slice(0, s) + t.slice(e), text));
}

const pages = (style: UnseenStyle) =>
  Array.from({ length: 12 }, (_, seed) => pasteUnseen(TITLE, HOST, style, seed % 2 ? 'fresh' : 'heldout', seed + 1, cut, seed % 3 === 0)).filter((p) => p !== null);

describe('unseen farm styles (scripts/spam/unseen-styles.ts)', () => {
  it('pastes only what its truth says, and the truth is the pasted text', () => {
    for (const style of [...PIECE_POSITIONS, ...SENTENCE_POSITIONS]) {
      expect(pages(style).length, style).toBeGreaterThanOrEqual(10);
      for (const page of pages(style)) {
        expect(withoutTruth(page.paragraphs, page.truth)).toEqual(HOST);
        const spans = page.truth.flat();
        expect(spans.some(([, , family]) => family !== 'domain')).toBe(true);
      }
    }
  });

  it('puts each piece where its style says, and takes it from the headline', () => {
    const headline = TITLE.replace(/\s/gu, '');
    const check: Record<string, (before: string, piece: string, after: string) => boolean> = {
      'clause-start': (before) => before === '' || /[。！？]$/u.test(before),
      'after-comma': (before) => /[，、；]$/u.test(before),
      'before-stop': (_, __, after) => after.startsWith('。'),
      bracketed: (_, piece) => /^[（“【].+[）”】]$/u.test(piece),
      'whole-part': (before, piece) => /[，、；]$/u.test(before) && headlineParts(TITLE).includes(piece.slice(0, -1)),
    };
    for (const style of PIECE_POSITIONS) {
      for (const page of pages(style)) {
        page.truth.forEach((spans, p) => {
          const text = page.paragraphs[p] ?? '';
          for (const [s, e, family] of spans) {
            if (family !== 'title') continue;
            const piece = text.slice(s, e);
            expect(check[style]?.(text.slice(0, s), piece, text.slice(e)), `${style}: ${piece}`).toBe(true);
            const han = piece.replace(/[（）“”【】，]/gu, '');
            expect(headline.includes(han)).toBe(true);
            if (style !== 'whole-part') expect(han.length).toBeGreaterThanOrEqual(2);
            if (style !== 'whole-part') expect(han.length).toBeLessThanOrEqual(4);
          }
        });
      }
    }
  });

  it('pastes one whole sentence of another story, after a full stop, mid-paragraph or at its end', () => {
    for (const style of SENTENCE_POSITIONS) {
      for (const page of pages(style)) {
        const sentences = page.truth.flatMap((spans, p) => spans.filter((t) => t[2] === 'sentence').map((t) => ({ p, s: t[0], e: t[1] })));
        expect(sentences).toHaveLength(1);
        const { p, s, e } = sentences[0] ?? { p: 0, s: 0, e: 0 };
        const text = page.paragraphs[p] ?? '';
        expect(text.slice(s, e)).toMatch(/^\p{Script=Han}.*。$/u);
        expect(HOST.join('')).not.toContain(text.slice(s, e));
        expect(text.charAt(s - 1)).toBe('。');
        const rest = text.slice(e).replace(/^[（【(].*[）】)]$/u, '');
        expect(style === 'paragraph-end' ? rest === '' : rest.length > 0).toBe(true);
      }
    }
  });

  it('makes no page where its style has no place', () => {
    const noCommas = ['今天天气很好。大家都出门了。'];
    expect(pasteUnseen(TITLE, noCommas, 'after-comma', 'heldout', 1, cut, false)).toBeNull();
    expect(pasteUnseen(TITLE, noCommas, 'whole-part', 'heldout', 1, cut, false)).toBeNull();
    expect(pasteUnseen(TITLE, ['没有句号的一段话'], 'mid-paragraph', 'heldout', 1, cut, false)).toBeNull();
  });
});
