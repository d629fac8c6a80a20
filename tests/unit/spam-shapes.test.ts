import { describe, expect, it } from 'vitest';
import { findAdLines } from '../../src/spam/find-ad-lines';
import { findObfuscatedDomains } from '../../src/spam/find-domains';
import { findEnglishSeo } from '../../src/spam/find-english-seo';
import { findDoubledPunctuation } from '../../src/spam/find-punctuation';
import { findSpeltDomains } from '../../src/spam/find-spelt-domains';
import { findSplitWords } from '../../src/spam/find-split-words';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { mechanicalFinders } from '../../src/spam/index';
import { latinView } from '../../src/spam/latin-view';
import { LATIN_CLEAN_TEXTS } from '../fixtures/latin-clean-texts';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const spans = (found: { start: number; end: number; tier: string }[], text: string): [string, string][] => found.map((s) => [text.slice(s.start, s.end), s.tier]);
const domains = (text: string): [string, string][] => spans([...findSpeltDomains(text), ...findObfuscatedDomains(text)], text);

describe('the Latin view', () => {
  it('reads full width, spelt dots and spaced letters as an address, and maps back to the page', () => {
    const text = '看ｗｗｗ點ａｂ１２３點ｃｏｍ和w w w . x y . c c';
    const view = latinView(text);
    expect(view.text).toBe('看www.ab123.com和www.xy.cc');
    const at = view.text.indexOf('www.xy');
    expect(text.slice(view.chars[at]?.start, view.chars[at + 'www.xy.cc'.length - 1]?.end)).toBe('w w w . x y . c c');
  });

  it('leaves times, numbers and prose as they are', () => {
    expect(latinView('会议12点30分开始，甲乙丙三组').text).toBe('会议12.30分开始，甲乙丙三组');
    expect(latinView('价格为３．５元').text).toBe('价格为3.5元');
  });
});

describe('disguised addresses (family domain)', () => {
  it('hides an address whose dots are spelt out, in any width', () => {
    expect(domains('今天的天气www点yh188点net很好。')).toEqual([['www点yh188点net', 'hidden']]);
    expect(domains('价格上涨abc123。com下跌')).toEqual([['abc123。com', 'hidden']]);
    expect(domains('看abc[.]com和abc dot net')).toEqual([
      ['abc[.]com', 'hidden'],
      ['abc dot net', 'hidden'],
    ]);
    expect(domains('记者了解到ｗｗｗ點ｄｆ６６點ｖｉｐ的情况')).toEqual([['ｗｗｗ點ｄｆ６６點ｖｉｐ', 'hidden']]);
  });

  it('hides an address with its letters spaced out', () => {
    expect(domains('政府表示，w ww. 3 6 5 b e t . c c')).toEqual([['w ww. 3 6 5 b e t . c c', 'hidden']]);
    expect(domains('访问 w w w 点 x x 点 c o m 领取')).toEqual([['w w w 点 x x 点 c o m', 'hidden']]);
  });

  it('hides letters of two widths in one label, and full-width junk between letters', () => {
    expect(domains('据介绍，ｗｗw.ｋｋ８8.com今年')).toEqual([['ｗｗw.ｋｋ８8.com', 'hidden']]);
    expect(domains('x＋ｉ！ａ／ｏ～ｓ′ｈ¢ｕ＼ｏ．ｃ！ｏ＾ｍ')).toEqual([['x＋ｉ！ａ／ｏ～ｓ′ｈ¢ｕ＼ｏ．ｃ！ｏ＾ｍ', 'hidden']]);
  });

  it('marks an address as it is, in either width, only where it stands alone as a clause', () => {
    expect(domains('据悉，此次活动持续三天。ｈｔｔｐ：／／ｄｆ６６．ｖｉｐ')).toEqual([['ｈｔｔｐ：／／ｄｆ６６．ｖｉｐ', 'suspect']]);
    expect(domains('活动持续三天。haocai.org”')).toEqual([['haocai.org', 'suspect']]);
    expect(domains('市民可登录www.bjjtw.gov.cn查询。')).toEqual([]);
  });

  it('leaves addresses as writers cite them, e-mail, versions and tickers alone', () => {
    for (const text of [
      '查询网址为：www．greenchina312．org．cn……',
      '公益行动官网（http：／／songxie．sohu．com）自5月28日正式上线',
      '电子信箱：caibian3＠peopledaily．com．cn',
      '苹果发布iOS 17.2和3.5G网络，A.I.技术，ASP.NET框架，Node.js。',
      '会议12点30分开始，Apple Inc. Co-founder到场。',
    ]) {
      expect(domains(text), text).toEqual([]);
    }
  });
});

describe('signs and marks inside words', () => {
  it('hides a decorated maths sign between two characters, keeps a writer’s maths', () => {
    expect(spans(findStraySymbols('律师李⊕智贤表示'), '律师李⊕智贤表示')).toEqual([['⊕', 'hidden']]);
    expect(spans(findStraySymbols('日∯票后'), '日∯票后')).toEqual([['∯', 'hidden']]);
    for (const text of ['已知△ABC≌△DEF，∵甲∥乙，∴丙', '喂⋯⋯喂，你在吗', '比例为甲∶乙']) expect(findStraySymbols(text), text).toEqual([]);
  });

  it('hides kana dropped inside a word, keeps a borrowed の', () => {
    const text = '基金的管ぺ理费用';
    expect(spans(findSplitWords(text, spamTools()), text)).toEqual([['ぺ', 'hidden']]);
    expect(findSplitWords('她买了一瓶鲜の每日C果汁', spamTools())).toEqual([]);
  });

  it('marks (never hides) a doubled enumeration comma', () => {
    const text = '东城区、、朝阳区和海淀区';
    expect(spans(findDoubledPunctuation(text), text)).toEqual([['、', 'suspect']]);
    expect(findDoubledPunctuation('交通、教育、医疗等问题')).toEqual([]);
    expect(findDoubledPunctuation('等等、、、')).toEqual([]);
  });
});

describe('clean Latin-heavy news', () => {
  it('has nothing hidden by any mechanical finder', () => {
    const finders = mechanicalFinders(spamTools(), []);
    for (const text of LATIN_CLEAN_TEXTS) {
      const hidden = finders.flatMap(([name, find]) => find(text).filter((s) => s.tier === 'hidden').map((s) => `${name}: ${text.slice(s.start, s.end)}`));
      expect(hidden, text).toEqual([]);
    }
  });
});

describe('English search strings (family seo)', () => {
  const seo = (text: string): [string, string][] => spans(findEnglishSeo(text), text);

  it('marks a bare lower-case query in a Chinese sentence', () => {
    expect(seo('这是正确cheap hotel deals online和伟大的选择。')).toEqual([['cheap hotel deals online', 'suspect']]);
    expect(seo('价格相对便宜。buy cheap shoes 2024')).toEqual([['buy cheap shoes 2024', 'suspect']]);
  });

  // Session 19 (s19-ads): wordings written for this test.
  it('hides a query of a spam trade, also beside an ASCII comma', () => {
    expect(seo('展览持续到月底。best poker rooms online, 门票二十元。')).toEqual([['best poker rooms online', 'hidden']]);
    expect(seo('新桥通车了。discount designer replica bags, 市民可乘公交前往。')).toEqual([['discount designer replica bags', 'hidden']]);
  });

  it('leaves English a writer quotes, names and abbreviates alone', () => {
    for (const text of [
      '英国《金融时报》（Financial Times）评论称，这款车“best value for money”。',
      '他在采访中说了一句“no pain, no gain”，随后离开了现场。',
      '我们采用了machine learning方法，准确率提高到95.3%。',
      '他是Harry Potter系列的忠实读者。',
      '口号是：think different and move fast',
      'This is an English paragraph with a few words 中文 in it.',
    ]) {
      expect(seo(text), text).toEqual([]);
    }
  });
});

describe('repeated ad lines (family seo)', () => {
  const ads = (paragraphs: string[]): string[][] => findAdLines(paragraphs).map((found, p) => found.map((s) => `${paragraphs[p]?.slice(s.start, s.end)}`));

  it('hides a call to follow the site pasted twice or more, with its full stop', () => {
    const page = ['市政府昨天召开会议。关注公众号天天看点领取红包。会议决定加快地铁建设。', '地铁三号线明年通车，关注公众号天天看点领取红包。沿线居民表示欢迎。', '关注公众号天天看点领取红包'];
    expect(ads(page)).toEqual([['关注公众号天天看点领取红包。'], ['关注公众号天天看点领取红包。'], ['关注公众号天天看点领取红包']]);
  });

  it('takes only the ad line when host text next to its copies agrees by chance', () => {
    const page = ['透析将按月定额付费添加QQ群5566778领取福利。', '住院押金也要先缴费添加QQ群5566778领取福利。', '李智贤称，添加QQ群5566778领取福利。今后还将治疗。', '李智贤称，添加QQ群5566778领取福利。'];
    const cut = (text: string): string[] => spamTools().segmenter.cut(text);
    const found = findAdLines(page, cut).map((spans, p) => [...new Set(spans.map((s) => page[p]?.slice(s.start, s.end)))]);
    expect(found).toEqual([['添加QQ群5566778领取福利。'], ['添加QQ群5566778领取福利。'], ['添加QQ群5566778领取福利。'], ['添加QQ群5566778领取福利。']]);
  });

  it('leaves a repeated quotation, a single site line and source lines alone', () => {
    expect(ads(['他说：“我们要关注每一个孩子的成长。”会后大家讨论。', '正如他所说，“我们要关注每一个孩子的成长。”'])).toEqual([[], []]);
    expect(ads(['文章正文第一段。', '更多精彩内容请关注本站微信公众号。'])).toEqual([[], []]);
    expect(ads(['（来源：新华社）（责任编辑：王芳）', '正文。', '（来源：新华社）（责任编辑：王芳）'])).toEqual([[], [], []]);
  });
});
