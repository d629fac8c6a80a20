import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 22: grouping classes QA21 described (never its pages). Sentences written for these tests;
// each case shows what jieba alone does, so a case that stops exercising its rule fails.
const segmenter = createNodeSegmenter();
// jieba's tagged cut, the one the segmenter regroups
const jiebaAlone = (text: string): string => jieba.tag(text, true).map((w) => w.word).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('session 22: regrouped where a reader draws the words otherwise', () => {
  it.each([
    // the modal 应 "should" before the coverb 对, whose phrase leads a verb (modal-dui.ts)
    ['监管部门应对其进行处罚。', '应对|其', '|应|对|其|进行'],
    ['学校应对学生加强安全教育。', '应对|学生', '|应|对|学生|加强'],
    ['该公司应对消费者作出赔偿。', '应对|消费者', '|应|对|消费者|作出'],
    ['社会各界应对他们给予更多关怀。', '应对|他们', '|应|对|他们|给予'],
    // a localiser after a noun jieba stranded a character of (rescore-ambiguities.ts)
    ['该小区内有三个出入口。', '小|区内', '|小区|内|'],
    ['住在该小区内的居民反映了噪音问题。', '小|区内', '|小区|内|'],
    // a one-character noun after a demonstrative of news, before a word (split-guess-edges.ts)
    ['该案开庭当天，旁听席坐满了人。', '该|案开庭', '该|案|开庭|'],
    // the months 个 counts, before 工资 / 收入 (split-guess-edges.ts)
    ['老板欠了他三个月工资。', '月工资', '|月|工资'],
    ['每个月工资都按时发放。', '月工资', '|月|工资|'],
    // 倍 after a number, before a verb jieba glued it to (split-guess-edges.ts)
    ['票价是原来的2倍加10元手续费。', '倍加', '|倍|加|'],
    // a verb's complement marker 得 jieba guessed onto the verb stands alone, not in 得很 "very"
    // before the adjective that is the complement (split-glued-guesses.ts)
    ['新盖的房子盖得很结实。', '盖得|很', '|盖|得|很|结实'],
    ['搬到城里以后，日子过得很舒心。', '过得|很', '|过|得|很|舒心'],
    // 很 before a word of two characters, which jieba's dictionary holds as one phrase (split-dictionary-phrases.ts)
    ['新娘今天打扮得很漂亮。', '很漂亮', '|很|漂亮|'],
    // 事 counted by the measure word before it, not a word with the verb after it (split-guess-edges.ts)
    ['这件事办得很漂亮。', '事办', '这件|事|办|得|很|漂亮'],
  ])('%s', (text, jiebaCut, expected) => {
    expect(jiebaAlone(text)).toContain(jiebaCut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 应对 "to cope with": after 要 / an adverb / 如何, before what is coped with, or with no verb led
    ['我们要积极应对气候变化带来的挑战。', '应对'],
    ['如何应对其带来的风险，是一大难题。', '|应对|'],
    ['面对突发情况，他沉着应对。', '|应对|'],
    ['他应对自如，毫不慌张。', '|应对|'],
    // 月饼 is counted whole; 倍加 as an adverb keeps its word
    ['他买了三个月饼。', '|月饼'],
    ['我们倍加珍惜这次机会。', '倍加|'],
    // 得很 "very" closing the clause
    ['这几天天气冷得很。', '得|很|。'],
    // jieba's 很 + one character is an adverb of its own
    ['他很快就赶到了现场。', '|很快|'],
    ['老人很少出门。', '|很少|'],
  ])('%s stays', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});
