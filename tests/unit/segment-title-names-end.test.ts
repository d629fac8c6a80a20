import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// A text that ends on a person's role and name, nothing after it — a photo caption — threw in
// src/segment/title-names.ts (session 26: the word after the name read without checking it was there),
// and the throw took the whole page's reading with it. Sentences written for this test.
const segmenter = createNodeSegmenter();

describe('a text ending on a role and a name (title-names.ts)', () => {
  it.each(['图为预报员于洁', '照片右边是货轮的船长加拉尼', '左起第二位是护士长牛露'])('%s', (text) => {
    expect(() => segmenter.cut(text)).not.toThrow();
    expect(segmenter.cut(text).join('')).toBe(text);
  });
});
