/**
 * A stored item with a schema: @wxt-dev/storage's `defineItem` (versions and migrations) with every
 * read checked. A stored value that fails the schema never reaches the code: the item answers its
 * fallback (or what `repair` salvages), the bad value is set aside for export (set-aside.ts) and the
 * stored copy is replaced, so one corrupt value cannot stop Dudong on every page.
 */
import * as v from 'valibot';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { setAside } from './set-aside';

export interface ValidatedItemOptions<T> {
  /** What a value of the current version must look like. */
  schema: v.GenericSchema<unknown, T>;
  /** The value when nothing (or nothing usable) is stored. */
  fallback: NoInfer<T>;
  /** The current version, from 1; raise it with a migration whenever the stored shape changes. */
  version: number;
  /** `migrations[n]` turns a stored version n-1 value into version n (tested one by one). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** What can still be used of a value that fails the schema (the good entries of a list); null for nothing. */
  repair?(raw: unknown): T | null;
  /** Where an earlier version kept this value (another key or area): moved here on first use. */
  movedFrom?: StorageItemKey;
}

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  /** Throws on a value that fails the schema: that is a bug in the caller, not data to keep. */
  setValue(value: T): Promise<void>;
  /** `removeMeta`: its version too (only for version-1 items: a later value would be read as version 1). */
  removeValue(options?: { removeMeta?: boolean }): Promise<void>;
  /** Read, change, write, one change at a time in this context (two clicks do not lose one). */
  update(change: (value: T) => T): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

/** Keeps the list entries that fit `entry`, for `repair`. */
export function validEntries<T>(entry: v.GenericSchema<unknown, T>) {
  return (raw: unknown): T[] | null => {
    if (!Array.isArray(raw)) return null;
    return raw.flatMap((item) => {
      const parsed = v.safeParse(entry, item);
      return parsed.success ? [parsed.output] : [];
    });
  };
}

/** What a migration that threw leaves behind: the value it was given, for the set-aside list. */
interface FailedMigration {
  dudongFailedMigration: number;
  value: unknown;
}
const isFailedMigration = (value: unknown): value is FailedMigration =>
  typeof value === 'object' && value !== null && 'dudongFailedMigration' in value;

/**
 * A migration that throws would leave the item on its old version (wxt logs and gives up); instead
 * the value goes on, marked, to fail the schema and be set aside like any other bad value.
 */
function guarded(migrations: Record<number, (old: unknown) => unknown>) {
  return Object.fromEntries(
    Object.entries(migrations).map(([to, migrate]) => [
      to,
      (old: unknown) => {
        if (isFailedMigration(old)) return old;
        try {
          return migrate(old);
        } catch {
          return { dudongFailedMigration: Number(to), value: old } satisfies FailedMigration;
        }
      },
    ]),
  );
}

export function defineValidatedItem<T>(key: StorageItemKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const { schema, fallback, version, migrations = {}, repair, movedFrom } = options;
  const item = storage.defineItem<unknown>(key, { version, migrations: guarded(migrations) });
  const fresh = (): T => structuredClone(fallback);
  let moved: Promise<void> | undefined;
  const moveOldValue = () =>
    (moved ??= (async () => {
      if (!movedFrom) return;
      const old = await storage.getItem<unknown>(movedFrom);
      if (old === null) return;
      if ((await item.getValue()) === null) await item.setValue(old);
      await storage.removeItem(movedFrom);
    })().catch(() => undefined));

  /** The stored value checked; a bad one is set aside and replaced by what could be kept. */
  async function check(raw: unknown): Promise<T> {
    if (raw === null || raw === undefined) return fresh();
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) return parsed.output;
    const failed = isFailedMigration(raw) ? raw : null;
    const kept = failed ? null : (repair?.(raw) ?? null);
    const problem = failed ? `the migration to version ${failed.dudongFailedMigration} failed` : v.summarize(parsed.issues);
    await setAside(key, failed ? failed.value : raw, problem).catch(() => undefined);
    if (kept === null) await item.removeValue();
    else await item.setValue(kept);
    // What is stored now is of the current shape: no migration may run on it again.
    await item.setMeta({ v: version });
    return kept ?? fresh();
  }

  let queue: Promise<unknown> = Promise.resolve();
  const setValue = async (value: T) => {
    const parsed = v.safeParse(schema, value);
    if (!parsed.success) throw new Error(`not a valid ${key}: ${v.summarize(parsed.issues)}`);
    await moveOldValue();
    await item.setValue(parsed.output);
  };
  const getValue = async () => {
    await moveOldValue();
    return check(await item.getValue());
  };

  return {
    key,
    fallback,
    getValue,
    setValue,
    removeValue: (options) => item.removeValue(options),
    update(change) {
      const next = queue.then(async () => {
        const value = change(await getValue());
        await setValue(value);
        return value;
      });
      queue = next.catch(() => undefined);
      return next;
    },
    watch(onChange) {
      return item.watch((raw) => void check(raw).then(onChange));
    },
  };
}
