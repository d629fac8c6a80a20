/**
 * A piece of the headline glued inside the writer's sentence with no punctuation of its own
 * (src/spam/headline-inside.ts), in news sentences written for this test (jieba's Node build and the
 * real language model): glued before the writer's next sentence, right after a comma with the
 * writer's clause going on, or right after a speaker's opening quote; and the writer's own uses of
 * the headline's words there (the subject of the writer's predicate, the opening of a quote), which stay.
 */
import { describe, expect, it } from 'vitest';
import { endsOpen } from '../../src/spam/headline-inside';
import { findInjectedSpans } from '../../src/spam/index';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const TITLE = '城西河道清淤工程完工 汛期排涝能力提升';
const LEAD = '本报讯 记者昨日从区水务局了解到，城西三条河道的清淤工作已于上周结束，共清出淤泥四万余方。';
const WORK = '施工期间，工人们每天清晨五点就下河作业。';
const RESIDENT = '附近居民说，以前一下暴雨，路口积水能没过脚踝。';
const CLOSING = '水务局表示，今后将每年对河道进行一次巡查，发现淤积及时处理。';

/** The title spans of a page, as [tier, text]. */
function titleSpans(title: string, paragraphs: string[]): [string, string][] {
  const found = findInjectedSpans(title, paragraphs, spamTools());
  return found.flatMap((spans, p) => spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']));
}

describe('a piece of the headline glued inside the writer’s sentence', () => {
  it('hides a clause of the headline (a verb of its own) glued before the writer’s next sentence, which opens on its own and reads better without it', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}排涝能力提升${RESIDENT}`, CLOSING])).toEqual([['hidden', '排涝能力提升']]);
    expect(titleSpans(TITLE, [LEAD, `${WORK}河道清淤工程完工工人们还要清理岸边的垃圾。`, CLOSING])).toEqual([['hidden', '河道清淤工程完工']]);
  });

  it('marks it right after a comma, the writer’s clause going on after it', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}附近居民说，河道清淤工程完工以前一下暴雨，路口积水能没过脚踝。`, CLOSING])).toEqual([['suspect', '河道清淤工程完工']]);
  });

  it('only marks a headline phrase with no verb of its own glued there', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}城西河道${RESIDENT}`, CLOSING])).toEqual([['suspect', '城西河道']]);
  });

  it('marks a clause of the headline right after a speaker’s opening quote, the speaker’s words going on', () => {
    expect(titleSpans(TITLE, [LEAD, WORK, '附近居民说：“河道清淤工程完工以前一下暴雨，路口积水能没过脚踝。”', CLOSING])).toEqual([['suspect', '河道清淤工程完工']]);
  });

  it('finds it on a page in Traditional characters', () => {
    const paragraphs = ['本報訊 記者昨日從區水務局了解到，城西三條河道的清淤工作已於上週結束，共清出淤泥四萬餘方。', '施工期間，工人們每天清晨五點就下河作業。排澇能力提升附近居民說，以前一下暴雨，路口積水能沒過腳踝。'];
    expect(titleSpans('城西河道清淤工程完工 汛期排澇能力提升', paragraphs)).toEqual([['hidden', '排澇能力提升']]);
  });
});

describe('the writer’s own uses of a headline piece inside a sentence', () => {
  it('leaves it as the subject the writer’s sentence needs', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}排涝能力提升了不少，${RESIDENT}`, CLOSING])).toEqual([]);
  });

  it('leaves a headline noun phrase glued after a stop as the subject of the writer’s predicate', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}城西河道由区水务局统一管理，每年汛前检查一次。`, CLOSING])).toEqual([]);
  });

  it('leaves a speaker’s quote that opens on the headline’s words as part of the speaker’s sentence', () => {
    expect(titleSpans(TITLE, [LEAD, WORK, '附近居民说：“排涝能力提升了，以前一下暴雨，路口积水能没过脚踝。”', CLOSING])).toEqual([]);
    expect(titleSpans(TITLE, [LEAD, WORK, '附近居民说：“河道清淤工程完工后，路口再也不积水了。”', CLOSING])).toEqual([]);
  });

  it('does not hide a headline stretch ending on a word that waits for the writer’s next words', () => {
    const title = '区水务局应当定期公布河道水质';
    const spans = titleSpans(title, [LEAD, `${WORK}区水务局应当每月向社会公布一次检测结果。`, CLOSING]);
    expect(spans.filter(([tier]) => tier === 'hidden')).toEqual([]);
  });

  it('leaves it where the clause after the comma reads worse without it', () => {
    expect(titleSpans(TITLE, [LEAD, WORK + RESIDENT, '水务局表示，河道清淤工程完工后，今后将每年对河道进行一次巡查。'])).toEqual([]);
  });

  it('leaves it where the writer says it elsewhere on the page', () => {
    const lead = '本报讯 记者昨日从区水务局了解到，城西三条河道的清淤工作已于上周结束，排涝能力提升是这次工程的主要目标。';
    expect(titleSpans(TITLE, [lead, `${WORK}排涝能力提升${RESIDENT}`, CLOSING])).toEqual([]);
  });

  it('leaves a piece between two of the writer’s words unmarked (no level reached four pastes in five there)', () => {
    expect(titleSpans(TITLE, [LEAD, `${WORK}附近居民说，以前一下暴雨，路口积水排涝能力提升能没过脚踝。`, CLOSING])).toEqual([]);
  });
});

describe('a stretch that waits for more (endsOpen)', () => {
  it('reads a modal, a preposition, a particle or a demonstrative with its measure word as waiting', () => {
    expect(endsOpen({ word: '应当', tag: 'v' })).toBe(true);
    expect(endsOpen({ word: '可以', tag: 'c' })).toBe(true);
    expect(endsOpen({ word: '这栋', tag: 'r' })).toBe(true);
    expect(endsOpen({ word: '的', tag: 'uj' })).toBe(true);
  });

  it('reads a verb or a pronoun that closes its clause as complete', () => {
    expect(endsOpen({ word: '完工', tag: 'v' })).toBe(false);
    expect(endsOpen({ word: '提升', tag: 'v' })).toBe(false);
    expect(endsOpen({ word: '我们', tag: 'r' })).toBe(false);
  });
});
