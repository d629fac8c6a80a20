/**
 * The finders read the speech inside the writer's quotations as a text of their own
 * (src/spam/quoted-speech.ts): a paste amid a speaker's words is found there, while the writer's
 * citation (the quotation holding the thing and nothing else) and a speaker's own citation (nested
 * marks) are left. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSpam, spansOf } from '../../src/spam/index';
import { findInSpeech, quotationsOf } from '../../src/spam/quoted-speech';
import type { SpamSpan } from '../../src/spam/types';
import { spamTools, useSpamTools } from './spam-test-tools';

useSpamTools();

const PASTE = '扫码关注公众号领红包';
/** A stand-in finder: hides the paste wherever it stands, and quotations guard nothing. */
const findPaste = (text: string): SpamSpan[] =>
  [...text.matchAll(new RegExp(PASTE, 'gu'))].map((m) => ({ start: m.index, end: m.index + PASTE.length, family: 'seo', confidence: 0.9, tier: 'hidden', reason: 'A paste.' }));
const shown = (text: string, spans: SpamSpan[]): string[] => spans.map((s) => `${s.tier}:${text.slice(s.start, s.end)}`);

describe('the speech of a quotation, read by a finder', () => {
  it('reads each quotation’s inner text, nested marks turned into the finders’ own', () => {
    const text = '民警说：“骗子常用‘扫码领红包’这样的话。”她点头：「我记住了，谢谢你们」。';
    expect(quotationsOf(text).map((q) => q.speech)).toEqual(['骗子常用“扫码领红包”这样的话。', '我记住了，谢谢你们']);
  });

  it('finds a paste amid a speaker’s words, at the start, in the middle and at the end', () => {
    for (const text of [
      `村支书说：“${PASTE}，今年的路修好了，大家出门方便多了。”`,
      `村支书说：“今年的路修好了，${PASTE}，大家出门方便多了。”`,
      `村支书说：“今年的路修好了，大家出门方便多了。${PASTE}”`,
    ]) {
      expect(shown(text, findInSpeech(text, findPaste)), text).toEqual([`hidden:${PASTE}`]);
    }
  });

  it('leaves the writer citing the thing whole, and a speaker citing it in nested marks', () => {
    for (const text of [`记者看到，手机上弹出“${PASTE}”的提示。`, `民警提醒：“骗子常用‘${PASTE}’这样的话引人上钩。”`, `店主说：「门口贴着『${PASTE}』，天天有人问。」`]) {
      expect(findInSpeech(text, findPaste), text).toEqual([]);
    }
  });

  it('reads speech in double corner marks, and after a verb of saying and its comma', () => {
    for (const text of [`村支书说：『今年的路修好了，${PASTE}，大家出门方便多了。』`, `村支书表示，“今年的路修好了，${PASTE}，大家出门方便多了。”`]) {
      expect(shown(text, findInSpeech(text, findPaste)), text).toEqual([`hidden:${PASTE}`]);
    }
  });

  it('leaves a quotation after a comma that follows no verb of saying (a citation)', () => {
    const text = `门口贴着一张告示，“今年的路修好了，${PASTE}，大家出门方便多了。”`;
    expect(findInSpeech(text, findPaste)).toEqual([]);
  });

  it('leaves a find that starts inside a run of the speaker’s Han characters (a word of theirs)', () => {
    const text = `她问：“我们也可以${PASTE}吗？听说很多人都领到了。”`;
    expect(findInSpeech(text, findPaste)).toEqual([]);
  });

  it('only marks the speaker’s first clause when a finder ran the paste back over it', () => {
    // A finder that takes the paste's whole sentence, from the speech's start.
    const greedy = (text: string): SpamSpan[] => {
      const at = text.indexOf(PASTE);
      if (at < 0) return [];
      const end = at + PASTE.length;
      return [{ start: 0, end, family: 'seo', confidence: 0.9, tier: 'hidden', reason: 'A paste.' }];
    };
    const text = `他说：“路修好了，${PASTE}。大家出门方便多了。”`;
    expect(shown(text, findInSpeech(text, greedy))).toEqual(['suspect:路修好了，', `hidden:${PASTE}`]);
  });
});

describe('the pipeline, with and without reading speech', () => {
  const TITLE = '老街改造完工 居民出行更方便';
  const page = (quoted: string): string[] => ['老街改造工程昨天完工，新铺的石板路平整宽敞。', quoted, '街道办表示，后续还将增设路灯。'];
  const hiddenIn = (quoted: string, without?: string): string[] =>
    (spansOf(analyzeSpam(TITLE, page(quoted), spamTools(), undefined, without ? new Set([without]) : undefined))[1] ?? [])
      .filter((s) => s.tier === 'hidden')
      .map((s) => quoted.slice(s.start, s.end));

  it('hides a takedown notice and a contact pasted amid a resident’s words (left before)', () => {
    const notice = '王大爷说：“以前一下雨就积水，本文图片来自网络，如有侵权请联系删除。现在好了，走路踏实多了。”';
    expect(hiddenIn(notice)).toEqual(['本文图片来自网络，如有侵权请联系删除。']);
    expect(hiddenIn(notice, 'quoted-speech')).toEqual([]);
    expect(hiddenIn('王大爷说：“以前一下雨就积水，加微信：lj88520 现在好了，走路踏实多了。”')).toEqual(['加微信：lj88520']);
  });

  it('leaves the notice the story cites, and the call a police officer quotes', () => {
    expect(hiddenIn('记者看到，告示上写着“本文图片来自网络，如有侵权请联系删除”。')).toEqual([]);
    expect(hiddenIn('民警说：“骗子常用‘觉得有用就转发给家人朋友吧’这样的话来骗点击。”')).toEqual([]);
  });
});
