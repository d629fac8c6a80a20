/** The packaged HSK table (`/data/hsk.txt`, built by scripts/build-hsk.ts), loaded by the background. */
import type { LoadAsset } from '../pinyin/index';
import { parseHskTable, type HskTable } from './hsk-table';

export const HSK_ASSET = '/data/hsk.txt';

export async function loadHskTable(loadAsset: LoadAsset): Promise<HskTable> {
  return parseHskTable(new TextDecoder().decode(await loadAsset(HSK_ASSET)));
}

/** Loads the table on first use and keeps it; a failed load is tried again next time. */
export function hskTableLoader(loadAsset: LoadAsset): () => Promise<HskTable> {
  let loading: Promise<HskTable> | undefined;
  return () =>
    (loading ??= loadHskTable(loadAsset).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
