import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 19: the grouping classes QA18 described (never its pages). Sentences written for these
// tests; each case shows what jieba alone does, so a case that stops exercising its rule fails.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('regrouped where a reader draws the words otherwise', () => {
  it.each([
    // 最 / 更 before a word or a verb phrase (split-dictionary-phrases.ts)
    ['这部电影里最让人难忘的是结尾。', '最让人', '|最|让人|'],
    // a measure word after a demonstrative counts the noun (join-known-compounds.ts)
    ['我们都爱看这出戏。', '这出|戏', '|这|出|戏|'],
    // 来 + a verb of one character: what one comes to do (split-glued-guesses.ts)
    ['退休教师每周来教孩子们画画。', '来教', '|来|教|孩子'],
    // a numeral the verb took from the number after it (split-guess-edges.ts)
    ['孩子们一口气唱十几首歌。', '唱十|几首歌', '|唱|十几|'],
    // a surname and a doubled given name (join-names.ts)
    ['记者见到周婷婷时，她正在上课。', '周|婷婷', '|周婷婷|'],
    // a place localiser closing the noun, not the noun's last character's word (rescore-ambiguities.ts)
    ['她在大山里教了二十年书。', '大|山里', '|大山|里|'],
    // a name and the verb jieba glued on before 着 (given-name-ends.ts)
    ['小燕唱着山歌走在大山里。', '小燕唱|着', '小燕|唱|着|'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaAlone(text)).toContain(jiebaCut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 最 / 更 and the next character a word of their own, or a function word after them
    ['这座山的最高峰海拔两千米。', '|最高峰|'],
    ['这项工作更为重要。', '|更为|重要|'],
    // no demonstrative or number before the measure-like character: CC-CEDICT's word
    ['演员很快就出戏了。', '|出戏|'],
    // an adverb, not a given name, after the surname
    ['张明明知道这件事。', '|明明|知道|'],
    // a verb before the localiser's word (回家 is no noun)
    ['他回家里拿东西。', '|回家|里|'],
  ])('%s stays', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});
