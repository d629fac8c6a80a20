import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Sentences written for these tests. Each case also shows what jieba alone does, so a case that
// stops exercising its rule (a jieba upgrade) fails loudly instead of passing for free.
const segmenter = createNodeSegmenter(['下访']);
const jiebaAlone = (text: string): string => jieba.cut(text, true).join('|');
const regrouped = (text: string): string => segmenter.cut(text).join('|');

describe('guesses that glue a function word are cut back', () => {
  it.each([
    ['记者在发布会上称，新馆下月开放。', '上称', '发布会|上|称'],
    ['厂长在大会上作了检讨。', '上作', '大会|上|作|了'],
    ['他在座谈会上称，今年的收成不错。', '上称', '座谈会|上|称'],
    ['小刘请大家吃饭，老韩没来。', '刘请', '小刘|请'],
    // a modal verb at a guess's end (MODALS)
    ['那条狗很凶，没人敢靠近。', '没人敢', '没人|敢|靠近'],
    // a modal leading a one-character verb in a guess (LEADING_MODALS)
    ['这里的东西可买的不多。', '可买', '东西|可|买|的'],
    ['现在能修的车不多了。', '能修', '现在|能|修|的'],
    // … also in a longer guess (session 14)
    ['花瓣能飘满整个院子。', '能飘满', '花瓣|能|飘满|'],
    ['这种气球能飘多远？', '能飘多远', '气球|能|飘多远'],
    // … and a verb jieba's dictionary holds only as a bound morpheme (zg: 罚, 判; session 15)
    ['闯红灯的司机最多可罚两百元。', '可罚', '最多|可|罚|两百元'],
    ['占道经营的一律要罚。', '要罚', '一律|要|罚|。'],
    ['这点小错，法官怎么敢判重刑？', '敢判', '怎么|敢|判|重刑'],
    // a degree adverb leading an adjective (DEGREE_ADVERBS)
    ['这条路比那条较长。', '较长', '那条|较|长|。'],
    ['我们一定要守好这片林子。', '要守', '要|守|好'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['老板往面里加了醋。', '往面', '老板|往|面|'],
    ['如想报名，请打电话。', '如想', '如|想|报名'],
    ['如遇大雨，请留在家中。', '如遇', '如|遇|大雨'],
    ['违者即罚五百元。', '即罚', '违者|即|罚|'],
    ['每台电脑都要检查。', '每台', '每|台|电脑'],
    ['此塔建于唐代。', '此塔', '此|塔|建于'],
    ['今年油价一直没降。', '没降', '一直|没|降'],
  ])('cuts off a function word jieba tags as a content word: %s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['他们天没亮就出发了。', '天没亮', '天|没|亮'],
    ['孩子拉着妈妈的手不放。', '手不放', '手|不|放'],
  ])('cuts a guess at a negation: %s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it('keeps a verb, a negation and its complement whole (喝不惯, as jieba keeps 买不到)', () => {
    expect(regrouped('老人喝不惯这里的水。')).toContain('|喝不惯|');
  });

  it.each([
    ['同学们都叫她可欣。', '她|可欣|。'],
    ['主持人可馨笑着说。', '主持人|可馨|笑'],
  ])('leaves a modal-led guess whole when no verb follows the modal (a given name): %s', (text, expected) => {
    expect(jiebaAlone(text)).toContain(expected);
    expect(regrouped(text)).toContain(expected);
  });

  it('leaves a guess CC-CEDICT knows whole (据信)', () => {
    expect(regrouped('据信，嫌疑人已经离开本市。')).toContain('据信|，');
  });
});

describe('personal names are one group', () => {
  it.each([
    ['作者：李春风／北京大学', '李|春风', '|李春风|'],
    ['文／记者周海洋　', '周|海洋', '|周海洋|'],
    ['获奖者贾志强发表了讲话。', '贾|志强', '|贾志强|'],
  ])('joins a surname and a word standing alone as a byline name: %s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // (李雪花说 is one name since session 14: a verb of stating after it is the evidence, stated-names.ts)
    ['李雪花在门口等着。', '李|雪花|在'],
    ['薛女士说，她不知道。', '薛|女士|说'],
  ])('keeps a surname and a word apart in running text or an address: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });

  it('joins a surname-led guess and the given character jieba left out', () => {
    const text = '村民王梓萱和张雨霏一起报了名。';
    expect(jiebaAlone(text)).toContain('王梓|萱|和|张雨|霏');
    expect(regrouped(text)).toContain('王梓萱|和|张雨霏');
  });

  it('takes a conjunction as the last given character only before punctuation (苏小和、)', () => {
    const text = '主持人苏小和、嘉宾陈明都到了。';
    expect(jiebaAlone(text)).toContain('苏小|和|、');
    expect(regrouped(text)).toContain('苏小和|、');
    expect(regrouped('记者苏小和王刚都到了。')).not.toContain('苏小和');
  });

  it('joins 小 / 老 and a surname, the familiar address', () => {
    expect(jiebaAlone('小刘请大家吃饭，老韩没来。')).toContain('小|刘请');
    expect(regrouped('小刘请大家吃饭，老韩没来。')).toMatch(/^小刘\|请.*\|老韩\|/);
  });

  it('leaves words after a surname-like character alone', () => {
    expect(regrouped('礼堂能容纳五百人。')).toContain('能|容纳');
    expect(regrouped('这些陶制品很精美。')).toContain('陶|制品');
  });
});

describe('transliterated foreign names are one group', () => {
  it.each([
    ['选手德约科维奇夺冠。', '德约|科维奇', '德约科维奇'],
    ['游客在马斯卡拉纳拍照。', '马|斯卡拉|纳', '马斯卡拉纳'],
    // 奇 is a bound adjective morpheme (ag): it ends a name jieba cut short and glued to 说
    ['裁判卡西奇说。', '卡西|奇说', '卡西奇'],
  ])('%s', (text, split, joined) => {
    expect(jiebaAlone(text)).toContain(split);
    expect(segmenter.cut(text)).toContain(joined);
  });

  it('does not join ordinary words jieba tags as names (登门|道谢)', () => {
    expect(regrouped('他们拎着西瓜登门道谢。')).toContain('登门|道谢');
    expect(regrouped('这个故事很奇特。')).toContain('|奇特|');
  });
});

describe('a name after a title is one group', () => {
  it.each([
    ['车间主任钱真说，明天停工。', '钱|真', '|钱真|说|'],
    ['公司经理卫国华表示，将继续生产。', '卫国|华', '|卫国华|表示|'],
    ['院长于心平表示，医院不收红包。', '于|心平', '|于心平|表示|'],
  ])('joins the surname and given name jieba cut after a title: %s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['市长曾表示，要修路。', '市长|曾|表示'],
    ['校长也表示同意。', '校长|也|表示'],
    ['总经理王强调，要注意安全。', '总经理|王|强调'],
  ])('leaves an adverb or a verb after a title apart: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});

describe('place names are one group', () => {
  it('joins a run of one-character province names (京|港澳)', () => {
    const text = '车辆在京港澳高速上排起长龙。';
    expect(jiebaAlone(text)).toContain('京|港澳');
    expect(regrouped(text)).toContain('京港澳|高速');
  });

  it('gives a village or landform name its last character back (李家沟|村, 刘家|洼)', () => {
    expect(jiebaAlone('会议在李家沟村举行。')).toContain('李家沟|村');
    expect(regrouped('会议在李家沟村举行。')).toContain('李家沟村');
    expect(regrouped('小李家住在刘家洼。')).toContain('刘家洼');
  });

  it.each([
    ['学校在凤凰镇的东头。', '凤凰|镇', '在|凤凰镇|的'],
    ['去年秋天，我们去了青海省的河东乡。', '河东|乡', '的|河东乡|。'],
    ['新开的书店在愚园路的拐角。', '愚园|路', '在|愚园路|的'],
    ['他们一家搬到了门罗县。', '门罗|县', '了|门罗县|。'],
  ])('gives a township, county or road its 镇, 乡, 县 or 路 back: %s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['这个乡的土豆最好吃。', '这个|乡|的'],
    ['每个镇都有一所中学。', '每个|镇|都'],
    ['这条路通向县城。', '条|路|通向'],
    ['我们翻过那座山就到了。', '座|山|就'],
  ])('leaves 镇, 乡, 路 or 山 after a demonstrative or a measure word alone: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['救援队赶到了通渭县新塬镇。', '新|塬|镇', '|通渭县|新塬镇|'],
    ['我们到了古浪县黄羊川镇。', '黄羊|川镇', '|古浪县|黄羊川镇|'],
    ['他家在通州区永乐店镇。', '永乐|店镇', '|通州区|永乐店镇|'],
  ])('joins a township jieba cut after its county: %s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it('leaves a dictionary word that ends in 乡 after a county alone (偏远|山乡)', () => {
    expect(regrouped('会宁县偏远山乡缺医少药。')).toContain('|偏远|山乡|');
  });

  it('reads a name again as the text first wrote it (赵王河, then 赵王|河内 → 赵王河|内)', () => {
    const text = '污水排进了支流赵王河，赵王河内漂着油污。';
    expect(jiebaAlone(text)).toContain('赵王|河内');
    expect(regrouped(text)).toContain('赵王河|内|漂着');
  });

  it.each([
    ['他们住在石板坡附近。', '石板|坡', '石板坡|附近'],
    ['公路从橡树岭脚下经过。', '橡树|岭', '橡树岭'],
  ])('a landform after a common noun (place-names.ts, session 16): %s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it('leaves a settlement after a common noun to the noun (石头|村)', () => {
    expect(regrouped('村口的石头村很小。')).toContain('石头|村');
  });
});

describe('fixed expressions', () => {
  it('keeps 上百 / 上千 whole before a measure word (上百|名, not 上|百名)', () => {
    const text = '救援队救出了上百名被困群众。';
    expect(jiebaAlone(text)).toContain('上|百名');
    expect(regrouped(text)).toContain('上百|名');
  });

  it('keeps numbered five-year plans whole (十三五 as jieba keeps 十四五)', () => {
    const text = '工程预计在十三五期间完成，十二五时期已经开工。';
    expect(jiebaAlone(text)).toContain('十三|五');
    expect(segmenter.cut(text)).toEqual(expect.arrayContaining(['十三五', '十二五']));
  });

  it('keeps a glossary term whole against a dictionary word reaching into it (向|下访)', () => {
    const text = '干部们向下访的群众了解情况。';
    expect(jiebaAlone(text)).toContain('向下|访');
    expect(regrouped(text)).toContain('向|下访');
  });

  it("gives a day of the month its 日 back (12日|晚, not 日晚)", () => {
    const text = '他们将于5月12日晚抵达。';
    expect(jiebaAlone(text)).toContain('日晚');
    expect(regrouped(text)).toContain('12|日|晚');
  });

  it("gives a dispatch's date its 日 back (8日|电, not 日电 \"NEC\")", () => {
    const text = '本报广州3月8日电（记者李明）今天气温回升。';
    expect(jiebaAlone(text)).toContain('日电');
    expect(regrouped(text)).toContain('8|日|电|（');
  });

  it('keeps 日电 with no day number before it', () => {
    expect(jiebaAlone('日电公司发布了新产品。')).toContain('日电');
    expect(regrouped('日电公司发布了新产品。')).toContain('日电|');
  });
});

describe('the regrouped words are still the text', () => {
  it('joins back to the input and tags every word', () => {
    const text = '据新华社电　特雷姆萨村12日发生冲突，哈桑说：“局势严峻。”';
    const tagged = segmenter.tag!(text);
    expect(tagged.map((w) => w.word).join('')).toBe(text);
    expect(tagged.map((w) => w.word)).toEqual(segmenter.cut(text));
    expect(tagged.every((w) => typeof w.tag === 'string')).toBe(true);
  });
});

describe("jieba's dictionary phrases of a word and a function character are cut", () => {
  it.each([
    ['孩子们上课时不准玩手机。', '上课时', '上课|时|不准'],
    ['爷爷每天睡觉时都开着灯。', '睡觉时', '睡觉|时|都'],
    ['他今天是从上海来的。', '是从', '是|从|上海'],
    ['是因为下雨，比赛才推迟了。', '是因为', '是|因为'],
    ['第一是价格高，第二则是质量差。', '第二则', '第二|则|是'],
    // 时 "when" and the verb after it (jieba's entries 时说, 时会)
    ['校长在毕业典礼上致辞时说，同学们辛苦了。', '时说', '致辞|时|说|，'],
    ['汽车高速转弯时会发生侧滑。', '时会', '转弯|时|会|发生'],
  ])('%s', (text, phrase, expected) => {
    expect(jiebaAlone(text)).toContain(phrase);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // a numeral and the measure word 则 (the second item), a rule, a one-character head, an adverb
    ['两条消息，第二则更重要。', '第二则'],
    // (自然|法则 since session 23: jieba's four-character entry of two words is two words; 法则 keeps its 则)
    ['他们遵循自然法则生活。', '法则'],
    ['他先是笑了，然后哭了。', '先是'],
    // 时 opening a word CC-CEDICT knows stays in it
    ['这些时评写得很好。', '时评'],
  ])('keeps %s whole', (text, word) => {
    expect(regrouped(text)).toContain(`|${word}|`);
  });
});

describe("jieba's rarest dictionary pairs of a function character and a neighbour are cut", () => {
  // Each pair is an entry of jieba's dictionary that its own dictionary cut splits when it stands alone.
  const weakEntry = (word: string): boolean => jieba.cut(word, false).length > 1;

  it.each([
    ['新馆已于上月对外开放。', '已于', '新馆|已|于|上'],
    ['今年油价将降至每升七元。', '降至', '将|降|至|'],
    ['这段路最难走。', '这段', '这|段|路'],
    ['这件事不应由他负责。', '不应', '不|应|由'],
  ])('%s', (text, pair, expected) => {
    expect(weakEntry(pair)).toBe(true);
    expect(jiebaAlone(text)).toContain(pair);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // no function character: words of their own that CC-CEDICT lacks (a pedigree, a place)
    ['医生研究了这个家系的遗传病。', '家系'],
    ['周末我们去前海散步。', '前海'],
  ])('keeps %s', (text, word) => {
    expect(weakEntry(word)).toBe(true);
    expect(jiebaAlone(text)).toContain(word);
    expect(regrouped(text)).toContain(`|${word}|`);
  });
});

describe("a department's head keeps the unit's title (销售处|处长, not 销售|处处长)", () => {
  it.each([
    ['专卖局销售处处长李强说，价格不会变。', '处处长', '销售|处|处长|李强'],
    ['他是先锋团团长。', '团团长', '先锋|团|团长'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it('leaves 处处 "everywhere" before a particle to jieba (处处长着 is "grows everywhere")', () => {
    const text = '山坡上处处长着野花。';
    expect(jiebaAlone(text)).toContain('处处长');
    expect(regrouped(text)).not.toContain('处|处长');
  });
});

describe("a guess's edge that belongs to the word beside it", () => {
  it.each([
    ['学校给孩子们送去了600双鞋。', '双鞋', '600|双|鞋'],
    ['村里修了一座120米长的桥。', '米长', '120|米|长|的'],
    ['他写了20万字书稿。', '万字', '20|万|字'],
    ['我们班很多人连早饭都没吃。', '人连', '很多|人|连'],
    ['他们家想换一套房子。', '家想', '他们|家|想'],
    ['市里可王局长不同意。', '可王', '可|王|局长'],
    // measure words CC-CEDICT glosses "classifier for …" (measure-words.json), not tagged q by jieba
    ['小区里新盖了3栋楼。', '栋楼', '3|栋|楼'],
    ['黑板上只写了20行字。', '行字', '20|行|字'],
    ['镇上新修了5条路。', '条路', '5|条|路'],
    // jieba's dictionary phrases of a measure word and a noun, after a number
    ['这列火车只有8节车厢。', '节车厢', '8|节|车厢'],
    ['他昨天收到3封电子邮件。', '封电子邮件', '3|封|电子邮件'],
    // a verb and a measure word whose 一 was left out, before the noun it counts
    ['他家有个窗朝南。', '有个', '有|个|窗'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // a line's name, an approximate hour, a decimal, a name after a quantity word
    ['地铁11号线明年开通。', '11|号线|'],
    ['比赛从晚上7点多钟开始。', '7|点多钟|'],
    ['增长了百分之十四点八。', '点八|'],
    ['两位王芳都来了。', '两位|王芳|'],
  ])('keeps %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    ['这条河很长。', '这条河', '这|条|河'],
    ['这口井很深。', '这口井', '这|口|井'],
    ['每节车厢都很干净。', '节车厢', '每|节|车厢'],
  ])('a measure word after a demonstrative is a word of its own (session 16): %s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it('keeps a CC-CEDICT word after a demonstrative whole (这|条件, not 这|条|件)', () => {
    expect(regrouped('这条件很好。')).toContain('这|条件|');
  });
});

describe('a guess led by 地, 很 or 受, a localiser before 来, a place before 驻', () => {
  it.each([
    ['小王兴奋地喊着跑过来。', '地喊', '兴奋|地|喊'],
    ['他满意地笑了。', '地笑', '满意|地|笑|了'],
    ['他的鞋子很帅啊。', '很帅', '很|帅'],
    ['这条路还很长呢。', '很长', '很|长'],
    ['新同学都加入到队伍中来。', '中来', '队伍|中|来'],
    ['据悉法驻马里大使已回国。', '法驻', '法|驻'],
    ['居民受绿源石化事故影响。', '受绿源', '受|绿源'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 地 "ground" after a noun or a verb of being
    ['这些动物是地栖猴类。', '地栖'],
    ['他在雪地地钩球比赛中得了第一。', '地钩'],
  ])('keeps %s', (text, word) => {
    expect(jiebaAlone(text)).toContain(word);
    expect(regrouped(text)).toContain(`|${word}|`);
  });
});

describe("an adverb jieba's dictionary joins to the first character of a verb", () => {
  it.each([
    ['这种药不适用于儿童。', '不适|用于', '不|适用|于|儿童'],
    ['两国之间尚存在分歧。', '尚存|在', '尚|存在|分歧'],
    ['这种情况并不少见。', '不少|见', '不|少见'],
  ])('%s', (text, glued, expected) => {
    expect(jiebaAlone(text)).toContain(glued);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // "will", a preposition, words that are no adverb + verb
    ['他不知会不会来。', '不知|会|不会'],
    ['你不得以任何理由缺席。', '不得|以'],
    ['我们没有人去过。', '没有|人'],
    ['区别不同情况处理。', '不同|情况'],
  ])('keeps %s', (text, expected) => {
    expect(jiebaAlone(text)).toContain(expected);
    expect(regrouped(text)).toContain(expected);
  });
});

describe('a potential complement is one group', () => {
  it.each([
    ['这种药在网上买得到吗？', '买|得到', '|买得到|'],
    ['只要努力就做得到。', '做|得到', '|做得到|'],
    ['这些菜一天卖得出几十份。', '卖|得出', '|卖得出|'],
  ])('%s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 得到 "obtain" after a modal, a negation, a verb of needing
    ['他们能得到帮助。', '|能|得到|'],
    ['他没得到回复。', '|没|得到|'],
    ['他一定要得到冠军。', '|要|得到|'],
  ])('keeps %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});

describe('the administrative level and 之 at the edge of a guess', () => {
  it('gives the township to the place before it (南坪|乡杏沟 → 南坪乡|杏沟村)', () => {
    const text = '他出生在南坪乡杏沟村。';
    expect(jiebaAlone(text)).toContain('南坪|乡杏沟');
    expect(regrouped(text)).toContain('|南坪乡|杏沟村|');
  });

  it('leaves a township jieba already cut whole (河西乡)', () => {
    expect(regrouped('记者来到河西乡柳屯村。')).toContain('|河西乡|柳屯村|');
  });

  it('cuts 之 off a guess (援助|之|手)', () => {
    const text = '朋友们伸出了援助之手。';
    expect(jiebaAlone(text)).toContain('之手');
    expect(regrouped(text)).toContain('援助|之|手');
  });
});

// jieba guesses 何平 and 于亮, but 何 (a pronoun) and 于 (a preposition) would be cut off as
// glued function characters: the byline keeps them.
describe('a byline names its writer with a one-character given name', () => {
  it.each([
    ['（记者　何平）', '|何平|'],
    ['本报记者 于亮 摄', '|于亮|'],
  ])('%s', (text, expected) => {
    expect(`|${regrouped(text)}|`).toContain(expected);
  });

  it('not a pronoun and a word after a role (记者　何时到)', () => {
    expect(regrouped('记者　何时到达现场？')).toContain('何时');
  });

  it.each([
    // two given characters that jieba guesses across (任笑|一) or cuts as a word and a morpheme (朱子|煜)
    ['（记者 任笑一）', '任笑|一', '|任笑一|'],
    ['本报记者 朱子煜 通讯员 王强', '朱子|煜', '|朱子煜|'],
    ['记者任笑一报道', '任笑|一', '|任笑一|报道|'],
  ])('and with two given characters, whatever jieba made of them: %s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(`|${regrouped(text)}|`).toContain(expected);
  });

  it('not the words a reporter writes after the role (记者从市政府获悉, 记者|了解|到)', () => {
    expect(regrouped('记者从市政府获悉，')).toContain('从|市政府');
    expect(regrouped('记者了解到，')).toContain('记者|了解|到');
  });

  it.each([
    // an adverb that is also a surname (都 还 曾 也), then what the reporter did
    ['记者都表示，现场秩序良好。', '记者|都|表示|，'],
    ['记者还称，事故原因正在调查。', '记者|还|称|，'],
    ['记者曾表示，', '记者|曾|表示|，'],
  ])('not an adverb and a verb after the role: %s', (text, expected) => {
    expect(regrouped(text)).toContain(expected);
  });
});

describe('a word CC-CEDICT has and jieba lacks is one group (join-known-compounds.ts)', () => {
  it.each([
    ['人社部昨天发布了新规定。', '人|社部', '人社部|昨天'],
    ['他从工具箱里拿出一把羊角锤。', '羊角|锤', '一把|羊角锤|。'],
    ['地铁站外停着几辆接驳车。', '接驳|车', '几辆|接驳车|。'],
    ['小区里的流浪猫越来越多。', '流浪|猫', '的|流浪猫|越来越'],
    ['门口的电扶梯坏了。', '电|扶梯', '的|电扶梯|坏'],
  ])('%s', (text, pieces, expected) => {
    expect(jiebaAlone(text)).toContain(pieces);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // an adjective or a verb before a word of its own, a suffix, a degree adverb, a verb's complement
    ['这家大公司的产品出问题了。', '这家|大|公司|的|产品|出|问题|了'],
    ['孩子们的成绩较好。', '孩子|们|的|成绩|较|好'],
    ['他把书送去了学校。', '送|去'],
    ['很多中国人喜欢喝茶。', '中国|人'],
  ])('leaves the phrase CC-CEDICT also lists as jieba cut it: %s', (text, expected) => {
    expect(jiebaAlone(text)).toContain(expected);
    expect(regrouped(text)).toContain(expected);
  });
});

describe("jieba's dictionary phrases of a word and 着, 没, 太 or 在…中 (split-dictionary-phrases.ts, session 12)", () => {
  it.each([
    ['门口摆放着两盆花。', '摆放着', '门口|摆放|着|两'],
    ['屋里洋溢着笑声。', '洋溢着', '屋里|洋溢|着|笑声'],
    ['他到现在还没拿到工资。', '没拿到', '还|没|拿到|工资'],
    ['这件衣服太贵了。', '太贵', '衣服|太|贵|了'],
    ['我们今天太高兴了。', '太高兴', '今天|太|高兴|了'],
    ['这里的房子太小，没理由涨价。', '没理由', '太|小|，|没|理由|涨价'],
    ['校长在讲话中提到了安全。', '在讲话中', '校长|在|讲话|中|提到'],
    ['这种事在历史上很少见。', '在历史上', '事|在|历史|上|很少'],
  ])('cuts %s', (text, phrase, expected) => {
    expect(jiebaAlone(text)).toContain(phrase);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // 太 before a one-character noun: a word of its own (the imperial ancestral temple)
    ['我们去太庙看了看。', '太庙'],
    // 在 before a phrase that does not end in a localiser
    ['他们在此期间没有回家。', '在此期间'],
    // a one-character verb before 着 is left to jieba
    ['她一直看着窗外。', '看着'],
  ])('leaves %s', (text, phrase) => {
    expect(jiebaAlone(text).split('|')).toContain(phrase);
    expect(regrouped(text).split('|')).toContain(phrase);
  });
});

describe('a common surname jieba tags as a noun or a measure word, before a word it tags as a name (join-names.ts, session 12)', () => {
  it.each([
    ['邻居马海涛开了家店。', '马|海涛', '马海涛|开'],
    ['队长张宇航来了。', '张|宇航', '队长|张宇航|来'],
    ['队长张海涛、张红旗都来了。', '张|红旗', '、|张红旗|都'],
  ])('joins %s', (text, cut, expected) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(expected);
  });

  it.each([
    // a rare surname character is the word's own (the sea, a red flag)
    ['海红旗飘扬', '海|红旗'],
    // 张 after a number or a demonstrative is the measure word
    ['桌上有三张红旗的照片。', '三张|红旗'],
    ['我要这张红旗。', '张|红旗'],
  ])('leaves %s', (text, cut) => {
    expect(jiebaAlone(text)).toContain(cut);
    expect(regrouped(text)).toContain(cut);
  });
});

describe('有的 "some" opening a clause is one word (some-at-clause-start.ts, session 12)', () => {
  it('joins it after punctuation and at the start', () => {
    const text = '有的同学骑车，有的同学走路。';
    expect(jiebaAlone(text)).toContain('有|的');
    expect(regrouped(text)).toContain('有的|同学|骑车|，|有的|同学');
  });

  it('leaves a verb and its particle inside a clause (我们应该有的东西)', () => {
    const text = '这是我们应该有的东西。';
    expect(jiebaAlone(text)).toContain('有|的');
    expect(regrouped(text)).toContain('应该|有|的|东西');
  });
});
