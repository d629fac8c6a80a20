/**
 * Session 25's second generator of headline pieces walked through the page: farms that paste two to
 * four pieces of the headline, each once, twice or three times, in the headline's order, in an order
 * of their own kept round after round, or reshuffled each round. Written by what the class is (a
 * farm repeats the headline's words to look relevant to it, at cuts it does not care about), not by
 * any wording: the pieces are cut along the headline's words or straight through them (江传媒), and
 * pasted at the writer's word edges, after a link word (的, 是, 、, a comma) or inside one of the
 * writer's words (城市 → 城[信访]市), through the lead or the whole article; Simplified or Traditional.
 *
 * With look-alikes, which a finder must leave alone: the headline shares a noun with a longer word the
 * writer uses (headline 浙江 over 浙江传媒学院, 信访 over 信访局: the generator puts the writer's word's
 * stem into the headline), or is built on the phrase the writer keeps saying (their story's key
 * noun, said three times or more). Farm pages carry the same look-alikes beside the pastes; the
 * look-alike pages are the article clean under such a headline.
 *
 * Seeds: dev 251 (tuning), held-out 253 (reported only). The articles follow the corpus split
 * (./corpus.ts splitOf): dev articles with the dev seed, held-out articles with the held-out seed.
 * Frozen before any finder changed (2026-12-06, session 25).
 */
import { createRandom } from './inject';
import type { CorpusArticle } from './corpus';
import { newsHeadline, type Tagger } from './headlines';

export const ROTATION25_SEEDS = { dev: 251, heldout: 253 } as const;

const HAN = /\p{Script=Han}/u;
const LINKS = '的是在和、，';
const NOUN = /^n[rstz]?$/u;

export type HeadlineKind = 'own' | 'news' | 'compound' | 'keyphrase';
export type WalkOrder = 'headline' | 'shuffled' | 'scrambled';
export type PastePlace = 'edge' | 'link' | 'inside';
export type PieceCut = 'words' | 'through';

/** One paste and the habits it was made with (for per-class figures). */
export interface Rotation25Paste {
  paragraph: number;
  start: number;
  end: number;
  place: PastePlace;
  /** The piece is the page's look-alike word (the stem of the writer's longer word, or their key phrase). */
  stem: boolean;
}

export interface Rotation25Page {
  kind: 'farm' | 'lookalike';
  headline: HeadlineKind;
  order: WalkOrder;
  cut: PieceCut;
  /** Distinct pieces walked (2–4) and rounds (1–3); 0 on look-alike pages. */
  pieces: number;
  rounds: number;
  traditional: boolean;
  title: string;
  paragraphs: string[];
  pastes: Rotation25Paste[];
  /** The headline's word the writer says inside a longer word (compound) or again and again (keyphrase). */
  lookalike: string;
}

export interface Rotation25Tools {
  tag: Tagger;
  segment: (text: string) => string[];
  isKnownWord: (word: string) => boolean;
  toTraditional: (text: string) => string;
}

const hanOnly = (s: string): string => [...s].filter((ch) => HAN.test(ch)).join('');
const allHan = (s: string): boolean => s.length > 0 && [...s].every((ch) => HAN.test(ch));

/** A known word of two or three characters opening or closing one of the writer's longer words: [stem, longer word]. */
function compoundStems(paragraphs: readonly string[], tools: Rotation25Tools): [string, string][] {
  const out: [string, string][] = [];
  for (const text of paragraphs) {
    for (const word of tools.segment(text)) {
      if (word.length < 3 || word.length > 7 || !allHan(word)) continue;
      for (const stem of [word.slice(0, 2), word.slice(-2), word.slice(0, 3)]) {
        if (stem.length < word.length && tools.isKnownWord(stem)) out.push([stem, word]);
      }
    }
  }
  return out;
}

/** The nouns the writer says three times or more (two to four Han). */
function keyPhrases(paragraphs: readonly string[], tools: Rotation25Tools): string[] {
  const counts = new Map<string, number>();
  for (const text of paragraphs) {
    for (const { word, tag } of tools.tag(text)) {
      if (word.length >= 2 && word.length <= 4 && allHan(word) && NOUN.test(tag)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** The headline's Han cut into pieces of two to four characters: along its words, or straight through them. */
function cutPieces(title: string, cut: PieceCut, tools: Rotation25Tools, random: () => number): string[] {
  const han = hanOnly(title);
  const pieces: string[] = [];
  if (cut === 'through') {
    for (let at = Math.floor(random() * 2); at + 2 <= han.length; ) {
      const length = 2 + Math.floor(random() * 3);
      pieces.push(han.slice(at, at + length));
      at += length + Math.floor(random() * 3);
    }
  } else {
    let current = '';
    for (const word of tools.segment(title).map(hanOnly).filter(Boolean)) {
      if (current.length >= 2 && (current.length + word.length > 4 || random() < 0.5)) {
        pieces.push(current);
        current = '';
      }
      current += word;
    }
    if (current.length >= 2) pieces.push(current);
  }
  return [...new Set(pieces.filter((p) => p.length >= 2 && p.length <= 5))];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** The headline of a page of the given kind, and its look-alike word ('' when the article gives none). */
function headlineOf(kind: HeadlineKind, article: CorpusArticle, index: number, tools: Rotation25Tools, random: () => number): [string, string] | null {
  const news = newsHeadline(article.paragraphs, tools.tag, index * 31 + 7);
  if (kind === 'own') return [article.title, ''];
  if (kind === 'news') return [news, ''];
  if (kind === 'compound') {
    // Only a stem the writer never says alone: the writer's every use is inside the longer word.
    const body = article.paragraphs.join('\n');
    const stems = compoundStems(article.paragraphs, tools).filter(([stem, word]) => body.split(stem).length - 1 === body.split(word).length - 1);
    if (stems.length === 0) return null;
    const [stem] = stems[Math.floor(random() * stems.length)] as [string, string];
    return [news.includes(stem) ? news : random() < 0.5 ? `${stem}${news}` : `${news}\u3000${stem}`, stem];
  }
  const keys = keyPhrases(article.paragraphs, tools).slice(0, 3);
  if (keys.length === 0) return null;
  const key = keys[Math.floor(random() * keys.length)] as string;
  return [news.includes(key) ? news : `${key}：${news}`, key];
}

/** Places in paragraph p where a paste may go, by habit. */
function spotsOf(text: string, place: PastePlace, tools: Rotation25Tools): number[] {
  const edges: number[] = [];
  const insides: number[] = [];
  let at = 0;
  for (const word of tools.segment(text)) {
    if (at > 0) edges.push(at);
    if (word.length >= 2 && allHan(word)) for (let k = 1; k < word.length; k++) insides.push(at + k);
    at += word.length;
  }
  if (place === 'inside') return insides;
  if (place === 'link') return edges.filter((i) => LINKS.includes(text.charAt(i - 1)) && i < text.length);
  return edges.filter((i) => i < text.length && (HAN.test(text.charAt(i - 1)) || text.charAt(i - 1) === '，'));
}

/** Pages of one article: up to four farm pages (one per headline kind) and up to two look-alike pages. */
export function rotation25Pages(article: CorpusArticle, index: number, seed: number, tools: Rotation25Tools): Rotation25Page[] {
  const random = createRandom(seed * 100019 + index * 131);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pages: Rotation25Page[] = [];
  const kinds: HeadlineKind[] = ['own', 'news', 'compound', 'keyphrase'];
  for (const kind of kinds) {
    const made = headlineOf(kind, article, index, tools, random);
    if (!made) continue;
    const [title, lookalike] = made;
    const cut: PieceCut = random() < 0.6 ? 'words' : 'through';
    const all = cutPieces(title, cut, tools, random);
    if (all.length < 2) continue;
    const k = Math.min(all.length, 2 + Math.floor(random() * 3));
    let chosen = shuffle([...all], random).slice(0, k);
    // Half the time the farm's pieces include the writer's stem: the paste beside the writer's compound.
    if (lookalike && random() < 0.5 && !chosen.includes(lookalike)) chosen = [lookalike, ...chosen.slice(1)];
    const han = hanOnly(title);
    const order: WalkOrder = pick(['headline', 'headline', 'shuffled', 'scrambled']);
    if (order === 'headline') chosen.sort((a, b) => han.indexOf(a) - han.indexOf(b));
    const r = random();
    const rounds = r < 0.3 ? 1 : r < 0.75 ? 2 : 3;
    const sequence: string[] = [];
    for (let round = 0; round < rounds; round++) sequence.push(...(order === 'scrambled' && round > 0 ? shuffle([...chosen], random) : chosen));
    const habit: PastePlace = pick(['edge', 'edge', 'link', 'inside']);
    const reach = random() < 0.6 ? Math.min(article.paragraphs.length, 1 + Math.floor(random() * 3)) : article.paragraphs.length;
    const spots: [number, number, PastePlace][] = [];
    for (let p = 0; p < reach; p++) {
      const text = article.paragraphs[p] ?? '';
      for (const place of ['edge', 'link', 'inside'] as const) {
        // The page's habit most of the time, the other places now and then.
        if (place !== habit && random() < 0.7) continue;
        for (const at of spotsOf(text, place, tools)) spots.push([p, at, place]);
      }
    }
    if (spots.length < sequence.length) continue;
    // Spread the pastes through the reach in reading order, no two in one spot.
    const sorted = [...new Map(shuffle(spots, random).slice(0, Math.max(sequence.length * 3, sequence.length)).map((s) => [`${s[0]}:${s[1]}`, s])).values()];
    const taken = shuffle(sorted, random).slice(0, sequence.length).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const traditional = random() < 0.4;
    const convert = (s: string): string => (traditional ? tools.toTraditional(s) : s);
    const paragraphs: string[] = [];
    const pastes: Rotation25Paste[] = [];
    article.paragraphs.forEach((text, p) => {
      let out = '';
      let from = 0;
      taken.forEach(([q, at, place], n) => {
        if (q !== p) return;
        out += convert(text.slice(from, at));
        const piece = convert(sequence[n] ?? '');
        pastes.push({ paragraph: p, start: out.length, end: out.length + piece.length, place, stem: sequence[n] === lookalike });
        out += piece;
        from = at;
      });
      paragraphs.push(out + convert(text.slice(from)));
    });
    pages.push({ kind: 'farm', headline: kind, order, cut, pieces: k, rounds, traditional, title: convert(title), paragraphs, pastes, lookalike: convert(lookalike) });
  }
  for (const kind of ['compound', 'keyphrase'] as const) {
    const made = headlineOf(kind, article, index + 5000, tools, random);
    if (!made) continue;
    const traditional = random() < 0.4;
    const convert = (s: string): string => (traditional ? tools.toTraditional(s) : s);
    pages.push({ kind: 'lookalike', headline: kind, order: 'headline', cut: 'words', pieces: 0, rounds: 0, traditional, title: convert(made[0]), paragraphs: article.paragraphs.map(convert), pastes: [], lookalike: convert(made[1]) });
  }
  return pages;
}
