import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, hashFeature, keyOf, lexiconKey, type ModelHeader } from '../../src/pinyin/model';

const header: ModelHeader = { readings: ['hang2', 'xing2'], candidates: { 行: [1, 0] }, scale: 8 };

function roundTrip(weights: Map<number, number>, lexicon = new Map<number, number>()) {
  const bytes = encodeModel(header, weights, lexicon);
  return decodeModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

describe('model file', () => {
  it('keeps header, weights (to 1/scale) and lexicon through encode and decode', () => {
    const a = keyOf(hashFeature('行', 'a银'), 1);
    const b = keyOf(hashFeature('行', 'b走'), 0);
    const model = roundTrip(new Map([[a, 2.5], [b, -1.125]]), new Map([[lexiconKey('行长', 0), 0]]));
    expect(model.header.candidates['行']).toEqual([1, 0]);
    expect(model.weight(a)).toBe(2.5);
    expect(model.weight(b)).toBe(-1.125);
    expect(model.weight(keyOf(hashFeature('行', 'a银'), 0))).toBe(0);
    expect(model.lexicon('行长', 0)).toBe('hang2');
    expect(model.lexicon('行长', 1)).toBeUndefined();
  });

  it('clamps weights to the 16-bit range', () => {
    const k = keyOf(hashFeature('行', 'z'), 0);
    expect(roundTrip(new Map([[k, 1e6]])).weight(k)).toBe(32767 / 8);
  });

  it('rejects a file that is not a model', () => {
    expect(() => decodeModel(new ArrayBuffer(16))).toThrow(/magic/);
  });
});
