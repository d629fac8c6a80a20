/**
 * Look-alikes of a headline clause glued after a comma (session 22): pages where the *writer* says
 * the headline's clause right after one of their commas, glued to the words that go on with it — the
 * shape src/spam/headline-inside.ts hides when a farm pastes it there. Each page is a corpus article,
 * clean, under a headline cut from one of its own comma clauses (five to thirteen Han at the
 * writer's word edges, with a verb in it, the words after it in the body going on without a mark),
 * printed as a reader would see it: plain, with an aside in brackets between two of its words
 * (名称（English name 2019）活动, the body saying it whole), or as one part of a two-part headline.
 * Nothing on these pages is pasted: every character hidden is a real one lost.
 *
 * Split: the dev articles with seed 221 are where the finder may be tuned; the held-out articles
 * with seed 223 are only reported. Frozen before the finder changed (2026-12-06, session 22).
 */
import { createRandom } from './inject';
import type { CorpusArticle } from './corpus';
import type { Tagger } from './headlines';

export const LOOKALIKE_SEEDS = { dev: 221, heldout: 223 } as const;

const HAN = /\p{Script=Han}/u;
const ASIDES = ['（2019）', '（English Week 2019）', '（试行）', '（第二期）', '（图）', '（上）'];
const SECOND_PARTS = ['记者走访', '多方回应', '详情公布', '最新进展'];
const SEPARATORS = ['　', ' ', '：', '——'];

export interface LookalikePage {
  title: string;
  paragraphs: string[];
  /** The writer's clause the headline was cut from: [paragraph, start, end). */
  source: [number, number, number];
}

/** The writer's comma clauses that go on after their first few words: [paragraph, start] of each. */
function commaClauses(paragraphs: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(/[，,](?=\p{Script=Han}{8})/gu)) out.push([p, (m.index ?? 0) + 1]);
  });
  return out;
}

/** Up to `pages` look-alike pages of one article (fewer when it has no comma clause with a verb). */
export function lookalikePagesOf(article: CorpusArticle, index: number, seed: number, tag: Tagger, pages = 2): LookalikePage[] {
  const random = createRandom(seed * 100003 + index * 17);
  const spots = commaClauses(article.paragraphs);
  const out: LookalikePage[] = [];
  for (let tries = 0; tries < 12 && out.length < pages && spots.length > 0; tries++) {
    const [p, at] = spots[Math.floor(random() * spots.length)] ?? [0, 0];
    const text = article.paragraphs[p] ?? '';
    const words = tag(text.slice(at, at + 20));
    let han = 0;
    let take = 0;
    const wanted = 5 + Math.floor(random() * 9);
    while (take < words.length && han < wanted) {
      const word = words[take]?.word ?? '';
      if (![...word].every((ch) => HAN.test(ch))) break;
      han += word.length;
      take++;
    }
    const kept = words.slice(0, take);
    const clause = kept.map((w) => w.word).join('');
    if (han < 5 || han > 13 || !kept.some((w) => /^v[dgiq]?$/u.test(w.tag)) || !HAN.test(text.charAt(at + clause.length))) continue;
    if (out.some((o) => o.source[0] === p && o.source[1] === at)) continue;
    const form = random();
    let title = clause;
    if (form < 0.35 && kept.length >= 2) {
      const cut = 1 + Math.floor(random() * (kept.length - 1));
      title = `${kept.slice(0, cut).map((w) => w.word).join('')}${ASIDES[Math.floor(random() * ASIDES.length)]}${kept.slice(cut).map((w) => w.word).join('')}`;
    } else if (form < 0.7) {
      const second = SECOND_PARTS[Math.floor(random() * SECOND_PARTS.length)] ?? '';
      const separator = SEPARATORS[Math.floor(random() * SEPARATORS.length)] ?? ' ';
      title = random() < 0.5 ? `${clause}${separator}${second}` : `${second}${separator}${clause}`;
    }
    out.push({ title, paragraphs: [...article.paragraphs], source: [p, at, at + clause.length] });
  }
  return out;
}
