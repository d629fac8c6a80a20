import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests (session 23: src/segment/split-loose-guesses.ts, and 时 "when"
// in split-glued-guesses.ts). Each case also shows jieba's own guess, so a case that stops
// exercising the rule fails loudly.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a guessed pair of a subject and its verb is a clause, not a word', () => {
  it.each([
    ['雨停了，孩子们跑到院子里。', '雨停', '雨|停|了'],
    ['队长方走到门口就停下了。', '方走', '方|走'],
    ['他们把船系在岸边。', '船系', '船|系|在'],
    // after 有 "there is", wherever the clause ends
    ['楼道里的灯坏了半个月，一直没有人管。', '人管', '没有|人|管|。'],
  ])('%s', (text, guess, cut) => {
    expect(jiebaAlone(text)).toContain(guess);
    expect(regrouped(text)).toContain(cut);
  });

  it.each([
    // a modifier of the noun after it
    ['这篇文章揭露烟害真相。', '烟害'],
    // a name in a list
    ['获奖的有董璇、杨洋。', '董璇'],
  ])('keeps a guess that is no clause: %s', (text, guess) => {
    expect(jiebaAlone(text)).toContain(guess);
    expect(regrouped(text)).toContain(guess);
  });
});

describe('时 "when" after a verb closes its clause', () => {
  it('施工|时|受', () => {
    const text = '施工时受大风影响，吊车停了。';
    expect(jiebaAlone(text)).toContain('时受');
    expect(regrouped(text)).toContain('施工|时|受|大风');
  });
  it('leaves 时 inside a word of its own (时候)', () => {
    expect(regrouped('下班的时候他受了伤。')).toContain('时候');
  });
});

describe("a guess's first character that makes a word with the single character before it goes back", () => {
  it('拿|起包 → 拿起|包', () => {
    const text = '她拿起包转身就走。';
    expect(jiebaAlone(text)).toContain('拿|起包');
    expect(regrouped(text)).toContain('拿起|包');
  });
});
