/**
 * Family "sentence": an off-topic sentence dropped into the middle of the article's sentences,
 * usually the same one several times (这一世我就是饿死,就是从这里跳下去也不谈恋爱).
 *
 * Evidence, all required: the same stretch of eight or more characters appears more than once, in
 * different surroundings; it reads as a clause someone says (pronouns, particles, negation; no
 * figures), not as a name or a policy phrase; at least one copy runs into the text around it; its
 * words are not the article's words (off topic); and no copy stands as a sentence or a quotation of
 * its own, which is how articles legitimately repeat a quote or a byline. A single copy is hidden
 * only when the caller remembers the sentence from an earlier page (SpamTools.knownSentences).
 */
import type { SpamTools } from './index';
import { isHan, isSentenceEnd } from './text-classes';
import type { SpamSpan } from './types';

const MIN_LENGTH = 8;
const GRAM = 6;
const MAX_STRETCHES = 200;
/** At most this share of the sentence's words may also be the article's own words. */
const MAX_TOPIC_OVERLAP = 0.5;
/**
 * Characters that make a stretch a clause someone says: pronouns, aspect and mood particles,
 * adverbs of degree and negation. Farms paste chatty first-person lines; names, titles of bodies
 * and policy phrases, which articles do repeat, are built from nouns and have almost none of these.
 * Counted as characters, since the segmenter glues them into words (我要, 真好看, 带我去).
 */
const CLAUSE_CHARS = '我你她咱就也都了吗吧呢啊呀嘛很真太没不再又想把被';
const QUOTES_OPEN = '“「『"‘＂＇(（《';
const QUOTES_CLOSE = '”」』"’＂＇)）》';
const EDGE_PUNCTUATION = /^[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+|[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+$/gu;

interface View {
  /** The paragraph with the spans already found taken out. */
  text: string;
  /** Original offset of each character of `text`, plus one past the end. */
  map: number[];
}

function cleanView(text: string, spans: readonly SpamSpan[]): View {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (spans.some((s) => s.start <= i && i < s.end)) continue;
    out += text.charAt(i);
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

export function findRepeatedSentences(
  paragraphs: readonly string[],
  masked: readonly SpamSpan[][],
  tools: SpamTools,
): SpamSpan[][] {
  const result: SpamSpan[][] = paragraphs.map(() => []);
  const views = paragraphs.map((text, p) => cleanView(text, masked[p] ?? []));
  const whole = views.map((v) => v.text).join('\n');
  findKnownSentences(views, tools.knownSentences ?? [], result);
  const candidates = repeatedStretches(whole);
  if (candidates.size === 0) return result;

  // The article's words are counted only once a candidate gets that far: most pages have none.
  let counted: Map<string, number> | null = null;
  const wordCounts = (): Map<string, number> => {
    if (counted) return counted;
    counted = new Map<string, number>();
    for (const view of views) for (const word of tools.segmenter.cut(view.text)) counted.set(word, (counted.get(word) ?? 0) + 1);
    return counted;
  };

  for (const found of candidates) {
    // A stretch that begins or ends on punctuation is cut from its sentence: keep the words only.
    // Nor does a sentence begin on a particle: a 的 both copies follow belongs to the host sentences.
    // Both copies may also share a figure or a letter next to them: the sentence is the Han part.
    const stretch = found
      .replace(EDGE_PUNCTUATION, '')
      .replace(/^[的了着过之]+/u, '')
      .replace(/^[A-Za-z0-9\s]+|[A-Za-z0-9\s]+$/gu, '')
      .replace(EDGE_PUNCTUATION, '');
    if ([...stretch].length < MIN_LENGTH) continue;
    // Pasted chatter carries no figures; a repeated stretch with a year or a number is the article's.
    if (/[0-9０-９]/u.test(stretch)) continue;
    // A long stretch is a sentence by its length alone; then one clause character is enough.
    const needed = /[,，]/u.test(stretch) || [...stretch].filter(isHan).length >= 14 ? 1 : 2;
    if (clauseCharCount(stretch) < needed) continue;
    const occurrences = occurrencesOf(views, stretch);
    if (occurrences.length < 2) continue;
    const contexts = new Set(occurrences.map(({ p, start }) => {
      const text = views[p]?.text ?? '';
      return `${text.charAt(start - 1)}|${text.charAt(start + stretch.length)}`;
    }));
    if (contexts.size < 2) continue;
    let glued = false;
    let standsAlone = false;
    for (const { p, start } of occurrences) {
      const text = views[p]?.text ?? '';
      const before = text.charAt(start - 1);
      const after = text.charAt(start + stretch.length);
      if (isHan(before) || isHan(after)) glued = true;
      if (standsAsSentence(text, start, start + stretch.length)) standsAlone = true;
    }
    if (!glued || standsAlone) continue;
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

/** Maximal stretches of MIN_LENGTH+ characters (no line breaks) that occur at least twice. */
function repeatedStretches(whole: string): Set<string> {
  const seen = new Map<string, number[]>();
  const found = new Set<string>();
  for (let i = 0; i + GRAM <= whole.length; i++) {
    const gram = whole.slice(i, i + GRAM);
    if (gram.includes('\n')) continue;
    const earlier = seen.get(gram);
    if (!earlier) {
      seen.set(gram, [i]);
      continue;
    }
    for (const j of earlier) {
      // Only start from the left edge of a match, so each pair is extended once.
      if (j > 0 && whole.charAt(j - 1) === whole.charAt(i - 1) && whole.charAt(i - 1) !== '\n') continue;
      let length = GRAM;
      while (
        i + length < whole.length &&
        whole.charAt(j + length) === whole.charAt(i + length) &&
        whole.charAt(i + length) !== '\n' &&
        j + length < i
      )
        length++;
      if (length >= MIN_LENGTH) found.add(whole.slice(i, i + length));
    }
    if (earlier.length < 8) earlier.push(i);
  }
  // Keep the longest stretches: drop any that lies inside another found one.
  // A page that repeats itself wholesale (tables, mirrored text) is not worth comparing pair by
  // pair; its longest stretches are kept.
  const longest = [...found].sort((a, b) => b.length - a.length).slice(0, MAX_STRETCHES);
  return new Set(longest.filter((s) => !longest.some((other) => other !== s && other.includes(s))));
}

function occurrencesOf(views: readonly View[], stretch: string): { p: number; start: number }[] {
  const out: { p: number; start: number }[] = [];
  views.forEach((view, p) => {
    for (let at = view.text.indexOf(stretch); at >= 0; at = view.text.indexOf(stretch, at + stretch.length)) out.push({ p, start: at });
  });
  return out;
}

/**
 * Whether [start, end) is a sentence or a quotation of its own: it opens after a sentence end, an
 * opening quote or the paragraph's start, and closes likewise. That is how articles repeat a
 * quote or a line; pasted lines run into the text on at least one side.
 */
function standsAsSentence(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const opens = start === 0 || isSentenceEnd(before) || QUOTES_OPEN.includes(before);
  const closes = end === text.length || isSentenceEnd(after) || QUOTES_CLOSE.includes(after);
  return opens && closes;
}

/** How many different clause characters the stretch holds. */
function clauseCharCount(stretch: string): number {
  return new Set([...stretch].filter((ch) => CLAUSE_CHARS.includes(ch))).size;
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
