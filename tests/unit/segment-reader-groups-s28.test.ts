import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 28 (issue 14): QA27's never-seen pages, described by class only. Every sentence here was
// written for these tests. Each case shows what the paragraph read alone gives, so a case that stops
// exercising its rule fails.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');
const inPage = (page: string[]): string[] => segmenter.tagPage!(page).map((words) => words.map((w) => w.word).join('|'));

describe('page words: a shop the page names three times is one word, its suffix back from the next word', () => {
  it('joins a tailor\'s shop cut three ways (裁衣|铺, 裁衣|铺就, 裁衣|铺开) and gives 就 and 开 back', () => {
    const page = ['老街上有一家裁衣铺。', '裁衣铺就在桥头。', '裁衣铺开了三十年，裁衣铺的老板姓吴。'];
    expect(alone(page[1]!)).toBe('裁衣|铺就|在|桥头|。');
    expect(alone(page[2]!)).toContain('裁衣|铺开|');
    expect(inPage(page)).toEqual(['老|街上|有|一家|裁衣铺|。', '裁衣铺|就|在|桥头|。', '裁衣铺|开|了|三十年|，|裁衣铺|的|老板|姓|吴|。']);
  });

  it('reads a Traditional page the same way (a rice mill: 碾米|行開 → 碾米行|開)', () => {
    const page = ['鎮上的碾米行開了五十年。', '碾米行的老闆每天五點開門。', '農民把稻穀送到碾米行，碾米行就幫他們碾成白米。'];
    expect(alone(page[0]!)).toContain('碾米|行開|');
    const read = inPage(page);
    expect(read[0]).toBe('鎮上|的|碾米行|開|了|五十年|。');
    expect(read[2]!.split('|').filter((w) => w === '碾米行')).toHaveLength(2);
  });

  it('leaves a noun and the verb 铺 "lay" apart however often the page writes them (路面|铺上, 路面|铺了)', () => {
    const page = ['工人们给路面铺上沥青。', '路面铺好以后要压实。', '这段路面铺了三天。'];
    for (const read of inPage(page)) expect(read).not.toContain('路面铺');
  });

  it('does not take the suffix out of a noun of its own after the name (五金|行业 "the hardware trade", 柳溪|村民)', () => {
    const shop = ['街口的五金行开了二十年。', '五金行的老板姓林。', '他说五金行业这几年不好做，五金行就剩他一家。'];
    expect(inPage(shop)[2]).toMatch(/^他\|说\|五金\|行业\|.*\|五金行\|就\|/);
    const village = ['柳溪村在山脚下。', '柳溪村民种茶为生。', '柳溪村的茶叶远近闻名，柳溪村里有一座老祠堂。'];
    expect(inPage(village)[1]).toMatch(/^柳溪\|村民\|/);
  });

  it('leaves a shop named twice and never read whole as jieba cuts it', () => {
    const page = ['老街上有一家裁衣铺。', '他说，明天就去裁衣铺量尺寸。'];
    expect(inPage(page)).toEqual(page.map(alone));
  });
});

describe('Traditional pages: Taiwan\'s 帳 "account" is read as 账', () => {
  it('keeps 算帳 and 記帳 whole (the view read 算帐, no word, and cut 算|帳), and 帳篷 "tent" as before', () => {
    expect(alone('阿嬤每天晚上都要算帳，還要記帳。')).toBe('阿嬤|每天晚上|都|要|算帳|，|還要|記帳|。');
    expect(alone('他們把帳篷搭在河邊。')).toContain('帳篷');
  });
});

describe('就 "then, just" stands alone before a causative verb (jieba\'s 就让, no word of CC-CEDICT)', () => {
  it('cuts 就|让 in both senses of 就, and leaves 就 "take up" with its object (就位)', () => {
    expect(alone('他说，就让我再打几年吧。')).toBe('他|说|，|就|让|我|再|打|几年|吧|。');
    expect(alone('客人一坐下，他就让服务员端茶。')).toContain('|就|让|');
    expect(alone('选手们就位以后，比赛开始。')).toContain('|就位|');
  });
});
