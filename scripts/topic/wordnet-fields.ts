/**
 * Measuring only (never shipped): a Chinese word's semantic fields read through English. CC-CEDICT's
 * glosses name WordNet synsets; a synset gives its topic domains (WordNet's `;c` pointers: law,
 * sport, medicine …, inherited from its hypernyms when it has none) and, with `hyperLevels` ≥ 0,
 * its hypernyms up to that many steps (球员 "player" → contestant → person). Each field is
 * weighed by its rarity over the words (abstraction, entity say nothing). Reads Debian's
 * wordnet-base (WordNet 3.0 licence, permissive with notice) from /usr/share/wordnet: install it
 * with `apt-get install wordnet-base` to run ./own-vs-other.ts.
 *
 * The question it answers (session 25, issue 12): does a source that groups words by what they
 * are about, not by the words beside them in n-grams, tell another story's sentence from the
 * writer's own better than the shipped topic vectors?
 */
import { existsSync, readFileSync } from 'node:fs';

const WORDNET = '/usr/share/wordnet/';
const POS: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
/** A field's weight halves (or so) with each step up from the synset that names it. */
const DOMAIN_DECAY = 0.6;
const HYPERNYM_DECAY = 0.7;
const INHERIT_DECAY = 0.8;

export type Fields = Map<string, number>;
interface Synset {
  pointers: { symbol: string; key: string }[];
}

export function hasWordNet(): boolean {
  return existsSync(`${WORDNET}data.noun`);
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(`${WORDNET}data.${file}`, 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const t = line.split(' ');
      let i = 4 + 2 * parseInt(t[3] ?? '0', 16);
      const count = Number(t[i++]);
      const pointers: Synset['pointers'] = [];
      for (let k = 0; k < count; k++, i += 4) pointers.push({ symbol: t[i] ?? '', key: `${POS[t[i + 2] ?? ''] ?? ''}:${t[i + 1] ?? ''}` });
      synsets.set(`${POS[t[2] ?? ''] ?? ''}:${t[0] ?? ''}`, { pointers });
    }
  }
  return synsets;
}

/** Lemma → its three likeliest synsets per part of speech (WordNet orders senses by frequency). */
function readIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(`${WORDNET}index.${file}`, 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const t = line.trim().split(' ');
      const senses = t.slice(t.length - Number(t[2])).slice(0, 3);
      index.set(t[0] ?? '', [...(index.get(t[0] ?? '') ?? []), ...senses.map((o) => `${POS[t[1] ?? ''] ?? ''}:${o}`)]);
    }
  }
  return index;
}

const add = (fields: Fields, key: string, weight: number): void => void fields.set(key, (fields.get(key) ?? 0) + weight);

/** Fields of every CC-CEDICT headword of two Han or more that a gloss places (Simplified). */
export function wordNetFields(entries: readonly (readonly unknown[])[], hyperLevels: number): Map<string, Fields> {
  const synsets = readSynsets();
  const index = readIndex();
  const up = (start: string, levels: number, decay: number, symbols: readonly string[]): Fields => {
    const fields: Fields = new Map();
    let frontier = [start];
    for (let depth = 0, w = 1; depth <= levels && frontier.length > 0; depth++, w *= decay) {
      const next: string[] = [];
      for (const s of frontier) {
        add(fields, s, w);
        for (const p of synsets.get(s)?.pointers ?? []) if (symbols.includes(p.symbol)) next.push(p.key);
      }
      frontier = next;
    }
    return fields;
  };
  const domains = new Map<string, Fields>();
  const domainsOf = (s: string, depth = 0): Fields => {
    const known = domains.get(s);
    if (known) return known;
    const fields: Fields = new Map();
    domains.set(s, fields);
    const pointers = synsets.get(s)?.pointers ?? [];
    for (const p of pointers) if (p.symbol === ';c') for (const [k, w] of up(p.key, 3, DOMAIN_DECAY, ['@', ';c'])) add(fields, k, w);
    if (fields.size === 0 && depth < 8)
      for (const p of pointers) if (['@', '@i', '&', '\\'].includes(p.symbol)) for (const [k, w] of domainsOf(p.key, depth + 1)) add(fields, k, INHERIT_DECAY * w);
    return fields;
  };
  const lookup = (gloss: string): string[] => {
    const phrase = gloss.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[^a-z' -]/g, ' ').trim()
      .replace(/^(to be|to|a|an|the)\s+/, '').replace(/^(sb|sth|one's)\s+/, '').trim();
    if (!phrase) return [];
    const key = phrase.replace(/\s+/g, '_');
    for (const k of [key, key.replace(/s$/, ''), key.replace(/es$/, ''), key.replace(/ies$/, 'y')]) { const found = index.get(k); if (found) return found; }
    const words = phrase.split(/\s+/);
    const head = words.length > 1 && words.length <= 4 ? index.get(words[words.length - 1] ?? '') : undefined;
    return (head ?? []).filter((s) => s.startsWith('n:')).slice(0, 2);
  };
  const out = new Map<string, Fields>();
  for (const entry of entries) {
    const word = String(entry[1]);
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    const glosses = (Array.isArray(entry[3]) ? (entry[3] as string[]) : [String(entry[3])]).flatMap((g) => g.split(';'));
    const fields = out.get(word) ?? new Map<string, number>();
    for (const gloss of glosses.slice(0, 4)) {
      if (/^\s*(surname|variant of|old variant|see |abbr\.|CL:|used in)/i.test(gloss)) continue;
      lookup(gloss).slice(0, 2).forEach((s, i) => {
        const weight = i === 0 ? 1 : 0.5;
        for (const [k, w] of domainsOf(s)) add(fields, k, weight * w);
        if (hyperLevels >= 0) for (const [k, w] of up(s, hyperLevels, HYPERNYM_DECAY, ['@', '@i'])) add(fields, `h${k}`, HYPERNYM_DECAY * weight * w);
      });
    }
    if (fields.size > 0) out.set(word, fields);
  }
  const wordsWith = new Map<string, number>();
  for (const fields of out.values()) for (const k of fields.keys()) wordsWith.set(k, (wordsWith.get(k) ?? 0) + 1);
  for (const fields of out.values()) for (const [k, w] of fields) fields.set(k, w * Math.log(out.size / (wordsWith.get(k) ?? 1)));
  return out;
}

export function fieldsCosine(a: Fields, b: Fields): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    dot += x * (b.get(k) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
