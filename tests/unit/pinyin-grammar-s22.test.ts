import { describe, expect, it } from 'vitest';
import { pipelineReadings } from './pipeline-readings';

// Session 22: QA21's misread classes, described by pattern (never its pages). Sentences written for
// these tests, read through the whole pipeline as the background reads a paragraph.
const readingOf = pipelineReadings();

describe('为 wéi "as" after a verb of choosing or naming and its object; wèi "for" otherwise', () => {
  it.each([
    ['公司选定其为品牌代言人并负责推广新品。', 'wei2'],
    ['大家都称他为老班长。', 'wei2'],
    ['学校聘请她为顾问，指导青年教师开展教学。', 'wei2'],
    ['评委会评她为年度人物。', 'wei2'],
    ['志愿者们为老人们打扫了院子。', 'wei4'],
    ['他们邀请专家为村民讲解种植技术。', 'wei4'],
    ['公司派他为客户安装设备。', 'wei4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '为')).toBe(reading);
  });
});

describe('应: yīng "should" before the coverb 对, yìng duì "to cope with"', () => {
  it.each([
    ['监管部门应对其进行处罚。', 'ying1 dui4'],
    ['有关方面应对此类行为依法查处。', 'ying1 dui4'],
    ['该公司应对消费者作出赔偿。', 'ying1 dui4'],
    ['我们要积极应对气候变化带来的挑战。', 'ying4 dui4'],
    ['面对突发情况，他沉着应对。', 'ying4 dui4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '应对')).toBe(reading);
  });
});

describe('得: dé "obtain" after a verb of getting before its object, de before a manner', () => {
  it.each([
    ['工作人员测得该处水深约两米。', 'de2'],
    ['当天测得最高气温为三十八度。', 'de2'],
    ['警方查得赃款十余万元。', 'de2'],
    ['这次义卖共筹得善款五万元。', 'de2'],
    ['他跑得很快。', 'de5'],
    ['这次检查查得很严。', 'de5'],
    ['仪器测得不准，只好重来。', 'de5'],
    ['他们抢得头破血流。', 'de5'],
    ['警察查得他们无处藏身。', 'de5'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '得')).toBe(reading);
  });
});

describe('着 before 了: zhe after a verb of a lasting state, zháo after one of reaching', () => {
  it.each([
    ['客人还没到，大家已经在大厅里等着了。', 'zhe5'],
    ['车厢里挤满了人，他只好站着了。', 'zhe5'],
    ['门口的灯笼早就挂着了。', 'zhe5'],
    ['他太累了，一躺下就睡着了。', 'zhao2'],
    ['丢了三天的钱包终于找着了。', 'zhao2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '着')).toBe(reading);
  });
});

describe('为 after a verb and a count or a thing it sets up stays "for"', () => {
  it.each([
    ['卫生院分三批为学生接种疫苗。', 'wei4'],
    ['社区设专人为独居老人送餐。', 'wei4'],
    ['他称该公司为员工缴纳了社保。', 'wei4'],
    ['警方称该男子为本案主要嫌疑人。', 'wei2'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '为')).toBe(reading);
  });
});

describe('应 yìng "in response to" before who asked and their invitation; yīng "should" before a verb', () => {
  it.each([
    ['他应朋友之邀前来参加婚礼。', 'ying4'],
    ['应中方邀请，外长将于下周访华。', 'ying4'],
    ['他应老同学之约回到家乡。', 'ying4'],
    ['学校应邀请家长参加开放日。', 'ying1'],
    ['各方应本着互谅精神解决分歧。', 'ying1'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '应')).toBe(reading);
  });
});
