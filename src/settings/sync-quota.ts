/**
 * `storage.sync` refuses an item over 8,192 bytes (Chrome's QUOTA_BYTES_PER_ITEM; Firefox the same),
 * counted as the key plus the JSON of the value. Settings that grow (lists of sites) check it first.
 */
export const SYNC_ITEM_BYTES = 8_192;

export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function fitsSync(key: string, value: unknown): boolean {
  return syncBytes(key, value) <= SYNC_ITEM_BYTES;
}
