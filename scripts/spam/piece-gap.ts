/**
 * Research (session 29, issue 12): does the host sentence have a slot where a headline piece
 * stands? Read off the distilled open-gram model's tables: with l2 l1 the two words before the
 * piece and r the word after it, the gap is open when some word is expected between l1 and r,
 * ln Σ_w P(w | l2 l1) · P(r | l1 w) (w over l1's bigram row), against the text closing up,
 * ln P(r | l2 l1). A farm's paste at a random word boundary lands where the sentence closes up; a
 * writer's word fills a slot the sentence has. Also how much better the piece fits each edge than
 * its words do alone (pointwise, against their unigram probabilities).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { languageModelFromTables } from '../../src/lm/index';
import { decodeModelFile } from '../../src/lm/model-file';
import { trigramEdge } from '../../src/lm/model-words';

const tables = decodeModelFile(gunzipSync(readFileSync(new URL('../../assets/public/data/lm.bin', import.meta.url))));
const lm = languageModelFromTables(tables, tables.about);
const edge = trigramEdge(tables);
const WINDOW = 8;

export const GAP_FEATURES = ['slotOpen', 'bridgeLogp', 'fillLogp', 'pieceLeftPmi', 'pieceRightPmi', 'rightPmiBridge', 'pieceWords'] as const;

function logSumExp(values: number[]): number {
  if (values.length === 0) return -Infinity;
  const top = Math.max(...values);
  return top + Math.log(values.reduce((s, v) => s + Math.exp(v - top), 0));
}

export function gapFeatures(text: string, start: number, end: number): number[] {
  const beforeText = text.slice(Math.max(0, start - WINDOW), start);
  const afterText = text.slice(end, end + WINDOW);
  const left = beforeText ? lm.words(beforeText, start - beforeText.length === 0) : [lm.boundary];
  const piece = lm.words(text.slice(start, end), false);
  const right = afterText ? lm.words(afterText, false) : [lm.boundary];
  const l1 = left[left.length - 1] ?? -1;
  const l2 = left[left.length - 2] ?? (beforeText && start - beforeText.length === 0 ? lm.boundary : -1);
  const r = right[0] ?? lm.boundary;
  const p1 = piece[0] ?? -1;
  const pk = piece[piece.length - 1] ?? -1;
  const pk1 = piece[piece.length - 2] ?? l1;
  if (l1 < 0 || r < 0 || p1 < 0 || pk < 0) return GAP_FEATURES.map(() => 0);
  const bridge = edge(l2, l1, r);
  const row: number[] = [];
  const from = tables.bigramStart[l1] ?? 0;
  const to = tables.bigramStart[l1 + 1] ?? from;
  for (let k = from; k < to; k++) {
    const w = tables.bigramWord[k] ?? 0;
    if (w === 0) continue;
    row.push(edge(l2, l1, w) + edge(l1, w, r));
  }
  const fill = logSumExp(row);
  const unigram = (w: number): number => edge(-1, -1, w);
  return [
    Number.isFinite(fill) ? fill - bridge : 0,
    bridge,
    Number.isFinite(fill) ? fill : -30,
    edge(l2, l1, p1) - unigram(p1),
    edge(pk1, pk, r) - unigram(r),
    bridge - unigram(r),
    piece.length,
  ];
}
