/**
 * Word topic vectors (src/topic/vectors.ts, built by scripts/topic/build.ts): the file format reads
 * back what was written, and the shipped table (assets/public/data/topic.bin) stays within its size
 * budget, names its source and licence, reads Traditional through the Simplified view, and places
 * words of one field nearer each other than words of another (word pairs chosen for this test).
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodeTopicVectors } from '../../src/topic/node-loader';
import { cosine, decodeTopicFile, encodeTopicFile, type TopicVectors } from '../../src/topic/vectors';

const vectorOf = (v: TopicVectors, word: string): Float32Array => {
  const acc = new Float32Array(v.dims);
  const row = v.rowOf(word);
  if (row >= 0) v.addTo(acc, row, 1);
  return acc;
};
const near = (v: TopicVectors, a: string, b: string): number => cosine(vectorOf(v, a), vectorOf(v, b));

describe('the topic vector file', () => {
  it('reads back the words and rows it was written with, quantised to a byte', () => {
    const rows = Float64Array.from([0.6, -0.8, 1, 0, 0, -1]);
    const table = decodeTopicFile(encodeTopicFile(['法院', '判决', '球员'], rows, 2, { source: 'test' }));
    expect([table.dims, table.count, table.about.source]).toEqual([2, 3, 'test']);
    expect([table.rowOf('判决'), table.rowOf('判決'), table.rowOf('没有')]).toEqual([1, 1, -1]);
    expect(Array.from(vectorOf(table, '法院'), (x) => Math.round(x * 100) / 100)).toEqual([0.6, -0.8]);
    expect(near(table, '判决', '球员')).toBeCloseTo(0, 2);
    expect(near(table, '法院', '球员')).toBeCloseTo(0.8, 2);
  });

  it('gives 0 for an empty vector rather than dividing by nothing', () => {
    expect(cosine(new Float32Array(3), Float32Array.from([1, 0, 0]))).toBe(0);
  });
});

describe('the shipped topic vectors', () => {
  const v = loadNodeTopicVectors();

  it('fit their 1.5 MB share of the extension and name their source and licence', () => {
    expect(statSync(new URL('../../assets/public/data/topic.bin', import.meta.url)).size).toBeLessThanOrEqual(1_500_000);
    expect(String(v.about.source)).toMatch(/open-gram.*CC BY-SA 3\.0/);
    expect(statSync(new URL('../../assets/public/data/topic.NOTICE.txt', import.meta.url)).size).toBeGreaterThan(0);
    expect(v.count).toBeGreaterThan(20_000);
  });

  it('places words of one field nearer each other than words of another', () => {
    expect(near(v, '感冒', '发烧')).toBeGreaterThan(near(v, '感冒', '股票') + 0.3);
    expect(near(v, '火锅', '饺子')).toBeGreaterThan(near(v, '火锅', '法院') + 0.3);
    expect(near(v, '电影', '小说')).toBeGreaterThan(near(v, '电影', '银行') + 0.3);
    expect(near(v, '地震', '灾难')).toBeGreaterThan(near(v, '地震', '手机') + 0.3);
  });

  it('reads a Traditional word as its Simplified form', () => {
    expect(v.rowOf('發燒')).toBe(v.rowOf('发烧'));
    expect(v.rowOf('发烧')).toBeGreaterThanOrEqual(0);
  });
});
