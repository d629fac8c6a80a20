/**
 * Turns a hand-corrected draft (see draft.ts for its form) into fixture lines, which hold no
 * corpus text: each paragraph is checked against the corpus (the words must join back to it, one
 * reading per Han character) and written as `<article>:<paragraph> <hash>\t<readings>`.
 *
 * A number run straight into a Han word (154名, 2012年) gets an `either` gap: writing 154|名 or
 * 154名 is a convention, not a reader's call.
 *
 * Usage: npx tsx scripts/words/import.ts /tmp/gold-17.txt ... > tests/fixtures/news-words/gold.txt
 */
import { readFileSync } from 'node:fs';
import { formatGoldBody, loadCorpus, parseGoldLine, textHash, type Gap, type GoldParagraph } from './gold';

const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9]/;

function parseDraftLine(id: string, line: string, text: string): GoldParagraph {
  const gaps: Gap[] = ['split'];
  const readings: string[][] = [];
  let at = 0;
  for (const token of line.trim().match(/[^ (]+(?:\([^)]*\))?/gu) ?? []) {
    const m = /^(.+?)(?:\(([^()]*)\))?$/u.exec(token);
    if (!m) throw new Error(`${id}: cannot read ${token}`);
    const chars = m[1]!;
    const syllables = m[2] ? m[2].split(' ') : [];
    let s = 0;
    let gap: Gap = 'split';
    for (const char of chars) {
      if (char === '~') {
        gap = 'either';
        continue;
      }
      if (text.slice(at, at + char.length) !== char) throw new Error(`${id}: ${token} does not match the text at ${at} (${text.slice(at, at + 10)})`);
      if (at > 0) {
        const numberThenHan = gap === 'split' && DIGIT.test(text[at - 1]!) && HAN.test(char);
        gaps[at] = numberThenHan ? 'either' : gap;
      }
      for (let k = 1; k < char.length; k++) gaps[at + k] = 'join';
      if (HAN.test(char)) {
        const r = syllables[s++];
        if (!r || !/^[a-z]+[1-5](\/[a-z]+[1-5])*$/.test(r)) throw new Error(`${id}: ${token} lacks a reading for ${char}`);
        readings.push(r.split('/'));
      } else readings.push([]);
      for (let k = 1; k < char.length; k++) readings.push([]);
      at += char.length;
      gap = 'join';
    }
    if (s !== syllables.length) throw new Error(`${id}: ${token} has ${syllables.length} readings for ${s} Han characters`);
  }
  if (at !== text.length) throw new Error(`${id}: the words cover ${at} of ${text.length} units`);
  return { id, text, gaps, readings };
}

function main(): void {
  const corpus = loadCorpus();
  for (const file of process.argv.slice(2)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('@ ')) continue;
      const id = lines[i]!.slice(2).trim();
      const [a, p] = id.split(':').map(Number);
      const text = corpus[a!]!.paragraphs[p!]!;
      const gold = parseDraftLine(id, lines[i + 1]!, text);
      const out = `${id} ${textHash(text)}\t${formatGoldBody(gold)}`;
      // Round trip: the fixture line must read back to the same gold.
      const back = parseGoldLine(out, corpus);
      if (JSON.stringify(back) !== JSON.stringify(gold)) throw new Error(`${id}: fixture does not read back the same`);
      console.log(out);
    }
  }
}

main();
