/**
 * Family "seo": a weather widget a farm's template pastes into the text (session 20: QA19's class, 1%
 * found) — a run of a forecast's slots with no predicate of the story: a day word, a city, a condition
 * (小雨, 晴转多云), a temperature or range (7℃～12℃, 3°/11°, 最低-1℃ 最高6℃), wind and force, air
 * quality; sometimes under a label or between marks (【天气】…, 今日天气：…, ▶…◀), glued between two of
 * the writer's sentences, after a comma mid-sentence, or as a paragraph of its own.
 *
 * Its shape: slots set apart by spaces, bars or slashes (a comma only inside the widget's own marks),
 * a temperature and a condition or a wind among three slots at least, at most two words that are no
 * slot (a city, a field the widget names), opening at a seam. A writer says the same in a sentence:
 * commas between the parts and words of its own (预计明天多云，最低气温-1℃) — no run. A weather story
 * may print a forecast line of its own (12月6日（周六）：多云 3℃～9℃): on a page that speaks of the
 * weather elsewhere, a run is left.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

const DEGREES = String.raw`(?:℃|°C|°|度)`;
const T = String.raw`[-−]?\d{1,2}(?:\.\d)?`;
const WEATHER = String.raw`雷阵雨|[晴阴雨雪雾霾雹]|云|尘|沙尘暴?|大风`;
const CONDITION = String.raw`[小中大暴阵冻浮扬多少特有局到]*(?:${WEATHER})(?:(?:转|间|到|夹|有)[小中大暴阵冻多少]*(?:${WEATHER}))*`;
/** The slots, each a kind: a temperature or range, a wind, air quality, a condition, a day. */
const SLOTS: [string, RegExp][] = [
  ['temp', new RegExp(String.raw`(?:最低|最高|高温|低温|体感)?(?:气温|温度)?[:：]?\s?(?:零下)?${T}${DEGREES}?\s?[~～\-－至/]\s?(?:零下)?${T}\s?${DEGREES}|(?:最低|最高|高温|低温|体感)?(?:气温|温度)?[:：]?\s?(?:零下)?${T}\s?${DEGREES}`, 'uy')],
  ['wind', new RegExp(String.raw`(?:[东南西北]{1,2}|偏[东南西北]{1,2}|微)风(?:\s?[≤<]?\d{1,2}(?:\s?[-～~到至]\s?\d{1,2})?级)?|风力\s?\d{1,2}(?:[-～~到至]\d{1,2})?级`, 'uy')],
  ['air', new RegExp(String.raw`(?:空气质量|空气|AQI|PM2\.5)\s?[:：]?\s?(?:\d{1,3}|优|良|(?:轻度|中度|重度|严重)污染)|(?:轻度|中度|重度|严重)污染`, 'uy')],
  ['condition', new RegExp(CONDITION, 'uy')],
  ['day', new RegExp(String.raw`今天|明天|后天|今日|明日|周[一二三四五六日天]|星期[一二三四五六日天]|白天|夜间|\d{1,2}月\d{1,2}日`, 'uy')],
];
/** A label is the widget's only when it names the weather or the day (今日天气：, 【天气】); another (使用功效：, ［详细］) is the writer's, a seam. */
const OPENERS = /[【〖〔［[]\p{Script=Han}{0,4}(?:天气|气象|预报|实况|今日|今天|明日|明天)\p{Script=Han}{0,4}[】〗〕］\]]|\p{Script=Han}{0,4}(?:天气|气象|预报|实况)\p{Script=Han}{0,2}[:：]|[▶►◎◆★●■▲◇]/uy;
const CLOSERS = /\s?[◀◄◎◆★●■▼◇】〗〕］\]]/uy;
const SEPARATOR = /[\s｜|/·]+/uy;
const MARKED_SEPARATOR = /[\s｜|/·，,]+/uy;
/** Where a widget may open: the paragraph's start, after a sentence's end, a comma, a colon or a closing bracket. */
const SEAMS = /(?:^|[。！？!?；;，,：:）)】〗〕］\]」”])\s*/gu;
/** The page speaking of the weather: a story about it may print its forecast as slots too. */
const WEATHER_TOPIC = /天气|气温|气象|降温|升温|寒潮|冷空气|降雨|降水|降雪|暴雨|台风|预报|霜冻|高温|低温|雾霾|大风|雨雪/gu;

interface Run {
  start: number;
  end: number;
}

/** The slots of a run opening at `from`, or null when they are no widget. */
function readRun(text: string, from: number): Run | null {
  let at = from;
  OPENERS.lastIndex = at;
  const opener = OPENERS.exec(text);
  if (opener) at += opener[0].length;
  // A comma separates slots only inside the widget's own marks (▶…，…◀).
  const marked = opener !== null && /^[▶►◎◆★●■▲◇]/u.test(opener[0]);
  const kinds: string[] = [];
  let unknown = 0;
  let separators = 0;
  let end = at;
  while (at < text.length) {
    const sep = marked ? MARKED_SEPARATOR : SEPARATOR;
    sep.lastIndex = at;
    const s = sep.exec(text);
    if (s) {
      separators += kinds.length + unknown > 0 ? 1 : 0;
      at += s[0].length;
    }
    const slot = SLOTS.find(([, re]) => ((re.lastIndex = at), re.test(text)));
    if (slot) {
      kinds.push(slot[0]);
      at = slot[1].lastIndex;
      end = at;
      continue;
    }
    // A word that is no slot (a city, a field): Han characters up to the next slot or separator, four at most.
    let word = at;
    while (word < text.length && word - at < 4 && /\p{Script=Han}/u.test(text.charAt(word)) && !SLOTS.some(([, re]) => ((re.lastIndex = word), re.test(text)))) word++;
    // A city stands apart from the next slot (乌鲁木齐 阵雪); glued to one (联系电话周五) it is the writer's word.
    const apart = marked ? MARKED_SEPARATOR : SEPARATOR;
    apart.lastIndex = word;
    if (word === at || unknown === 2 || !apart.test(text)) break;
    unknown++;
    at = word;
  }
  const temps = kinds.filter((k) => k === 'temp').length;
  const weather = kinds.filter((k) => k === 'condition' || k === 'wind').length;
  if (temps === 0 || weather === 0 || kinds.length < 3 || (separators === 0 && !opener)) return null;
  CLOSERS.lastIndex = end;
  const closer = CLOSERS.exec(text);
  return { start: from, end: end + (closer?.[0].length ?? 0) };
}

/** The weather widgets of a page, per paragraph. */
export function findWeatherWidgets(title: string, pageParagraphs: readonly string[]): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  const found = paragraphs.map((text) => {
    const runs: Run[] = [];
    for (const m of text.matchAll(SEAMS)) {
      const from = m.index + m[0].length;
      if (runs.some((r) => from < r.end)) continue;
      const run = readRun(text, from);
      if (!run) continue;
      // Closed by a comma after a comma before it: the paste's own comma, the writer's clause goes on.
      const comma = /[，,]\s*$/u.test(m[0]) && /^[，,]/u.test(text.slice(run.end)) ? 1 : 0;
      runs.push({ start: run.start, end: run.end + comma });
    }
    return runs;
  });
  const rest = [title, ...paragraphs.map((text, p) => (found[p] ?? []).reduceRight((left, r) => left.slice(0, r.start) + left.slice(r.end), text))].join('\n');
  // Two words of the weather outside the runs, or one in the title: the story is about it.
  if ((rest.match(WEATHER_TOPIC)?.length ?? 0) >= 2 || new RegExp(WEATHER_TOPIC.source, 'u').test(title)) return paragraphs.map(() => []);
  return found.map((runs) =>
    runs.map(({ start, end }) =>
      finderSpan(start, end, 'seo', true, {
        hidden: 'A weather widget (day, city, condition, temperature, wind) pasted into the article by the copying site.',
        marked: 'Possibly a weather widget pasted into the article.',
      }),
    ),
  );
}
