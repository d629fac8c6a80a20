import { describe, expect, it } from 'vitest';
import { formatReading, formatWord, formatWordReadings } from '../../src/pinyin/format';
import { toNumbered } from '../../src/pinyin/numbered';

describe('formatReading', () => {
  it('puts the tone mark on the right vowel', () => {
    expect(formatReading('zhong4')).toBe('zhòng');
    expect(formatReading('hao3')).toBe('hǎo');
    expect(formatReading('gou3')).toBe('gǒu');
    expect(formatReading('gui4')).toBe('guì');
    expect(formatReading('liu2')).toBe('liú');
    expect(formatReading('lve4')).toBe('lüè');
    expect(formatReading('nv3')).toBe('nǚ');
  });

  it('shows the neutral tone unmarked', () => {
    expect(formatReading('de5')).toBe('de');
    expect(formatReading('de5', 'numbers')).toBe('de5');
    expect(formatReading('de5', 'zhuyin')).toBe('˙ㄉㄜ');
  });

  it('writes tone numbers with ü', () => {
    expect(formatReading('lv4', 'numbers')).toBe('lü4');
    expect(formatReading('xing2', 'numbers')).toBe('xing2');
  });

  it('writes zhuyin, undoing y/w spellings and the j/q/x u', () => {
    expect(formatReading('zhong4', 'zhuyin')).toBe('ㄓㄨㄥˋ');
    expect(formatReading('shi4', 'zhuyin')).toBe('ㄕˋ');
    expect(formatReading('yi1', 'zhuyin')).toBe('ㄧ');
    expect(formatReading('yue4', 'zhuyin')).toBe('ㄩㄝˋ');
    expect(formatReading('yuan2', 'zhuyin')).toBe('ㄩㄢˊ');
    expect(formatReading('wei4', 'zhuyin')).toBe('ㄨㄟˋ');
    expect(formatReading('qu4', 'zhuyin')).toBe('ㄑㄩˋ');
    expect(formatReading('lv4', 'zhuyin')).toBe('ㄌㄩˋ');
    expect(formatReading('xiong2', 'zhuyin')).toBe('ㄒㄩㄥˊ');
    expect(formatReading('liu2', 'zhuyin')).toBe('ㄌㄧㄡˊ');
    expect(formatReading('lun2', 'zhuyin')).toBe('ㄌㄨㄣˊ');
    expect(formatReading('er2', 'zhuyin')).toBe('ㄦˊ');
  });

  it('leaves non-Han units empty', () => {
    expect(formatReading('')).toBe('');
  });
});

describe('erhua', () => {
  it('joins an erhua r to the syllable before it', () => {
    expect(formatWord(['yi1', 'dian3', 'r5'])).toBe('yī diǎnr');
    expect(formatWord(['na3', 'r5'], 'numbers')).toBe('nar3');
    expect(formatWord(['yi1', 'dian3', 'r5'], 'zhuyin')).toBe('ㄧ ㄉㄧㄢˇㄦ');
    expect(formatWordReadings(['na3', 'r5'])).toEqual(['nǎr', '']);
  });

  it('keeps ér where 儿 is a syllable of its own', () => {
    expect(formatWord(['er2', 'zi5'])).toBe('ér zi');
    expect(formatWord(['nv3', 'er2'])).toBe('nǚ ér');
  });
});

describe('toNumbered', () => {
  it('reads tone marks, digits and CC-CEDICT spellings alike', () => {
    expect(toNumbered('zhòng')).toBe('zhong4');
    expect(toNumbered('lǜ')).toBe('lv4');
    expect(toNumbered('lu:4')).toBe('lv4');
    expect(toNumbered('Zhong1')).toBe('zhong1');
    expect(toNumbered('de')).toBe('de5');
    expect(toNumbered('le0')).toBe('le5');
    expect(toNumbered('，')).toBe('');
  });
});
