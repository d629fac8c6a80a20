import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 27: two characters a page writes together again and again (a craft, a product) are its own
// word (src/segment/page-words.ts, isPair), and the guards that keep a page word from starting with a
// measure word or a preposition. Sentences written for these tests; each page shows what a paragraph
// read alone gives, so a case that stops exercising the rule fails.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');
const inPage = (page: string[]): string[] => segmenter.tagPage!(page).map((words) => words.map((w) => w.word).join('|'));

describe('page words of two characters', () => {
  it('joins a craft the page names three times, in different places, cut in two every time (糖|画)', () => {
    const page = ['集市上有位老人在做糖画，孩子们围着看。', '老人说，糖画要趁热画。', '小女孩举着糖画，笑得很开心。'];
    expect(alone(page[0]!)).toContain('糖|画');
    const read = inPage(page);
    expect(read[0]).toContain('|糖画|');
    expect(read[2]).toContain('|糖画|');
  });

  it('leaves a verb and its object apart however often the page writes them (晒|伞)', () => {
    const page = ['天一晴，师傅们就在院子里晒伞。', '阴天不能晒伞，伞面会发霉。', '游客站在门口看师傅晒伞。'];
    expect(alone(page[1]!)).toContain('晒|伞');
    for (const read of inPage(page)) expect(read).toContain('晒|伞');
  });

  it('leaves two characters apart when the page writes them fewer than three times (糖|画 twice)', () => {
    const page = ['集市上有位老人在做糖画，孩子们围着看。', '小女孩举着糖画，笑得很开心。'];
    for (const read of inPage(page)) expect(read).toContain('糖|画');
  });
});

describe('page words do not start with a measure word or a preposition', () => {
  it('leaves a measure word after a number apart from its noun (第四十五条|军官)', () => {
    const page = ['第四十五条军官应当服从命令。', '第四十六条军官晋升须经考核。', '第四十七条军官退役后由地方安置。'];
    expect(alone(page[0]!)).toContain('条|军官');
    for (const read of inPage(page)) expect(read).toContain('条|军官');
  });

  it('leaves 距 "away from" apart from the place it measures from (距|地球)', () => {
    const page = ['那颗彗星距地球很远。', '明年它距地球最近。', '到那时，人们看到它距地球只有一亿公里。'];
    expect(alone(page[0]!)).toContain('距|地球');
    for (const read of inPage(page)) expect(read).toContain('距|地球');
  });
});

describe('page words do not join a surname and a rank', () => {
  it('leaves 唐|排长 apart however often the page names him', () => {
    const page = ['唐排长说，那年冬天雪很大。', '听了唐排长的话，战士们都笑了。', '唐排长后来回到了家乡。'];
    expect(alone(page[0]!)).toContain('唐|排长');
    for (const read of inPage(page)) expect(read).toContain('唐|排长');
  });
});

describe('a name the page shows takes back its surname from a guess (page-name-starts.ts)', () => {
  it('cuts 叫房|德顺 as 叫|房德顺 where the page names 房德顺 elsewhere', () => {
    const page = ['集市上卖糖人的老人叫房德顺，今年七十岁。', '房德顺说，他十岁就跟父亲学手艺。', '房德顺每天一早就出摊。'];
    expect(alone(page[0]!)).toContain('叫房|德顺');
    expect(inPage(page)[0]).toContain('|叫|房德顺|');
  });

  it('leaves the guess where the page never shows the name', () => {
    const page = ['集市上卖糖人的老人叫房德顺，今年七十岁。', '他说，他十岁就跟父亲学手艺。'];
    expect(inPage(page)[0]).toContain('叫房|德顺');
  });
});
