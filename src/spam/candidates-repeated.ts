/**
 * Candidates for sentences a farm pasted into the article: stretches of eight characters or more
 * that the page has in two places or more (farms paste the same line again and again), and lines
 * the site was seen pasting on earlier pages (SpamTools.knownSentences). Each repeated stretch comes
 * with the variants that leave one or two characters at either edge to the host (老师[…] in two
 * copies of three share a character by chance): the score picks the variant that reads best.
 */
import { mainlandView } from './mainland-view';
import type { SpamPage } from './page';
import { standsAsSentence } from './sentence-text';
import { isHan } from './text-classes';

export interface SentenceCopy {
  paragraph: number;
  start: number;
  end: number;
}

export interface RepeatedCandidate {
  kind: 'repeated' | 'known';
  text: string;
  copies: SentenceCopy[];
  /** Part of a longer stretch the page also repeats: a passage the article quotes twice. */
  partOfLonger: boolean;
}

const MIN_LENGTH = 8;
const GRAM = 6;
/** Repeated stretches weighed per page at most, longest first: legal text repeats a lot. */
const MAX_STRETCHES = 120;
const EDGE_MARKS = /^[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+|[\s，。、；：！？,.;:!?“”「」『』"'‘’＂＇()（）《》]+$/gu;

export function repeatedCandidates(page: SpamPage): RepeatedCandidate[] {
  const texts = page.paragraphs.map((p) => p.text);
  const out: RepeatedCandidate[] = [];
  const seen = new Set<string>();
  const stretches = repeatedStretches(texts.join('\n'));
  const onBoundaries = (copies: readonly SentenceCopy[]): boolean =>
    copies.every((c) => {
      const b = page.paragraphs[c.paragraph]?.boundaries;
      return Boolean(b?.has(c.start) && b.has(c.end));
    });
  for (const stretch of stretches) {
    const partOfLonger = stretches.some((other) => other.length > stretch.length + 3 && other.includes(stretch));
    const variants: RepeatedCandidate[] = [];
    for (let left = 0; left <= 2; left++) {
      for (let right = 0; right <= 2; right++) {
        const text = stretch.slice(left, stretch.length - right);
        if ([...text].length < MIN_LENGTH || seen.has(text)) continue;
        const copies = occurrences(texts, text);
        if (copies.length >= 2) variants.push({ kind: 'repeated', text, copies, partOfLonger });
      }
    }
    // A stretch no copy of which runs into a sentence (a line the page repeats as a sentence of its
    // own) is the writer's. One that cuts into a host word in some copy (社|会[我…], 机|会[我…])
    // gives the host its characters back: its variants on word boundaries in every copy are weighed.
    const [found] = variants;
    if (!found || found.copies.every((c) => standsAsSentence(texts[c.paragraph] ?? '', c.start, c.end))) continue;
    const kept = onBoundaries(found.copies) ? [found] : variants.filter((v) => onBoundaries(v.copies));
    for (const v of kept.length ? kept : [found]) {
      seen.add(v.text);
      out.push(v);
    }
  }
  return out;
}

export function knownSentenceCandidates(page: SpamPage): RepeatedCandidate[] {
  const texts = page.paragraphs.map((p) => p.text);
  const out: RepeatedCandidate[] = [];
  for (const raw of page.tools.knownSentences ?? []) {
    // Remembered as the page wrote it; read, like the page, in its mainland view.
    const text = mainlandView(raw).replace(EDGE_MARKS, '');
    if ([...text].length < MIN_LENGTH) continue;
    // A remembered line counts where it runs into a sentence, not where the article quotes it or
    // gives it as a sentence of its own.
    const copies = occurrences(texts, text).filter((c) => {
      const host = texts[c.paragraph] ?? '';
      return (isHan(host.charAt(c.start - 1)) || isHan(host.charAt(c.end))) && !standsAsSentence(host, c.start, c.end);
    });
    if (copies.length > 0) out.push({ kind: 'known', text, copies, partOfLonger: false });
  }
  return out;
}

function occurrences(texts: readonly string[], stretch: string): SentenceCopy[] {
  const out: SentenceCopy[] = [];
  texts.forEach((text, paragraph) => {
    for (let at = text.indexOf(stretch); at >= 0; at = text.indexOf(stretch, at + stretch.length)) out.push({ paragraph, start: at, end: at + stretch.length });
  });
  return out;
}

/**
 * Stretches of MIN_LENGTH+ characters (no line breaks) that occur at least twice, edge marks cut
 * off, longest first. Every repeated core of GRAM characters is extended left and right only as
 * far as ALL its occurrences agree, so a pasted sentence comes out exactly, even when two of its
 * three copies happen to share a host character next to them.
 */
export function repeatedStretches(whole: string): string[] {
  const positions = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= whole.length; i++) {
    const gram = whole.slice(i, i + GRAM);
    if (gram.includes('\n')) continue;
    const list = positions.get(gram);
    if (!list) positions.set(gram, [i]);
    // Overlapping copies (哈哈哈哈哈哈哈) are one run of text, not a repeat.
    else if (i - (list[list.length - 1] ?? 0) >= GRAM) list.push(i);
  }
  const found = new Set<string>();
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
    const stretch = whole.slice(start, start + length).replace(EDGE_MARKS, '');
    if ([...stretch].length >= MIN_LENGTH) found.add(stretch);
  }
  return [...found].sort((a, b) => b.length - a.length).slice(0, MAX_STRETCHES);
}
