/**
 * The learner's settings, in `storage.sync` so they follow the reader to other browsers: speech
 * rate, marks by HSK level, the interface language. Only what the user changed is stored.
 */
import * as v from 'valibot';
import { defineValidatedItem } from './validated-item';

export const SPEECH_RATES = [0.6, 0.8, 1, 1.2] as const;

/** speechSynthesis rate: 1 is the voice's normal speed; learners often want it slower. */
export const speechRateItem = defineValidatedItem('sync:learner.speechRate', {
  schema: v.pipe(v.number(), v.minValue(0.5), v.maxValue(2)),
  fallback: 0.8,
  version: 1,
});

/** How words are marked by HSK 3.0 band on the page: not at all, a coloured underline, or coloured text. */
export const LevelMarksSchema = v.picklist(['off', 'underline', 'colour']);
export type LevelMarks = v.InferOutput<typeof LevelMarksSchema>;
export const levelMarksItem = defineValidatedItem('sync:learner.levelMarks', {
  schema: LevelMarksSchema,
  fallback: 'off',
  version: 1,
});

export const LanguageSettingSchema = v.picklist(['auto', 'en', 'zh_CN']);
export const uiLanguageItem = defineValidatedItem('sync:ui.language', {
  schema: LanguageSettingSchema,
  fallback: 'auto',
  version: 1,
});

/** Stores a change; the default value removes the item, so only what the user changed is kept. */
export async function setSetting<T>(item: { fallback: T; setValue(value: T): Promise<void>; removeValue(): Promise<void> }, value: T): Promise<void> {
  if (value === item.fallback) await item.removeValue();
  else await item.setValue(value);
}
