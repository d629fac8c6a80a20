/**
 * An account's name in quotation marks (关注公众号“X”, 搜索“X”) is a name, not a quotation
 * (src/spam/quoted-speech.ts ACCOUNT_NAME): a follow call pasted into someone's speech with its own
 * marks no longer closes the speaker's quotation, so the speech is read. A call that reads the
 * account's name is only marked there: a speaker may say the same in their own words. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { quotationsOf, withoutNameMarks } from '../../src/spam/quoted-speech';
import { useSpamTools, spamTools } from './spam-test-tools';

useSpamTools();

describe('an account’s name in quotes inside speech', () => {
  it('blanks only a name’s marks after the word naming it or a call, one for one', () => {
    const text = '站长说：“关注公众号“晨读小站”回复资料领取，我们每天都更新。”';
    expect(withoutNameMarks(text)).toHaveLength(text.length);
    expect(withoutNameMarks(text)).toContain('＂晨读小站＂');
    expect(withoutNameMarks('他说：“这就是‘老样子’的意思。”')).toBe('他说：“这就是‘老样子’的意思。”');
    expect(withoutNameMarks('她在手机上搜索“防汛指南”四个字')).toBe('她在手机上搜索＂防汛指南＂四个字');
  });

  it('reads the speech around a pasted follow call that brings its own marks (Simplified and Traditional)', () => {
    expect(quotationsOf('老周说：“关注公众号“晨读小站”回复资料领取，这片菜地是我爷爷开出来的。”').map((q) => q.speech)).toEqual([
      '关注公众号“晨读小站”回复资料领取，这片菜地是我爷爷开出来的。',
    ]);
    expect(quotationsOf('老周說：「關注公眾號「晨讀小站」回復資料領取，這片菜地是我爺爺開出來的。」')).toHaveLength(1);
  });

  it('leaves a quotation after a name in quotes that follows no call (a title, a slogan)', () => {
    expect(quotationsOf('他们把活动叫作“菜园子”，老周说：“这片菜地是我爷爷开出来的。”').map((q) => q.speech)).toEqual(['这片菜地是我爷爷开出来的。']);
  });
});

describe('the pipeline: a follow call in speech is marked, the speaker’s words stay', () => {
  const TITLE = '城郊菜园迎来丰收季 老农忙采摘';
  const page = (quoted: string): string[] => ['城郊的菜园这几天迎来丰收，几户老农一早就下地采摘。', quoted, '据了解，今年菜园的产量比去年多了两成。'];
  const found = (quoted: string): { hidden: string[]; marked: string[] } => {
    const spans = spansOf(analyzeSpam(TITLE, page(quoted), spamTools()))[1] ?? [];
    const of = (tier: string): string[] => spans.filter((s) => (s.tier ?? 'hidden') === tier).map((s) => quoted.slice(s.start, s.end));
    return { hidden: of('hidden'), marked: of('suspect') };
  };

  it('marks a pasted call naming its account in quotes, hiding none of the speaker’s words', () => {
    for (const quoted of [
      '老周笑着说：“关注公众号“晨读小站”回复资料领取，这片菜地是我爷爷开出来的，种了几十年了。”',
      '老周笑着说：“这片菜地是我爷爷开出来的，关注公众号“晨读小站”回复资料领取，种了几十年了。”',
    ]) {
      const { hidden, marked } = found(quoted);
      expect(hidden).toEqual([]);
      expect(marked.join('')).toContain('关注公众号“晨读小站”回复资料领取');
    }
  });

  it('hides nothing when a speaker tells people to follow an account in their own words', () => {
    for (const quoted of [
      '街道工作人员说：“大家可以关注公众号“城郊菜园”，回复‘预约’就能领取采摘券，周末人比较多。”',
      '站长介绍：“市民搜索“城郊菜园”小程序，就能看到每天哪些菜成熟了。”',
    ]) {
      expect(found(quoted).hidden).toEqual([]);
    }
  });
});
