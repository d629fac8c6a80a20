/**
 * Family "seo": a price ticker a farm's template pastes into the text (session 19: QA18's class, 1%
 * found) — today's fuel, gold, an index or a rate as figures with units and arrows, under a label in
 * ▌…▐, 〔…〕 or 【…】, glued between two of the writer's sentences or after the last one
 * (【油价速报】92号 7.48元/升↑0.05，95号 7.96元/升↓0.03).
 *
 * Its shape: a bracketed label, then items of a name, a figure, a unit and a move (an arrow and a
 * figure), and nothing of a sentence — no verb, no full stop. A market report says the same figures
 * in sentences (沪指收报3052点，上涨0.8%): no label, no arrows, left. A story about prices or an index
 * may print a ticker of its own: where the ticker's names are said elsewhere on the page, it is only
 * marked.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** The label: ▌label：, 〔label〕, 【label】 or [label]. */
const OPENER = /▌\s?(\p{Script=Han}{2,8})\s?[:：]?\s?|[〔【[]\s?(\p{Script=Han}{2,8})\s?[〕】\]]\s?/gu;
const FIGURE = String.raw`\d[\d,]*(?:\.\d+)?`;
const ARROWS = '↑↓▲▼';
/** A move: two decimals at most, since the writer's next sentence may open with a figure glued to it (▼0.15 + 28日…). */
const MOVE = String.raw`\d{1,5}(?:\.\d{1,2})?`;
/** One item: a name (Han, Latin, digits, /; not ending in a digit: 92号, 美元/人民币), a figure, a unit, a move with its arrow. */
const ITEM = new RegExp(
  String.raw`(?:[\p{Script=Han}A-Za-z0-9/]{0,9}[\p{Script=Han}A-Za-z/]\s?[:：]?\s?)?${FIGURE}\s?(?:元\/(?:升|克|吨|斤|公斤)|美元\/盎司|美元|元|点|%)?\s?(?:[（(]?[${ARROWS}][+-]?${MOVE}%?[）)]?)?`,
  'uy',
);
const SEPARATOR = /[\s，,；;|｜]{1,3}/uy;
/** Its closing mark and comma; not a space alone, which may be the writer's next paragraph's indent (。  据…). */
const CLOSER = /(?:\s?▐)?(?:\s?[，,])?/uy;

/** The items after `from` and where they end, and how many figures and arrows they hold. */
function readItems(text: string, from: number): { end: number; figures: number; arrows: number; names: string[] } {
  let at = from;
  let end = from;
  const names: string[] = [];
  for (;;) {
    ITEM.lastIndex = at;
    const item = ITEM.exec(text);
    // An item has a unit or a move: the writer's next sentence may open with a figure (，到2045年…, ，2009年…).
    if (!item || !/[↑↓▲▼]|\d\s?(?:元|美元|点|%)/u.test(item[0])) break;
    end = at + item[0].length;
    names.push(item[0].match(/\p{Script=Han}{2,}/u)?.[0] ?? '');
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    at = end + sep[0].length;
  }
  const run = text.slice(from, end);
  return { end, figures: run.match(new RegExp(FIGURE, 'gu'))?.length ?? 0, arrows: [...run].filter((c) => ARROWS.includes(c)).length, names: names.filter(Boolean) };
}

/** The tickers of a page, per paragraph. */
export function findPriceTickers(pageParagraphs: readonly string[]): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  const found = paragraphs.map((text) =>
    [...text.matchAll(OPENER)].flatMap((m) => {
      const items = readItems(text, m.index + m[0].length);
      // Two figures at least, and a move with an arrow for every two items: prices quoted in a list have none.
      if (items.figures < 2 || items.arrows === 0 || items.arrows * 2 < items.names.length) return [];
      CLOSER.lastIndex = items.end;
      const end = items.end + (CLOSER.exec(text)?.[0].length ?? 0);
      return [{ start: m.index, end, names: items.names }];
    }),
  );
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
