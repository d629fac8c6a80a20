import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests (session 14: src/segment/stated-names.ts and the title edges in
// unit-head-titles.ts). Each case also shows what jieba alone does, so a case that stops exercising
// its rule (a jieba upgrade) fails loudly instead of passing for free.
const segmenter = createNodeSegmenter();
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('a surname and a given name that is a word, before a verb of stating', () => {
  it.each([
    ['村民邬海峰说，这条路修了三年。', '邬|海峰', '|邬海峰|说|'],
    ['据戚永康介绍，今年的收成不错。', '戚|永康', '据|戚永康|介绍|'],
    ['退休教师龚守仁表示，他每天都去图书馆。', '龚|守仁', '|龚守仁|表示|'],
    ['队长蒋文化说，比赛很激烈。', '蒋|文化', '|蒋文化|说|'],
    ['刘国庆告诉记者，他已经退休了。', '刘|国庆', '刘国庆|告诉|'],
    ['班长钱永康表示，大家都很努力。', '钱|永康', '|钱永康|表示|'],
    ['居民吴春生也说，噪音太大了。', '吴|春生', '|吴春生|也|说|'],
    // a title or a person before and punctuation after, for a surname jieba tags as one
    ['记者采访了村民邬海峰。', '邬|海峰', '|村民|邬海峰|。'],
    ['他找到了队长蒋文化，说明了情况。', '蒋|文化', '|队长|蒋文化|，'],
    // a phrase of jieba's dictionary that opens with a verb of stating (session 18)
    ['冉永康表示感谢。', '冉|永康|表示感谢', '冉永康|表示感谢|'],
  ])('%s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // no statement after: no evidence (冉 and 建军 may be a name, but nothing says so)
    ['李雪花在门口等着。', '李|雪花|在'],
    // a preposition or adverb that is also a surname leads no name
    ['他向建军说明了情况。', '向|建军|说明'],
    ['大家向建军表示感谢。', '向|建军|表示感谢'],
    ['于永康说，他不同意。', '于|永康|说'],
    // a title after a surname is an address (唐排长), not a given name
    ['唐排长说，明天出发。', '唐|排长|说'],
    // a lone character before the surname-like one is the word it belongs to (羯胡, not 胡可能)
    ['羯胡可能说一种古老的语言。', '羯胡|可能|说'],
  ])('leaves apart: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});

describe('an anonymised party, surname + 某', () => {
  it.each([
    ['被告人韦某当庭认罪。', '被告人|韦某|当庭'],
    ['犯罪嫌疑人王某被抓获。', '|王某|被|'],
    ['李某和张某某都被判了刑。', '李某|和|张某某|'],
  ])('%s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['他向某单位举报了此事。', '向|某|单位'],
    ['在某地发现了一处遗址。', '在|某地'],
  ])('leaves 某 after a preposition: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});

describe('a unit head’s title that jieba glued onto the name after it', () => {
  it.each([
    ['三号楼楼长冉建军告诉记者，电梯已经修好。', '楼楼|长冉|建军', '|楼长|冉建军|告诉|'],
    ['六号楼楼长孙建设说，他每天都去查看。', '楼|长孙|建设', '|楼长|孙建设|说|'],
    ['一单元楼长龚守仁介绍，楼里住着二十户。', '单元楼|长|龚', '单元|楼长|龚守仁|介绍|'],
    ['楼长邬海峰说，大家要注意安全。', '楼长|邬|海峰', '楼长|邬海峰|说|'],
    ['网格长王建国说，这里住了三百户。', '网格|长|王建国', '网格长|王建国|说|'],
    ['感谢楼长冉建军、组长龚守仁。', '楼长冉|建军', '|楼长|冉建军|、|'],
    // jieba's 科主任 after the office's name: the office keeps its 科
    ['信息科主任陶立新说，系统升级完成。', '信息|科主任', '信息|科|主任|陶立新|说|'],
    ['财务室主任韩梅表示同意。', '财务|室主任', '财务|室|主任|'],
  ])('%s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['沿江村长江段水位上涨。', '村长|江段'],
    ['这栋楼长五十米。', '楼长|五十米'],
    ['医院的科主任每周查房一次。', '的|科主任|'],
  ])('leaves a river or a length alone: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});
