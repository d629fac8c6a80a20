/**
 * The whole pipeline (segmenter, model and every rule after it) cross-validated on CPP dev: fold f's items
 * are read with a model trained on dev less that fold (`train.ts --folds k --without-fold f`, MODEL_OUT),
 * so a rule's effect on CPP dev is measured with the readings it would meet on text the model never saw.
 * train:pinyin's own CV scores the model alone.
 *
 * Usage: for f in 0 1 2 3 4; do MODEL_OUT=$PWD/tmp/fold-$f.bin npm run train:pinyin -- --without-fold $f; done
 *        npx tsx scripts/pinyin/pipeline-cv.ts --models=tmp/fold-%d.bin [--folds 5] [--out=preds.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createPinyinReader } from '../../src/pinyin/index';
import { toNumbered } from '../../src/pinyin/numbered';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { predictAll } from './cpp-accuracy';
import { loadCpp } from './data';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const models = option('models') ?? 'tmp/fold-%d.bin';
const folds = Number(option('folds') ?? 5);
const out = option('out');

const dev = loadCpp('dev');
const segmenter = createNodeSegmenter();
const lines: string[] = [];
let right = 0;
for (let f = 0; f < folds; f++) {
  const bytes = readFileSync(models.replace('%d', String(f)));
  const model = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const reader = await createPinyinReader(async () => model, { dictionaryNeutralTones: false });
  const items = dev.map((item, i) => ({ item, i })).filter(({ i }) => i % folds === f);
  const preds = predictAll(items.map(({ item }) => item), segmenter, reader);
  let foldRight = 0;
  items.forEach(({ item, i }, k) => {
    const got = toNumbered(preds[k]!);
    if (got === item.gold) foldRight++;
    lines.push(`${i}\t${item.char}\t${item.gold}\t${got}\t${item.text.slice(0, item.at)}[${item.char}]${item.text.slice(item.at + 1)}`);
  });
  right += foldRight;
  console.log(`fold ${f + 1}/${folds}: ${((100 * foldRight) / items.length).toFixed(2)}%`);
}
if (out) writeFileSync(out, lines.sort((a, b) => Number(a.split('\t')[0]) - Number(b.split('\t')[0])).join('\n') + '\n');
console.log(`pipeline cross-validated on dev (${folds}-fold): ${((100 * right) / dev.length).toFixed(2)}% (${dev.length - right} errors of ${dev.length})`);
