/**
 * Is this page's lead stuffed with headline pieces at all? One vector per page, read off the piece
 * candidates' own features: how repetitive the lead's pieces are, whether they cycle,
 * how many odd ones (a lost character, pieces glued out of the headline's order, a doubled word)
 * there are, whether the whole headline was pasted too, and the other marks a farm leaves.
 *
 * A headline piece is scored as P(the lead is stuffed) · P(this occurrence is a paste | stuffed):
 * a writer's page says its headline words too, so what an occurrence looks like only counts on a
 * page that shows the farm's hand.
 */
import { HEADLINE_COPY_FEATURES, PIECE_FEATURES } from './features-headline';

export const STUFFING_FEATURES = [
  'leadRepeated',
  'pageCycle',
  'oddPieces',
  'outOfOrder',
  'doubled',
  'misfits',
  'wholeHeadline',
  'farmMarks',
  'leadMisfits',
] as const;

const column = (name: (typeof PIECE_FEATURES)[number]): number => PIECE_FEATURES.indexOf(name);
const headlineColumn = (name: (typeof HEADLINE_COPY_FEATURES)[number]): number => HEADLINE_COPY_FEATURES.indexOf(name);

/** `inLead`: per piece row, whether it stands in the lead (./features-headline.ts inLeadOf). */
export function stuffingFeatures(pieces: readonly number[][], headlineCopies: readonly number[][], inLead: readonly boolean[]): number[] {
  const at = (row: readonly number[], name: (typeof PIECE_FEATURES)[number]): number => row[column(name)] ?? 0;
  const single = pieces.filter((row) => at(row, 'pieces') === 0);
  const lead = pieces.filter((row, i) => at(row, 'pieces') === 0 && inLead[i]);
  const first = pieces[0];
  const count = (rows: readonly number[][], test: (row: readonly number[]) => boolean): number => rows.filter(test).length;
  const glued = headlineCopies.some((row) => (row[headlineColumn('gluedBefore')] ?? 0) + (row[headlineColumn('gluedAfter')] ?? 0) > 0);
  return [
    Math.min(10, count(lead, (row) => at(row, 'copies') >= 1)) / 10,
    first ? at(first, 'pageCycle') : 0,
    first ? at(first, 'pageOddPieces') : 0,
    Math.min(3, count(pieces, (row) => at(row, 'outOfOrder') === 1 || at(row, 'gluedOutOfOrder') === 1)) / 3,
    Math.min(3, count(single, (row) => at(row, 'doubled') === 1)) / 3,
    Math.min(5, count(lead, (row) => at(row, 'gain') > 0.02)) / 5,
    Number(glued),
    first ? at(first, 'farmMarks') : 0,
    // How many of the lead's headline words the text reads better without (./features-paste.ts).
    first ? at(first, 'leadMisfits') : 0,
  ];
}
