import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 25: words a page makes its own (src/segment/page-words.ts). Sentences written for these
// tests. Each page shows what the paragraph read alone gives, so a case that stops exercising the
// rule fails.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');
const inPage = (page: string[]): string[] => segmenter.tagPage!(page).map((words) => words.map((w) => w.word).join('|'));

describe('page words: a stretch the page repeats as a unit is one word on that page', () => {
  it('joins a name the page writes whole once and cuts elsewhere (after a role, before an address)', () => {
    const page = ['茶馆老板巫德林今年六十岁。', '巫德林说，喝茶要慢慢喝。', '巫德林师傅每天五点起床烧水。'];
    expect(alone(page[0]!)).toContain('巫|德林');
    expect(alone(page[2]!)).toContain('巫|德林');
    const read = inPage(page);
    expect(read[0]).toContain('|巫德林|');
    expect(read[2]).toMatch(/^巫德林\|师傅/);
  });

  it('joins a name seen twice in a person\'s slot, though jieba never reads it whole', () => {
    const page = ['船工谷永新在码头干了三十年。', '谷永新老人说，以前这里很热闹。'];
    expect(alone(page[0]!)).toContain('谷|永新');
    expect(inPage(page)).toEqual(['船工|谷永新|在|码头|干|了|三十年|。', '谷永新|老人|说|，|以前|这里|很|热闹|。']);
  });

  it('joins a lane named by a word that does not take 里 as its localiser, repeated three times', () => {
    const page = ['社区在红梅里开了一家食堂。', '红梅里的老人可以在食堂吃午饭，红梅里的居民都说好。'];
    expect(alone(page[0]!)).toContain('红梅|里');
    const read = inPage(page);
    expect(read[0]).toContain('|红梅里|');
    expect(read[1]!.split('|').filter((w) => w === '红梅里')).toHaveLength(2);
  });

  it('joins a noun compound the page repeats (a post of duty: 检票|岗)', () => {
    const page = ['车站新设了检票岗。', '检票岗的工作人员提醒乘客排队，检票岗旁边还放了饮水机。'];
    expect(alone(page[0]!)).toContain('检票|岗');
    expect(inPage(page)[0]).toBe('车站|新设|了|检票岗|。');
  });

  it('leaves a noun and its localiser apart however often the page writes them (园子|里)', () => {
    const page = ['她在园子里种了葱，园子里还有两棵桃树。', '园子里的菜够吃一个夏天。'];
    expect(inPage(page)[1]).toMatch(/^园子\|里\|/);
  });

  it('leaves a surname and an address apart (马|教授), and an adjective and its noun (新|标准)', () => {
    const teacher = ['马教授说，蔬菜要洗干净。', '马教授提醒市民，剩菜要放冰箱。', '马教授还说，隔夜菜最好别吃。'];
    for (const read of inPage(teacher)) expect(read).toMatch(/^马\|教授\|/);
    const standard = ['新标准下个月实施。', '按照新标准，每个小区都要设置回收点。', '新标准出台后，居民反映不错。'];
    for (const read of inPage(standard)) expect(read).toContain('新|标准');
  });

  it('reads a Traditional page through its Simplified view, in the page\'s characters', () => {
    const page = ['茶館老闆巫德林今年六十歲。', '巫德林說，喝茶要慢慢喝。', '巫德林師傅每天五點起床燒水。'];
    expect(alone(page[2]!)).toContain('巫|德林');
    expect(inPage(page)[2]).toBe('巫德林|師傅|每天|五點|起床|燒水|。');
  });

  it('reads a name seen once as jieba and the rules read it (no page evidence)', () => {
    const page = ['茶馆老板巫德林今年六十岁。', '他说，喝茶要慢慢喝。'];
    expect(inPage(page)[0]).toBe(alone(page[0]!));
  });

  it('gives no words for paragraphs not wanted, and the same words for those wanted', () => {
    const page = ['茶馆老板巫德林今年六十岁。', '巫德林说，喝茶要慢慢喝。', '巫德林师傅每天五点起床烧水。'];
    const some = segmenter.tagPage!(page, new Set([2]));
    expect(some[0]).toEqual([]);
    expect(some[2]!.map((w) => w.word).join('|')).toBe(inPage(page)[2]);
  });
});
