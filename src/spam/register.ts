/**
 * Session 28: the register of a screen's line, read from its text alone — what a phone, an app, a device
 * or a service shows a person (电量剩余12% · 预计40分钟后充满, 航班动态 ｜ 计划08:10 → 实际08:55, 验证码
 * 4821，5分钟内有效) is written differently from a writer's sentence, whatever it is about: fields and their
 * values rather than clauses, figures carrying a unit of the screen (%, ℃, MB, km), clock times and dates,
 * masked digits, spaces and bars between fields where prose has none, and short clauses. None of these
 * names a class's words: they hold for kinds of line nobody has listed (QA27: car parks, step counts, call
 * logs … all 0 hidden, 0 marked, because every finder read the words of the kinds it was written for).
 *
 * A writer's prose can carry each mark alone (a report's 同比增长12%, a timetable's 6:30 in a sentence, a
 * quotation 他说：), so the outsider decision weighs them with what the page says about the line
 * (./outsider-line-features.ts: shared names, topic, fluency) — never by one mark alone.
 *
 * Pure of the text (no page, no tools): s28-seams reads the same marks inside sentences.
 */
import { isHan } from './text-classes';

export interface RegisterFeatures {
  /** Fields named by a colon (订单号：, 下一站：) — not a clock's colon, not the colon before a quotation (他说：“). */
  colonFields: number;
  /** Gaps between fields: a space (or a bar, a middle dot, an arrow) standing between non-Latin characters, where prose has none. */
  spacedFields: number;
  /** Figures followed by a screen's unit: a sign (%, ℃, °, ㎡, ¥ before), a Latin unit (MB, km, X, bar), a rate (/GB, 次/分). */
  unitFigures: number;
  /** Clock times (08:30, 00:12:33, 03:10/03:53) and numeric dates (2026-12-20, 12/08). */
  clockTimes: number;
  /** Masked digits or names (138****5678, 王*, 追风***): what a screen hides of a person. */
  masked: number;
  /** Codes: Latin letters then digits (A027, CA1234, P0420) or a run of six digits or more (an order or a card number). */
  codes: number;
  /** Runs of Arabic digits per ten Han characters: a screen is mostly figures. */
  figureRuns: number;
  /** Mean Han characters per clause (split at commas, stops, field gaps): a screen's clauses are short. */
  clauseHan: number;
}

const COLON_FIELD = /[:：](?![“「『"'‘\s]*$)(?![“「『"‘])/gu;
const CLOCK = /(?<![\d.])\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?![\d.])|(?<!\d)\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}\/\d{1,2}(?![\d/])/gu;
const MASK = /[*＊]{2,}|[0-9A-Za-z\p{Script=Han}][*＊]+(?=[\s0-9\p{Script=Han}）)]|$)/gu;
/** A figure then a screen's unit: a sign, a Latin unit (letters right after the figure), a rate. */
const UNIT_FIGURE = /[¥￥$]\s?\d|\d(?:\.\d+)?\s?(?:[%％℃°㎡㎞]|[A-Za-z]{1,4}(?![A-Za-z])|\/[A-Za-z\p{Script=Han}])|\d[\p{Script=Han}]{1,2}\/[\p{Script=Han}]/gu;
/** A field gap: a space, a bar, a middle dot or an arrow between two characters of a Chinese line (not Latin words' spaces). */
const FIELD_GAP = /(?<=[\p{Script=Han}\d%％℃°）)】\]*＊])\s*(?:[|｜·•→►▶]|\s)\s*(?=[\p{Script=Han}\d¥￥（(【[A-Za-z+-])/gu;
const CODE = /(?<![A-Za-z\d])[A-Z]{1,3}\d{2,}|(?<![\d.])\d{6,}(?![\d.])/gu;
const CLAUSE_SPLIT = /[，,。；;、！？!?：:|｜·•→►▶\s]+/u;

/** The register marks of a text (see RegisterFeatures). */
export function registerFeatures(text: string): RegisterFeatures {
  const han = [...text].filter(isHan).length;
  const withoutClocks = text.replace(CLOCK, ' ');
  const colonFields = (withoutClocks.match(COLON_FIELD) ?? []).length;
  // A Latin word's own spaces (Android 8.0) are not field gaps: only gaps with a non-Latin character on either side.
  const spacedFields = [...text.matchAll(FIELD_GAP)].filter((m) => !/^\s+$/u.test(m[0]) || !(/[A-Za-z]/u.test(text[m.index - 1] ?? '') && /[A-Za-z\d]/u.test(text[m.index + m[0].length] ?? ''))).length;
  const clauses = text.split(CLAUSE_SPLIT).map((c) => [...c].filter(isHan).length).filter((n) => n > 0);
  return {
    colonFields,
    spacedFields,
    unitFigures: (text.match(UNIT_FIGURE) ?? []).length,
    clockTimes: (text.match(CLOCK) ?? []).length,
    masked: (text.match(MASK) ?? []).length,
    codes: (text.match(CODE) ?? []).length,
    figureRuns: ((text.match(/\d+(?:\.\d+)?/gu) ?? []).length * 10) / Math.max(han, 1),
    clauseHan: clauses.length ? clauses.reduce((a, b) => a + b, 0) / clauses.length : 0,
  };
}

/** How many distinct marks of a screen's line the text carries (0–6: fields, gaps, unit figures, clock or date, masks, codes). */
export function screenMarks(text: string): number {
  const r = registerFeatures(text);
  return [r.colonFields > 0, r.spacedFields >= 2, r.unitFigures > 0, r.clockTimes > 0, r.masked > 0, r.codes > 0].filter(Boolean).length;
}
