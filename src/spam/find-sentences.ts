/**
 * Family "sentence": an off-topic sentence dropped into the middle of the article's sentences,
 * usually the same one several times (这一世我就是饿死,就是从这里跳下去也不谈恋爱).
 *
 * Evidence, all required: the same stretch of eight or more characters appears more than once, in
 * different surroundings; it reads as a clause someone says (pronouns, particles, negation; no
 * figures), not as a name or a policy phrase; at least one copy runs into the text around it; its
 * words are not the article's words (off topic); and no copy stands as a sentence or a quotation of
 * its own, which is how articles legitimately repeat a quote or a byline. The stretch is what all
 * the copies have in common, less host characters they happen to share at its edges (老师[…] in
 * two copies of three; 社会[…], 还会[…] in all). A single copy is hidden only when the caller
 * remembers the sentence from an earlier page (SpamTools.knownSentences).
 */
import type { SpamTools } from './types';
import { cleanView, type View } from './masked-view';
import { clauseCharCount, standsAsSentence } from './sentence-text';
import { isHan } from './text-classes';
import type { SpamSpan } from './types';

const MIN_LENGTH = 8;
const GRAM = 6;
const MAX_STRETCHES = 200;
/**
 * Host characters that some copies of a pasted sentence may share next to it by chance (老师[…]
 * twice): a repeated stretch that extends a shorter one by more than this is a longer text the
 * article repeats, and the shorter one is part of it.
 */
const SHARED_NEIGHBOURS = 3;
/**
 * A word at a stretch's edge that the article keeps using outside the copies (its topic, 救援 in an
 * article on rescue teams) is the host's; a word a pasted line opens with (其实) may well turn up
 * once or twice in any article.
 */
const HOST_WORD_USES = 4;
/** Characters either side of a point the segmenter is shown to tell whether a word starts there. */
const BOUNDARY_WINDOW = 6;
/** At most this share of the sentence's words may also be the article's own words. */
const MAX_TOPIC_OVERLAP = 0.5;
const EDGE_PUNCTUATION = /^[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+|[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+$/gu;

export function findRepeatedSentences(
  paragraphs: readonly string[],
  masked: readonly SpamSpan[][],
  tools: SpamTools,
): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  const views = paragraphs.map((text, p) => cleanView(text, masked[p] ?? []));
  const whole = views.map((v) => v.text).join('\n');
  findKnownSentences(views, tools.knownSentences ?? [], result);
  const candidates = sentenceCandidates(repeatedStretches(whole));
  if (candidates.length === 0) return result;

  // The article's words are counted only once a candidate gets that far: most pages have none.
  let counted: Map<string, number> | null = null;
  const wordCounts = (): Map<string, number> => {
    if (counted) return counted;
    counted = new Map<string, number>();
    for (const view of views) for (const word of tools.segmenter.cut(view.text)) counted.set(word, (counted.get(word) ?? 0) + 1);
    return counted;
  };

  for (const candidate of candidates) {
    const found = occurrencesOf(views, candidate);
    if (found.length < 2 || !readsAsPasted(views, candidate, found)) continue;
    // Copies may all share a host character at an edge (社会|还会|也会 before the same line): cut it
    // off where the host's words end, and judge the sentence that is left.
    const [left, right] = sharedHostEdges(views, candidate, found, tools, wordCounts);
    const stretch = candidate.slice(left, candidate.length - right);
    const occurrences = found.map(({ p, start }) => ({ p, start: start + left }));
    if (left + right > 0 && ([...stretch].length < MIN_LENGTH || !readsAsPasted(views, stretch, occurrences))) continue;
    if (topicOverlap(stretch, occurrences.length, wordCounts(), tools) > MAX_TOPIC_OVERLAP) continue;
    for (const { p, start } of occurrences) {
      const view = views[p];
      if (!view) continue;
      if ((result[p] ?? []).some((s) => s.start === (view.map[start] ?? 0))) continue;
      result[p]?.push({
        start: view.map[start] ?? 0,
        end: (view.map[start + stretch.length - 1] ?? 0) + 1,
        family: 'sentence',
        confidence: 0.85,
        reason: 'An unrelated sentence pasted into the article, repeated in several places.',
      });
    }
  }
  return result;
}

/**
 * Whether the copies look pasted: in different surroundings, at least one running into the text
 * around it, and none standing as a sentence or a quotation of its own.
 */
function readsAsPasted(views: readonly View[], stretch: string, occurrences: readonly Occurrence[]): boolean {
  const contexts = new Set<string>();
  let glued = false;
  for (const { p, start } of occurrences) {
    const text = views[p]?.text ?? '';
    const before = text.charAt(start - 1);
    const after = text.charAt(start + stretch.length);
    contexts.add(`${before}|${after}`);
    if (isHan(before) || isHan(after)) glued = true;
    if (standsAsSentence(text, start, start + stretch.length)) return false;
  }
  return glued && contexts.size >= 2;
}

/**
 * How many characters at each end of the stretch belong to the host text: every copy has them (so
 * they repeat with the sentence), every copy starts a word right inside them, and either some copy
 * has them finish a dictionary word of the host across the edge (社|会 before the line), or they
 * are a whole word of two characters the article keeps using (the line|救援, in an article about
 * rescue teams). At most two per end. The dictionary word is what tells a host word (社会) from
 * the segmenter gluing a pasted line's first character onto the host word before it.
 */
function sharedHostEdges(
  views: readonly View[],
  stretch: string,
  occurrences: readonly Occurrence[],
  tools: SpamTools,
  wordCounts: () => ReadonlyMap<string, number>,
): [number, number] {
  const known = tools.isKnownWord ?? ((): boolean => false);
  const copies = occurrences.map(({ p, start }) => {
    const text = views[p]?.text ?? '';
    const end = start + stretch.length;
    return { text, start, end, head: wordsAround(text, start, tools), tail: wordsAround(text, end, tools) };
  });
  const topicWord = (word: string): boolean =>
    word.length >= 2 && (wordCounts().get(word) ?? 0) - copies.length >= HOST_WORD_USES;
  const left = (): number => {
    for (const k of [1, 2]) {
      if (!isHan(stretch.charAt(k - 1))) return 0;
      if (!copies.every((c) => c.head.some(([from]) => from === c.start + k))) continue;
      const hostWord = copies.some((c) =>
        c.head.some(([from, to]) => from < c.start && to === c.start + k && known(c.text.slice(from, to))),
      );
      const wholeWord = copies.every((c) => c.head.some(([from]) => from === c.start)) && topicWord(stretch.slice(0, k));
      return hostWord || wholeWord ? k : 0;
    }
    return 0;
  };
  const right = (): number => {
    for (const k of [1, 2]) {
      if (!isHan(stretch.charAt(stretch.length - k))) return 0;
      if (!copies.every((c) => c.tail.some(([, to]) => to === c.end - k))) continue;
      const hostWord = copies.some((c) =>
        c.tail.some(([from, to]) => from === c.end - k && to > c.end && known(c.text.slice(from, to))),
      );
      const wholeWord = copies.every((c) => c.tail.some(([, to]) => to === c.end)) && topicWord(stretch.slice(-k));
      return hostWord || wholeWord ? k : 0;
    }
    return 0;
  };
  const [l, r] = [left(), right()];
  return l + r + MIN_LENGTH <= stretch.length ? [l, r] : [0, 0];
}

/** The segmenter's words of the text around `at`, as [from, to) offsets into the text. */
function wordsAround(text: string, at: number, tools: SpamTools): [number, number][] {
  const from = Math.max(0, at - BOUNDARY_WINDOW);
  const out: [number, number][] = [];
  let position = from;
  for (const word of tools.segmenter.cut(text.slice(from, at + BOUNDARY_WINDOW))) {
    out.push([position, position + word.length]);
    position += word.length;
  }
  return out;
}

/**
 * Sentences the caller saw pasted on earlier pages (a farm reuses its lines across articles): a
 * single copy is enough here, as long as it is glued into a sentence and not quoted or standing
 * as a sentence of its own.
 */
function findKnownSentences(views: readonly View[], known: readonly string[], result: SpamSpan[][]): void {
  for (const raw of known) {
    const sentence = raw.replace(EDGE_PUNCTUATION, '');
    if ([...sentence].length < MIN_LENGTH || clauseCharCount(sentence) < 1) continue;
    for (const { p, start } of occurrencesOf(views, sentence)) {
      const view = views[p];
      if (!view) continue;
      const before = view.text.charAt(start - 1);
      const after = view.text.charAt(start + sentence.length);
      if (!isHan(before) && !isHan(after)) continue;
      if (standsAsSentence(view.text, start, start + sentence.length)) continue;
      const begin = view.map[start] ?? 0;
      if ((result[p] ?? []).some((s) => s.start === begin)) continue;
      result[p]?.push({
        start: begin,
        end: (view.map[start + sentence.length - 1] ?? 0) + 1,
        family: 'sentence',
        confidence: 0.8,
        reason: 'A sentence this site has pasted into other articles too.',
      });
    }
  }
}

/**
 * The repeated stretches that could be a pasted sentence, cut to their words, longest first. Only
 * checks on the stretch itself happen here, before the cap, so a page that repeats a lot (legal
 * text, tables) cannot crowd a pasted sentence out of the MAX_STRETCHES looked at further.
 */
function sentenceCandidates(found: ReadonlyMap<string, number>): string[] {
  const out = new Set<string>();
  for (const [raw, copies] of found) {
    // A stretch that holds a shorter one found in more places is that one plus host characters
    // some of its copies happen to share (师[…] twice, […] a third time): only the shorter one
    // can be the pasted sentence, and the longer one would hide a real character.
    // And a stretch inside a much longer repeated one is part of a text the article repeats.
    let covered = false;
    for (const [other, count] of found) {
      if (other.length > raw.length + SHARED_NEIGHBOURS && other.includes(raw)) covered = true;
      else if (count > copies && other.length < raw.length && raw.includes(other)) covered = true;
    }
    if (covered) continue;
    // A stretch that begins or ends on punctuation is cut from its sentence: keep the words only.
    // Nor does a sentence begin on a particle: a 的 both copies follow belongs to the host sentences.
    // Both copies may also share a figure or a letter next to them: the sentence is the Han part.
    const stretch = raw
      .replace(EDGE_PUNCTUATION, '')
      .replace(/^[的了着过之]+/u, '')
      .replace(/^[A-Za-z0-9\s]+|[A-Za-z0-9\s]+$/gu, '')
      .replace(EDGE_PUNCTUATION, '');
    if ([...stretch].length < MIN_LENGTH) continue;
    // Pasted chatter carries no figures; a repeated stretch with a year or a number is the article's.
    if (/[0-9０-９]/u.test(stretch)) continue;
    // A long stretch is a sentence by its length alone; then one clause character is enough. A
    // comma is not: parallel sentences repeat a stretch across a comma (甲把…交给乙，乙却…；丙把…).
    const needed = [...stretch].filter(isHan).length >= 14 ? 1 : 2;
    if (clauseCharCount(stretch) < needed) continue;
    out.add(stretch);
  }
  return [...out].sort((a, b) => b.length - a.length).slice(0, MAX_STRETCHES);
}

/**
 * Stretches of MIN_LENGTH+ characters (no line breaks) that occur at least twice, with the number
 * of places each occurs. Every repeated core of GRAM characters is extended left and right only as
 * far as ALL its occurrences agree, so a pasted sentence comes out exactly, even when two of its
 * three copies happen to share a host character next to them (老师[…]都, 老师[…]们); that pair
 * comes out too, as a longer stretch found in fewer places, which the caller drops.
 */
function repeatedStretches(whole: string): Map<string, number> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= whole.length; i++) {
    const gram = whole.slice(i, i + GRAM);
    if (gram.includes('\n')) continue;
    const list = positions.get(gram);
    if (!list) positions.set(gram, [i]);
    // Overlapping copies (哈哈哈哈哈哈哈) are one run of text, not a repeat.
    else if (i - (list[list.length - 1] ?? 0) >= GRAM) list.push(i);
  }
  const found = new Map<string, number>();
  // A core whose copies were already extended through, in the same number of places, gives the same stretch.
  const covered = new Map<number, number>();
  for (const list of positions.values()) {
    const first = list[0] ?? 0;
    if (list.length < 2 || covered.get(first) === list.length) continue;
    let room = Infinity;
    for (let k = 1; k < list.length; k++) room = Math.min(room, (list[k] ?? 0) - (list[k - 1] ?? 0));
    const agree = (offset: number): boolean => {
      const ch = whole.charAt(first + offset);
      return first + offset >= 0 && ch !== '' && ch !== '\n' && list.every((at) => whole.charAt(at + offset) === ch);
    };
    let left = 0;
    while (GRAM + left < room && agree(-left - 1)) left++;
    let length = GRAM + left;
    while (length < room && agree(length - left)) length++;
    const start = first - left;
    for (let d = 0; d + GRAM <= length; d++) covered.set(start + d, list.length);
    if (length >= MIN_LENGTH) found.set(whole.slice(start, start + length), list.length);
  }
  return found;
}

interface Occurrence {
  p: number;
  start: number;
}

function occurrencesOf(views: readonly View[], stretch: string): Occurrence[] {
  const out: Occurrence[] = [];
  views.forEach((view, p) => {
    for (let at = view.text.indexOf(stretch); at >= 0; at = view.text.indexOf(stretch, at + stretch.length)) out.push({ p, start: at });
  });
  return out;
}

/** Share of the stretch's words (two characters or more) that the article also uses elsewhere. */
function topicOverlap(stretch: string, copies: number, wordCounts: ReadonlyMap<string, number>, tools: SpamTools): number {
  const words = tools.segmenter.cut(stretch).filter((w) => w.length >= 2 && [...w].every(isHan));
  if (words.length < 2) return 1;
  const inside = new Map<string, number>();
  for (const w of words) inside.set(w, (inside.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of words) if ((wordCounts.get(w) ?? 0) > (inside.get(w) ?? 0) * copies) shared++;
  return shared / words.length;
}
