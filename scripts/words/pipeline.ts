/**
 * The reading pipeline as the background runs it, in Node: jieba (Node build) taught the glossary's
 * terms, the shipped pinyin model, and analyzeArticle's tokens (what the page shows as ruby).
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/background/analyze-article';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import type { WordToken } from '../../src/messaging/protocol';
import { createPinyinReader, type PinyinReaderOptions } from '../../src/pinyin/index';
import { findInjectedSpans } from '../../src/spam/index';
import { createNodeSegmenter } from '../segment/node-segmenter';

const ASSETS = new URL('../../assets/public', import.meta.url);

export async function loadShippedAsset(path: string): Promise<ArrayBuffer> {
  const bytes = readFileSync(new URL(`.${path}`, `${ASSETS.href}/`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

export type ReadParagraph = (text: string) => WordToken[];
/** Tokens of every paragraph of one page, read as one article (as the background reads a page). */
export type ReadPage = (paragraphs: readonly string[]) => WordToken[][];

/** Tokens of every paragraph of one page, read as one article (spam finding off: the gold is about words and readings). */
export async function createNodePagePipeline(pinyinOptions: PinyinReaderOptions = {}): Promise<ReadPage> {
  const dictionary = await loadDictionaryFromDisk();
  const segmenter = createNodeSegmenter(dictionary.customWords());
  const pinyin = await createPinyinReader(loadShippedAsset, pinyinOptions);
  const tools = { segmenter, pinyin, findInjectedSpans };
  return (paragraphs) =>
    analyzeArticle({ title: '', paragraphs: [...paragraphs], findSpam: false }, tools).paragraphs.map((p) => p.tokens);
}

/** Tokens of one paragraph read alone. */
export async function createNodePipeline(pinyinOptions: PinyinReaderOptions = {}): Promise<ReadParagraph> {
  const readPage = await createNodePagePipeline(pinyinOptions);
  return (text) => readPage([text])[0]!;
}
