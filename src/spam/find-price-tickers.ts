/**
 * Family "seo": a price ticker a farm's template pastes into the text (session 19: QA18's class, 1%
 * found) — today's fuel, gold, an index or a rate as figures with units and moves, under a label in
 * ▌…▐, 〔…〕, 〖…〗 or 【…】, glued between two of the writer's sentences or after the last one
 * (【油价速报】92号 7.48元/升↑0.05，95号 7.96元/升↓0.03).
 *
 * Its shape: a label, then items of a name, a figure, a unit and a move (an arrow, or a signed
 * percentage), and nothing of a sentence — no verb, no full stop. Session 20 (QA19's tickers, 0%
 * found): a ticker with no label at all, standing between seams, when every item carries its move
 * (沪指 3248.61 ▲0.37%，创业板指 2108.44 (−0.86%)); rates strung between marks (◆ … ◆ …, figures of
 * three decimals or more); a price list in round brackets under a label with a colon (（今日油价：…元/升）),
 * closed by its bracket. A market report says the same figures in sentences (沪指收报3052点，上涨0.8%):
 * a verb in the name, no move beside the figure, left; a price list with no moves outside such a bracket
 * is left. A story about prices or an index may print a ticker of its own: where the ticker's names are
 * said elsewhere on the page, it is only marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** The label: ▌label：, 〔label〕, 〖label〗, 【label】, [label], or （label： opening a bracketed list. */
const OPENER = /▌\s?(\p{Script=Han}{2,8})\s?[:：]?\s?|[〔【〖[]\s?(\p{Script=Han}{2,8})\s?[〕】〗\]]\s?|[（(](\p{Script=Han}{2,8})[:：]\s?/gu;
/** Marks a farm strings rates between (◆美元 7.1832◆欧元 7.8120◆). */
const MARKS = '◆◇★☆●■';
/** Where a ticker with no label may open: the paragraph's start, a sentence's or clause's end, a mark. */
const SEAM = new RegExp(String.raw`(?:^|[。！？!?；;，,：:][”」』]?|[)）]|[${MARKS}])\s*`, 'gu');
const FIGURE = String.raw`[$¥￥€£]?\d[\d,]*(?:\.\d+)?`;
const ARROWS = '↑↓▲▼';
/** A move: two decimals at most, since the writer's next sentence may open with a figure glued to it (▼0.15 + 28日…). */
const MOVE = String.raw`\d{1,5}(?:\.\d{1,2})?`;
/** An arrow and a figure, or a signed percentage, either in brackets. */
const MOVE_PART = String.raw`[（(]?(?:[${ARROWS}][+\-−]?${MOVE}%?|[+\-−]${MOVE}%)[）)]?`;
/** A name: Han, Latin, digits, / (92号, 美元/人民币, 黄金 每克); one ending in digits stands before a space (标普500 5102.6). */
const NAME = String.raw`(?:[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z/]{0,3}\d{1,4}(?=\s)|[\p{Script=Han}A-Za-z0-9/]{0,9}[\p{Script=Han}A-Za-z/](?:\s\p{Script=Han}{1,3})?)`;
const UNIT = String.raw`(?:(?:美|港|日|欧)?元)?\/\p{Script=Han}{1,2}|美元|港元|元|点|%`;
const ITEM = new RegExp(String.raw`(?:${NAME}\s?[:：]?\s?)?${FIGURE}\s?(?:${UNIT})?\s?(?:${MOVE_PART})?`, 'uy');
const SEPARATOR = new RegExp(String.raw`[\s，,；;|｜${MARKS}]{1,3}`, 'uy');
/** Its closing mark and comma; not a space alone, which may be the writer's next paragraph's indent (。  据…). */
const CLOSER = new RegExp(String.raw`(?:\s?[▐〕】〗）)${MARKS}◀])?(?:\s?[，,])?`, 'uy');
/** A verb or a comparison in a name: a report's sentence (恒指收报, 涨幅为), not a ticker's item. */
const PREDICATE = /[报收涨跌升降至为是于在达约超较比]/u;

interface Items {
  end: number;
  figures: number;
  moves: number;
  names: string[];
  /** Items with a unit per quantity (元/升) and with a rate's figure (7.1832). */
  perUnit: number;
  rates: number;
  count: number;
  verbs: boolean;
}

/** The items after `from` and where they end. */
function readItems(text: string, from: number): Items {
  const items: Items = { end: from, figures: 0, moves: 0, names: [], perUnit: 0, rates: 0, count: 0, verbs: false };
  for (let at = from; ; ) {
    ITEM.lastIndex = at;
    const item = ITEM.exec(text)?.[0] ?? '';
    const move = new RegExp(MOVE_PART, 'u').test(item.replace(/^[^\d$¥￥€£]*[$¥￥€£]?\d[\d,]*(?:\.\d+)?/u, ''));
    const perUnit = /\/\p{Script=Han}/u.test(item);
    const rate = /\d\.\d{3,}/u.test(item);
    // An item has a unit, a move or a rate's figure: the writer's next sentence may open with a figure (，到2045年…, ，2009年…).
    if (!item || !(move || rate || /\d\s?(?:元|美元|港元|点|%)/u.test(item))) break;
    const name = item.match(/^[^\d$¥￥€£]*/u)?.[0] ?? '';
    // After an item, a figure with no name and no move is the writer's clause going on (，52.3%的受访者…).
    if (items.count > 0 && !move && !/\p{Script=Han}|[A-Za-z]/u.test(name)) break;
    items.end = at + item.length;
    items.count++;
    items.figures += item.match(new RegExp(FIGURE, 'gu'))?.length ?? 0;
    items.moves += move ? 1 : 0;
    items.perUnit += perUnit ? 1 : 0;
    items.rates += rate ? 1 : 0;
    // A verb, or a name longer than an index's (the writer's line glued before it: 特长及爱好科创50), is no ticker's item.
    items.verbs ||= PREDICATE.test(name) || (name.match(/\p{Script=Han}/gu)?.length ?? 0) > 6;
    items.names.push(name.match(/\p{Script=Han}{2,}/u)?.[0] ?? '');
    SEPARATOR.lastIndex = items.end;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    at = items.end + sep[0].length;
  }
  items.names = items.names.filter(Boolean);
  return items;
}

/** Where a ticker opening at `start` (its items from `from`) ends, or -1; `kind` says how it opened. */
function tickerEnd(text: string, start: number, from: number, kind: 'label' | 'list' | 'marks' | 'bare'): number {
  const items = readItems(text, from);
  if (items.count === 0) return -1;
  CLOSER.lastIndex = items.end;
  const end = items.end + (CLOSER.exec(text)?.[0].length ?? 0);
  const closed = text.slice(items.end, end);
  const moving = items.figures >= 2 && items.moves > 0 && items.moves * 2 >= items.names.length;
  if (kind === 'label') return moving ? end : -1;
  // A bracketed list under a label: prices per unit, closed by the bracket (a story's own list ends with its sentence).
  if (kind === 'list') return moving || (items.count >= 2 && items.perUnit === items.count && /[）)]/u.test(closed)) ? end : -1;
  // Between marks: two items at least, each a rate, a unit or a move.
  if (kind === 'marks') return items.count >= 2 && !items.verbs && items.rates + items.moves >= items.count ? end : -1;
  // No label: every item moves, no verb, and the run ends at a seam (the writer's next sentence or clause).
  const seamAfter = /^(?:$|\s|[。！？!?；;，,]|\p{Script=Han}|[“「(（])/u.test(text.slice(end)) || text.charAt(end - 1) === '%';
  return moving && items.moves >= items.count && !items.verbs && seamAfter ? end : -1;
}

/** The tickers of a page, per paragraph. */
export function findPriceTickers(pageParagraphs: readonly string[]): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  const found = paragraphs.map((text) => {
    const tickers: { start: number; end: number; names: string[] }[] = [];
    const take = (start: number, from: number, kind: 'label' | 'list' | 'marks' | 'bare'): void => {
      if (tickers.some((t) => start < t.end)) return;
      const end = tickerEnd(text, start, from, kind);
      if (end > start) tickers.push({ start, end, names: readItems(text, from).names });
    };
    const starts = [
      ...[...text.matchAll(OPENER)].map((m) => [m.index, m.index + m[0].length, m[3] ? 'list' : 'label'] as const),
      ...[...text.matchAll(SEAM)].map((m) => {
        const end = m.index + m[0].length;
        const mark = MARKS.includes(m[0].trim().charAt(0));
        return [mark ? m.index + m[0].indexOf(m[0].trim().charAt(0)) : end, end, mark ? 'marks' : 'bare'] as const;
      }),
    ].sort((a, b) => a[0] - b[0] || (a[2] === 'bare' ? 1 : -1));
    for (const [start, from, kind] of starts) take(start, from, kind);
    return tickers;
  });
  return found.map((tickers) =>
    tickers.map(({ start, end, names }) => {
      // Said elsewhere on the page (every ticker's text taken out: a farm pastes its ticker more than once): the story is about these prices.
      const rest = paragraphs.map((text, q) => (found[q] ?? []).reduceRight((left, t) => left.slice(0, t.start) + left.slice(t.end), text)).join('\n');
      const onTopic = names.some((name) => rest.includes(name));
      return finderSpan(start, end, 'seo', !onTopic, {
        hidden: 'A price ticker (fuel, gold, an index) pasted into the article by the copying site.',
        marked: 'Possibly a price ticker pasted into the article; the story speaks of these prices too.',
      });
    }),
  );
}
