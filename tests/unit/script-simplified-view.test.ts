/** The Simplified view every word-level step reads: same length, index for index. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hasTraditionalForm, toSimplified, toSimplifiedForm } from '../../src/script/simplified-view';
import { compileSimplifiedTable } from '../../src/script/compile-simplified-table';
import { buildSimplifiedTable, formatSimplifiedTable, SIMPLIFIED_TABLE_OUTPUT } from '../../scripts/build-simplified-table';

describe('toSimplified', () => {
  it('converts a Traditional sentence character for character', () => {
    expect(toSimplified('領導幹部下訪接訪，習近平同志說')).toBe('领导干部下访接访，习近平同志说');
    expect(toSimplified('頭髮、發現、之後、為什麼、裡面、臺灣')).toBe('头发、发现、之后、为什么、里面、台湾');
  });

  it('never changes the length, and leaves astral characters and their surrogates alone', () => {
    const text = '𠀀個a\ud840們𠮷這\udc00乾。';
    const view = toSimplified(text);
    expect(view.length).toBe(text.length);
    expect(view).toBe('𠀀个a\ud840们𠮷这\udc00干。');
    for (let i = 0; i < text.length; i++) {
      if (/[\ud800-\udfff]/.test(text.charAt(i))) expect(view.charAt(i)).toBe(text.charAt(i));
    }
  });

  it('reads Simplified text through unchanged, with the Traditional characters Simplified keeps', () => {
    const simplified = '著名作家看着乾隆年间的档案，于是找了一个借口；慰藉、哪吒、皇后、干涉都是这个意思。';
    expect(toSimplified(simplified)).toBe(simplified);
    // Simplified sources keep a stray Traditional character here and there: so does the view.
    const stray = '宋太宗继位后，他迁閤门祗候，家里的财産都给了这些人。';
    expect(toSimplified(stray)).toBe(stray);
  });

  it('converts a character Simplified also writes only where the text reads Traditional', () => {
    expect(toSimplified('他看著我說話。')).toBe('他看着我说话。');
    expect(toSimplified('這位著名作家說')).toBe('这位著名作家说');
    expect(toSimplified('這本原著和他編著的書')).toBe('这本原著和他编著的书');
    expect(toSimplified('這些合作夥伴說')).toBe('这些合作伙伴说');
    expect(toSimplified('乾隆皇帝說')).toBe('乾隆皇帝说');
    expect(toSimplified('衣服乾淨了')).toBe('衣服干净了');
    expect(toSimplified('他找了一個藉口。')).toBe('他找了一个借口。');
    // A Simplified sentence quoted inside a Traditional article keeps its own 著名.
    const quoted = '報導說：“这位著名作家的新书很受欢迎，大家都想读一读这本书里的故事，她们都说好看。”';
    expect(toSimplified(quoted).slice(5)).toBe(quoted.slice(5));
  });

  it('keeps the regional vocabulary as written, in Simplified characters', () => {
    expect(toSimplified('軟體、計程車、網路、資訊、捷運、影片')).toBe('软体、计程车、网路、资讯、捷运、影片');
  });

  it('returns the same string when nothing converts, and tells whether anything would', () => {
    const text = '没有繁体字的句子。';
    expect(toSimplified(text)).toBe(text);
    expect(hasTraditionalForm(text)).toBe(false);
    expect(hasTraditionalForm('幹部')).toBe(true);
    expect(toSimplified('')).toBe('');
  });
});

describe('compileSimplifiedTable', () => {
  // CC-CEDICT-like headwords, [traditional, simplified].
  const cedict = [
    ['干', '干'], ['個', '个'], ['們', '们'], ['麼', '么'], ['么', '么'], ['著', '着'],
    ['乾隆', '乾隆'], ['著名', '著名'], ['夥伴', '夥伴'], ['伙伴', '伙伴'],
  ] as const;

  it('splits characters into those only Traditional writes and those Simplified writes too, and keeps BMP one-for-one pairs only', () => {
    const table = compileSimplifiedTable(
      {
        characters: [['個', '个'], ['們', '们'], ['幹', '干'], ['乾', '干'], ['麼', '么'], ['夥', '伙'], ['𠀀', '个'], ['㑯', '𠀀'], ['一', '一']],
        variants: [['著', '着'], ['么', '幺']],
        phrases: [['乾隆', '乾隆'], ['乾個', '干个'], ['𠀀個', '𠀀个'], ['乾乾', '干']],
      },
      cedict,
    );
    expect(table.traditionalOnly).toBe('個个們们幹干麼么');
    // 么 is itself Simplified (什么): its regional reading 幺 is never applied.
    expect(table.alsoSimplified).toBe('乾干夥伙著着');
    // 乾個 converts by its characters already; the astral and length-changing phrases are dropped.
    // CC-CEDICT's 著名 keeps 著 (着名 is no word); its 夥伴 does not (伙伴 is one).
    expect(table.phrases).toEqual(['乾隆乾隆', '著名著名']);
    // 干 and 么 are written in Traditional too: only 个, 们 and 着 say a text is Simplified.
    expect(table.simplifiedOnly).toBe('个们着');
  });
});

describe('compileSimplifiedTable: Taiwan\'s 帳 for 賬', () => {
  it('writes each CC-CEDICT word with 賬 Taiwan\'s way as a phrase, where converting 帳 by character makes no word', () => {
    const table = compileSimplifiedTable(
      { characters: [['帳', '帐'], ['賬', '账'], ['記', '记'], ['戶', '户']], variants: [], phrases: [] },
      [['記賬', '记账'], ['賬本', '账本'], ['帳篷', '帐篷'], ['帳戶', '帐户'], ['賬戶', '账户']],
    );
    // 帳篷 converts to a word by character; 帳戶 → 帐户 is a word of its own: both left to the characters.
    expect(table.phrases).toEqual(['帳本账本', '記帳记账']);
  });
});

describe('the committed table', () => {
  it('is what the build script compiles from the installed opencc-js and CC-CEDICT', async () => {
    const committed = await readFile(SIMPLIFIED_TABLE_OUTPUT, 'utf8');
    expect(committed).toBe(formatSimplifiedTable(await buildSimplifiedTable()));
  }, 60_000);
});

describe('toSimplifiedForm', () => {
  it('takes a word as Traditional, whatever its characters say', () => {
    expect(toSimplifiedForm('衞生')).toBe('卫生');
    expect(toSimplifiedForm('乾')).toBe('干');
    expect(toSimplifiedForm('乾隆')).toBe('乾隆');
    expect(toSimplifiedForm('幹部')).toBe('干部');
    expect(toSimplifiedForm('干部')).toBe('干部');
    expect(toSimplified('衞生')).toBe('衞生');
  });
});
