import { describe } from 'vitest';
import { pipelineReadings, readingCases } from './pipeline-readings';

// Session 30: QA29's and GATE29's misread classes, described by class (never their pages). Sentences written for
// these tests (the dev set, tests/fixtures/pinyin/s30-dev.tsv, and more), read through the whole pipeline as the
// background reads a paragraph. A held-out set written before the rules (tests/fixtures/pinyin/s30-heldout.tsv)
// is scored by scripts/pinyin/written-heldout.ts, not here.
const readingOf = pipelineReadings();

const cases = readingCases(readingOf);

// src/pinyin/brand-zhi.ts
describe('标致 naming the car maker is Biāozhì, read in full', () => {
  cases([
    ['标致汽车去年在华销量下降。', '标致', 'biao1 zhi4'],
    ['这辆标致开了十年还没坏。', '标致', 'biao1 zhi4'],
    ['他开着一辆标致308上班。', '标致', 'biao1 zhi4'],
    ['東風標致的新車下月上市。', '標致', 'biao1 zhi4'],
  ]);
});
describe('标致 saying how someone looks keeps the dictionary’s light zhi', () => {
  cases([
    ['那姑娘长得标致极了。', '标致', 'biao1 zhi5'],
    ['她生得十分标致。', '标致', 'biao1 zhi5'],
    ['村里来了个标致的姑娘。', '标致', 'biao1 zhi5'],
  ]);
});

// src/pinyin/capital-du.ts
describe('南都, the newspaper, is Nándū', () => {
  cases([
    ['南都记者调查发现，这家店无证经营。', '南都', 'nan2 du1'],
    ['该负责人对南都表示，正在核实情况。', '南都', 'nan2 du1'],
    ['南都此前曾报道过此事。', '南都', 'nan2 du1'],
  ]);
});
describe('南 closing a place before 都 "all" keeps dōu', () => {
  cases([
    ['北京往南都是平原。', '都', 'dou1'],
    ['城南都已经通了地铁。', '都', 'dou1'],
    ['从北到南都在下雨。', '都', 'dou1'],
  ]);
});

// src/pinyin/general-jiang.ts
describe('上 closing a place or an occasion before 将 "will": 将 is jiāng', () => {
  cases([
    ['平台上将推出更多服务。', '上将', 'shang4 jiang1'],
    ['今年的年会上将评选优秀员工。', '上将', 'shang4 jiang1'],
    ['人口问题上将面临新的挑战。', '上将', 'shang4 jiang1'],
  ]);
});
describe('上将, the rank, is shàngjiàng', () => {
  cases([
    ['美国上将表示将加强合作。', '上将', 'shang4 jiang4'],
    ['开国上将的故居对外开放。', '上将', 'shang4 jiang4'],
    ['三位上将出席了典礼。', '上将', 'shang4 jiang4'],
    ['他被授予上将军衔。', '上将', 'shang4 jiang4'],
  ]);
});

// src/pinyin/complement-de.ts
describe('a verb of one character and 得 before a manner is the complement de', () => {
  cases([
    ['大家都活得好好的。', '活得', 'huo2 de5'],
    ['他日子过得怎么样？', '过得', 'guo4 de5'],
    ['老两口活得比年轻人还开心。', '活得', 'huo2 de5'],
  ]);
});
describe('得 of getting, and dictionary words read dé, keep dé', () => {
  cases([
    ['他深得民心。', '深得', 'shen1 de2'],
    ['他在决赛中摘得银牌。', '摘得', 'zhai1 de2'],
    ['这样的好天气十分难得。', '难得', 'nan2 de2'],
    ['他终于赢得了比赛。', '赢得', 'ying2 de2'],
  ]);
});

// src/pinyin/coverb-readings.ts
describe('为 before a beneficiary and a verb that has done something is wèi "for"', () => {
  cases([
    ['这项补贴为养殖户挽回了不少损失。', '为', 'wei4'],
    ['该举措更为商户减轻了负担。', '为', 'wei4'],
    ['大桥的通车为两岸交通带来了便利。', '为', 'wei4'],
    ['我们要以更高的标准为患者做好服务。', '为', 'wei4'],
    ['两个村子曾为一块宅基地而闹上法庭。', '为', 'wei4'],
    ['他们都没有时间为考试做准备。', '为', 'wei4'],
    ['这些老人主要为开发新品种，才成立了合作社。', '为', 'wei4'],
  ]);
});
describe('为 after an attribute, a dividing adverb, a verb of changing into, or in 以 … 为 + noun is wéi', () => {
  cases([
    ['这次展会的主题为智慧城市。', '为', 'wei2'],
    ['参赛队伍大多为本地球队。', '为', 'wei2'],
    ['老厂房被改造为文化创意园区。', '为', 'wei2'],
    ['我们以游客的满意度为检验标准。', '为', 'wei2'],
    ['火灾的原因为电线老化。', '为', 'wei2'],
    ['这段围墙为石块垒砌而成。', '为', 'wei2'],
    ['他被确定为下一任队长。', '为', 'wei2'],
    ['这种颜色更为鲜艳。', '更为', 'geng4 wei2'],
  ]);
});
