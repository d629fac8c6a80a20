/**
 * The spam stages' view of a Traditional page (src/spam/mainland-view.ts): Taiwan's words for the
 * web's things read as the mainland's, 「」 as “”, same length; a Simplified page unchanged. And a
 * Taiwanese page's furniture is hidden through it while the writer's sentence about the same things
 * stays. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { mainlandView, OWN_TAIWAN_WORDS, TAIWAN_WORDS } from '../../src/spam/mainland-view';
import { toSimplified } from '../../src/script/simplified-view';
import { hidden, useSpamTools } from './spam-test-tools';

useSpamTools();

describe('mainlandView', () => {
  it("reads Taiwan's interface words and quotation marks as the mainland writes them, index for index", () => {
    const text = '請先登入會員，點選下方連結下載軟體，或在網路上搜尋「天氣」。';
    const view = mainlandView(text);
    expect(view).toBe('请先登录会员，点击下方链接下载软件，或在网络上搜索“天气”。');
    expect(view.length).toBe(text.length);
  });

  it('leaves a Simplified page as it is, words both scripts write included', () => {
    for (const text of ['这部影片在网路上很红，资讯也多。', '他先登入系统，再列印报表。', '「这句话」是引号。']) expect(mainlandView(text)).toBe(text);
  });

  it('keeps a Simplified quotation inside a Traditional article in its own words', () => {
    const text = '報導說：“这部影片的导演说，拍摄用了三年，大家都觉得这个故事很好看，也很感人。”';
    expect(mainlandView(text).slice(5)).toBe(toSimplified(text).slice(5));
  });

  it('reads a line of shared characters as Traditional only on a Traditional page', () => {
    const line = '【字型：大 中 小】【列印】';
    expect(mainlandView(line)).toBe(line);
    expect(mainlandView(line, true)).toBe('【字体：大 中 小】【打印】');
  });

  it("takes each of its Taiwan pairs from OpenCC's Taiwan phrases, the project's own apart", async () => {
    // As scripts/build-simplified-table.ts reads opencc-js's dictionaries (they ship without types).
    const dictionary = 'TWPhrases';
    const table = ((await import(`opencc-js/dict/${dictionary}`)) as { default: string }).default;
    const taiwanWords = new Set(table.split('|').map((pair) => pair.split(' ')[1]));
    for (const [taiwan, mainland] of TAIWAN_WORDS) {
      expect(taiwanWords.has(taiwan), taiwan).toBe(true);
      expect(mainland.length).toBe(taiwan.length);
    }
    for (const [taiwan] of OWN_TAIWAN_WORDS) expect(taiwanWords.has(taiwan), taiwan).toBe(false);
  });
});

describe("a Taiwanese page's furniture, through the view", () => {
  const title = '颱風過後 農民搶收高麗菜';
  const first = '受颱風影響，中南部多處菜園泡水，農民趁著天氣轉晴趕緊搶收高麗菜，希望減少損失。';
  const last = '農會表示，今年高麗菜價格可能上漲，呼籲民眾不必搶購，市場供應仍然充足。';

  it("hides a toolbar glued after the writer's last stop, and a follow prompt in Taiwan's words", () => {
    const toolbar = '【字型：大 中 小】【列印】【關閉視窗】';
    expect(hidden(title, [first + toolbar, last])[0]).toEqual([['seo', toolbar]]);
    const prompt = '追蹤我們的粉絲專頁，按讚分享抽好禮！';
    expect(hidden(title, [first, prompt, last])[1]?.map(([, text]) => text).join('')).toBe(prompt);
  });

  it("keeps the writer's sentence about a site's consent window", () => {
    const reported = '市議員質詢時指出，市府網站跳出的Cookie視窗要求民眾點選「同意」，卻沒有說明用途。';
    expect(hidden(title, [first, reported, last]).flat()).toEqual([]);
  });
});
