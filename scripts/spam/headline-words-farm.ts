/**
 * The `words` style of headline stuffing (./headline-farm.ts): the farm pastes whole words of the
 * headline, not cut pieces — one word, or two that stand together in the headline (凸显|老龄化) —
 * at a word boundary inside a sentence (between two words, or after a comma), three to six times a
 * page, mostly in the first paragraphs, each paste a word drawn afresh (no cycle, no lost character, nothing odd in the piece itself). Now and
 * then the farm doubles a headline word where the writer already said it: the same word again right
 * after it (动车|动车|事故, 幸存|幸存|者), or one word further on (三聚氰胺含量|三聚氰胺|不得).
 *
 * Nothing in the piece gives it away; what is left is how the sentence reads across it and how many
 * such words the lead has. A writer's page repeats its headline's words too (most of them), so the
 * clean pages under the same headlines are the negatives that matter.
 */
import type { FarmText, HeadlinePastes, Paste } from './headline-farm';

const HAN = /\p{Script=Han}/u;
const hanOnly = (word: string): boolean => word.length > 0 && [...word].every((ch) => HAN.test(ch));

/** The headline's words a farm pastes: Han words of two characters or more, alone or as a pair. */
function headlineWords(title: string, segment: (text: string) => string[]): { single: string[]; pairs: string[] } {
  const words = segment(title);
  const single = [...new Set(words.filter((w) => hanOnly(w) && w.length >= 2 && w.length <= 6))];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? '';
    const b = words[i + 1] ?? '';
    if (hanOnly(a) && hanOnly(b) && a.length + b.length >= 3 && a.length + b.length <= 7) pairs.push(a + b);
  }
  return { single, pairs: [...new Set(pairs)] };
}

/**
 * Word boundaries of paragraph text inside a sentence: a Han character after, and a Han character
 * or a comma before (a clause of the sentence may open with the paste); and the words' spans.
 */
function innerBoundaries(text: string, segment: (text: string) => string[]): { spots: number[]; words: [number, string][] } {
  const spots: number[] = [];
  const words: [number, string][] = [];
  let at = 0;
  for (const word of segment(text)) {
    words.push([at, word]);
    at += word.length;
    if (at < text.length && (HAN.test(text.charAt(at - 1)) || '，、,'.includes(text.charAt(at - 1))) && HAN.test(text.charAt(at))) spots.push(at);
  }
  return { spots, words };
}

export function pasteHeadlineWords({ title, paragraphs, random, segment }: FarmText): HeadlinePastes | null {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { single, pairs } = headlineWords(title, segment);
  if (single.length === 0) return null;
  const reach = Math.min(paragraphs.length, 2 + Math.floor(random() * 2));
  const lead = paragraphs.slice(0, reach).map((text) => innerBoundaries(text, segment));
  const total = 3 + Math.floor(random() * 4);
  const out: Paste[] = [];
  // A doubled word: a headline word the lead already says (alone or inside a longer word: 幸存者),
  // pasted again right after it (幸存|幸存|者), or one word on (三聚氰胺含量|三聚氰胺).
  if (random() < 0.35) {
    const said: { paragraph: number; at: number; word: string }[] = [];
    lead.forEach(({ words }, p) => {
      const text = paragraphs[p] ?? '';
      for (const word of single) {
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
          if (HAN.test(text.charAt(i + word.length))) said.push({ paragraph: p, at: i + word.length, word });
        }
      }
      words.forEach(([, word], i) => {
        const next = words[i + 1];
        if (!single.includes(word) || !next || !hanOnly(next[1])) return;
        const end = next[0] + next[1].length;
        if (lead[p]?.spots.includes(end)) said.push({ paragraph: p, at: end, word });
      });
    });
    if (said.length > 0) {
      const spot = pick(said);
      out.push({ paragraph: spot.paragraph, at: spot.at, text: spot.word, family: 'title' });
    }
  }
  for (let tries = 0; out.length < total && tries < total * 4; tries++) {
    // Mostly the first paragraph, then the second, now and then the third.
    const p = Math.min(reach - 1, Math.floor(random() * random() * reach * 1.5));
    const spots = lead[p]?.spots ?? [];
    if (spots.length === 0) continue;
    const text = pairs.length > 0 && random() < 0.35 ? pick(pairs) : pick(single);
    out.push({ paragraph: p, at: pick(spots), text, family: 'title' });
  }
  return out.length > 0 ? { pastes: out, reach } : null;
}
