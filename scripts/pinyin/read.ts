/**
 * Reads sentences with the shipped model, for eyeballing: tsx scripts/pinyin/read.ts 银行行长来了。
 * Prints each jieba word with its numbered readings.
 */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { createPinyinReader } from '../../src/pinyin/index';

const loadAsset = async (path: string): Promise<ArrayBuffer> => {
  const bytes = readFileSync(new URL(`../../assets/public${path}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

async function main(): Promise<void> {
  const reader = await createPinyinReader(loadAsset);
  for (const sentence of process.argv.slice(2)) {
    const words = jieba.cut(sentence, true);
    const readings = reader.readWords(words);
    console.log(words.map((w, i) => `${w}(${readings[i]!.join(' ')})`).join(' '));
  }
}

await main();
