/**
 * The polyphone context model: a linear scorer per polyphonic character, stored as one binary file.
 *
 * Layout (little-endian): 'PYM1' | u32 header length | header JSON (UTF-8) | zero padding to 4 |
 * u32 key count | u32 keys, sorted | i16 weights | padding to 4 | u32 lexicon count | u32 lexicon
 * keys, sorted | u16 readings | padding to 4 | u32 neutral count | u32 neutral keys, sorted | u32 verb
 * count | u32 verb keys, sorted | u32 check count | u16 checks of the lexicon's entries, then of the
 * neutral section's, each in its section's key order. A
 * weight key hashes (character, feature, candidate index);
 * relational features (e.g. "this candidate is pinyin-pro's reading") use candidate index RELATION.
 * The lexicon maps (dictionary word, position) to the reading dictionaries agree on, for the words
 * whose polyphones pinyin-pro alone reads otherwise. The neutral section lists the (word, position)
 * pairs the dictionary reads in the neutral tone (书记 ji5, 告诉 su5). The verb section lists the words
 * CC-CEDICT glosses as verbs and jieba tags otherwise (加码/n; scripts/pinyin/hidden-verbs.ts). A
 * (word, position) key is 32 bits, and among a million dictionary words' positions a few hash like an
 * entry (少数民族's 数 like 冷不丁's 不, so it read shǎo shu; 朱丽兰's 丽 took 丽 zàng from another word's
 * entry): the check section holds 16 more bits of another hash for each lexicon and neutral entry,
 * and a lookup whose check differs finds nothing. Loading is a JSON.parse of the small header,
 * typed-array views and one pass to index the keys.
 */
export const RELATION = 0xff;

export interface ModelHeader {
  /** Readings table; candidates refer to it by index. */
  readings: string[];
  /** Polyphonic character -> its candidate readings (indices into `readings`). */
  candidates: Record<string, number[]>;
  /** Weights are stored as round(weight * scale). */
  scale: number;
  /** How far the model must outscore pinyin-pro's guess to overrule it (0: plain argmax). */
  margin?: number;
  /** Characters whose surname reading differs from their usual one (仇 -> qiu2), for names. */
  surnames?: Record<string, string>;
  /**
   * Two-character dictionary words ending in 过 (通过, 经过, 走过): their 过 is the dictionary's. Any
   * other verb + 过 word (打过, 见过) is the aspect particle, guo.
   */
  wordsEndingInGuo?: string[];
  /** How the model was trained and what cross-validation on CPP dev gave, for the bench to print. */
  training?: Record<string, string | number>;
}

export interface PolyphoneModel {
  header: ModelHeader;
  /** The weight stored for a key from `keyOf`, 0 when absent. */
  weight(key: number): number;
  /** The dictionaries' reading of `word`'s unit at `position` when the lexicon holds one. */
  lexicon(word: string, position: number): string | undefined;
  /** Whether the dictionary reads `word`'s unit at `position` in the neutral tone. */
  neutral(word: string, position: number): boolean;
  /** Whether `word` is a verb jieba's tag hides (the model's verb section). */
  hiddenVerb(word: string): boolean;
}

/** Key of a word in the verb section. */
export function verbKey(word: string): number {
  return keyOf(hashFeature(word, '\u0002'), 0);
}

/** Key of a (word, position) lexicon entry. */
export function lexiconKey(word: string, position: number): number {
  return keyOf(hashFeature(word, String.fromCharCode(position)), 0);
}

/**
 * The check stored beside a (word, position) entry's key: 16 bits of another hash. It hashes the word
 * from another starting state: two words whose own hash states meet (少数民族, 冷不丁) collide in
 * every hash that continues from those states, so a check that continued from them would too.
 */
export function entryCheck(word: string, position: number): number {
  return keyOf(hashFeature('\u0003', word + String.fromCharCode(position)), 0) & 0xffff;
}

/** FNV-1a over the UTF-16 units of `char` + '\u0001' + `feature`. */
export function hashFeature(char: string, feature: string): number {
  return continueHash(charPrefixHash(char), feature);
}

/** FNV-1a state after `char` + '\u0001': every feature of one character starts from it. */
export function charPrefixHash(char: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < char.length; i++) h = Math.imul(h ^ char.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 1, 0x01000193);
}

export function continueHash(prefix: number, feature: string): number {
  let h = prefix;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes a candidate index into a feature hash (murmur3 finaliser, so keys spread evenly). */
export function keyOf(featureHash: number, candidate: number): number {
  let h = Math.imul(featureHash ^ (candidate + 1) * 0x9e3779b1, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const MAGIC = 0x314d5950; // 'PYM1' read as a little-endian u32

export function encodeModel(
  header: ModelHeader,
  weights: Map<number, number>,
  lexicon: Map<number, number> = new Map(),
  neutral: ReadonlySet<number> = new Set(),
  verbs: ReadonlySet<number> = new Set(),
  /** Lexicon and neutral keys -> entryCheck of their (word, position); none: no check section. */
  checks?: ReadonlyMap<number, number>,
): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const keys = [...weights.keys()].sort((a, b) => a - b);
  const headerEnd = 8 + headerBytes.length;
  const keysAt = Math.ceil(headerEnd / 4) * 4 + 4;
  const lexiconAt = Math.ceil((keysAt + keys.length * 6) / 4) * 4 + 4;
  const lexiconKeys = [...lexicon.keys()].sort((a, b) => a - b);
  const neutralAt = Math.ceil((lexiconAt + lexiconKeys.length * 6) / 4) * 4 + 4;
  const neutralKeys = [...neutral].sort((a, b) => a - b);
  const verbsAt = neutralAt + neutralKeys.length * 4 + 4;
  const verbKeys = [...verbs].sort((a, b) => a - b);
  const checksAt = verbsAt + verbKeys.length * 4 + 4;
  const checked = checks ? [...lexiconKeys, ...neutralKeys] : [];
  const total = checks ? checksAt + checked.length * 2 : verbsAt + verbKeys.length * 4;
  const buf = new ArrayBuffer(total);
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  new Uint8Array(buf, 8, headerBytes.length).set(headerBytes);
  view.setUint32(keysAt - 4, keys.length, true);
  keys.forEach((k, i) => {
    view.setUint32(keysAt + i * 4, k, true);
    const w = Math.round(weights.get(k)! * header.scale);
    view.setInt16(keysAt + keys.length * 4 + i * 2, Math.max(-32768, Math.min(32767, w)), true);
  });
  view.setUint32(lexiconAt - 4, lexiconKeys.length, true);
  lexiconKeys.forEach((k, i) => {
    view.setUint32(lexiconAt + i * 4, k, true);
    view.setUint16(lexiconAt + lexiconKeys.length * 4 + i * 2, lexicon.get(k)!, true);
  });
  view.setUint32(neutralAt - 4, neutralKeys.length, true);
  neutralKeys.forEach((k, i) => view.setUint32(neutralAt + i * 4, k, true));
  view.setUint32(verbsAt - 4, verbKeys.length, true);
  verbKeys.forEach((k, i) => view.setUint32(verbsAt + i * 4, k, true));
  if (checks) {
    view.setUint32(checksAt - 4, checked.length, true);
    checked.forEach((k, i) => {
      const check = checks.get(k);
      if (check === undefined) throw new Error(`pinyin model: no check for entry key ${k}`);
      view.setUint16(checksAt + i * 2, check, true);
    });
  }
  return new Uint8Array(buf);
}

/** The file's sections as typed-array views of `data` (no copy); a section the file predates is empty. */
export interface ModelSections {
  header: ModelHeader;
  keys: Uint32Array;
  weights: Int16Array;
  lexiconKeys: Uint32Array;
  lexiconReadings: Uint16Array;
  neutralKeys: Uint32Array;
  verbKeys: Uint32Array;
  /** The lexicon's entries' checks, then the neutral section's; undefined in a file before checks. */
  checks: Uint16Array | undefined;
}

export function readModelSections(data: ArrayBuffer): ModelSections {
  const view = new DataView(data);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('pinyin model: bad magic');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 8, headerLength))) as ModelHeader;
  const keysAt = Math.ceil((8 + headerLength) / 4) * 4 + 4;
  const count = view.getUint32(keysAt - 4, true);
  // Typed arrays read the host's byte order; every engine we ship to is little-endian.
  const lexiconAt = Math.ceil((keysAt + count * 6) / 4) * 4 + 4;
  const lexiconCount = data.byteLength >= lexiconAt ? view.getUint32(lexiconAt - 4, true) : 0;
  // A model written before the neutral section ends at its lexicon: no neutral tones; one written
  // before the verb section ends at its neutral section, one before the checks at its verbs.
  const neutralAt = Math.ceil((lexiconAt + lexiconCount * 6) / 4) * 4 + 4;
  const neutralCount = data.byteLength >= neutralAt ? view.getUint32(neutralAt - 4, true) : 0;
  const verbsAt = neutralAt + neutralCount * 4 + 4;
  const verbCount = data.byteLength >= verbsAt ? view.getUint32(verbsAt - 4, true) : 0;
  const checksAt = verbsAt + verbCount * 4 + 4;
  const checkCount = data.byteLength >= checksAt ? view.getUint32(checksAt - 4, true) : 0;
  return {
    header,
    keys: new Uint32Array(data, keysAt, count),
    weights: new Int16Array(data, keysAt + count * 4, count),
    lexiconKeys: new Uint32Array(data, lexiconAt, lexiconCount),
    lexiconReadings: new Uint16Array(data, lexiconAt + lexiconCount * 4, lexiconCount),
    neutralKeys: neutralCount > 0 ? new Uint32Array(data, neutralAt, neutralCount) : new Uint32Array(0),
    verbKeys: verbCount > 0 ? new Uint32Array(data, verbsAt, verbCount) : new Uint32Array(0),
    checks: checkCount > 0 ? new Uint16Array(data, checksAt, checkCount) : undefined,
  };
}

export function decodeModel(data: ArrayBuffer): PolyphoneModel {
  const { header, keys, weights, lexiconKeys, lexiconReadings, neutralKeys, verbKeys, checks } = readModelSections(data);
  const inverseScale = 1 / header.scale;
  const findWeight = weightTable(keys, weights);
  const findLexicon = indexKeys(lexiconKeys);
  const findNeutral = indexKeys(neutralKeys);
  const findVerb = indexKeys(verbKeys);
  const passes = (at: number, word: string, position: number): boolean => !checks || checks[at] === entryCheck(word, position);
  return {
    header,
    weight(key) {
      return findWeight(key) * inverseScale;
    },
    lexicon(word, position) {
      const at = findLexicon(lexiconKey(word, position));
      return at < 0 || !passes(at, word, position) ? undefined : header.readings[lexiconReadings[at]!];
    },
    neutral(word, position) {
      if (neutralKeys.length === 0) return false;
      const at = findNeutral(lexiconKey(word, position));
      return at >= 0 && passes(lexiconKeys.length + at, word, position);
    },
    hiddenVerb(word) {
      return verbKeys.length > 0 && findVerb(verbKey(word)) >= 0;
    },
  };
}

/**
 * Weights in an open-addressing table of (key, weight) pairs side by side, so a lookup — the
 * reader's hot loop, ~50 per polyphone — touches one cache line instead of three arrays. The
 * second word holds the 16-bit weight plus an occupied bit (any u32, 0 included, is a valid key).
 */
function weightTable(keys: Uint32Array, weights: Int16Array): (key: number) => number {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const table = new Uint32Array(size * 2);
  for (let i = 0; i < keys.length; i++) {
    let s = keys[i]! & mask;
    while (table[s * 2 + 1] !== 0) s = (s + 1) & mask;
    table[s * 2] = keys[i]!;
    table[s * 2 + 1] = (weights[i]! & 0xffff) | 0x10000;
  }
  return (key) => {
    let s = key & mask;
    for (;;) {
      const slot = table[s * 2 + 1]!;
      if (slot === 0) return 0;
      if (table[s * 2] === key) return (slot << 16) >> 16;
      s = (s + 1) & mask;
    }
  };
}

/**
 * An open-addressing index over keys (slot -> key index + 1): a few probes per lookup instead of
 * a 17-step binary search; building it costs ~1 ms per 100k keys. Returns the key's index or -1.
 */
function indexKeys(keys: Uint32Array): (key: number) => number {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let i = 0; i < keys.length; i++) {
    let s = keys[i]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  return (key) => {
    let s = key & mask;
    for (;;) {
      const at = slots[s]!;
      if (at === 0) return -1;
      if (keys[at - 1] === key) return at - 1;
      s = (s + 1) & mask;
    }
  };
}
