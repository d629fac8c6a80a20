/**
 * Clean text must lose nothing: repeated quotations, headline words used as prose, brackets with
 * real content, real 《》 titles, numbers, Latin, list markers and units. Text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

function hiddenText(title: string, paragraphs: string[]): string[] {
  return findInjectedSpans(title, paragraphs, spamTools()).flatMap((spans, p) =>
    spans.map((s) => (paragraphs[p] ?? '').slice(s.start, s.end)),
  );
}

describe('clean articles', () => {
  it('keeps a quotation the article repeats, as its own paragraph and inside quotes', () => {
    const quote = '我们一定要让每一位老人都吃上热饭,住上暖房,看得起病。';
    const paragraphs = [
      quote,
      '——摘自2010年3月5日《晚报》头版报道',
      `座谈会上,他再次强调:“${quote}”随后,与会代表分组讨论。`,
      '——摘自2010年3月5日《晚报》头版报道',
      '社区负责人表示,要做到“件件有回应、事事有着落”,真正让老人满意。',
      '一年来,社区坚持“件件有回应,事事有着落”,共办结老人诉求三百余件。',
    ];
    expect(hiddenText('社区养老这本账,十年算得明明白白', paragraphs)).toEqual([]);
  });

  it('reads the headline printed again as the first paragraph as the headline, whatever width its colon', () => {
    // The <title> writes a full-width colon, the page's h1 a narrow one; a farm put junk inside it.
    const paragraphs = [
      '港报:动车事故幸♞存(cún)女孩被幼儿园拒收',
      '2011年温州动车事故的幸存者、“奇迹女孩”项炜伊因为腿部有伤,被上海的幼儿园拒收。',
      '据香港《南华早报》报道,小伊伊的家人希望她能和其他孩子一样上学。',
    ];
    expect(hiddenText('港报：动车事故幸存女孩被幼儿园拒收', paragraphs)).toEqual(['♞', '(cún)']);
  });

  it('keeps headline words the article uses in its own sentences', () => {
    const title = '跟着河流重回故乡——这条河,青溪守护20年';
    const paragraphs = [
      '青溪镇位于两条河流的交汇处。二十年前,这条河曾经污染严重。',
      '记者跟着镇里的巡河员,沿着河流重回当年的排污口,如今这里已是一片湿地。',
      '“守护这条河,就是守护我们的故乡。”巡河员说。青溪镇守护河流的经验已在全省推广。',
      '青溪镇的做法表明,守护一条河需要几代人的坚持。',
    ];
    expect(hiddenText(title, paragraphs)).toEqual([]);
  });

  it('keeps brackets with names, acronyms, readings of rare names and notes', () => {
    const paragraphs = [
      '本报讯(记者 王小明 通讯员 李华)世界卫生组织(WHO)昨日发布报告。',
      '该组织(下称世卫)指出,全球约有5000万人(2011年数据)受到影响。',
      '据美联社(AP)报道,研究人员(化名)表示情况正在改善。',
    ];
    expect(hiddenText('世卫发布全球健康报告', paragraphs)).toEqual([]);
  });

  it('keeps real 《》 titles, numbers, Latin, list markers, units and addresses', () => {
    const paragraphs = [
      '据《人民日报》和《经济参考报》报道,《环境保护法》修订草案已提交审议。',
      '2012年上半年GDP增长7.8%,PM2.5平均浓度为35微克/立方米,气温最高30℃。',
      '主要措施有:①加强监管;②完善制度;③公开信息。',
      '详情可登录www.example.com查询,或拨打12345热线。路线为北京→天津→上海。',
      'The report, titled Clean Air For All, was published in English and Chinese.',
      '苹果公司发布了iPhone 4S,售价为4988元。',
    ];
    expect(hiddenText('空气质量报告发布', paragraphs)).toEqual([]);
  });

  it('keeps an organisation name repeated across the article', () => {
    const paragraphs = [
      '中华少年儿童慈善救助基金会昨日宣布启动新项目。',
      '据介绍,中华少年儿童慈善救助基金会将在三年内资助一千所学校。',
      '中华少年儿童慈善救助基金会负责人表示,项目资金全部来自社会捐赠。',
    ];
    expect(hiddenText('基金会启动新项目', paragraphs)).toEqual([]);
  });

  it('keeps an ellipsis written as repeated commas or full stops', () => {
    expect(hiddenText('网友留言', ['我真的不知道该说什么。。。太感动了，，，谢谢大家'])).toEqual([]);
  });
});
