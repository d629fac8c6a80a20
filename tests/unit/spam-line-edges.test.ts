/**
 * Session 29: a site's line glued after the writer's comma is hidden from where its marks start, never with the
 * writer's own clause before it or after it (src/spam/line-edges.ts; QA28's failure shape: a writer's short
 * clause, its comma, then a queue-number line). Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { outsiderLineSpans } from '../../src/spam/find-outsider-lines';
import { everySentenceSites, readsAsWriters, siteRange } from '../../src/spam/line-edges';
import { readPage } from '../../src/spam/page';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const part = (text: string): string | null => {
  const r = siteRange(text);
  return r ? text.slice(r[0], r[1]) : null;
};

describe('the writer’s clause at a line’s edge', () => {
  it('reads as the writer’s with a figure, a time or a code inside prose', () => {
    for (const clause of ['上午9时', '记者赶到时', '截至5日20时', '在G25长深高速上', '走出D8次列车后', '气温降到零下3℃', '据了解']) expect(readsAsWriters(clause), clause).toBe(true);
  });

  it('does not when it carries a site’s mark', () => {
    for (const clause of ['取号成功 ｜ A027', '温馨提示：明日停水', '您的快递已到', '【通知】明日停水', '会员卡 ****6620', '本次通话 05:12', 'Cookie设置', '请及时续借'])
      expect(readsAsWriters(clause), clause).toBe(false);
  });

  it('is left out of the hidden part at the head and at the close', () => {
    expect(part('上午9时，取号成功 ｜ A027 ｜ 前方等待6人')).toBe('取号成功 ｜ A027 ｜ 前方等待6人');
    expect(part('记者赶到时，您的快递已由门卫代收 请凭取件码领取')).toBe('您的快递已由门卫代收 请凭取件码领取');
    expect(part('取号成功 ｜ A027 ｜ 前方等待6人，大家这才散去。')).toBe('取号成功 ｜ A027 ｜ 前方等待6人，');
    expect(part('在G25长深高速上，扫码领取通行券 立即领取，车流随后慢慢散开。')).toBe('扫码领取通行券 立即领取，');
  });

  it('keeps a site’s own head and close in the hidden part', () => {
    expect(part('温馨提示：明日停水，请提前储水')).toBe('温馨提示：明日停水，请提前储水');
    expect(part('您好，本店今日营业至22:00 欢迎光临')).toBe('您好，本店今日营业至22:00 欢迎光临');
    expect(part('验证码：482913，5分钟内有效，请勿泄露。')).toBe('验证码：482913，5分钟内有效，请勿泄露。');
  });

  it('leaves nothing to hide when every clause reads as the writer’s', () => {
    expect(part('据了解，现场已恢复通行。')).toBeNull();
  });
});

describe('a line of several sentences', () => {
  it('is a site’s when each sentence carries a site’s mark of its own', () => {
    expect(everySentenceSites('版权声明：本文为原创内容。转载请联系本号授权。')).toBe(true);
    expect(everySentenceSites('点击关注，每天推送。您的支持是我们最大的动力！')).toBe(true);
    expect(everySentenceSites('取号成功 ｜ A027 ｜ 前方等待6人')).toBe(true);
  });

  it('is not when one sentence is plain prose, figures and times or not', () => {
    expect(everySentenceSites('希望您和我们一起努力，让孩子们天天开心！两人在08:15准时出发，13:40抵达营地。')).toBe(false);
    expect(everySentenceSites('下载APP ▶ 立即领取红包。好在大家都平安无事。')).toBe(false);
  });
});

describe('a queue line glued after the writer’s clause, read on a page', () => {
  const TITLE = '社区医院延长门诊时间 居民看病不再扎堆';
  const STORY = [
    '为缓解上午就诊高峰，城东社区医院从本月起把门诊时间延长到晚上八点，周末也安排医生坐诊。',
    '医院负责人介绍，延长时间后，上午的候诊人数比过去少了三成左右，不少上班族下班后就能来看病。',
    '家住附近的刘阿姨说，以前看个感冒要排一上午的队，现在随到随看，方便多了。',
    '医院表示，下一步还将开通线上预约，让居民少跑腿、少排队。',
  ];
  const found = (paragraphs: string[], tier: string): string[] => {
    const page = readPage(TITLE, paragraphs, paragraphs.map(() => []), spamTools());
    return outsiderLineSpans(page).flatMap((spans, p) => spans.filter((s) => s.tier === tier).map((s) => paragraphs[p]?.slice(s.start, s.end) ?? ''));
  };

  it('hides the line and never the writer’s clause before its comma', () => {
    const line = '取号成功 ｜ A027 ｜ 前方等待6人 请耐心等候';
    const paragraphs = [...STORY.slice(0, 3), `${STORY[3]}晚上7时，${line}`];
    const hidden = found(paragraphs, 'hidden').join('');
    expect(hidden).not.toContain('晚上7时');
    expect(hidden).toContain('前方等待6人');
  });

  it('hides nothing of the writer’s last two sentences, an appeal to the reader and a sentence with clock times', () => {
    const paragraphs = [...STORY.slice(0, 3), `${STORY[3]}欢迎您和家人一起来参加义诊活动！医生们在08:15准时出诊，13:40才结束。`];
    expect(found(paragraphs, 'hidden')).toEqual([]);
  });

  it('hides nothing of the writer’s sentence with figures after the same head', () => {
    const paragraphs = [...STORY.slice(0, 3), `${STORY[3]}晚上7时，候诊区叫号屏显示已排到第56号，比上午快了不少。`];
    expect(found(paragraphs, 'hidden')).toEqual([]);
  });
});
