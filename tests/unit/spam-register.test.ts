/**
 * The register of a screen's line (src/spam/register.ts), read from its text alone: fields, gaps between
 * fields, figures with a screen's unit, clock times and dates, masked digits. A writer's sentence carries
 * one mark at most (a report's percentage, a timetable's time) and a quotation's colon is none. Every line
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { registerFeatures, screenMarks } from '../../src/spam/register';

describe('a screen’s line', () => {
  it('carries two marks or more, whatever it is about', () => {
    for (const line of [
      '蓝牙音箱电量 18% · 约可播放2小时',
      '取号成功 ｜ A027 ｜ 前方等待6人',
      '余额变动：尾号3391账户于14:05转入800.00元',
      '会员卡 ****6620 积分 1,240 有效期至2027-03-31',
      '体重 61.4kg ↓0.3 体脂率 22%',
    ])
      expect(screenMarks(line), line).toBeGreaterThanOrEqual(2);
  });

  it('reads each mark apart', () => {
    expect(registerFeatures('本次通话 05:12').clockTimes).toBe(1);
    expect(registerFeatures('联系人 张**').masked).toBe(1);
    expect(registerFeatures('已用 3.2GB').unitFigures).toBe(1);
    expect(registerFeatures('车次：G123').colonFields).toBe(1);
    expect(registerFeatures('首页 ｜ 发现 ｜ 我的').spacedFields).toBe(2);
  });
});

describe('a writer’s sentence', () => {
  it('carries one mark at most', () => {
    for (const line of [
      '据介绍，这家商场去年的客流量同比增长了15%，节假日尤其明显。',
      '他说：“我每天早上六点就出门，晚上九点多才回家。”',
      '这趟夜班车每天22:30从火车站发车，沿途停靠十二个站点。',
      '老人的退休金每月三千多元，除去房租已所剩无几。',
    ])
      expect(screenMarks(line), line).toBeLessThanOrEqual(1);
  });

  it('the colon before a quotation is no field; Latin words’ own spaces are no gap', () => {
    expect(registerFeatures('她笑着说：“明年还来。”').colonFields).toBe(0);
    expect(registerFeatures('他用的是Windows XP系统').spacedFields).toBe(0);
  });
});
