/** The HSK table: compiled compactly, read back exactly, and the real list's answers for known words. */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureHskBuilt, HSK_OUTPUT } from '../../scripts/build-hsk';
import { encodeHskTable, frequencyBand, parseHskSource, parseHskTable, type HskTable } from '../../src/learner/hsk-table';

describe('encodeHskTable / parseHskTable', () => {
  it('reads back every word with its levels and frequency band', () => {
    const table = parseHskTable(
      encodeHskTable([
        { word: '工作', hsk3: 1, hsk2: 1, frequencyRank: 111 },
        { word: '火车站', hsk2: 1, frequencyRank: 7270 },
        { word: '信访', hsk3: 7, frequencyRank: 30_000 },
        { word: '打篮球', hsk2: 2 },
        { word: '无名' },
      ]),
    );
    expect(table.level('工作')).toEqual({ hsk3: 1, hsk2: 1, frequency: 'top1000' });
    expect(table.level('火车站')).toEqual({ hsk2: 1, frequency: 'top20000' });
    expect(table.level('信访')).toEqual({ hsk3: 7, frequency: 'rare' });
    expect(table.level('打篮球')).toEqual({ hsk2: 2 });
    expect(table.level('无名')).toBeUndefined();
    expect(table.wordsUpTo(1)).toEqual(['工作']);
    expect(table.wordsUpTo(7).sort()).toEqual(['信访', '工作'].sort());
  });

  it('bands frequency ranks', () => {
    expect([1, 1000, 1001, 5000, 20_000, 20_001].map(frequencyBand)).toEqual(['top1000', 'top1000', 'top5000', 'top5000', 'top20000', 'rare']);
  });

  it('reads the shared TSV, treating 1,000,000 as no rank', () => {
    const rows = parseHskSource('simplified\ttraditional\thsk3\thsk2\tfrequency_rank\tpinyin\n打篮球\t打籃球\t\t2\t1000000\tdǎ lán qiú\n');
    expect(rows).toEqual([{ word: '打篮球', hsk2: 2 }]);
  });
});

describe('the compiled table (assets/public/data/hsk.txt)', () => {
  let table: HskTable;
  beforeAll(async () => {
    await ensureHskBuilt();
    table = parseHskTable(await readFile(HSK_OUTPUT, 'utf8'));
  });

  it('holds the whole list', () => {
    expect(table.size).toBe(11_470);
  });

  it('knows 工作 as HSK 3.0 band 1 and very common', () => {
    expect(table.level('工作')).toEqual({ hsk3: 1, hsk2: 1, frequency: 'top1000' });
  });

  it('has 5,456 words in bands 1–6 (the 2021 standard), and the advanced band beyond', () => {
    expect(table.wordsUpTo(6)).toHaveLength(506 + 750 + 953 + 972 + 1059 + 1123);
    expect(table.wordsUpTo(7)).toHaveLength(11_470 - 501); // 501 words are only in HSK 2.0
  });
});
