/**
 * Family "jammer", one separator at a time (session 18): a farm drops a slash or a dot (/ ／ · ・ ‧ •)
 * inside the writer's words, one a word, several on a page (签订生产废・料处理合同, 社会救/助基金会).
 * ./find-spaced-words.ts reads runs of them; ./find-split-words.ts single marks of other scripts.
 *
 * A writer also puts these between two characters: alternatives (男/女, 各省/市), names (约翰·斯坦贝克).
 * The seam test of ./find-split-words.ts (with the mark out, one dictionary word spans it: 废料) leaves
 * names (翰斯 is no word) but not alternatives (省市 is one), and a form or a table writes a few of
 * those (two characters standing apart around the mark, （男/女）, 填写是/否。, are read as a choice and left). So
 * the evidence is the page's: three or more such seams hide their marks, two are marked, one
 * is left. Only the marks go; the writer's characters read whole again.
 */
import { finderSpan } from './finder-span';
import { wordAcross } from './find-split-words';
import type { SpamSpan, SpamTools } from './types';

/** One separator between two Han characters, not part of a run (a run is ./find-spaced-words.ts'). */
const SINGLE = /(?<=\p{Script=Han})[/／·・‧•](?=\p{Script=Han})/gu;
const HAN = /\p{Script=Han}/u;
const HIDE_FROM = 3;
const MARK_FROM = 2;

export function findSeparatedWords(paragraphs: readonly string[], tools: SpamTools): SpamSpan[][] {
  const seams = paragraphs.map((text) =>
    [...text.matchAll(SINGLE)]
      .filter((m) => text.charAt(m.index - 2) !== m[0] && text.charAt(m.index + 2) !== m[0])
      // Two characters standing apart around it are a choice (（男/女）, 填写是/否。), not a word cut; a
      // slash writes choices, so with a slash both neighbours must run on into words.
      .filter((m) => (m[0] === '/' || m[0] === '／' ? HAN.test(text.charAt(m.index - 2)) && HAN.test(text.charAt(m.index + 2)) : HAN.test(text.charAt(m.index - 2)) || HAN.test(text.charAt(m.index + 2))))
      .filter((m) => wordAcross(text, m.index, m.index + 1, tools) !== null)
      .map((m) => m.index),
  );
  const count = seams.reduce((n, list) => n + list.length, 0);
  if (count < MARK_FROM) return paragraphs.map(() => []);
  return seams.map((list) =>
    list.map((at) =>
      finderSpan(at, at + 1, 'jammer', count >= HIDE_FROM, {
        hidden: 'A mark dropped inside a word, one of several on this page, to slip past filters (the word is left).',
        marked: 'A mark inside a word: possibly dropped there to slip past filters.',
      }),
    ),
  );
}
