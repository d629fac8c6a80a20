import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';
import { createPinyinReader, type PinyinReader } from '../../src/pinyin/index';

// Sentences written for these tests (not the audited pages, not the gold set, not the grammar
// contexts the model is trained on), read as the background reads a paragraph: tagged words.
async function loadAsset(path: string): Promise<ArrayBuffer> {
  const bytes = readFileSync(new URL(`../../assets/public${path}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const segmenter = createNodeSegmenter();
let reader: PinyinReader;
beforeAll(async () => {
  reader = await createPinyinReader(loadAsset);
});

/** Readings of `part` (its first occurrence, or the occurrence after `after`) in `sentence`. */
function readingOf(sentence: string, part: string, after = '', by: PinyinReader = reader): string {
  const at = sentence.indexOf(part, after ? sentence.indexOf(after) + after.length : 0);
  if (at < 0) throw new Error(`${part} not in ${sentence}`);
  const tagged = segmenter.tag!(sentence);
  const units = by.readWords(tagged.map((w) => w.word), tagged.map((w) => w.tag)).flat();
  return units.slice(at, at + part.length).join(' ');
}

describe('为: wèi before what it is for, wéi as "to be"', () => {
  it.each([
    ['市政府将为困难职工发放过节补贴。', 'wei4'],
    ['这次培训为青年教师的成长搭建了平台。', 'wei4'],
    ['他一直为推动两岸交流而努力。', 'wei4'],
    ['专家组把这起事故定性为责任事故。', 'wei2'],
    ['协会推举张教授为新一届会长。', 'wei2'],
    ['该地区的森林覆盖率为百分之六十。', 'wei2'],
    ['我们始终以学生为本。', 'wei2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '为')).toBe(reading);
  });
});

describe('地: de after a manner word before a verb, dì as "ground, place"', () => {
  it.each([
    ['队员们默契地完成了这次配合。', 'de5'],
    ['老师耐心地回答学生提出的问题。', 'de5'],
    ['她把掉在地上的钥匙捡了起来。', 'di4'],
    ['外地游客纷纷赶到这座古镇。', 'di4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '地', sentence.includes('掉在') ? '掉在' : '')).toBe(reading);
  });
});

describe('应: yīng "should" before a verb, yìng "to answer, at the request of"', () => {
  it.each([
    ['有关单位应及时公开处理结果。', 'ying1'],
    ['驾驶员应主动礼让行人。', 'ying1'],
    ['乐团应主办方邀请来华演出。', 'ying4'],
    ['面对突发情况，他沉着应对。', 'ying4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '应')).toBe(reading);
  });
});

describe('得: de before a complement, dé "to gain", děi "must"', () => {
  it.each([
    ['这场比赛踢得非常精彩。', 'de5'],
    ['他在全国大赛中摘得桂冠。', 'de2'],
    ['这名射手本赛季已经得了三十分。', 'de2'],
    ['明天的会你得早点到。', 'dei3'],
    ['想考上大学，就得下苦功夫。', 'dei3'],
    // 得 + a score or a count won is dé, not děi (a number is not a verb).
    ['那名前锋整场比赛只得8分。', 'de2'],
    ['小将首次登场便得了12分。', 'de2'],
    ['新来的队员在第二节独得10分。', 'de2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '得')).toBe(reading);
  });

  // "Can V": V得到 / V得出 / V得起, also when jieba cuts the verb off a dictionary word (买|得到).
  it.each([
    ['这种水果在超市里就买得到。', 'de5'],
    ['这么多菜，你一个人吃得完吗？', 'de5'],
    ['这么贵的表，一般人可买不起，他倒是买得起。', 'de5'],
    ['你猜得出这是谁写的吗？', 'de5'],
    ['调查组很快得出了结论。', 'de2'],
    ['这个问题终于得到了解决。', 'de2'],
  ])('%s', (sentence, reading) => {
    const at = sentence.lastIndexOf('得');
    expect(readingOf(sentence, '得', sentence.slice(0, at))).toBe(reading);
  });
});

describe('重: zhòng "heavy, serious" before what it describes, chóng "again, multiple"', () => {
  it.each([
    ['不少重污染的工厂已经搬走。', 'zhong4'],
    ['几名重伤员被直升机送往医院。', 'zhong4'],
    ['老师让他把作文重写一遍。', 'chong2'],
    ['这座古桥在战后得以重建。', 'chong2'],
    ['这款门锁有多重防盗设计。', 'chong2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '重')).toBe(reading);
  });

  // Known limitation: after 许多 the context 多|重 (as in 多重 "multiple") outweighs the word 重型.
  it.fails('许多重型卡车在这里排队。 (reads chóng today)', () => {
    expect(readingOf('许多重型卡车在这里排队。', '重')).toBe('zhong4');
  });
});

describe('了: liǎo after 得 / 不 (can, cannot), le after a verb', () => {
  it.each([
    ['这么远的路，你走得了吗？', '了', 'liao3'],
    ['这种疼痛一般人忍受不了。', '了', 'liao3'],
    ['工人们修好了那座桥。', '了', 'le5'],
    ['他的作品获得了好评。', '了', 'le5'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('neutral tones as the dictionary has them', () => {
  it.each([
    ['市委书记主持了会议。', '书记', 'shu1 ji5'],
    ['遇到困难不要退缩。', '困难', 'kun4 nan5'],
    ['她告诉我明天放假。', '告诉', 'gao4 su5'],
    ['他们从来没见过大海。', '过', 'guo5'],
  ])('%s: %s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });

  // jieba keeps some verb + 过 pairs as one word (去过, 打过): the particle too, unless the
  // dictionary has the word (通过, 走过 keep guò, as CC-CEDICT writes them).
  it('verb + 过 as one word the dictionary lacks reads guo5', () => {
    expect(readingOf('我去过那个地方。', '过')).toBe('guo5');
    expect(readingOf('他曾打过一个比方。', '过')).toBe('guo5');
    expect(readingOf('议案获得通过。', '通过')).toBe('tong1 guo4');
  });

  it('keeps 过 a verb where it is one (过马路, 经过)', () => {
    expect(readingOf('孩子过马路要小心。', '过')).toBe('guo4');
    expect(readingOf('经过调查，警方找到了原因。', '经过')).toBe('jing1 guo4');
  });
});

// The model decides the citation tone where pinyin-pro says a word's syllable is neutral (as CPP
// labels it); the page then gets the neutral tone where CC-CEDICT writes one.
describe('citation tone from the model, neutral tone from the dictionary', () => {
  let citation: PinyinReader;
  beforeAll(async () => {
    citation = await createPinyinReader(loadAsset, { dictionaryNeutralTones: false });
  });

  it.each([
    ['我们俩认识已经十年了。', '认识', 'ren4 shi2', 'ren4 shi5'],
    ['他把湿衣服晾在阳台上。', '衣服', 'yi1 fu2', 'yi1 fu5'],
    ['她的弟弟在读高中。', '弟弟', 'di4 di4', 'di4 di5'],
  ])('%s: %s', (sentence, part, model, page) => {
    expect(readingOf(sentence, part, '', citation)).toBe(model);
    expect(readingOf(sentence, part)).toBe(page);
  });

  it('keeps a neutral suffix the model learnt (牌子)', () => {
    expect(readingOf('门口挂着一块新牌子。', '牌子', '', citation)).toBe('pai2 zi5');
  });
});

describe('a surname reads as a surname in a name', () => {
  it('仇, 单, 解 in three-character names', () => {
    expect(readingOf('记者采访了仇建国。', '仇')).toBe('qiu2');
    expect(readingOf('单田芳的评书家喻户晓。', '单')).toBe('shan4');
  });
});
