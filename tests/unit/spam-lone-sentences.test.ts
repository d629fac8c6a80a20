/**
 * Family "sentence", pasted once (src/spam/find-lone-sentences.ts): a chatty line dropped into a
 * news sentence a single time, and text that speaks in the first person on its own account (a
 * column, a quoted interview, a diary), where nothing may be hidden. All text is written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { findLoneSentences } from '../../src/spam/find-lone-sentences';
import { hidden, spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '老城区供水管网改造完成过半';
/** A news article about water mains; every paragraph in the reporter's third-person voice. */
const NEWS = [
  '记者从市水务集团获悉,老城区供水管网改造工程已完成过半,今年年底前将全部完工。',
  '据介绍,老城区供水管网大多铺设于上世纪八十年代,管材老化,爆管漏水时有发生。',
  '此次改造共涉及供水管网一百二十公里,惠及居民约八万户。',
  '水务集团负责人表示,施工期间将提前公告停水时间,并设置临时供水点。',
  '按照计划,改造完成后老城区供水管网漏损率将下降到百分之十以内。',
];

function withLine(p: number, anchor: string, line: string): string[] {
  return NEWS.map((text, i) => {
    if (i !== p) return text;
    const at = text.indexOf(anchor) + anchor.length;
    return text.slice(0, at) + line + text.slice(at);
  });
}

describe('a chatty line pasted once into news prose', () => {
  it('hides a line that opens on 我 and ends on a particle', () => {
    const line = '我今天真的一点都不想上班了';
    const paragraphs = withLine(2, '供水管网', line);
    expect(hidden(TITLE, paragraphs)).toEqual([[], [], [['sentence', line]], [], []]);
  });

  it('hides a line with an inner comma that opens on a time word', () => {
    const line = '昨晚梦见你了,醒来还是很想你';
    const paragraphs = withLine(3, '施工期间', line);
    expect(hidden(TITLE, paragraphs)).toEqual([[], [], [], [['sentence', line]], []]);
  });

  it('hides a line that ends on a mood particle, whatever host word follows', () => {
    const line = '我们周末一起去海边吹吹风吧';
    const paragraphs = withLine(1, '爆管漏水', line);
    expect(hidden(TITLE, paragraphs)).toEqual([[], [['sentence', line]], [], [], []]);
  });

  it('works on a Traditional page too (妳, 們, 嗎)', () => {
    const news = [
      '記者從市水務集團獲悉，老城區供水管網改造工程已完成過半，今年年底前將全部完工。',
      '據介紹，老城區供水管網大多鋪設於上世紀八十年代，管材老化，爆管漏水時有發生。',
      '此次改造共涉及供水管網一百二十公里，惠及居民約八萬戶。',
      '按照計劃，改造完成後老城區供水管網漏損率將下降到百分之十以內。',
    ];
    const line = '妳們知道嗎，我今天真的好累啊';
    const paragraphs = [...news];
    paragraphs[2] = news[2]?.replace('供水管網', `供水管網${line}`) ?? '';
    expect(hidden('老城區供水管網改造完成過半', paragraphs)).toEqual([[], [], [['sentence', line]], []]);
  });

  it('hides nothing rather than a host word when the line is followed by words the article has nowhere else', () => {
    // 随行 is the host's, 记者 the article's own word: the line's end cannot be shown.
    const line = '哪怕全世界都反对,我也要和你在一起';
    const paragraphs = [...NEWS, '随行记者还走访了几户居民,记者看到,新管道已经通到了楼下。'];
    paragraphs[5] = `${line}${paragraphs[5]}`;
    paragraphs[5] = `水务集团邀请${paragraphs[5]}`;
    const found = hidden(TITLE, paragraphs)[5] ?? [];
    for (const [, text] of found) expect(line).toContain(text);
  });

  it('reports the family, a confidence and a reason', () => {
    const line = '我今天真的一点都不想上班了';
    const paragraphs = withLine(2, '供水管网', line);
    const spans = findLoneSentences(paragraphs, paragraphs.map(() => []), spamTools());
    expect(spans[2]).toHaveLength(1);
    expect(spans[2]?.[0]).toMatchObject({ family: 'sentence', start: paragraphs[2]?.indexOf(line), end: (paragraphs[2]?.indexOf(line) ?? 0) + line.length });
    expect(spans[2]?.[0]?.confidence).toBeGreaterThan(0);
    expect(spans[2]?.[0]?.reason).toMatch(/sentence/);
  });
});

describe('text that speaks in the first person on its own account', () => {
  it('leaves a first-person column alone', () => {
    const paragraphs = [
      '我在老城区住了二十多年,家里的水管不知道修过多少回。',
      '那年冬天水管冻裂,我和邻居们提着水桶去街口的临时供水点排队,现在想起来还觉得好笑。',
      '听说供水管网要改造,我心里其实挺高兴的,你要是也住在这一片,一定能明白这种心情。',
      '改造完成以后,我最想做的事,就是痛痛快快地洗一个热水澡吧。',
    ];
    expect(hidden('我家的水管', paragraphs)).toEqual([[], [], [], []]);
  });

  it('leaves a quoted interview alone', () => {
    const paragraphs = [
      '记者在施工现场见到了正在巡查的水务集团工程师老李。',
      '“我干这一行三十年了,老城区的管子我闭着眼睛都能画出来。”老李笑着说。',
      '问起施工中最难的地方,他说:“晚上施工怕吵到居民,我们只能把机器换成小的,慢一点也不要紧。”',
      '老李表示,你们放心吧,年底前一定让大家用上干净的自来水。',
    ];
    expect(hidden(TITLE, paragraphs)).toEqual([[], [], [], []]);
  });

  it('stays silent when the article itself says 我们 outside quotes', () => {
    const line = '我今天真的一点都不想上班了';
    const paragraphs = withLine(2, '供水管网', line);
    paragraphs.push('我们将继续关注老城区供水管网改造的进展。');
    expect(hidden(TITLE, paragraphs).flat()).toEqual([]);
  });

  it('leaves a first-person sentence of a speech printed without quotation marks alone', () => {
    const paragraphs = [
      '在昨天举行的通水仪式上,水务集团董事长发表讲话。',
      '他说,老城区供水管网改造是一项民生工程,关系到八万户居民的日常生活。',
      '经过一年的努力,包括施工人员在内的我们全体职工终于完成了任务,感谢大家的支持和理解。',
    ];
    expect(hidden('老城区供水管网通水', paragraphs).flat()).toEqual([]);
  });

  it('leaves a diary of short first-person lines alone', () => {
    const paragraphs = ['今天天气真好,我和妈妈去公园散步了。', '公园里的花都开了,我拍了好多照片。', '晚上我写完作业就睡觉了,明天还要早起呢。'];
    expect(hidden('我的日记', paragraphs).flat()).toEqual([]);
  });

  it('does not take the line for pasted when it stands as a sentence of its own', () => {
    const paragraphs = [...NEWS];
    paragraphs[2] = `${NEWS[2]}我今天真的一点都不想上班了。`;
    expect(hidden(TITLE, paragraphs).flat()).toEqual([]);
  });
});
