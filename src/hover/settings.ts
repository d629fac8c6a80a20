/**
 * Display settings for readings in the tooltip (and anyone else who shows pinyin). Only values the
 * user changed are stored; the fallbacks are the defaults, so they can improve later.
 */
import * as v from 'valibot';
import { sameType, type Same } from '../messaging/schema-util';
import type { PinyinStyle } from '../pinyin/format';
import { defineValidatedItem } from '../settings/validated-item';
import type { DisplaySettings } from '../ui/tooltip/view-model';

const PinyinStyleSchema = v.picklist(['marks', 'numbers', 'zhuyin']);
sameType<Same<v.InferOutput<typeof PinyinStyleSchema>, PinyinStyle>>(true);

export const pinyinStyleItem = defineValidatedItem('sync:display.pinyinStyle', {
  schema: PinyinStyleSchema,
  fallback: 'marks',
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

export async function loadDisplaySettings(): Promise<DisplaySettings> {
  const [pinyinStyle, toneColours] = await Promise.all([pinyinStyleItem.getValue(), toneColoursItem.getValue()]);
  return { pinyinStyle, toneColours };
}

/** Calls `onChange` with the full settings whenever either item changes; returns the unwatch function. */
export function watchDisplaySettings(onChange: (settings: DisplaySettings) => void): () => void {
  const reload = () => void loadDisplaySettings().then(onChange);
  const unwatchStyle = pinyinStyleItem.watch(reload);
  const unwatchColours = toneColoursItem.watch(reload);
  return () => {
    unwatchStyle();
    unwatchColours();
  };
}

/** Stores a change; the default value removes the item, so only what the user changed is kept. */
export async function setPinyinStyle(style: PinyinStyle): Promise<void> {
  if (style === pinyinStyleItem.fallback) await pinyinStyleItem.removeValue();
  else await pinyinStyleItem.setValue(style);
}

export async function setToneColours(on: boolean): Promise<void> {
  if (on === toneColoursItem.fallback) await toneColoursItem.removeValue();
  else await toneColoursItem.setValue(on);
}
