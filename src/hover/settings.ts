/**
 * Display settings for readings in the tooltip (and anyone else who shows pinyin). Only values the
 * user changed are stored; the fallbacks are the defaults, so they can improve later. The reading
 * style's default is 'auto': zhuyin on pages that declare Taiwan, Hong Kong or Traditional Chinese
 * (src/script/page-language.ts), tone marks elsewhere; a style the user picks applies everywhere.
 */
import * as v from 'valibot';
import { sameType, type Same } from '../messaging/schema-util';
import type { PinyinStyle } from '../pinyin/format';
import { defineValidatedItem } from '../settings/validated-item';
import type { DisplaySettings } from '../ui/tooltip/view-model';

/** What the user chose: a style, or 'auto' (by the page's declared language). */
export type PinyinStyleChoice = 'auto' | PinyinStyle;
const PinyinStyleChoiceSchema = v.picklist(['auto', 'marks', 'numbers', 'zhuyin']);
sameType<Same<v.InferOutput<typeof PinyinStyleChoiceSchema>, PinyinStyleChoice>>(true);

export const pinyinStyleItem = defineValidatedItem('sync:display.pinyinStyle', {
  schema: PinyinStyleChoiceSchema,
  fallback: 'auto',
  version: 1,
  movedFrom: 'local:display.pinyinStyle',
});

export const toneColoursItem = defineValidatedItem('sync:display.toneColours', {
  schema: v.boolean(),
  fallback: true,
  version: 1,
  movedFrom: 'local:display.toneColours',
});

export const DEFAULT_DISPLAY: DisplaySettings = { pinyinStyle: 'marks', toneColours: true };

/** The style to show: the user's, or on 'auto' zhuyin where the page offers it first, else tone marks. */
export function resolvePinyinStyle(choice: PinyinStyleChoice, zhuyinFirst: boolean): PinyinStyle {
  if (choice !== 'auto') return choice;
  return zhuyinFirst ? 'zhuyin' : 'marks';
}

/** `zhuyinFirst`: the page declares Taiwan, Hong Kong or Traditional Chinese (offersZhuyinFirst). */
export async function loadDisplaySettings(zhuyinFirst = false): Promise<DisplaySettings> {
  const [choice, toneColours] = await Promise.all([pinyinStyleItem.getValue(), toneColoursItem.getValue()]);
  return { pinyinStyle: resolvePinyinStyle(choice, zhuyinFirst), toneColours };
}

/** Calls `onChange` with the full settings whenever either item changes; returns the unwatch function. */
export function watchDisplaySettings(onChange: (settings: DisplaySettings) => void, zhuyinFirst = false): () => void {
  const reload = () => void loadDisplaySettings(zhuyinFirst).then(onChange);
  const unwatchStyle = pinyinStyleItem.watch(reload);
  const unwatchColours = toneColoursItem.watch(reload);
  return () => {
    unwatchStyle();
    unwatchColours();
  };
}

/** Stores a change; the default value removes the item, so only what the user changed is kept. */
export async function setPinyinStyle(style: PinyinStyleChoice): Promise<void> {
  if (style === pinyinStyleItem.fallback) await pinyinStyleItem.removeValue();
  else await pinyinStyleItem.setValue(style);
}

export async function setToneColours(on: boolean): Promise<void> {
  if (on === toneColoursItem.fallback) await toneColoursItem.removeValue();
  else await toneColoursItem.setValue(on);
}
