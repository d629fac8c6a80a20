import { describe, expect, it } from 'vitest';
import { pipelineReadings } from './pipeline-readings';

// Session 24: QA23's misread classes, described by pattern (never its pages). Sentences written for
// these tests, read through the whole pipeline as the background reads a paragraph. A held-out set
// written before the rules (tests/fixtures/pinyin/s24-heldout.tsv) is scored by
// scripts/pinyin/written-heldout.ts, not here.
const readingOf = pipelineReadings();

describe('铺 pū "lay, pave" after a time adverb (新铺的, 刚铺好); pù "shop" as a noun', () => {
  it.each([
    ['工人们在广场上新铺了一层石板。', 'pu1'],
    ['路面刚铺好沥青。', 'pu1'],
    ['新铺的草坪还不能踩。', 'pu1'],
    ['院子里新铺的石子路很平整。', 'pu1'],
    ['门前刚铺的水泥还没干。', 'pu1'],
    ['雪后，村民们在路上铺了草垫防滑。', 'pu1'],
    ['街角那家铺子关门了。', 'pu4'],
    ['他在镇上开了个小铺。', 'pu4'],
    ['一家新开的杂货铺。', 'pu4'],
    ['这间铺的租金不便宜。', 'pu4'],
    ['新的铺子开张了。', 'pu4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '铺')).toBe(reading);
  });
});

describe('没过 mò guò "rise over" a body or a level, or after water; méi guò "not passed" after 还, before a span', () => {
  it.each([
    ['河水没过了他的膝盖。', 'mo4 guo4'],
    ['积雪深得能没过小腿。', 'mo4 guo4'],
    ['洪水没过马路。', 'mo4 guo4'],
    ['水位上涨，很快没过了台阶。', 'mo4 guo4'],
    ['泥巴能没过脚踝。', 'mo4 guo4'],
    ['孩子还没过马路。', 'mei2 guo5'],
    ['他从来没过过生日。', 'mei2 guo5'],
    ['这道题我没过脑子就写了。', 'mei2 guo5'],
    ['这个月还没过完。', 'mei2 guo5'],
    ['没过多久他就走了。', 'mei2 guo4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '没过')).toBe(reading);
  });
});

describe('空着 kòng "left empty"; kōng before or after what is empty (空着手, 肚子空着)', () => {
  it.each([
    ['后排的座位一直空着。', 'kong4'],
    ['那间屋子空着没人住。', 'kong4'],
    ['这块地已经空着好几年了。', 'kong4'],
    ['会议室下午空着，可以借用。', 'kong4'],
    ['他空着双手站在门口。', 'kong1'],
    ['他空着手回家了。', 'kong1'],
    ['肚子空着，没力气。', 'kong1'],
    ['天空很蓝。', 'kong1'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '空')).toBe(reading);
  });
});

describe('阿嬷 ā mā in any grouping; 嬷嬷 mó', () => {
  it.each([
    ['她被阿嬷接回家。', '嬷', 'ma1'],
    ['林阿嬤在門口等。', '嬤', 'ma1'],
    ['老嬷嬷端来一碗汤。', '嬷', 'mo2'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('转 zhuǎn "passed on" after 被; zhuàn "revolve" when turns are counted or it makes dizzy', () => {
  it.each([
    ['这条消息在群里被转了好几遍。', 'zhuan3'],
    ['那笔钱被转走了。', 'zhuan3'],
    ['他在操场上转了三圈。', 'zhuan4'],
    ['陀螺被他转了一圈又一圈。', 'zhuan4'],
    ['地球绕着太阳转。', 'zhuan4'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '转')).toBe(reading);
  });
});

describe('转 zhuàn before circles counted, in jieba\'s guess 转起 too; zhuǎn before a circle of people', () => {
  it.each([
    ['小狗在院子里转起了圈。', 'zhuan4'],
    ['他绕着操场转了两圈。', 'zhuan4'],
    ['她把好消息转给了圈子里的朋友。', 'zhuan3'],
  ])('%s', (sentence, reading) => {
    expect(readingOf(sentence, '转')).toBe(reading);
  });
});

describe('得 děi "must" after 还/也/就 in jieba\'s guess with the verb (还|得治); dé in words and before 了', () => {
  it.each([
    ['这病还得治。', '得', 'dei3'],
    ['这事你还得求他帮忙。', '得', 'dei3'],
    ['他终于得救了。', '得救', 'de2 jiu4'],
    ['他还得了冠军。', '得', 'de2'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('铺 舍 弄 塞 read as the verb jieba tags before an object or closing a clause after a place; lanes and places keep the noun', () => {
  it.each([
    ['公司不该四处乱铺摊子。', '铺', 'pu1'],
    ['他往孩子兜里塞。', '塞', 'sai1'],
    ['这道菜要弄就弄好。', '弄', 'nong4'],
    ['晚饭弄得很简单。', '弄', 'nong4'],
    ['他家住在淮海路123弄。', '弄', 'long4'],
    ['镇上新开了一家杂货铺。', '铺', 'pu4'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('转到 / 转至 zhuǎn "shift, transfer to" unless the clause goes round; 切不要 qiè; 载着 zài', () => {
  it.each([
    ['厂里把生产重心转到新产品上。', '转', 'zhuan3'],
    ['这笔钱已经转至对方账户。', '转', 'zhuan3'],
    ['孩子们围着篝火转到半夜。', '转', 'zhuan4'],
    ['出门在外切不要轻信陌生人。', '切', 'qie4'],
    ['这块冻肉太硬了，切不开。', '切', 'qie1'],
    ['渡船载着乘客过江。', '载', 'zai4'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});

describe('攒 zǎn "save up" and 抡 lūn "swing" as verbs; 攒聚 cuán in its word', () => {
  it.each([
    ['她把零花钱攒到年底。', '攒', 'zan3'],
    ['工人抡锤子砸石头。', '抡', 'lun1'],
    ['人们攒聚在村口。', '攒', 'cuan2'],
  ])('%s', (sentence, part, reading) => {
    expect(readingOf(sentence, part)).toBe(reading);
  });
});
