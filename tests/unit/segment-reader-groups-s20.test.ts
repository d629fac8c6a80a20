import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 20: grouping classes QA19 described (never its pages). Sentences written for these tests;
// each case shows what jieba alone does, so a case that stops exercising its rule fails.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('session 20: regrouped where a reader draws the words otherwise', () => {
  it.each([
    // a verb and its object guessed as one word before the particle 的: the object is not CC-CEDICT's
    // rare X的 word (面的 "minibus") (split-glued-guesses.ts)
    ['她每天清早在巷口卖面的小摊前排队。', '卖面|的', '|卖|面|的|小摊'],
    ['师傅说，煮面的火候最要紧。', '煮面|的', '|煮|面|的|火候'],
    // a demonstrative, a measure word and its noun, which jieba's dictionary holds as one word (碗面
    // "a bowl's surface") (split-guess-edges.ts)
    ['这碗面的汤头是用牛骨熬的。', '这|碗面', '这|碗|面|的|'],
    ['我把那碗面端给了客人。', '那|碗面', '|那|碗|面|端'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaAlone(text)).toContain(jiebaCut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // no verb leads the guess: a family's name stays before 的
    ['老王家的院子里种着葡萄。', '王家|的|院子'],
    // a measure word's own two-character word after a demonstrative stays (台风 is a word)
    ['那台风刮了一整夜。', '那|台风|'],
  ])('%s stays', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});
