import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 29 (issue 14): QA28's never-seen pages, described by class only. Every sentence here was
// written for these tests (not the written-s29 sets').
const segmenter = createNodeSegmenter();
const alone = (text: string): string => segmenter.cut(text).join('|');

describe('a one-character subject and its one-character predicate are two words (subject-predicates.ts)', () => {
  it('splits jieba\'s guess of a noun and an adjective of amount or degree that closes the clause', () => {
    expect(alone('周末景区人少，票价也便宜。')).toContain('|人|少|，');
    expect(alone('山顶风大，要多穿衣服。')).toMatch(/^山顶\|风\|大\|，/);
    expect(alone('这几年湖里的鱼少了。')).toContain('|鱼|少|了|');
  });

  it('splits a degree adverb or a measure-tagged subject jieba files as a bound form (虽|高, 甚|宽, 天|热)', () => {
    expect(alone('这种手机价格虽高，卖得却好。')).toContain('|虽|高|，');
    expect(alone('那年河道甚宽，船可以并排走。')).toContain('|甚|宽|，');
    expect(alone('今天天热，大家都躲在屋里。')).toMatch(/^今天\|天\|热\|，/);
  });

  it('splits a noun and a modal (草|要|绿)', () => {
    expect(alone('园子的草要绿，路要平。')).toContain('|草|要|绿|');
  });

  it('reads 人学 after a quantity or 有 as people who learn', () => {
    expect(alone('现在越来越多人学编竹篮。')).toContain('|人|学|');
    expect(alone('村里很多人学唱戏。')).toContain('|人|学|');
  });

  it('keeps the dictionary\'s words, 人学 as a noun, and a name led by a common surname', () => {
    expect(alone('她心细，手也巧。')).toMatch(/^她\|心细\|/);
    expect(alone('他从小胆小。')).toContain('|胆小|');
    expect(alone('人学研究人的本质。')).toMatch(/^人学\|/);
    expect(alone('马强说明天来。')).toMatch(/^马强\|/);
  });
});

describe('a reduplicated noun or measure word is one word (reduplicated-words.ts)', () => {
  it('joins 年|年 and keeps 件件', () => {
    expect(alone('这家店年年涨价。')).toContain('|年年|');
    expect(alone('她做的衣服件件合身。')).toContain('|件件|');
  });

  it('does not join a year counted by a number with the next 年 (2020年|年中), and keeps 去年|年底', () => {
    expect(alone('工程2020年年中开工。')).toContain('|年中|');
    expect(alone('工程2020年年中开工。')).not.toContain('年年');
    expect(alone('去年年底他回了老家。')).toMatch(/^去年\|年底\|/);
  });

  it('joins the pair before a verb (年年|来), but leaves a word the second makes with a noun after it (道|道台)', () => {
    expect(alone('他年年来这里过冬。')).toMatch(/^他\|年年\|来\|/);
    expect(alone('他后来出任上海道道台。')).toContain('|上海|道|道台|');
  });

  it('gives 年中 back after a word ending in 年 (去年|年|中 → 去年|年中)', () => {
    expect(alone('今年年中，工厂搬到了城外。')).toMatch(/^今年\|年中\|/);
  });
});

describe('阿 + one given character + a title is one name (familiar-titles.ts)', () => {
  it('joins the title jieba glued to the next verb or left alone', () => {
    expect(alone('巷口的阿財師修了一輩子腳踏車。')).toContain('|阿財師|修|');
    expect(alone('大家都说阿明師做的菜最好。')).toContain('|阿明師|做|');
  });

  it('takes the name\'s title from a word jieba\'s dictionary has after a lone 阿 (阿|水伯)', () => {
    expect(alone('阿水伯每天早上去爬山。')).toMatch(/^阿水伯\|/);
  });

  it('leaves a title of two characters, a word after the name, and 阿 words alone', () => {
    expect(alone('阿忠師傅手藝好。')).toMatch(/^阿忠\|師傅\|/);
    expect(alone('阿姨和阿公來了。')).toMatch(/^阿姨\|和\|阿公\|/);
    expect(alone('阿里山的茶很香。')).toMatch(/^阿里山\|/);
  });
});

describe('a verb\'s potential complement with a result character is one group (potential-complements.ts)', () => {
  it('joins V|得|C and V|得C (揉得動, 吃得完)', () => {
    expect(alone('這箱書太重，他搬得動。')).toContain('|搬得動|');
    expect(alone('菜太多了，吃得完嗎？')).toContain('|吃得完|');
  });

  it('leaves a degree complement and 得了 apart (寫|得|好)', () => {
    expect(alone('他的字寫得好。')).toContain('|寫|得|好|');
    expect(alone('这点小事，他办得了。')).not.toContain('办得了');
  });
});
