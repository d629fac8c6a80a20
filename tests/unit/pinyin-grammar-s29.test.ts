import { describe } from 'vitest';
import { pipelineReadings, readingCases } from './pipeline-readings';

// Session 29: QA28's misread classes, described by pattern (never its pages). Sentences written for
// these tests (the dev set, tests/fixtures/pinyin/s29-dev.tsv, and more), read through the whole
// pipeline as the background reads a paragraph. A held-out set written before the rules
// (tests/fixtures/pinyin/s29-heldout.tsv) is scored by scripts/pinyin/written-heldout.ts, not here.
const readingOf = pipelineReadings();

const cases = readingCases(readingOf);

// src/pinyin/land-di.ts
describe('地 opening a clause, or after a verb of perceiving, is the ground dì', () => {
  cases([
    ['他扶着墙，只觉得地往下沉。', '地', 'di4'],
    ['他喝醉了，感觉地在晃。', '地', 'di4'],
    ['下了一夜冻雨，地硬得像铁。', '地', 'di4'],
    ['地在摇，房子在晃。', '地', 'di4'],
    ['眼前天转地转。', '转', 'zhuan4'],
  ]);
});
describe('地 after an adverb of manner, or a count said twice, is the particle de', () => {
  cases([
    ['风车慢悠悠地转着。', '地', 'de5'],
    ['她轻轻地转动门把手。', '地', 'de5'],
    ['水一点点地涨上来。', '地', 'de5'],
    ['他一遍一遍地数着钱。', '地', 'de5'],
    ['他觉得慢慢地走更舒服。', '地', 'de5'],
  ]);
});

// src/pinyin/must-not-bude.ts
describe('不得 "must not, cannot" with its full 得 is bù dé', () => {
  cases([
    ['这个人得罪不得。', '不得', 'bu4 de2'],
    ['他伤得太重，动弹不得。', '不得', 'bu4 de2'],
    ['工作来不得半点马虎。', '不得', 'bu4 de2'],
    ['公共场所不得吸烟。', '不得', 'bu4 de2'],
  ]);
});
describe('the lexical potentials keep their light 不得, and a one-character verb + 不得 + 了 is its potential', () => {
  cases([
    ['我真舍不得你走。', '舍不得', 'she3 bu5 de5'],
    ['怪不得大家都喜欢他。', '怪不得', 'guai4 bu5 de5'],
    ['我早就记不得了。', '不得了', 'bu5 de5 le5'],
    ['他高兴得不得了。', '不得了', 'bu4 de2 liao3'],
    ['这下可不得了。', '不得了', 'bu4 de2 liao3'],
  ]);
});

// src/pinyin/dress-zhuo.ts
describe('穿着 / 穿著 described or said of is chuān zhuó, "dress"', () => {
  cases([
    ['她的穿著很樸素。', '穿著', 'chuan1 zhuo2'],
    ['穿著得體很重要。', '穿著', 'chuan1 zhuo2'],
    ['注意穿着打扮。', '穿着', 'chuan1 zhuo2'],
    ['那天他穿着单薄，冻得直哆嗦。', '穿着', 'chuan1 zhuo2'],
    ['公司对员工的穿着没有要求。', '穿着', 'chuan1 zhuo2'],
  ]);
});
describe('穿着 / 穿著 before what is worn is chuān zhe', () => {
  cases([
    ['他穿著西裝去上班。', '穿著', 'chuan1 zhe5'],
    ['她穿着一条白裙子。', '穿着', 'chuan1 zhe5'],
    ['他穿着很旧的棉袄。', '穿着', 'chuan1 zhe5'],
    ['孩子们穿着新鞋子跑来跑去。', '穿着', 'chuan1 zhe5'],
  ]);
});

// src/pinyin/given-name-readings.ts, src/pinyin/surname-readings.ts: jieba's nr words that are no name
describe('a direction and 燕 is the state yān; a name keeps the given name yàn', () => {
  cases([
    ['十六国时，北燕的都城在龙城。', '燕', 'yan1'],
    ['他后来投奔了南燕。', '燕', 'yan1'],
    ['王燕今年考上了大学。', '燕', 'yan4'],
  ]);
});
describe('after a compound surname, or ending in a localiser or a county, a three-character nr word is no surname and name', () => {
  cases([
    ['长孙晟闻后，连夜赶回。', '晟', 'sheng4'],
    ['当年，越隽两县并为一县。', '隽', 'jun4'],
    ['单雄信是隋末的将领。', '单', 'shan4'],
    ['曾国藩是湘军的首领。', '曾', 'zeng1'],
  ]);
});
