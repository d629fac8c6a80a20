import { beforeAll, describe, expect, it } from 'vitest';
import { createNodePipeline, type ReadParagraph } from '../../scripts/words/pipeline';

// Bylines and sentences written for these tests, read through the whole pipeline (analyzeArticle:
// the glossary-taught segmenter, its tags, the shipped model, the surname layer).
let read: ReadParagraph;
beforeAll(async () => {
  read = await createNodePipeline();
}, 120_000); // jieba, the dictionary and the model load slowly on a busy machine

/** The reading of the character at `sentence.indexOf(part)`. */
function readingAt(sentence: string, part: string): string {
  const at = sentence.indexOf(part);
  if (at < 0) throw new Error(`${part} not in ${sentence}`);
  for (const token of read(sentence)) if (token.start <= at && at < token.end) return token.readings[at - token.start]!;
  throw new Error(`no token at ${part}`);
}

describe('a surname in a byline reads as a surname, however jieba cut the name', () => {
  it.each([
    ['本报记者 任晓明 报道', '任', 'ren2'],
    ['（记者任晓明）', '任', 'ren2'],
    ['新华社记者任军川摄', '任', 'ren2'],
    ['记者任芳、通讯员单伟报道', '单', 'shan4'],
    ['记者曾文报道', '曾', 'zeng1'],
    ['责任编辑：任小雨', '任小', 'ren2'],
    // the third name of a byline that lists several
    ['本报讯　记者王凡　刘昌和　任子安　昨日，地铁公司宣布涨价。', '任子', 'ren2'],
  ])('%s: %s', (sentence, part, reading) => {
    expect(readingAt(sentence, part)).toBe(reading);
  });
});

describe('the same characters after 记者 doing their ordinary job are left alone', () => {
  it.each([
    ['记者曾在现场看到一辆警车。', '曾', 'ceng2'],
    ['这名记者任职于一家报社。', '任', 'ren4'],
    ['记者还了解到，该店已停业。', '还', 'hai2'],
    ['记者都表示，现场秩序良好。', '都', 'dou1'],
    ['记者曾说过这件事。', '曾', 'ceng2'],
    ['记者单独采访了他。', '单', 'dan1'],
    ['记者任意选了一家餐馆。', '任', 'ren4'],
  ])('%s: %s', (sentence, part, reading) => {
    expect(readingAt(sentence, part)).toBe(reading);
  });
});

describe('a four-character phrase jieba tags as a name is not read as one', () => {
  it('应邀参加 keeps yìng', () => {
    expect(readingAt('他应邀参加了这次论坛。', '应')).toBe('ying4');
  });
});

describe('a surname jieba cut off its given name after a title reads as a surname', () => {
  it.each([
    ['副市长任晓明出席了签约仪式。', '任', 'ren2'],
    ['据介绍，办公室主任任小平已经到场。', '任小', 'ren2'],
    ['区委书记曾志强在会上说。', '曾', 'zeng1'],
  ])('%s: %s', (sentence, part, reading) => {
    expect(readingAt(sentence, part)).toBe(reading);
  });
});

describe('the same characters after a title doing their ordinary job are left alone', () => {
  it.each([
    ['局长任命了两名新科长。', '任', 'ren4'],
    ['这位主任任期已满。', '任期', 'ren4'],
    ['这位主任任期已满。', '主任', 'zhu3'],
    ['市长曾表示，地铁年底通车。', '曾', 'ceng2'],
    ['书记曾赴灾区看望群众。', '曾', 'ceng2'],
    ['校长单方面取消了运动会。', '单', 'dan1'],
    ['经理还称，门店照常营业。', '还', 'hai2'],
  ])('%s: %s', (sentence, part, reading) => {
    expect(readingAt(sentence, part)).toBe(reading);
  });
});
