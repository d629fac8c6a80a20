/**
 * Betting rows, one kind of closed row (find-closed-rows.ts): short cells set apart by separators,
 * a game or a payout among them (时时彩 | pk10 | 首存100送88), glued into the writer's text.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { firstWords, lastWords } from './edge-words';
import { BETTING } from './find-query-rows';
import type { AddRow } from './closed-row';

/** A stretch between two marks (a colon too: a row after a label is the labelled rows' or a writer's list). */
const STRETCH = /(?<=^|[，,。！？!?；;“”「」『』（）()［］【】、：:])[^，,。！？!?；;：:“”「」『』（）()［］【】、\n]+/gu;
const CELL_GAP = /[ \u3000|｜·•/]+/gu;
/** A cell: a word or two, figures and the payout's signs (首存100送88, 返水1%, pk10) — no clause. */
const CELL = /^[\p{Script=Han}A-Za-z0-9.%+]{1,9}$/u;
/** What a story on a crackdown sets apart by spaces around a game's word (打击网络赌博 反诈宣传): left. */
const CRACKDOWN = /打击|整治|治理|监管|防范|诈骗|反诈|公安|警方|法院|判决|禁止|违法|犯罪|戒/u;

export function bettingRows(text: string, segment: (text: string) => string[], add: AddRow): void {
  const reason = 'A betting or lottery row (games, payouts, draws) set apart by separators, pasted into the article.';
  for (const m of text.matchAll(STRETCH)) {
    if (!/[ \u3000|｜·•/]/u.test(m[0].trim())) continue;
    const cells: { text: string; at: number }[] = [];
    let at = 0;
    for (const gap of [...m[0].matchAll(CELL_GAP), { index: m[0].length, 0: '' }]) {
      if (gap.index > at) cells.push({ text: m[0].slice(at, gap.index), at: m.index + at });
      at = gap.index + gap[0].length;
    }
    if (cells.length < 3) continue;
    const first = cells[0] as { text: string; at: number };
    const last = cells[cells.length - 1] as { text: string; at: number };
    const inner = cells.slice(1, -1);
    if (!inner.every((cell) => CELL.test(cell.text))) continue;
    // An edge cell is the row's when it holds a game word or a figure, or, plain words no longer than the
    // inner cells, when nothing of the writer's stands beyond it in the paragraph; else it is the writer's
    // words after the gap (…提现秒到 掏走的“碗筷费”, …充值返8% 乘客都很高兴。).
    const widest = Math.max(4, ...inner.map((cell) => cell.text.length));
    const evidence = (cell: string): boolean => /\d|[A-Za-z]/u.test(cell) || BETTING.test(toSimplifiedForm(cell));
    const rowish = (cell: string, alone: boolean): boolean => CELL.test(cell) && (evidence(cell) || (alone && cell.length <= widest));
    const stretchEnd = m.index + m[0].length;
    const aloneBefore = !/[\p{Script=Han}A-Za-z0-9]/u.test(text.slice(0, m.index));
    const aloneAfter = !/[\p{Script=Han}A-Za-z0-9]/u.test(text.slice(stretchEnd));
    // Plain edge words count as the row's only where the row takes its whole stretch (…国足球比分直播 … 人的期望。: not).
    const plainFirst = aloneBefore && rowish(last.text, aloneAfter);
    const firstCut = rowish(first.text, plainFirst) ? 0 : CELL.test(first.text) ? first.text.length : first.text.length - lastWords(first.text, segment, 8).length;
    const lastKeep = rowish(last.text, aloneAfter && firstCut === 0) ? last.text.length : CELL.test(last.text) ? 0 : firstWords(last.text, segment, 8);
    const texts = [first.text.slice(firstCut), ...inner.map((cell) => cell.text), last.text.slice(0, lastKeep)];
    const games = texts.filter((cell) => BETTING.test(toSimplifiedForm(cell))).length;
    const figures = texts.filter((cell) => /\d/u.test(cell)).length;
    // A game or payout word among cells of words (two at least: not a table of figures), none a crackdown's.
    if (games === 0 || texts.filter((cell) => /\p{Script=Han}{2}/u.test(cell)).length < 2 || texts.some((cell) => CRACKDOWN.test(cell))) continue;
    const start = first.at + firstCut;
    const end = last.at + lastKeep;
    if (firstCut === 0 && lastKeep === last.text.length) {
      add(start, end, true, reason);
      continue;
    }
    // Cut at an edge: the inner cells are the row's, hidden when a second game word or a figure says so; the cut edges only marked.
    const innerStart = inner[0]?.at ?? end;
    const innerEnd = inner.length ? (inner[inner.length - 1] as { text: string; at: number }).at + (inner[inner.length - 1] as { text: string }).text.length : start;
    const sure = inner.length >= 2 && games + figures >= 2;
    if (!sure) {
      add(start, end, false, reason);
      continue;
    }
    const hiddenStart = firstCut === 0 ? start : innerStart;
    const hiddenEnd = lastKeep === last.text.length ? end : innerEnd;
    add(hiddenStart, hiddenEnd, true, reason);
    add(start, hiddenStart, false, reason);
    add(hiddenEnd, end, false, reason);
  }
}
