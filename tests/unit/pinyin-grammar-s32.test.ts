import { describe } from 'vitest';
import { pipelineReadings, readingCases } from './pipeline-readings';

// Session 32: given names from the pipeline CV's tail on CPP dev. Sentences and names written for these tests,
// none taken from CPP, read through the whole pipeline as the background reads a paragraph. The held-out set
// written before the rule (tests/fixtures/pinyin/s32-heldout-names.tsv) is scored by
// scripts/pinyin/written-heldout.ts, not here.
const readingOf = pipelineReadings();
const cases = readingCases(readingOf);

// src/pinyin/given-name-readings.ts
describe('侗 is tóng in a given name', () => {
  cases([
    ['记者吴侗报道。', '侗', 'tong2'],
    ['孙侗在比赛中拿了第一。', '侗', 'tong2'],
    ['我们请来了老中医方侗。', '侗', 'tong2'],
  ]);
});
describe('侗 is dòng where it is the Dong people, after a surname character too', () => {
  cases([
    ['她从小在侗寨长大。', '侗', 'dong4'],
    ['杨侗族人世代居住在这片山里。', '侗', 'dong4'],
    ['我们一起去侗乡看鼓楼。', '侗', 'dong4'],
    ['当地的侗族同胞热情好客。', '侗', 'dong4'],
  ]);
});
describe('覃 is tán in a given name, Qín as the surname opening one', () => {
  cases([
    ['王覃和李覃是一对兄弟。', '李覃', 'li3 tan2'],
    ['刘覃把这本书借给了同学。', '覃', 'tan2'],
    ['覃小军今年刚满三十岁。', '覃', 'qin2'],
  ]);
});
