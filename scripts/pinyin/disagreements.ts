/**
 * Where the reader disagrees with pinyin-pro on real text, for eyeballing:
 * tsx scripts/pinyin/disagreements.ts /work/shared/corpus/sogou-2012-news.jsonl [limit]
 * (the file's lines are JSON objects with a `paragraphs` array of strings).
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { baseReadings } from '../../src/pinyin/base-readings';
import { createPinyinReader } from '../../src/pinyin/index';

const loadAsset = async (path: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(new URL(`../../assets/public${path}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

async function main(): Promise<void> {
  const [file, limitArg] = process.argv.slice(2);
  const limit = Number(limitArg ?? 60);
  const reader = await createPinyinReader(loadAsset);
  let shown = 0;
  let chars = 0;
  let differ = 0;
  for (const line of readFileSync(file!, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const paragraph of (JSON.parse(line) as { paragraphs: string[] }).paragraphs) {
      const words = jieba.cut(paragraph, true);
      const ours = reader.readWords(words).flat();
      const theirs = baseReadings(paragraph); // pinyin-pro clause by clause, as the reader calls it
      chars += paragraph.length;
      for (let i = 0; i < paragraph.length; i++) {
        if (ours[i] === theirs[i]) continue;
        differ++;
        if (shown++ < limit) {
          console.log(`${paragraph.slice(Math.max(0, i - 8), i)}[${paragraph[i]}]${paragraph.slice(i + 1, i + 6)}  ours=${ours[i]} pinyin-pro=${theirs[i]}`);
        }
      }
    }
  }
  console.log(`${differ} disagreements in ${chars} characters`);
}

await main();
