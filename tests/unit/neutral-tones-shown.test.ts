import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../src/dictionary/dictionary-index';
import type { WordToken } from '../../src/messaging/protocol';
import { formatWordReadings } from '../../src/pinyin/format';
import { buildTooltipView } from '../../src/ui/tooltip/view-model';
import { loadDictionaryFromDisk } from '../../scripts/dictionary-node-loader';
import { createNodePipeline, type ReadParagraph } from '../../scripts/words/pipeline';

// A paragraph written for this test, read as the background reads one (glossary-taught jieba,
// tagged words, the shipped model); then what the ruby shows and what the tooltip leads with when
// the reader hovers the word (the ruby's reading goes to the lookup, as ruby-words.ts sends it).
const PARAGRAPH = '这位书记告诉记者，村里的困难不少，他去年见过这些家庭，也听过他们的诉说。县委书记也来了。';

let read: ReadParagraph;
let dictionary: Dictionary;
let tokens: WordToken[];
beforeAll(async () => {
  [read, dictionary] = await Promise.all([createNodePipeline(), loadDictionaryFromDisk()]);
  tokens = read(PARAGRAPH);
});

/** The token covering `part` (the occurrence after `after`), which must be one whole token. */
function tokenOf(part: string, after = ''): WordToken {
  const start = PARAGRAPH.indexOf(part, after ? PARAGRAPH.indexOf(after) + after.length : 0);
  const token = tokens.find((t) => t.start === start && t.end === start + part.length);
  if (!token) throw new Error(`${part} is not one token: ${tokens.map((t) => PARAGRAPH.slice(t.start, t.end)).join('|')}`);
  return token;
}

const marks = { pinyinStyle: 'marks', toneColours: false } as const;

/** The tooltip's first reading line for the token, as text. */
function tooltipReading(token: WordToken): string {
  const word = PARAGRAPH.slice(token.start, token.end);
  const lookup = dictionary.lookup(word, token.readings.join(' '));
  if (!lookup) throw new Error(`no entry for ${word}`);
  return buildTooltipView(lookup, marks).readings[0]!.syllables.map((s) => s.text).join(' ');
}

describe('neutral tones as CC-CEDICT writes them, in the ruby and the tooltip', () => {
  it.each([
    ['书记', '', 'shu1 ji5', ['shū', 'ji'], 'shū ji'],
    ['告诉', '', 'gao4 su5', ['gào', 'su'], 'gào su'],
    ['困难', '', 'kun4 nan5', ['kùn', 'nan'], 'kùn nan'],
  ])('%s', (part, after, numbered, ruby, tooltip) => {
    const token = tokenOf(part, after);
    expect(token.readings.join(' ')).toBe(numbered);
    expect(formatWordReadings(token.readings, 'marks')).toEqual(ruby);
    expect(tooltipReading(token)).toBe(tooltip);
  });

  it('the experiential 过 after a verb is guo, its tooltip leads with that sense', () => {
    for (const after of ['见', '听']) {
      const token = tokenOf('过', after);
      expect(token.readings).toEqual(['guo5']);
      expect(formatWordReadings(token.readings, 'marks')).toEqual(['guo']);
      expect(tooltipReading(token)).toBe('guo');
    }
  });

  it('a word the dictionary ends with one (县委书记, like 书记) shows it in the ruby', () => {
    expect(formatWordReadings(tokenOf('县委书记').readings, 'marks')).toEqual(['xiàn', 'wěi', 'shū', 'ji']);
  });

  it('a full tone stays full where the dictionary has one (记者 jì, 诉说 sù)', () => {
    expect(tokenOf('记者').readings).toEqual(['ji4', 'zhe3']);
    expect(tokenOf('诉说').readings).toEqual(['su4', 'shuo1']);
  });
});

// Written for this test: words the dictionary has whole, whose last word it reads with a neutral
// tone (学生 xué sheng, 朋友 péng you, 关系 guān xi), beside one it lacks whole (县委书记).
describe('a word the dictionary has whole keeps the tones of its own entry, as the tooltip shows them', () => {
  const TEXT = '暑假里，几位大学生给村里的小朋友上课，邻里的人际关系也更融洽了。县委书记也来看望大家。';
  let textTokens: WordToken[];
  beforeAll(() => {
    textTokens = read(TEXT);
  });
  const wordOf = (t: WordToken): string => TEXT.slice(t.start, t.end);
  const token = (word: string): WordToken => {
    const t = textTokens.find((x) => wordOf(x) === word);
    if (!t) throw new Error(`${word} is not one token: ${textTokens.map(wordOf).join('|')}`);
    return t;
  };

  it.each([
    ['大学生', ['dà', 'xué', 'shēng']],
    ['小朋友', ['xiǎo', 'péng', 'yǒu']],
    ['人际关系', ['rén', 'jì', 'guān', 'xì']],
  ])('%s', (word, ruby) => {
    expect(formatWordReadings(token(word).readings, 'marks')).toEqual(ruby);
  });

  it('a word the dictionary lacks whole still takes the neutral tone of the word ending it', () => {
    expect(formatWordReadings(token('县委书记').readings, 'marks')).toEqual(['xiàn', 'wěi', 'shū', 'ji']);
  });

  it('every word the dictionary has is led in the tooltip by the reading its ruby shows', () => {
    const disagreeing = textTokens
      .filter((t) => t.readings.some(Boolean))
      .map((t) => ({ word: wordOf(t), ruby: t.readings.join(' '), tooltip: dictionary.lookup(wordOf(t), t.readings.join(' '))?.senses[0]?.pinyin }))
      .filter((x) => x.tooltip !== undefined && x.tooltip !== x.ruby);
    expect(disagreeing).toEqual([]);
  });
});
