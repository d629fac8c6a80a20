/**
 * Session 32 (issue 12): jammer strings of rare Han characters, tokens joined by dots or dashes, and a lone box
 * symbol between two sentences — found where a farm glues them, left where a writer's text has the same shapes.
 * Every sentence here was written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageModel } from '../../src/lm/index';
import { loadNodeLanguageModel } from '../../src/lm/node-loader';
import { findJammerTokens } from '../../src/spam/find-jammers';
import { findRareHanRuns } from '../../src/spam/find-rare-han';
import { findSeoKeywords } from '../../src/spam/find-seo';
import { findLoneBoxes } from '../../src/spam/find-symbols';
import type { SpamSpan } from '../../src/spam/types';

const hidden = (text: string, spans: SpamSpan[]): string[] => spans.filter((s) => s.tier === 'hidden').map((s) => text.slice(s.start, s.end));
const marked = (text: string, spans: SpamSpan[]): string[] => spans.filter((s) => s.tier === 'suspect').map((s) => text.slice(s.start, s.end));

describe('rare Han runs', () => {
  let model: LanguageModel;
  beforeAll(async () => {
    model = await loadNodeLanguageModel();
  });

  it('hides a run of characters no word is made of, glued after a sentence or inside one', () => {
    const after = '村里新修的水渠已经通水。䡚䍢鯝鵸䩊今年的稻子长得很好。';
    expect(hidden(after, findRareHanRuns(after, model))).toEqual(['䡚䍢鯝鵸䩊']);
    const inside = '记者在现场看到，工人们正䰎䰊㔔㲭在铺设新的管道。';
    expect(hidden(inside, findRareHanRuns(inside, model))).toEqual(['䰎䰊㔔㲭']);
  });

  it('takes a known character standing between rare ones along', () => {
    const text = '展览将持续到下月底。䆌㪊龇䢌㙍魋骛㫵䪔欢迎市民前往参观。';
    expect(hidden(text, findRareHanRuns(text, model))).toEqual(['䆌㪊龇䢌㙍魋骛㫵䪔']);
  });

  // Session 32 (lead): a writer may run rare characters together in a list inside a sentence; between two Han
  // characters a run is hidden only where the two sides join into a word without it.
  it('only marks a run glued inside a sentence where the sides do not join into a word', () => {
    const list = '锕系元素包括锕钍镤铀镎钚镅锔锫锎锿镄钔锘铹等十五种元素。';
    expect(hidden(list, findRareHanRuns(list, model))).toEqual([]);
    expect(marked(list, findRareHanRuns(list, model))).toEqual(['锕钍镤铀镎钚镅锔锫锎锿镄钔锘铹']);
  });

  it('leaves a writer’s rare names, elements and animals, which come three at most', () => {
    for (const text of [
      '动物园新来了两头㺢㹢狓，吸引了不少游客。',
      '研究人员发现，钼锝钌钯纳米粒子可以加快这一反应。',
      '这道菜的做法来自山西，当地人叫它栲栳栳。',
      '村民王㛃说，今年的收成比去年好。',
    ])
      expect(findRareHanRuns(text, model)).toEqual([]);
  });
});

describe('tokens joined by dots or dashes', () => {
  it('hides letter-and-digit tokens joined into a string', () => {
    const text = '会议于昨天下午结束。7d.JUXa3.A8.8964与会代表一致通过了决议。';
    expect(hidden(text, findJammerTokens(text))).toEqual(['7d.JUXa3.A8.8964']);
    const dashed = '工程预计明年完工q0d-v82Q-8o-5N-M1Z，届时将缓解交通压力。';
    expect(hidden(dashed, findJammerTokens(dashed))).toEqual(['q0d-v82Q-8o-5N-M1Z']);
  });

  it('only marks three capital codes joined by dashes (a writer lists strains so)', () => {
    const text = '专家提醒，H7N9-H5N1-H1N1等病毒仍需警惕。';
    expect(hidden(text, findJammerTokens(text))).toEqual([]);
    expect(marked(text, findJammerTokens(text))).toEqual(['H7N9-H5N1-H1N1']);
  });

  it('leaves versions, dates, addresses, phone numbers and model numbers', () => {
    for (const text of [
      '新版本v2.3.1修复了多个漏洞。',
      '活动时间为2012-05-03至2012-05-10。',
      '详情可访问www.example-site.com查询。',
      '咨询电话010-6512-3456。',
      '这款手机型号为SM-G9550-CN，售价三千元。',
      '服务器地址是192.168.1.10。',
      '照片文件名为img_20120503_a.jpg。',
    ])
      expect(findJammerTokens(text).filter((s) => s.tier === 'hidden')).toEqual([]);
  });
});

describe('a lone box between two sentences', () => {
  it('hides a block or a filled square dropped between two sentences', () => {
    const text = '比赛在晚上八点开始。▇主队在上半场就取得了领先。';
    expect(hidden(text, findLoneBoxes(text))).toEqual(['▇']);
    const quoted = '他说：“我们会继续努力。”◼随后他离开了会场。';
    expect(hidden(quoted, findLoneBoxes(quoted))).toEqual(['◼']);
  });

  it('only marks a hollow square (a withheld character) and a box the page heads its paragraphs with', () => {
    const hollow = '案件仍在审理中。□某表示不服判决。';
    expect(hidden(hollow, findLoneBoxes(hollow))).toEqual([]);
    expect(marked(hollow, findLoneBoxes(hollow))).toEqual(['□']);
    const page = ['■记者手记', '采访结束时天已经黑了。■村民们还在地里忙着。'];
    expect(hidden(page[1] ?? '', findLoneBoxes(page[1] ?? '', page))).toEqual([]);
  });

  it('leaves boxes that open a paragraph, sit inside a word, come in rows or are named', () => {
    for (const text of ['■本报记者 张三', '追赠为□□□师。', '比赛结束。■■下一场在周日。', '图中用■标出的是新建道路。', '结果如下。■表示已完成的项目。'])
      expect(findLoneBoxes(text).filter((s) => s.tier === 'hidden')).toEqual([]);
  });
});

describe('a betting name at the paragraph’s end with the farm’s junk after it', () => {
  it('hides the name when only letters and symbols follow it to the end', () => {
    const text = '各地将加强对水质的监测。金狮体育z|h\\i#¢d.#u*d';
    expect(hidden(text, findSeoKeywords(text))).toEqual(['金狮体育']);
  });

  it('leaves a name a date, a credit in brackets or the writer’s words follow', () => {
    for (const text of ['比赛在周日举行。新华体育 2012年10月5日', '（比赛在周日举行。腾讯体育）', '比赛在周日举行。新华体育。', '比赛在周日举行。腾讯体育NBA频道报道'])
      expect(findSeoKeywords(text).filter((s) => s.tier === 'hidden')).toEqual([]);
  });

  // Session 33 (scripts/spam/bench-seo-tail33.ts): only junk that disguises — marks no address or credit is written with.
  it('hides the name when ornaments or a jammer of symbols follow it', () => {
    for (const [text, name] of [
      ['演出将持续到月底。银狐娱乐◆♦◇◆♦', '银狐娱乐'],
      ['他说这只是开始。wonder电竞 Q+ r= T$ k!', 'wonder电竞'],
    ] as const)
      expect(hidden(text, findSeoKeywords(text))).toEqual([name]);
  });

  it('leaves a channel name with its address, channel or credit after it', () => {
    for (const text of [
      '比赛在周日举行。新华体育 sports.xinhua.cn',
      '开奖结果另行公布。福利彩票（www.example-lottery.cn）',
      '比赛在周日举行。央视体育 CCTV-5',
      '比赛在周日举行。腾讯体育@Weibo',
      '比赛在周日举行。北京体育 | sports.example.com',
      '比赛在周日举行。新华体育 ｓｐｏｒｔｓ．ｘｉｎｈｕａ．ｃｎ',
    ])
      expect(findSeoKeywords(text).filter((s) => s.tier === 'hidden')).toEqual([]);
  });
});
