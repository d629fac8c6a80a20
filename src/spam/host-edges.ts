/**
 * The edges of a run of ASCII junk (a jammer string, a spelt-out domain) that belong to the host
 * sentence it was glued to. A number runs on into the junk on either side (东风标致508|k X4 D9,
 * …c.o.m^!|7月, Z|2012年), and on pages in half-width punctuation the host's colon sits right before
 * it (功效:|D5 =9): hiding those would hide the article's own figures and marks.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { isHan } from './text-classes';

/** Han characters that count something, in either script: a number right before one is the host's (7月, 2006年). */
const UNITS = '年月日号时分秒岁元万亿千百个名位次届期';

export function withoutHostEdges(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  const before = text.charAt(from - 1);
  if (isHan(before) || /[\d\s\u3000]/u.test(before)) {
    while (from < to && /\d/.test(text.charAt(from))) from++;
    // …and the comma that closes the number (发送到106 99999,|z¤h@…).
    if (from > start && /[,.]/.test(text.charAt(from))) from++;
  }
  if (isHan(before) && /[:;]/.test(text.charAt(from)) && from === start) from++;
  if (UNITS.includes(toSimplifiedForm(text.charAt(to)) || '_')) {
    while (to > from && /\d/.test(text.charAt(to - 1))) to--;
  }
  // Never trim a run away: if nothing but the host's would be left, keep it as found.
  return to - from >= 3 ? [from, to] : [start, end];
}
