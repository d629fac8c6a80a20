/** The shipped dictionary pack: it must give back the compiled file byte for byte, line starts included. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeDictionaryFile, type CompiledEntry } from '../../src/dictionary/entry-format';
import { scanSections } from '../../src/dictionary/line-index';
import { packDictionary, unpackDictionary } from '../../src/dictionary/pack-format';

const entry = (simplified: string, traditional: string, pinyin: string, more: Partial<CompiledEntry> = {}): CompiledEntry => ({
  simplified,
  traditional,
  pinyin,
  rank: 0,
  definitions: [`meaning of ${simplified}`],
  classifiers: [],
  variants: [],
  ...more,
});

/** Packs and unpacks `file`; returns what came back, and what scanning the original gives. */
function roundTrip(file: string) {
  const unpacked = unpackDictionary(new TextEncoder().encode(packDictionary(file)));
  const bytes = new TextEncoder().encode(file);
  const scanned = scanSections(bytes);
  return {
    same: new TextDecoder().decode(unpacked.bytes) === file,
    sameStarts: [...unpacked.entryStarts].join() === [...scanned.entries].join() && [...unpacked.indexStarts].join() === [...scanned.traditionalIndex].join(),
  };
}

describe('packDictionary / unpackDictionary', () => {
  it('gives back a hand-made file exactly: shared prefixes, both scripts, readings, empty fields', () => {
    const file = encodeDictionaryFile([
      entry('银行', '銀行', 'yin2 hang2', { classifiers: ['家|家[jia1]'] }),
      entry('银行家', '銀行家', 'yin2 hang2 jia1'),
      entry('行', '行', 'xing2', { rank: 0, definitions: ['to walk', 'capable'] }),
      entry('行', '行', 'hang2', { rank: 1 }),
      entry('一会儿', '一會兒', 'yi1 hui4 r5', { variants: ['一會|一会[yi1 hui4]'] }),
      entry('T恤', 'T卹', 'T xu4'),
      entry('𠮷野家', '𠮷野家', 'ji2 ye3 jia1'),
      entry('干', '乾', 'gan1'),
      entry('干', '幹', 'gan4'),
      entry('了', '了', 'le5', { definitions: [] }),
      // A traditional form of another length, and a reading that does not split by character.
      entry('卡拉OK', '卡拉OK', 'ka3 la1 O K'),
      entry('么', '麼么', 'me5'),
      entry('一', '一', 'yi1 er4'),
    ]);
    expect(roundTrip(file)).toEqual({ same: true, sameStarts: true });
  });

  it('refuses a file holding the control characters it uses as marks', () => {
    expect(() => packDictionary(encodeDictionaryFile([entry('甲\u0001', '', 'jia3')]))).toThrow();
  });

  it('ships the compiled CC-CEDICT in under 3 MB and gives it back byte for byte', async () => {
    const { CEDICT_PACK_OUTPUT, compileDictionaryFile, ensureDictionaryBuilt } = await import('../../scripts/build-dictionary');
    await ensureDictionaryBuilt();
    const shipped = await readFile(CEDICT_PACK_OUTPUT);
    expect(shipped.length).toBeLessThan(3_000_000);
    const { file } = await compileDictionaryFile();
    const unpacked = unpackDictionary(new Uint8Array(gunzipSync(shipped)));
    expect(Buffer.from(unpacked.bytes).equals(Buffer.from(file, 'utf8'))).toBe(true);
    const scanned = scanSections(unpacked.bytes);
    expect([...unpacked.entryStarts]).toEqual([...scanned.entries]);
    expect([...unpacked.indexStarts]).toEqual([...scanned.traditionalIndex]);
  }, 120_000);
});
