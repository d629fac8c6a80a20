import { describe } from 'vitest';
import { pipelineReadings, readingCases } from './pipeline-readings';

// Session 26: QA25's misread classes, described by pattern (never its pages). Sentences written for
// these tests (the dev set, tests/fixtures/pinyin/s26-dev.tsv, and more), read through the whole
// pipeline as the background reads a paragraph. A held-out set written before the rules
// (tests/fixtures/pinyin/s26-heldout.tsv) is scored by scripts/pinyin/written-heldout.ts, not here.
const readingOf = pipelineReadings();

const cases = readingCases(readingOf);

// src/pinyin/strength-jin.ts
describe('劲 before 儿 is jìn; the written 劲 of 强劲, 刚劲 stays jìng', () => {
  cases([
    ['这孩子干活真有股劲儿。', '劲儿', 'jin4 r5'],
    ['他跑了一圈就没劲儿了。', '劲儿', 'jin4 r5'],
    ['风很大，劲儿不小。', '劲儿', 'jin4 r5'],
    ['他的那股认真劲儿让人佩服。', '劲儿', 'jin4 r5'],
    ['他写的字笔力刚劲。', '劲', 'jing4'],
    ['一阵劲风吹过。', '劲', 'jing4'],
  ]);
});

// src/pinyin/benefit-hai.ts
describe('还给 with a verb after the receiver is hái + the coverb 给; giving back keeps huán', () => {
  cases([
    ['他还给我讲了一个故事。', '还', 'hai2'],
    ['学校还给贫困生免了学费。', '还', 'hai2'],
    ['老板还给大家放了三天假。', '还', 'hai2'],
    ['欠你的钱，我过两天还给你。', '还', 'huan2'],
    ['他已经把工具还给仓库了。', '还', 'huan2'],
    ['这个笔是你的，还给你。', '还', 'huan2'],
    ['他还给我五百块钱。', '还', 'huan2'],
    ['自行车我昨天就还给他了。', '还', 'huan2'],
    ['她还给隔壁的老人做了饭。', '还', 'hai2'],
    ['他还给村里的孩子们送去了文具。', '还', 'hai2'],
    ['他还给我们的钱不够。', '还', 'huan2'],
  ]);
});

// src/pinyin/land-di.ts
describe('地 dì after 的, 把 or a measure of land; the manner de after an adverb or a repeated measure', () => {
  cases([
    ['他一家人就靠这几亩地过日子。', '地', 'di4'],
    ['他家的地在村东头。', '地', 'di4'],
    ['他们把地卖给了开发商。', '地', 'di4'],
    ['村里的地都被征用了。', '地', 'di4'],
    ['这片地适合种花生。', '地', 'di4'],
    ['那片地去年就荒了。', '地', 'di4'],
    ['这几亩地是他家的。', '地', 'di4'],
    ['他慢慢地站了起来。', '地', 'de5'],
    ['工人们把旧墙一块块地拆了下来。', '地', 'de5'],
    ['她一个劲地道歉。', '地', 'de5'],
    ['大家十分地高兴。', '地', 'de5'],
  ]);
});

// src/pinyin/doing-gan.ts
describe('干 gàn after a verb of will, an adverb of effort or a manner question, or a person before a complement; gān of things drying', () => {
  cases([
    ['有什么事你尽管放手去干。', '干', 'gan4'],
    ['你要是不想干就早点说。', '干', 'gan4'],
    ['这事儿咱们得好好干。', '干', 'gan4'],
    ['这份工作他干得很出色。', '干', 'gan4'],
    ['他年纪虽小，干起活来一点不含糊。', '干起', 'gan4 qi3'],
    ['两个人干得满头大汗。', '干', 'gan4'],
    ['工人们干不下去了。', '干', 'gan4'],
    ['下了几天雨，地还没干。', '干', 'gan1'],
    ['墙上的油漆干得很快。', '干', 'gan1'],
    ['锅里的汤快烧干了。', '干', 'gan1'],
    ['衣服快要干了。', '干', 'gan1'],
    ['北方的空气这么干。', '干', 'gan1'],
  ]);
});

// src/pinyin/plant-zhong.ts
describe('种 zhòng after kin, a place pronoun or a time; zhǒng after what counts or points', () => {
  cases([
    ['这片菜地是爷爷种的。', '种', 'zhong4'],
    ['去年这里种的全是小麦。', '种', 'zhong4'],
    ['春天种的树都活了。', '种', 'zhong4'],
    ['那种感觉很难说清楚。', '种', 'zhong3'],
    ['一种新的药物已经上市。', '种', 'zhong3'],
    ['超市里各种商品都有。', '种', 'zhong3'],
  ]);
});

// src/pinyin/shop-pu.ts
describe('铺上 after 在 / 到 / 回 is the place pù (shop, bunk); 上铺 after a place before an aspect or a count is 上 + pū', () => {
  cases([
    ['他回到铺上清点货物。', '铺上', 'pu4 shang4'],
    ['他在铺上睡了一夜。', '铺上', 'pu4 shang4'],
    ['工人在路面上铺上一层沥青。', '上铺', 'shang4 pu1'],
    ['先在地上铺上报纸。', '铺上', 'pu1 shang4'],
    ['在铺上地毯的时候要小心。', '铺上', 'pu1 shang4'],
    ['在铺上一层沙子之前先平整地面。', '铺上', 'pu1 shang4'],
    ['他睡上铺。', '上铺', 'shang4 pu4'],
    ['上铺的同学很安静。', '上铺', 'shang4 pu4'],
  ]);
});
