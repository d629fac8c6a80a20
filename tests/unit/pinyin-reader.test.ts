import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPinyinReader, PINYIN_MODEL_PATH, type PinyinReader } from '../../src/pinyin/index';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// The model is loaded the way the background loads it: by its public path, through loadAsset.
const requested: string[] = [];
async function loadAsset(path: string): Promise<ArrayBuffer> {
  requested.push(path);
  const bytes = readFileSync(new URL(`../../assets/public${path}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const segmenter = createNodeSegmenter();
let reader: PinyinReader;

beforeAll(async () => {
  reader = await createPinyinReader(loadAsset);
});

/** Readings of `part` (its first occurrence) inside `sentence`, read as the pipeline reads it. */
function readingOf(sentence: string, part: string): string {
  const at = sentence.indexOf(part);
  if (at < 0) throw new Error(`${part} not in ${sentence}`);
  // Tagged words, as analyzeArticle passes them: the model reads the parts of speech.
  const tagged = segmenter.tag!(sentence);
  const units = reader.readWords(tagged.map((w) => w.word), tagged.map((w) => w.tag)).flat();
  return units.slice(at, at + part.length).join(' ');
}

describe('loading', () => {
  it('loads the shipped model through loadAsset', () => {
    expect(requested).toContain(PINYIN_MODEL_PATH);
    expect(PINYIN_MODEL_PATH.startsWith('/data/pinyin-')).toBe(true);
  });

  it('gives one reading per UTF-16 unit, empty for non-Han', () => {
    const words = ['他', '在', '2024', '年', '说', '：', 'OK', '𠀋'];
    const readings = reader.readWords(words);
    expect(readings.map((r) => r.length)).toEqual(words.map((w) => w.length));
    expect(readings[2]).toEqual(['', '', '', '']);
    expect(readings[5]).toEqual(['']);
    expect(readings[1]).toEqual(['zai4']);
  });
});

describe('seed page words in context', () => {
  it.each([
    ['日前，记者重回天目山下的这个大考场。', '重回', 'chong2 hui2'],
    ['“依法”二字重如千钧。', '重', 'zhong4'],
    ['原临安市政府办信访科科长雷志良告诉记者。', '科长', 'ke1 zhang3'],
    ['省律协原副会长唐国华早已记不清。', '会长', 'hui4 zhang3'],
    ['这张照片至今还挂在他办公室的墙上。', '还挂', 'hai2 gua4'],
    ['简单得不能再简单。', '得', 'de5'],
    ['依法协调处理跨地区、跨行业、跨部门的疑难复杂信访事项。', '行业', 'hang2 ye4'],
    ['必须聘请律师为随行顾问。', '随行', 'sui2 xing2'],
    ['里面的布置与当年一模一样。', '一模一样', 'yi1 mu2 yi1 yang4'],
    ['群众评价满意率达98%以上。', '率', 'lv4'],
    ['在详细了解有关情况后。', '了解', 'liao3 jie3'],
    ['大家都很激动，大清早就赶来了。', '都', 'dou1'],
  ])('%s: %s', (sentence, part, expected) => {
    expect(readingOf(sentence, part)).toBe(expected);
  });
});

describe('hard cases in sentences of our own', () => {
  it.each([
    ['时间不早了，我还得去一趟银行。', '还得', 'hai2 dei3'],
    ['他在比赛中得到了第一名。', '得到', 'de2 dao4'],
    ['我觉得这个办法不错。', '觉得', 'jue2 de5'],
    ['我不太了解他的想法。', '了解', 'liao3 jie3'],
    ['为了孩子，他每天都工作到很晚。', '为了', 'wei4 le5'],
    ['孩子们很快就长大了。', '长大', 'zhang3 da4'],
    ['这条河的长度超过一千公里。', '长度', 'chang2 du4'],
    ['我们决定重新开始。', '重新', 'chong2 xin1'],
    ['这件事对我们很重要。', '重要', 'zhong4 yao4'],
    ['上海是一座国际化的大都市。', '都市', 'du1 shi4'],
    ['他们都是从外地来的学生。', '都是', 'dou1 shi4'],
    ['老人在公园里慢慢行走。', '行走', 'xing2 zou3'],
    ['她在一家银行工作。', '银行', 'yin2 hang2'],
    ['这个地方的冬天很冷。', '地方', 'di4 fang5'],
    ['他慢慢地走回了家。', '慢慢地', 'man4 man4 de5'],
    ['银行行长今天接受了采访。', '行长', 'hang2 zhang3'],
    ['你等我一会儿，我马上就来。', '会儿', 'hui4 r5'],
    ['他的女儿今年上大学了。', '女儿', 'nv3 er2'],
    ['她的儿子在北京工作。', '儿子', 'er2 zi5'],
    ['他跑得很快。', '得', 'de5'],
    ['这本书我看完了，明天还给你。', '还给', 'huan2 gei3'],
    ['我们要处理好这些问题。', '处理', 'chu3 li3'],
    ['警方正在调查这起事故。', '调查', 'diao4 cha2'],
    ['他把音乐的音调调高了一点。', '调高', 'tiao2 gao1'],
  ])('%s: %s', (sentence, part, expected) => {
    expect(readingOf(sentence, part)).toBe(expected);
  });
});

describe('an adverbial 地 before a quotation', () => {
  // Read dì until the model learnt 地's grammar (its word's neighbours' parts of speech).
  it('主动地“迎考” reads de5', () => {
    expect(readingOf('引导各级领导干部更加自觉、更加主动地“迎考”。', '地')).toBe('de5');
  });
});

describe('written pinyin has no tone sandhi', () => {
  it('keeps 一 yi1 and 不 bu4 as a dictionary writes them', () => {
    expect(readingOf('我们一起去吧。', '一起')).toBe('yi1 qi3');
    expect(readingOf('他不去。', '不去')).toBe('bu4 qu4');
  });
});

describe('Traditional text, read through its Simplified view', () => {
  it('reads a Traditional word as its Simplified form is read', () => {
    const sentence = '領導幹部下訪接訪，習近平同志說，長期以來，頭髮花白的老人發現問題得到了解決。';
    expect(readingOf(sentence, '幹部')).toBe('gan4 bu4');
    expect(readingOf(sentence, '習近平')).toBe('xi2 jin4 ping2');
    expect(readingOf(sentence, '長期')).toBe('chang2 qi1');
    expect(readingOf(sentence, '頭髮')).toBe('tou2 fa5');
    expect(readingOf(sentence, '發現')).toBe('fa1 xian4');
  });

  it('reads a character Simplified keeps by its word (著名 zhù, 看著 zhe)', () => {
    const sentence = '這位著名作家看著窗外說話。';
    expect(readingOf(sentence, '著名')).toBe('zhu4 ming2');
    expect(readingOf(sentence, '看著')).toBe('kan4 zhe5');
  });
});
