/** Probe (dev only): for polyphones inside multi-character jieba words, how often each source is right. */
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { baseReadings } from '../../src/pinyin/base-readings';
import { decodeModel } from '../../src/pinyin/model';
import { readWordsWithModel } from '../../src/pinyin/reader';
import { loadCedictHeadwords, loadCompleteHeadwords, loadCpp, mergeHeadwords } from './data';

const bytes = readFileSync(new URL('../../assets/public/data/pinyin-model.bin', import.meta.url));
const model = decodeModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const headwords = mergeHeadwords(loadCedictHeadwords(), loadCompleteHeadwords());
let n = 0, inDict = 0, dictOk = 0, modelOk = 0, modelOkInDict = 0, wordAloneOk = 0, sentOk = 0;
for (const item of loadCpp('dev')) {
  const words = jieba.cut(item.text, true);
  let s = 0, w = 0;
  while (s + words[w]!.length <= item.at) s += words[w++]!.length;
  const word = words[w]!;
  if (word.length < 2) continue;
  n++;
  const k = item.at - s;
  const got = readWordsWithModel(model, words).flat()[item.at];
  if (got === item.gold) modelOk++;
  if (baseReadings(word)[k] === item.gold) wordAloneOk++;
  if (baseReadings(item.text)[item.at] === item.gold) sentOk++;
  const rs = headwords.get(word);
  const atK = rs ? new Set(rs.map((r) => r[k])) : new Set();
  if (atK.size === 1) {
    inDict++;
    if ([...atK][0] === item.gold) dictOk++;
    if (got === item.gold) modelOkInDict++;
  }
}
console.log({ n, modelOk, wordAloneOk, sentOk, inDict, dictOk, modelOkInDict });
