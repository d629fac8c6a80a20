/**
 * Writes the verb section (the verbs jieba's tags hide, scripts/pinyin/hidden-verbs.ts) into a model file
 * without retraining it: weights, lexicon, neutral entries and checks are copied unchanged. The shipped
 * model was trained before the section existed (session 8), so its file had none and `model.hiddenVerb`
 * answered false for every word: the rules that ask it (上将 before 产生/n, 为 before 贡献/n) never saw a
 * hidden verb. The model's own readings do not move: its grammar features add PV/PnH keys where the list
 * changes what the tags say, and a model trained without them has no weight under those keys.
 *
 * Usage: npx tsx scripts/pinyin/add-verb-section.ts [model.bin]   (default: the shipped model)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeModel, readModelSections, verbKey } from '../../src/pinyin/model';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { buildHiddenVerbs } from './hidden-verbs';

const path = process.argv[2] ?? new URL('../../assets/public/data/pinyin-model.bin', import.meta.url).pathname;
const bytes = readFileSync(path);
const model = readModelSections(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
if (model.verbKeys.length > 0) throw new Error(`${path} already has ${model.verbKeys.length} verbs`);
const { header } = model;
const verbs = buildHiddenVerbs(createNodeSegmenter());

const weights = new Map<number, number>();
model.keys.forEach((k, i) => weights.set(k, model.weights[i]! / header.scale));
const lexiconEntries = new Map<number, number>();
model.lexiconKeys.forEach((k, i) => lexiconEntries.set(k, model.lexiconReadings[i]!));
if (!model.checks) throw new Error(`${path} has no check section: run add-entry-checks.ts first`);
const fileChecks = model.checks;
const checks = new Map<number, number>();
[...model.lexiconKeys, ...model.neutralKeys].forEach((k, i) => checks.set(k, fileChecks[i]!));
const out = encodeModel(header, weights, lexiconEntries, new Set(model.neutralKeys), new Set(verbs.map(verbKey)), checks);
writeFileSync(path, out);
console.log(`${path}: ${bytes.length} -> ${out.length} bytes; ${verbs.length} hidden verbs written`);
