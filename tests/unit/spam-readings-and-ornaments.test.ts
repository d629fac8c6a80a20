import { describe, expect, it } from 'vitest';
import { findStraySymbols } from '../../src/spam/find-symbols';
import { findWordReadings } from '../../src/spam/find-word-readings';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const readings = (text: string): [string, string][] => findWordReadings(text, spamTools()).map((s) => [text.slice(s.start, s.end), s.tier]);

describe('toned readings of a whole word in brackets (family pinyin)', () => {
  it('hides the reading of a common word, syllables apart or together, marks or digits, either script', () => {
    expect(readings('居民反映，社区食堂开在家门口，下班（xià bān）后顺路就能吃上热饭。')).toEqual([['（xià bān）', 'hidden']]);
    expect(readings('志愿者每周末到敬老院帮忙(bang1mang2)，陪老人聊天。')).toEqual([['(bang1mang2)', 'hidden']]);
    expect(readings('新線路開通後，學生【xué shēng】上學時間平均縮短十分鐘。')).toEqual([['【xué shēng】', 'hidden']]);
  });

  it('only marks the reading of a word with a rare character, which a writer may gloss', () => {
    expect(readings('老艺人说，这道菜讲究的是饕餮（tāo tiè）纹样的刀工。')).toEqual([['（tāo tiè）', 'suspect']]);
    // Session 20: 通勤 is rare as a word in open-gram but its characters are common; nobody glosses it.
    expect(readings('新线路开通后，市民通勤（tōng qín）时间平均缩短十分钟。')).toEqual([['（tōng qín）', 'hidden']]);
  });

  it('leaves toneless spellings, readings of other characters, names and talk about pronunciation alone', () => {
    expect(readings('游客在北京胡同（hutong）里骑车。')).toEqual([]);
    expect(readings('他在会上发言（fā biǎo）时表示支持。')).toEqual([]);
    expect(readings('台北（Táiběi）的捷运系统十分便利。')).toEqual([]);
    expect(readings('“行”在银行（yín háng）里读作háng，在行走里读作xíng。')).toEqual([]);
    expect(readings('会议通过了《规划（2021—2025年）》。')).toEqual([]);
  });
});

describe('rows of ornaments opening a sentence (family symbol)', () => {
  const symbols = (text: string): [string, string][] => findStraySymbols(text).map((s) => [text.slice(s.start, s.end), s.tier]);

  it('hides a row of ornaments after a sentence or at the paragraph start, and marks a row of emoji', () => {
    expect(symbols('新馆将于下月开放。◆◇◆展厅面积扩大一倍。')).toEqual([['◆◇◆', 'hidden']]);
    expect(symbols('❀❀❀本周六起，公园恢复夜间开放。')).toEqual([['❀❀❀', 'hidden']]);
    expect(symbols('抽检发现三批次不合格，🔥🔥🔥相关产品已下架。')).toEqual([['🔥🔥🔥', 'suspect']]);
  });

  it('leaves ratings, single bullets, short runs and a writer who writes in emoji alone', () => {
    expect(symbols('口味：★★★★☆环境：★★★☆☆')).toEqual([]);
    expect(symbols('▲资料图。■本报记者 王磊')).toEqual([]);
    expect(symbols('比赛结束了。👏👏下一站是广州。')).toEqual([]);
    expect(symbols('今天终于放假啦🎉🎉，🎈🎈🎈大家一起出去玩吧。')).toEqual([]);
  });
});
