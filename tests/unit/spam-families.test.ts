/**
 * One case per spam family, on text written for these tests (not corpus or seed text): each
 * insertion is found, with its family and exact extent, and the host text around it is left alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSpam, findInjectedSpans } from '../../src/spam/index';
import { hidden, spamTools, useSpamTools } from './spam-test-tools';
import { findSeoKeywords } from '../../src/spam/find-seo';

useSpamTools();

const TITLE = '市图书馆延长开放时间';

describe('pinyin', () => {
  it('hides readings in brackets after a character, repeated, toned or not', () => {
    expect(hidden(TITLE, ['国(guo)(guo)务院今天发布通知,时(shí)间从下月开始。'])).toEqual([
      [
        ['pinyin', '(guo)(guo)'],
        ['pinyin', '(shí)'],
      ],
    ]);
  });
  it('hides a reading with an emoji glued inside and full-width brackets', () => {
    expect(hidden(TITLE, ['读者可以在周末借(jiè🎉)书,也可以预（yù）约座位。'])).toEqual([
      [
        ['pinyin', '(jiè🎉)'],
        ['pinyin', '（yù）'],
      ],
    ]);
  });
  it('hides a reading in square or lenticular brackets, each closed by its own partner', () => {
    expect(hidden(TITLE, ['新馆【guan3】的座位[zuò]比旧馆多一倍，借阅〔yue4〕也更方便。'])).toEqual([
      [
        ['pinyin', '【guan3】'],
        ['pinyin', '[zuò]'],
        ['pinyin', '〔yue4〕'],
      ],
    ]);
  });
  it('keeps brackets holding a source, a footnote, a letter or a mismatched pair', () => {
    expect(hidden(TITLE, ['【新华社】馆长说[1]，开放时间延长到晚上【A】(shi]也一样。'])).toEqual([[]]);
  });
  it('keeps readings a paragraph about pronunciation gives on purpose', () => {
    expect(hidden(TITLE, ['“行”是多音字：行(háng)业的行，行(xíng)走的行。'])).toEqual([[]]);
    expect(hidden(TITLE, ['「長」有兩個讀音：長(cháng)短的長，長(zhǎng)大的長。'])).toEqual([[]]);
  });
});

describe('symbol', () => {
  it('hides symbols and emoji inside words', () => {
    expect(hidden(TITLE, ['图书⛦馆的阅览☂室里坐满了学③生和退休🎉老人。'])).toEqual([
      [
        ['symbol', '⛦'],
        ['symbol', '☂'],
        ['symbol', '③'],
        ['symbol', '🎉'],
      ],
    ]);
  });
  it('hides an emoji glued after a chain of pasted readings', () => {
    expect(hidden(TITLE, ['市图(tú)(tú)🌸书馆今天开门。'])).toEqual([
      [
        ['pinyin', '(tú)(tú)'],
        ['symbol', '🌸'],
      ],
    ]);
  });
  it('keeps the emoji of a writer who ends clauses with them, and one after a mood particle', () => {
    expect(hidden(TITLE, ['恭喜中国队夺冠🏆全国人民都沸腾了🎉', '大家加油啊💪明天见。'])).toEqual([[], []]);
  });
  it('hides an enclosed number dropped after a sentence, and keeps footnote marks and list items that come in series', () => {
    expect(hidden(TITLE, ['借阅证可以在一楼办理。⑤办理时需要带上身份证。', '新馆明年开放。❸'])).toEqual([[['symbol', '⑤']], [['symbol', '❸']]]);
    expect(hidden(TITLE, ['开放时间延长到晚上九点。①', '①见市图书馆公告。'])).toEqual([[], []]);
    expect(hidden(TITLE, ['调整分两步。②先延长周末。③再延长工作日。'])).toEqual([[]]);
  });
  it('keeps the circle written for zero and the squares that stand for missing characters', () => {
    expect(hidden(TITLE, ['馆藏二○○一年的手抄本，卷五二○四记有“□□堂”三字，作者王某○已无从考证。'])).toEqual([[]]);
  });
});

describe('seo', () => {
  it('hides keywords written in Traditional characters', () => {
    expect(hidden(TITLE, ['館長張《銀河體育app官網》明華介紹了新的安排。', '新的時間從下月開始。星光娛樂平臺官網下載讀者反響很好。'])).toEqual([
      [['seo', '《銀河體育app官網》']],
      [['seo', '星光娛樂平臺官網下載']],
    ]);
  });
  it('hides a betting keyword in 【】, and keeps a dateline or a source there', () => {
    expect(hidden(TITLE, ['【本报北京电】馆长张【金沙娱乐官网】明华介绍，详见【市政府官网】。'])).toEqual([[['seo', '【金沙娱乐官网】']]]);
  });
  it('hides a betting keyword in 《》 inside a name', () => {
    expect(hidden(TITLE, ['馆长张《金沙体育app官网》明华介绍了新的安排。'])).toEqual([[['seo', '《金沙体育app官网》']]]);
  });
  it('keeps a real title that names a public site’s 官网: a plain 官网 in 《》 is not a keyword', () => {
    expect(
      hidden(TITLE, [
        '读者可参阅《国家税务总局官网操作指南》和《故宫博物院官方网站导览手册》。',
        '市政府发布《关于启用新官网：www.sz.gov.cn的公告》。',
      ]),
    ).toEqual([[], []]);
  });
  it('hides only a keyword or an address pasted inside a real title, not the title’s own words', () => {
    expect(hidden(TITLE, ['他推荐了《乡村振兴读本，官网：www.jinsha88.com，第二版》一书。'])).toEqual([
      [['seo', '，官网：www.jinsha88.com']],
    ]);
    expect(hidden(TITLE, ['市里启动《文明城市，星光娱乐官网，共建共享》主题活动。'])).toEqual([[['seo', '，星光娱乐官网']]]);
    expect(hidden(TITLE, ['馆长张《金沙国际体育app官网下载安装》明华介绍了新的安排。'])).toEqual([
      [['seo', '《金沙国际体育app官网下载安装》']],
    ]);
  });
  it('hides a betting platform’s name glued to the end of a paragraph after its last sentence, and keeps a credited source', () => {
    expect(hidden(TITLE, ['开放时间延长到晚上九点。永利娱乐'])).toEqual([[['seo', '永利娱乐']]]);
    expect(hidden(TITLE, ['开放时间延长到晚上九点。来源：新华体育'])).toEqual([[]]);
  });
  it('hides a bare keyword glued after a full stop', () => {
    expect(hidden(TITLE, ['新的时间从下月开始。星光娱乐平台官网下载读者反响很好。'])).toEqual([
      [['seo', '星光娱乐平台官网下载']],
    ]);
  });
  it('hides only a two-character brand before the keyword: the Han characters before it may be the writer’s word, and are marked', () => {
    const text = '他跟着师傅学起了制茶，如今鼎盛体育官网已经开到了第三家店。';
    const spans = findSeoKeywords(text).map((s) => [text.slice(s.start, s.end), s.tier]);
    expect(spans).toEqual([
      ['如今', 'suspect'],
      ['鼎盛体育官网', 'hidden'],
    ]);
    const latin = '新的时间从下月开始。bet9体育官网读者反响很好。';
    expect(findSeoKeywords(latin).map((s) => [latin.slice(s.start, s.end), s.tier])).toEqual([['bet9体育官网', 'hidden']]);
  });
});

describe('jammer', () => {
  it('hides a run of random ASCII on its own line and glued to a paragraph', () => {
    expect(hidden(TITLE, ['w5 s9 B9 ?8 g$ R', '读者反响很好。k3 Q$ 7& b x9 Z'])).toEqual([
      [['jammer', 'w5 s9 B9 ?8 g$ R']],
      [['jammer', 'k3 Q$ 7& b x9 Z']],
    ]);
  });
  it('leaves the host its numbers and its colon at the edges of a run', () => {
    expect(hidden(TITLE, ['新车型东风标致508k X4 D9 V6已上市。', '读者可在n! g9 j2 a97月18日预约,使用功效:D5 =9 u3 k8 @4。'])).toEqual([
      [['jammer', 'k X4 D9 V6']],
      [
        // Which digits of 97月 are the month cannot be told: all of them stay with the host.
        ['jammer', 'n! g9 j2 a'],
        ['jammer', 'D5 =9 u3 k8 @4'],
      ],
    ]);
  });
  it('leaves the host its number before a unit written in Traditional', () => {
    expect(hidden(TITLE, ['讀者可在n! g9 j2 a18號預約，時間從下月開始。'])).toEqual([[['jammer', 'n! g9 j2 a']]]);
  });
  it('hides a lone mark of another script dropped inside a word, Simplified or Traditional', () => {
    expect(
      hidden(TITLE, ['图书馆今天延长开放时间，截∷至晚上九点，借Ф阅的读者比上周多。', '館方表示，延ξ長開放後，期刊閱覽ゞ室和自修※室都坐滿了。', '管理ぃ员说，周末读ｘ者更多，外wwW地游客也来了。']),
    ).toEqual([
      [['jammer', '∷'], ['jammer', 'Ф']],
      [['jammer', 'ξ'], ['jammer', 'ゞ'], ['jammer', '※']],
      [['jammer', 'ぃ'], ['jammer', 'ｘ'], ['jammer', 'wwW']],
    ]);
  });
  it('keeps letters and signs a writer puts between characters, where no word is cut', () => {
    expect(
      hidden(TITLE, [
        '馆里有一本阿Q正传，楼下有卡拉OK厅，我の家就在附近。',
        '展览讲放射性α粒子和β射线，世界B级锦标赛，日K线图，互联网+医疗，甲＞乙，比例是1∶2，喂⋯⋯喂。',
        '读者可以做B超检查吗？不能，但可以买T恤衫，用iPhone手机借书。',
      ]),
    ).toEqual([[], [], []]);
  });
  it('keeps code and formulas quoted in an article', () => {
    expect(hidden(TITLE, ['示例代码如下：for (i = 0; i < n; i++) { x += i; }', '公式写作 f ( x ) = a * x + b 即可。'])).toEqual([[], []]);
  });
});

describe('domain', () => {
  it('hides an address spelt out with junk between the letters', () => {
    expect(hidden(TITLE, ['新的时间从下月开始。+k.a!n/s~h′u¢w\\u·.~c!o,m+'])).toEqual([
      [['domain', '+k.a!n/s~h′u¢w\\u·.~c!o,m+']],
    ]);
  });
  it('leaves the host its full-width tildes and the comma closing its number', () => {
    expect(hidden(TITLE, ['呵呵～～′s+h#u′~od+|u#wen?.,c`o_\\m', '发送到106 99999,z¤h@/is?h/u_s.′h,u^!o|.#\\com,+即可。'])).toEqual([
      [['domain', '′s+h#u′~od+|u#wen?.,c`o_\\m']],
      [['domain', 'z¤h@/is?h/u_s.′h,u^!o|.#\\com,+']],
    ]);
  });
  it('leaves the host the number glued to either end', () => {
    expect(hidden(TITLE, ['据统计,m¤e!ih*?u^i+.z?h\\i_.¤c_o^#m#2006年读者增加。'])).toEqual([
      [['domain', 'm¤e!ih*?u^i+.z?h\\i_.¤c_o^#m#']],
    ]);
  });
});

describe('punctuation', () => {
  it('hides the second mark after a comma, in either width', () => {
    expect(hidden(TITLE, ['周末人很多,,大家排队入场,。工作日人少，，环境安静。'])).toEqual([
      [
        ['punctuation', ','],
        ['punctuation', '。'],
        ['punctuation', '，'],
      ],
    ]);
  });
  it('hides the second of a doubled full stop, and keeps a writer\'s ellipsis of three', () => {
    expect(hidden(TITLE, ['新馆周一开放。。读者可以借书。。。也可以自习。'])).toEqual([[['punctuation', '。']]]);
  });
  it('hides a doubled mark that ends the paragraph', () => {
    expect(hidden(TITLE, ['新馆周一开放。。', '读者可以借书，，', '也可以自习，。'])).toEqual([
      [['punctuation', '。']],
      [['punctuation', '，']],
      [],
    ]);
  });
  it('keeps the marks left in brackets that lost their content', () => {
    expect(hidden(TITLE, ['张明华（，，）是本市图书馆的首任馆长。'])).toEqual([[]]);
  });
});

describe('sentence', () => {
  it('hides a chatty sentence pasted into several sentences of the article', () => {
    const pasted = '我今天就是不想写作业,谁劝都没用';
    const paragraphs = [
      `市图书馆将从下月起延长开放时间,工作日${pasted}晚上九点闭馆。`,
      '馆方表示,这一调整是根据读者的意见作出的。',
      `许多上班族此前反映,下班后赶到图书馆${pasted}时往往已经闭馆。`,
    ];
    const found = hidden(TITLE, paragraphs);
    expect(found[0]).toEqual([['sentence', pasted]]);
    expect(found[1]).toEqual([]);
    expect(found[2]).toEqual([['sentence', pasted]]);
  });
});

describe('title', () => {
  const title = '走进山村小学——这堂课,老师讲了12年';
  const paragraphs = [
    '今年秋天,记者走进讲了年一所大山深处的学校,孩子们每天要这堂课走很远的路走进讲了年来上课。',
    '学校只有三间教室,但走进讲了年每一间都收拾得这堂课干干净净,墙上贴满了孩子们的画走进讲了年。',
    '这所山村小学只有一位老师。他说,这堂课他已经讲了十二年,还会一直讲下去。',
  ];
  it('hides no headline word of a small stuffed page: its pastes prove too little to hide anything', () => {
    expect(hidden(title, paragraphs).flat()).toEqual([]);
  });
  it('scores the odd pastes (讲了年 jumps the 12 of 讲了12年, glued to 走进) above every headline word the writer uses', () => {
    const scored = analyzeSpam(title, paragraphs, spamTools()).scored.filter((c) => c.kind === 'piece');
    const textOf = (c: (typeof scored)[number]): string => {
      const [p, start, end] = c.places[0] ?? [0, 0, 0];
      return paragraphs[p]?.slice(start, end) ?? '';
    };
    const odd = Math.min(...scored.filter((c) => textOf(c) === '走进讲了年').map((c) => c.probability));
    const writers = scored.filter((c) => (c.places[0]?.[0] ?? 0) === 2).map((c) => c.probability);
    expect(writers.length).toBeGreaterThan(0);
    expect(odd).toBeGreaterThan(Math.max(...writers));
  });
});

describe('edges', () => {
  it('answers one list per paragraph, empty ones included, and copes with no title', () => {
    expect(findInjectedSpans('', ['', '今天天气很好。', ''], spamTools())).toEqual([[], [], []]);
  });
  it('copes with a page that repeats itself wholesale', () => {
    const row = '项目名称:乡村图书室,捐赠数量:两百本,负责人:张老师。';
    const found = findInjectedSpans('捐赠清单', Array.from({ length: 300 }, () => row), spamTools());
    expect(found.flat()).toEqual([]);
  });
});

describe('sentences remembered from earlier pages', () => {
  const pasted = '我今天就是不想写作业,谁劝都没用';
  it('hides a single pasted copy of a sentence the caller has seen pasted before', () => {
    const paragraphs = [`馆方表示,这一调整${pasted}是根据读者的意见作出的。`];
    expect(hidden(TITLE, paragraphs, { ...spamTools(), knownSentences: [pasted] })).toEqual([[['sentence', pasted]]]);
  });
  it('keeps the same words when the article quotes them or they stand as a sentence', () => {
    const paragraphs = [`孩子说:“${pasted}。”`, `${pasted}。`];
    expect(hidden(TITLE, paragraphs, { ...spamTools(), knownSentences: [pasted] }).flat()).toEqual([]);
  });
});
