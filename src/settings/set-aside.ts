/**
 * Stored values that failed their schema, kept so the reader can export them: Dudong falls back to
 * the default (or to what could be salvaged) and the options page says so once.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

/** Enough for every item to go bad twice; older entries make room. */
export const MAX_SET_ASIDE = 20;

const SetAsideEntrySchema = v.object({
  /** The storage key, as `local:wordList`. */
  key: v.string(),
  value: v.unknown(),
  /** What the schema said, for the reader and for a bug report. */
  problem: v.string(),
  /** Milliseconds since the epoch. */
  at: v.number(),
  /** Whether the options page has told the reader about it. */
  noticed: v.boolean(),
});
export type SetAsideEntry = v.InferOutput<typeof SetAsideEntrySchema>;

// Not a validated item itself (that would set aside into itself): read with its own check below.
const setAsideItem = storage.defineItem<unknown>('local:dudong.setAside');

export async function setAsideEntries(): Promise<SetAsideEntry[]> {
  const parsed = v.safeParse(v.array(SetAsideEntrySchema), await setAsideItem.getValue());
  return parsed.success ? parsed.output : [];
}

/** Keeps `value` of `key` aside (once: the same value read again by another tab is not added twice). */
export async function setAside(key: string, value: unknown, problem: string, now = Date.now()): Promise<void> {
  const entries = await setAsideEntries();
  const json = JSON.stringify(value);
  if (entries.some((entry) => entry.key === key && JSON.stringify(entry.value) === json)) return;
  entries.push({ key, value, problem, at: now, noticed: false });
  await setAsideItem.setValue(entries.slice(-MAX_SET_ASIDE));
}

export async function markSetAsideNoticed(): Promise<void> {
  const entries = await setAsideEntries();
  if (entries.some((entry) => !entry.noticed)) await setAsideItem.setValue(entries.map((entry) => ({ ...entry, noticed: true })));
}

export async function discardSetAside(): Promise<void> {
  await setAsideItem.removeValue();
}

export function watchSetAside(onChange: () => void): () => void {
  return setAsideItem.watch(onChange);
}
