import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, entryCheck, hashFeature, keyOf, lexiconKey, verbKey, type ModelHeader } from '../../src/pinyin/model';
import { contextFeatures } from '../../src/pinyin/features';
import { runningContext, spansOf } from '../../src/pinyin/context';

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

  it('keeps the verb section, and reads a file written without one as having no hidden verbs', () => {
    const bytes = encodeModel(header, new Map(), new Map(), new Set([lexiconKey('书记', 1)]), new Set([verbKey('加码')]));
    const model = decodeModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(model.hiddenVerb('加码')).toBe(true);
    expect(model.hiddenVerb('司法')).toBe(false);
    expect(model.neutral('书记', 1)).toBe(true);
    expect(roundTrip(new Map()).hiddenVerb('加码')).toBe(false);
  });

  // 少数民族's 数 and 冷不丁's 不 share a 32-bit entry key (found among CC-CEDICT's words): the
  // shipped model read 少数民族 shǎo shu before its entries carried checks.
  it('tells apart two entries whose keys collide, by the check beside each entry', () => {
    expect(lexiconKey('少数民族', 1)).toBe(lexiconKey('冷不丁', 1));
    const key = lexiconKey('冷不丁', 1);
    const write = (checks?: Map<number, number>) => {
      const bytes = encodeModel(header, new Map(), new Map([[key, 0]]), new Set([key]), new Set(), checks);
      return decodeModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    };
    const checked = write(new Map([[key, entryCheck('冷不丁', 1)]]));
    expect(checked.neutral('冷不丁', 1)).toBe(true);
    expect(checked.lexicon('冷不丁', 1)).toBe('hang2');
    expect(checked.neutral('少数民族', 1)).toBe(false);
    expect(checked.lexicon('少数民族', 1)).toBeUndefined();
    // A file written before the check section: the colliding word still takes the entry.
    expect(write().neutral('少数民族', 1)).toBe(true);
  });

  it('clamps weights to the 16-bit range', () => {
    const k = keyOf(hashFeature('行', 'z'), 0);
    expect(roundTrip(new Map([[k, 1e6]])).weight(k)).toBe(32767 / 8);
  });

  it('rejects a file that is not a model', () => {
    expect(() => decodeModel(new ArrayBuffer(16))).toThrow(/magic/);
  });
});

describe('grammar features with hidden verbs', () => {
  // 会|为|今后|的|司法程序|加码: jieba tags 加码 n, so by the tags alone no verb follows 为.
  const words = ['会', '为', '今后', '的', '司法程序', '加码', '。'];
  const tags = ['v', 'p', 't', 'uj', 'n', 'n', 'x'];
  const featuresOf = (hidden?: (w: string) => boolean): string[] => {
    const spans = spansOf(words, tags);
    if (hidden) spans.hiddenVerb = hidden;
    return contextFeatures(runningContext(spans, 1, 1));
  };

  it('say where the first verb is, counting hidden verbs, only where that differs from the tags', () => {
    expect(featuresOf()).toContain('Pv-');
    expect(featuresOf().some((f) => f.startsWith('PV'))).toBe(false);
    const withHidden = featuresOf((w) => w === '加码');
    expect(withHidden).toContain('Pv-');
    expect(withHidden).toContain('PV3');
  });

  it('leave the features as they were where no hidden verb stands in the clause', () => {
    expect(featuresOf((w) => w === '服务')).toEqual(featuresOf());
  });
});
