import { describe, expect, it } from 'vitest';
import { toAnkiTsv, toCsv } from '../../src/wordlist/export';
import type { WordListEntry } from '../../src/wordlist/types';

const entry = (overrides: Partial<WordListEntry> = {}): WordListEntry => ({
  word: '信访',
  pinyin: 'xìn fǎng',
  definition: 'petitioning; letters and calls',
  sentence: '信访案件是考题。',
  url: 'https://example.com/a',
  title: 'Title',
  savedAt: Date.UTC(2026, 10, 28, 8, 0, 0),
  ...overrides,
});

/** A minimal RFC 4180 reader, to check the writer's output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header row and one CRLF-terminated row per entry', () => {
    const csv = toCsv([entry()]);
    expect(csv.split('\r\n')).toEqual([
      'word,pinyin,definition,sentence,url,title,savedAt',
      '信访,xìn fǎng,petitioning; letters and calls,信访案件是考题。,https://example.com/a,Title,2026-11-28T08:00:00.000Z',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    const tricky = entry({ definition: 'a, b', sentence: '他说："好"\n再见', title: 'plain' });
    const csv = toCsv([tricky]);
    expect(csv).toContain('"a, b"');
    expect(csv).toContain('"他说：""好""\n再见"');
    expect(parseCsv(csv)[1]).toEqual([
      '信访', 'xìn fǎng', 'a, b', '他说："好"\n再见', 'https://example.com/a', 'plain', '2026-11-28T08:00:00.000Z',
    ]);
  });

  it('writes only the header for an empty list', () => {
    expect(toCsv([])).toBe('word,pinyin,definition,sentence,url,title,savedAt\r\n');
  });
});

describe('toAnkiTsv', () => {
  it('starts with the header lines Anki reads and lists the columns', () => {
    const lines = toAnkiTsv([entry()]).split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:word\tpinyin\tdefinition\tsentence\turl']);
    expect(lines[3]).toBe('信访\txìn fǎng\tpetitioning; letters and calls\t信访案件是考题。\thttps://example.com/a');
  });

  it('keeps every note on one line with five fields even when fields hold tabs and newlines', () => {
    const tsv = toAnkiTsv([entry({ definition: 'one\ttwo', sentence: 'line one\r\nline two\nthree' }), entry({ word: '上访' })]);
    const notes = tsv.trimEnd().split('\n').filter((line) => !line.startsWith('#'));
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note.split('\t')).toHaveLength(5);
    expect(notes[0]!.split('\t')[2]).toBe('one two');
    expect(notes[0]!.split('\t')[3]).toBe('line one line two three');
  });

  it('quotes fields with a double quote or a leading # so Anki does not read them as quoting or a comment', () => {
    const tsv = toAnkiTsv([entry({ word: '#标签', definition: 'say "hi"' })]);
    const note = tsv.trimEnd().split('\n')[3]!;
    expect(note.split('\t')[0]).toBe('"#标签"');
    expect(note.split('\t')[2]).toBe('"say ""hi"""');
  });
});

describe('formula cells (CSV injection)', () => {
  const hostile = ['=HYPERLINK("http://x.example","点我")', '+1+2', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

  it('CSV: a cell a spreadsheet would evaluate starts with an apostrophe', () => {
    for (const sentence of hostile) {
      const cells = parseCsv(toCsv([entry({ sentence, definition: sentence })]))[1]!;
      expect(cells[2]!.startsWith("'")).toBe(true);
      expect(cells[3]).toBe(`'${sentence}`);
    }
  });

  it('TSV: the same, after tabs and line breaks are flattened', () => {
    for (const sentence of hostile) {
      const field = toAnkiTsv([entry({ sentence })]).trimEnd().split('\n')[3]!.split('\t')[3]!.replace(/^"|"$/g, '');
      expect(field.startsWith("'")).toBe(true);
    }
  });

  it('leaves ordinary cells as they are', () => {
    const cells = parseCsv(toCsv([entry({ definition: 'e-mail; 2+2', sentence: '他说：=号' })]))[1]!;
    expect(cells[2]).toBe('e-mail; 2+2');
    expect(cells[3]).toBe('他说：=号');
  });
});
