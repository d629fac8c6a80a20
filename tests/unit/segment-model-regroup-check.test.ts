import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { cedictHeadwords, createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import { loadNodeLanguageModelSync } from '../../src/lm/node-loader';
import { changeKind, regroupByModel } from '../../src/segment/model-regroup-check';
import { regroupWords } from '../../src/segment/regroup';
import { createJiebaLexicon } from '../../src/segment/word-lexicon';

// Sentences written for these tests (never corpus, SIGHAN or QA text). Each case checks the words
// before the check too, so a case that stops exercising it (a jieba, rule or model change) fails
// instead of passing for free.
const known = cedictHeadwords();
const lexicon = createJiebaLexicon(jieba, new Set(), (word) => known.has(word));
const model = loadNodeLanguageModelSync();
const before = (text: string) => regroupWords(jieba.tag(text, true), lexicon, model, undefined, Infinity);
const show = (words: readonly { word: string }[]): string => `|${words.map((w) => w.word).join('|')}|`;
const after = (text: string): string => show(regroupByModel(before(text), lexicon, model));

describe('the model moves a boundary drawn through a guess', () => {
  it.each([
    // jieba's rare entry 冬候鸟 took 冬 from 越冬 "to winter"
    ['每年十一月，成群的越冬候鸟会来到这片湖区。', '|越|冬候鸟|', '|越冬|候鸟|'],
    // a guess glued the year's 年 to 出 of 出生
    ['他1985年出生于一个渔民家庭。', '|年出|生于|', '|年|出生|于|'],
    ['他对这件事并不知情。', '|并|不知情|', '|并不|知情|'],
  ])('%s', (text, page, expected) => {
    expect(show(before(text))).toContain(page);
    expect(after(text)).toContain(expected);
  });
});

describe('in Traditional text (the segmenter reads the Simplified view)', () => {
  it('moves the same boundary, on the page\'s own characters', () => {
    expect(`|${createNodeSegmenter().cut('每年十一月，成群的越冬候鳥會來到這片湖區。').join('|')}|`).toContain('|越冬|候鳥|');
  });
});

describe('the page keeps its grouping', () => {
  // Each of these the model reads better otherwise by more than the margin: the guard keeps them.
  it('where the model would break a word CC-CEDICT knows (大学|校址, not 大|学校|址)', () => {
    expect(show(before('市里终于选定了新的大学校址。'))).toContain('|大学|校址|');
    expect(after('市里终于选定了新的大学校址。')).toContain('|大学|校址|');
  });

  it('where the new word would end in a particle (油面|的, not 油|面的)', () => {
    expect(show(before('他把油面的温度记下来。'))).toContain('|油面|的|');
    expect(after('他把油面的温度记下来。')).toContain('|油面|的|');
  });

  it("where a number's measure word would join the word after it (200|个|税目, not 个税|目)", () => {
    expect(after('这批货物涉及200个税目。')).toContain('|200|个|税目|');
  });

  it('for names: a common surname leads the word', () => {
    expect(after('张建国昨天回到了家乡。')).toContain('|张建国|');
  });
});

describe('changeKind', () => {
  it('tells a moved boundary from a split and a join', () => {
    expect(changeKind(['越', '冬候鸟'], ['越冬', '候鸟'])).toBe('moved');
    expect(changeKind(['百年老'], ['百年', '老'])).toBe('split');
    expect(changeKind(['和平', '里'], ['和平里'])).toBe('joined');
  });
});
