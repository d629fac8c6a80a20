/**
 * The polyphone context model: a linear scorer per polyphonic character, stored as one binary file.
 *
 * Layout (little-endian): 'PYM1' | u32 header length | header JSON (UTF-8) | zero padding to 4 |
 * u32 key count | u32 keys, sorted | i16 weights. A key hashes (character, feature, candidate
 * index); relational features (e.g. "this candidate is pinyin-pro's reading") use candidate index
 * RELATION. Loading is a JSON.parse of the small header, two typed-array views and one pass to
 * index the keys.
 */
export const RELATION = 0xff;

export interface ModelHeader {
  /** Readings table; candidates refer to it by index. */
  readings: string[];
  /** Polyphonic character -> its candidate readings (indices into `readings`). */
  candidates: Record<string, number[]>;
  /** Weights are stored as round(weight * scale). */
  scale: number;
  /** How the model was trained and what cross-validation on CPP dev gave, for the bench to print. */
  training?: Record<string, string | number>;
}

export interface PolyphoneModel {
  header: ModelHeader;
  /** The weight stored for a key from `keyOf`, 0 when absent. */
  weight(key: number): number;
}

/** FNV-1a over the UTF-16 units of `char` + '\u0001' + `feature`. */
export function hashFeature(char: string, feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < char.length; i++) h = Math.imul(h ^ char.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 1, 0x01000193);
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

export function encodeModel(header: ModelHeader, weights: Map<number, number>): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const keys = [...weights.keys()].sort((a, b) => a - b);
  const headerEnd = 8 + headerBytes.length;
  const keysAt = Math.ceil(headerEnd / 4) * 4 + 4;
  const total = keysAt + keys.length * 4 + keys.length * 2;
  const buf = new ArrayBuffer(total);
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  new Uint8Array(buf, 8, headerBytes.length).set(headerBytes);
  view.setUint32(keysAt - 4, keys.length, true);
  keys.forEach((k, i) => {
    view.setUint32(keysAt + i * 4, k, true);
    view.setInt16(keysAt + keys.length * 4 + i * 2, Math.round(weights.get(k)! * header.scale), true);
  });
  return new Uint8Array(buf);
}

export function decodeModel(data: ArrayBuffer): PolyphoneModel {
  const view = new DataView(data);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('pinyin model: bad magic');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 8, headerLength))) as ModelHeader;
  const keysAt = Math.ceil((8 + headerLength) / 4) * 4 + 4;
  const count = view.getUint32(keysAt - 4, true);
  // Typed arrays read the host's byte order; every engine we ship to is little-endian.
  const keys = new Uint32Array(data, keysAt, count);
  const weights = new Int16Array(data, keysAt + count * 4, count);
  const inverseScale = 1 / header.scale;
  // An open-addressing index over the sorted keys (slot -> key index + 1): a few probes per lookup
  // instead of a 17-step binary search; building it costs ~1 ms per 100k keys.
  let size = 1;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let i = 0; i < count; i++) {
    let s = keys[i]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  return {
    header,
    weight(key) {
      let s = key & mask;
      for (;;) {
        const at = slots[s]!;
        if (at === 0) return 0;
        if (keys[at - 1] === key) return weights[at - 1]! * inverseScale;
        s = (s + 1) & mask;
      }
    },
  };
}
