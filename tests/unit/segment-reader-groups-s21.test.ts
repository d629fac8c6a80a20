import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 21: grouping classes QA20 described (never its pages). Sentences written for these tests;
// each case shows what jieba alone does, so a case that stops exercising its rule fails.
const segmenter = createNodeSegmenter();
// jieba's tagged cut, the one the segmenter regroups
const jiebaAlone = (text: string): string => jieba.tag(text, true).map((w) => w.word).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('session 21: regrouped where a reader draws the words otherwise', () => {
  it.each([
    // a township or village of two characters jieba has no word for, cut into characters or guessed
    // with its unit, wherever it stands (place-names.ts)
    ['车队开进了四都乡。', '四|都|乡', '|四都乡|'],
    ['他们从柳都乡赶来。', '柳|都|乡', '|柳都乡|'],
    ['他们走访了上胡镇。', '上|胡镇', '|上胡镇|'],
    // the first character of a two-character guess that makes the word before it a word CC-CEDICT
    // has (马尾港, 凤凰城, 每个人) is that word's (split-guess-edges.ts)
    ['货轮驶进马尾港时，雨停了。', '马尾|港时', '|马尾港|时|'],
    ['游客在凤凰城站下车。', '凤凰|城站', '|凤凰城|站|'],
    ['他给每个人发了一张票。', '每个|人发', '|每个人|发|'],
    // 好在 "fortunately" opening a clause, which jieba cuts 好|在 (some-at-clause-start.ts)
    ['车辆失控冲下路基，好在司机系了安全带。', '好|在', '|好在|司机'],
    ['好在没有人受伤。', '好|在', '好在|没有'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaAlone(text)).toContain(jiebaCut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // the unit a noun of its own: after a particle, a demonstrative, a verb (as jieba cuts them)
    ['那里是个穷的村。', '|穷|的|村'],
    ['老人说，村有村的规矩。', '村|有|村|的'],
    ['这笔钱由该乡统一安排。', '|该|乡'],
    // a character that governs the place jieba guessed: the preposition or verb stays apart
    ['他准备明天赴郧乡。', '赴|'],
    // a guess whose first character makes no longer word CC-CEDICT has stays as jieba made it
    ['九十年代初起，村里开始种茶。', '九十年代|初起'],
    // 好 "so as to" before 在 and a place
    ['早点收工，好在家里吃晚饭。', '好|在|家里'],
  ])('%s stays', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});
