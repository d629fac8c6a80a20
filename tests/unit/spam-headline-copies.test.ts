/**
 * Family "title", whole: the headline pasted as printed into the body. Text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findHeadlineCopies, headlineOf } from '../../src/spam/find-headline-copies';
import { findStraySymbols } from '../../src/spam/find-symbols';

const TWO_PARTS = '市图书馆延长开放时间　周末读者增加三成';
const ONE_PART = '市图书馆宣布从下月起把开放时间延长到晚上九点';

const copies = (title: string, paragraphs: string[]): string[] =>
  findHeadlineCopies(title, paragraphs, paragraphs.map(findStraySymbols)).flatMap((spans, p) =>
    spans.map((s) => (paragraphs[p] ?? '').slice(s.start, s.end)),
  );

describe('findHeadlineCopies', () => {
  it('finds a headline pasted mid-sentence, and one run into the next sentence when it has two parts', () => {
    expect(copies(TWO_PARTS, ['馆长介绍，新的安排市图书馆延长开放时间　周末读者增加三成从下月开始。'])).toEqual([TWO_PARTS]);
    expect(copies(TWO_PARTS, ['新的安排从下月开始。市图书馆延长开放时间周末读者增加三成读者反响很好。'])).toEqual([
      '市图书馆延长开放时间周末读者增加三成',
    ]);
  });

  it('reads the copy in either width and past an emoji pasted inside it', () => {
    expect(copies('图书馆延长开放时间，周末读者增加三成', ['馆长说新的安排图书馆延长开放时间,周末读🎉者增加三成从下月开始。'])).toEqual([
      '图书馆延长开放时间,周末读🎉者增加三成',
    ]);
  });

  it('compares against the headline without the site name after it', () => {
    expect(headlineOf(`${TWO_PARTS}_某某快讯网`)).toBe(TWO_PARTS);
    expect(copies(`${TWO_PARTS} - 某某快讯网`, [`馆长介绍，新的安排${TWO_PARTS}从下月开始。`])).toEqual([TWO_PARTS]);
  });

  it('finds a one-part headline only when it is long and glued on both sides', () => {
    expect(copies(ONE_PART, [`读者们都说${ONE_PART}真是好消息。`])).toEqual([ONE_PART]);
    expect(copies(ONE_PART, [`消息传来。${ONE_PART}读者们都说是好消息。`])).toEqual([]);
    expect(copies('视频征集入围短片', ['以下是视频征集入围短片展示：'])).toEqual([]);
  });

  it('keeps the headline as its own paragraph, quoted, or as a title in 《》', () => {
    expect(copies(TWO_PARTS, [TWO_PARTS, '本报昨天以“市图书馆延长开放时间　周末读者增加三成”为题作了报道。'])).toEqual([]);
    expect(copies(TWO_PARTS, ['详见《市图书馆延长开放时间　周末读者增加三成》一文。'])).toEqual([]);
  });

  it('finds a headline of two parts run into the words of a quotation, but not a one-part one', () => {
    expect(copies(TWO_PARTS, [`馆长说：“晚上也能来${TWO_PARTS}看书了。”`])).toEqual([TWO_PARTS]);
    expect(copies(TWO_PARTS, [`读者留言“周末也想来${TWO_PARTS}”。`])).toEqual([TWO_PARTS]);
    expect(copies(ONE_PART, [`馆长说：“我们${ONE_PART}是为了读者。”`])).toEqual([]);
  });
});
