import { beforeAll, describe, expect, it } from 'vitest';
import { createNodePipeline, type ReadParagraph } from '../../scripts/words/pipeline';

// Sentences written for these tests, read through the whole pipeline as the background reads a
// paragraph (the glossary-taught segmenter, its tags, the shipped model and its layers).
let read: ReadParagraph;
beforeAll(async () => {
  read = await createNodePipeline();
}, 120_000); // jieba, the dictionary and the model load slowly on a busy machine

function readingOf(sentence: string, part: string, after = ''): string {
  const at = sentence.indexOf(part, after ? sentence.indexOf(after) + after.length : 0);
  if (at < 0) throw new Error(`${part} not in ${sentence}`);
  const units = new Array<string>(sentence.length).fill('');
  for (const token of read(sentence)) token.readings.forEach((r, k) => (units[token.start + k] = r));
  return units.slice(at, at + part.length).join(' ');
}

// src/pinyin/rate-suffix.ts
describe('率: lǜ as the suffix "rate" after a word, shuài "to lead" before what is led', () => {
  it.each([
    ['全县适龄儿童疫苗接种率达到九成以上。', 'lv4'],
    ['今年的快递破损率有所下降。', 'lv4'],
    ['今年毕业生的升学率和录用率都有提高。', 'lv4'],
    ['这家医院的门诊预约率明显上升。', 'lv4'],
    ['副省长率代表团赴德国考察。', 'shuai4'],
    ['他亲自率他们连夜赶到现场。', 'shuai4'],
    ['率先完成任务的是三班。', 'shuai4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '率')).toBe(reading);
  });
});

// src/pinyin/given-name-readings.ts
describe('燕: yàn in a given name, yān where it is the old state', () => {
  it.each([
    ['记者采访了社区主任王燕。', '燕', 'yan4'],
    ['对此，孙燕回应称正在核实。', '燕', 'yan4'],
    ['护士长刘燕红介绍了病房的情况。', '燕', 'yan4'],
    ['获奖者之一是来自湖南的张海燕。', '燕', 'yan4'],
    ['战国时期燕国的都城在蓟。', '燕', 'yan1'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

// src/pinyin/return-huan.ts
describe('还: huán "give back" before 了 or before a thing returned that ends the clause, hái "still" elsewhere', () => {
  it.each([
    ['图书馆的书他上周就还了。', 'huan2'],
    ['这笔贷款他整整还了五年。', 'huan2'],
    ['游客可以在景区门口还车。', 'huan2'],
    ['这还了得！', 'hai2'],
    ['他还了解到一些新情况。', 'hai2'],
    ['高峰时段路上还车多人多。', 'hai2'],
    ['老王还书店的活儿也一起干了。', 'hai2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '还')).toBe(reading);
  });
});
