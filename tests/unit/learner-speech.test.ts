import { describe, expect, it } from 'vitest';
import { chooseChineseVoice } from '../../src/learner/speech';

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe('chooseChineseVoice', () => {
  it('prefers a zh-CN voice, then other Mandarin, then any Chinese', () => {
    expect(chooseChineseVoice([voice('en-US'), voice('zh-HK'), voice('zh-TW'), voice('zh-CN')])?.lang).toBe('zh-CN');
    expect(chooseChineseVoice([voice('en-US'), voice('zh-HK'), voice('zh-TW')])?.lang).toBe('zh-TW');
    expect(chooseChineseVoice([voice('en-US'), voice('yue-HK')])?.lang).toBe('yue-HK');
    expect(chooseChineseVoice([voice('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(chooseChineseVoice([voice('zh_CN')])?.lang).toBe('zh_CN');
  });

  it('prefers an on-device voice to a network one', () => {
    expect(chooseChineseVoice([voice('zh-CN', 'online', false), voice('zh-CN', 'local')])?.name).toBe('local');
  });

  it('finds none among other languages', () => {
    expect(chooseChineseVoice([voice('en-US'), voice('ja-JP'), voice('ko-KR')])).toBeNull();
    expect(chooseChineseVoice([])).toBeNull();
  });
});
