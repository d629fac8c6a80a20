import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as nodeJieba from 'jieba-wasm';
import { initSync, cut, add_word, tag } from 'jieba-wasm/web';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from '../../src/segment/segmenter';

describe('createJiebaSegmenter', () => {
  it('cuts text into words that join back to the text', () => {
    const segmenter = createJiebaSegmenter(nodeJieba);
    const text = '临安坚持把信访工作作为了解民情的一项重要工作。';
    const words = segmenter.cut(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('临安');
  });

  it('keeps custom (glossary) words whole', () => {
    const text = '推进全过程人民民主建设';
    expect(createJiebaSegmenter(nodeJieba).cut(text)).not.toContain('全过程人民民主');
    expect(createJiebaSegmenter(nodeJieba, ['全过程人民民主']).cut(text)).toContain('全过程人民民主');
  });

  it('returns no words for empty text', () => {
    expect(createJiebaSegmenter(nodeJieba).cut('')).toEqual([]);
  });

  it("works with the web build the extension ships, initialised from the wasm file's bytes", () => {
    const require = createRequire(import.meta.url);
    const wasm = join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');
    initSync({ module: readFileSync(wasm) });
    const words = createJiebaSegmenter({ cut, tag, add_word }).cut('群众满意是考卷答案');
    expect(words.join('')).toBe('群众满意是考卷答案');
    expect(words).toContain('考卷');
  });
});
