/**
 * The shipped model (assets/public/data/lm.bin) on sentences written for these tests: it stays
 * within its size budget, credits its source, cuts text into sensible words, prefers Chinese to
 * scrambled Chinese, and scores a line pasted into a sentence as more removable than the
 * sentence's own words.
 */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageModel } from '../../src/lm/index';
import { NO_WORD } from '../../src/lm/index';
import { loadNodeLanguageModel } from '../../src/lm/node-loader';

let lm: LanguageModel;
beforeAll(async () => {
  lm = await loadNodeLanguageModel();
}, 120_000);

const wordsOf = (text: string) => {
  const cut = lm.cut(text);
  return cut.ends.map((end, i) => text.slice(i ? cut.ends[i - 1] : 0, end));
};

describe('the shipped language model', () => {
  it('fits its 2 MB share of the extension and names its source and licence', () => {
    expect(statSync(new URL('../../assets/public/data/lm.bin', import.meta.url)).size).toBeLessThanOrEqual(2_000_000);
    expect(lm.about.source).toMatch(/open-gram.*CC BY-SA 3\.0/);
    expect(statSync(new URL('../../assets/public/data/lm.NOTICE.txt', import.meta.url)).size).toBeGreaterThan(0);
  });

  it('cuts text into its own words, Traditional through the Simplified view', () => {
    expect(wordsOf('市政府昨天召开新闻发布会。')).toEqual(['市政府', '昨天', '召开', '新闻', '发布会', '。']);
    expect(wordsOf('市政府昨天召開新聞發佈會。')).toEqual(['市政府', '昨天', '召開', '新聞', '發佈會', '。']);
    const cut = lm.cut('2012年的GDP');
    expect(cut.ids[0]).toBe(NO_WORD);
    expect(cut.ids[cut.ids.length - 1]).toBe(NO_WORD);
  });

  it('finds Chinese more probable than the same characters scrambled', () => {
    expect(lm.logProb('我们今天下午去学校上课')).toBeGreaterThan(lm.logProb('课上校学去午下天今们我') + 10);
  });

  it('scores lines pasted into sentences as more removable than the sentences\' own words', () => {
    const hosts = [
      '市政府昨天召开新闻发布会，介绍今年的城市建设计划。',
      '这所学校的老师们利用暑假走访了全县的贫困家庭。',
      '据气象部门预测，本周末全省大部分地区将迎来降雨天气。',
      '记者从交通部门了解到，这条高速公路预计明年年底通车。',
      '专家认为，提高农民收入是解决农村问题的关键。',
      '参加活动的志愿者大多是附近大学的学生。',
    ];
    const lines = ['我的猫今天学会了开门', '周末打算在家睡一整天', '这家火锅店真的太好吃了'];
    const pasted: number[] = [];
    const real: number[] = [];
    for (const host of hosts) {
      const cut = lm.cut(host);
      // Word boundaries inside the sentence, between two Han characters.
      const inside = cut.ends.filter((end) => end > 2 && end < host.length - 3 && /\p{Script=Han}{2}/u.test(host.slice(end - 1, end + 1)));
      for (const [k, line] of lines.entries()) {
        const at = inside[(k * 3) % inside.length] as number;
        pasted.push(lm.removalGain(host.slice(0, at) + line + host.slice(at), at, at + line.length).gain);
      }
      for (let k = 0; k + 1 < inside.length; k += 2) real.push(lm.removalGain(host, inside[k] as number, inside[k + 1] as number).gain);
    }
    let above = 0;
    for (const p of pasted) for (const r of real) above += p > r ? 1 : 0;
    // The held-out corpus gives 0.82–0.86 (npm run bench:lm); a broken model gives about 0.5.
    expect(above / (pasted.length * real.length)).toBeGreaterThan(0.7);
  });

  it('joins words that belong together better than words that do not', () => {
    expect(lm.junctionFit('我们今天', '去学校')).toBeGreaterThan(lm.junctionFit('我们今天', '城市建设'));
  });
});
