import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 27: the guards that keep a page word (src/segment/page-words.ts) from starting with a
// measure word or a preposition, or joining a surname and a rank. Sentences written for these tests; each page shows what a paragraph
// read alone gives, so a case that stops exercising the rule fails.
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');
const inPage = (page: string[]): string[] => segmenter.tagPage!(page).map((words) => words.map((w) => w.word).join('|'));

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
