/**
 * Session 29: where a site's line starts and ends inside a candidate line of the outsider finder
 * (./find-outsider-lines.ts). A candidate starts at the writer's stop or a paragraph's start, but a farm
 * glues its line after a comma too, so the candidate's first clause may be the writer's own short clause
 * (<上午9时>，<取号成功 ｜ A027 ｜ 前方等待6人>), and its last one the writer's sentence going on after the
 * line (<…>，<这才让大家放下心来>。). QA28 (never-seen, described by shape): a writer's three-character clause
 * and its comma were hidden with a queue-number line pasted after them — the candidate's score is the line's,
 * its start was the clause's.
 *
 * A clause at a line's edge reads as the writer's when it carries none of a site's marks: no field gap (a space
 * inside it), no field's colon, no slot character or bracket, no address to the reader, no clock time, no masked
 * digits, no Latin word. A figure, a date or a code inside Han prose stays the writer's (上午9时, 在G15沈海高速上,
 * 截至6日18时). Such clauses are left out of the hidden part (the finder marks them): the hidden part starts at the
 * first clause with a site's mark and ends after the last one — never on a writer's head or close, whatever the
 * score of the whole line.
 */
import { LABEL, SLOT_CHAR, slotShare, toReaderCount } from './outsider-line-features';
import { registerFeatures, screenMarks } from './register';
import { isHan } from './text-classes';

/** A clause's end inside a line: a comma or a semicolon (the enumeration comma joins items of one clause). */
const CLAUSE_END = /[，,；;]/gu;
const SENTENCE_STOP = /[。！？!?][”」』’]?\s*$/u;
const SITE_SIGN = /[:：（）()[\]【】「」]/u;

/** Whether a clause (without its comma) carries none of a site's marks. */
export function readsAsWriters(clause: string): boolean {
  const text = clause.trim();
  if ([...text].filter(isHan).length < 2 || /\s/u.test(text) || SITE_SIGN.test(text) || SLOT_CHAR.test(text)) return false;
  if (toReaderCount(text) > 0 || /[A-Za-z]{2,}/u.test(text)) return false;
  const r = registerFeatures(text);
  return r.clockTimes === 0 && r.masked === 0;
}

/**
 * [from, to) of the part of `text` (a candidate line) that may be hidden: the writer's clauses at its head
 * (each closed by a comma) and at its close (the last closed by a sentence's stop) left out; null when no
 * clause with a site's mark is left between them.
 */
export function siteRange(text: string): [number, number] | null {
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  // Clause k runs from bounds[k] to bounds[k + 1] (the comma with the clause before it).
  const bounds = [0, ...ends.map((e) => e + 1), text.length];
  const clauses = bounds.slice(0, -1).map((start, k) => ({ start, end: bounds[k + 1] as number }));
  const bare = (k: number): string => text.slice(clauses[k]?.start, clauses[k]?.end).replace(/[，,；;]$/u, '');
  let first = 0;
  while (first < clauses.length - 1 && readsAsWriters(bare(first))) first++;
  let last = clauses.length - 1;
  // The writer's close ends the sentence with its stop; the clauses before it end with their commas.
  if (last > first && SENTENCE_STOP.test(bare(last)) && readsAsWriters(bare(last).replace(SENTENCE_STOP, ''))) {
    last--;
    while (last > first && readsAsWriters(bare(last))) last--;
  }
  if (first === clauses.length - 1 && first > 0 && readsAsWriters(bare(first).replace(SENTENCE_STOP, ''))) return null;
  const from = (clauses[first]?.start ?? 0) + (text.slice(clauses[first]?.start).length - text.slice(clauses[first]?.start).trimStart().length);
  return [from, clauses[last]?.end ?? text.length];
}

/** A sentence and its stop (with closing marks), or the unclosed rest. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”」』’）)]*|$)/gu;
const SLOT_ROW = 0.1;

/**
 * Whether every sentence of a line of several carries a site's mark of its own (it talks to the reader, opens
 * with a field's label, is a row of slots or a screen's register not closed by a stop). A site's line of two
 * sentences does (本文来源：…。转载请注明出处。); the writer's last two sentences read together do not, though
 * the pair may add up to a site's score — heads29 dev, session 29: a writer's appeal (希望您和我们一起努力…！)
 * and a sentence with two clock times (两人在09:30准时出发，14:10抵达营地。) were hidden as one line once the
 * register features were back (64 real characters; main hid neither).
 */
export function everySentenceSites(text: string): boolean {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => [...s].filter(isHan).length >= 2);
  if (sentences.length < 2) return true;
  return sentences.every((s) => {
    const open = !/[。！？!?][”」』’）)]*$/u.test(s);
    return toReaderCount(s) > 0 || LABEL.test(s) || (open && (slotShare(s) >= SLOT_ROW || screenMarks(s) >= 2));
  });
}
