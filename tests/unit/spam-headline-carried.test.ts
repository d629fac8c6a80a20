/**
 * A headline phrase at a sentence's start that the writer's clause carries on (src/spam/open-ends.ts
 * carriesOn): the headline's object going on into a longer compound closed by 后, or into a modifier
 * closed by 的, is the writer's opening — never hidden; the same phrase glued before a sentence of the
 * writer's own stays hidden. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findInjectedSpans } from '../../src/spam/index';
import { carriesOn } from '../../src/spam/open-ends';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const LEAD = '记者昨天从街道办获悉，本月起街道在老旧小区开展专项行动，已经清走两百多辆没人要的旧车。';
const TAIL = '下一步，街道还将在各小区设置非机动车充电桩。';
const OPENING = '工作人员介绍，行动先从老旧小区开始。';

function titleSpans(title: string, middle: string): [string, string][] {
  const paragraphs = [LEAD, OPENING + middle, TAIL];
  return findInjectedSpans(title, paragraphs, spamTools()).flatMap((spans, p) =>
    spans.filter((s) => s.family === 'title').map((s): [string, string] => [s.tier, paragraphs[p]?.slice(s.start, s.end) ?? '']),
  );
}

describe('a headline phrase the writer’s clause carries on', () => {
  it('is never hidden before a compound closed by 后', () => {
    for (const title of ['街道集中整治废旧车辆', '老旧小区：整治废旧车辆']) {
      expect(titleSpans(title, '整治废旧车辆停放区后，小区里腾出了三十多个车位。').filter(([tier]) => tier === 'hidden')).toEqual([]);
      expect(titleSpans(title, '整治废旧车辆两周后，小区里腾出了三十多个车位。').filter(([tier]) => tier === 'hidden')).toEqual([]);
    }
    expect(titleSpans('老旧小区清理废弃单车', '清理废弃单车棚后，小区里腾出了三十多个车位。').filter(([tier]) => tier === 'hidden')).toEqual([]);
  });

  it('is never hidden inside a modifier closed by 的', () => {
    expect(titleSpans('老旧小区：整治废旧车辆', '整治废旧车辆停放区的工作已经完成，居民停车方便了不少。').filter(([tier]) => tier === 'hidden')).toEqual([]);
  });
});

describe('the same phrase glued before a sentence of the writer’s own', () => {
  it('stays hidden', () => {
    expect(titleSpans('老旧小区：整治废旧车辆', '整治废旧车辆小区里腾出了三十多个车位。')).toEqual([['hidden', '整治废旧车辆']]);
    expect(titleSpans('街道集中整治废旧车辆', '整治废旧车辆居民停车方便了不少。')).toEqual([['hidden', '整治废旧车辆']]);
  });
});

describe('carriesOn', () => {
  it('reads the writer’s clause after the stretch', () => {
    expect(carriesOn('停放区后，小区里腾出了车位。')).toBe(true);
    expect(carriesOn('两周后，小区里腾出了车位。')).toBe(true);
    expect(carriesOn('停放区的工作已经完成。')).toBe(true);
    expect(carriesOn('小区里腾出了三十多个车位。')).toBe(false);
    expect(carriesOn('居民停车方便了不少，大家都很满意。')).toBe(false);
    expect(carriesOn('后')).toBe(false);
  });
});
