/**
 * The background's reading pipeline timed in Node: analyzeArticle (spam judged, every paragraph's
 * tokens) on corpus articles as they are (typical news, 2–4k characters) and on a long page made of
 * consecutive articles' paragraphs under the first one's headline (about 30k characters, one
 * request past the 20k limit is sent in parts, but the reader's worst single request is 20k).
 * Jieba's Node build, the shipped dictionary's custom words, the language model and topic vectors,
 * the shipped pinyin model: the same tools the language worker holds.
 *
 *   nice npx tsx scripts/perf/node-analyze.ts                 typical and long, median of 3 runs each
 *   nice npx tsx scripts/perf/node-analyze.ts --runs=5 --long=20000
 *   nice node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/perf/node-analyze.ts --runs=1
 *   --only=long: only the pages whose name starts so ('typical', 'long').
 *   --print: also prints a digest of the spans and tokens of every page (to compare two trees' outputs).
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, type AnalyzeTools } from '../../src/background/analyze-article';
import { createPinyinReader } from '../../src/pinyin/index';
import { findInjectedSpans } from '../../src/spam/index';
import { loadDictionaryFromDisk } from '../dictionary-node-loader';
import { createNodeSegmenter } from '../segment/node-segmenter';
import { loadCorpus } from '../spam/corpus';
import { loadNodeTopicVectors } from '../../src/topic/node-loader';
import { loadNodeLanguageModel } from '../../src/lm/node-loader';
import { loadShippedAsset } from '../words/pipeline';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 3);
const longChars = Number(option('long') ?? 30_000);
const print = args.includes('--print');

interface Page {
  name: string;
  title: string;
  paragraphs: string[];
}

const size = (page: Page) => page.paragraphs.reduce((sum, p) => sum + p.length, 0);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const loadStart = performance.now();
  const dictionary = await loadDictionaryFromDisk();
  const pinyin = await createPinyinReader(loadShippedAsset);
  const languageModel = await loadNodeLanguageModel();
  const topicVectors = loadNodeTopicVectors();
  // A fresh segmenter for every measured call: the segmenter keeps the words of texts it cut, and a
  // page read the first time finds none of them kept.
  const freshTools = (): AnalyzeTools => {
    const segmenter = createNodeSegmenter(dictionary.customWords());
    segmenter.cut('读懂中文新闻');
    return { segmenter, pinyin, isKnownWord: (word) => dictionary.hasWord(word), languageModel, topicVectors, findInjectedSpans };
  };
  freshTools();
  console.log(`tools loaded in ${Math.round(performance.now() - loadStart)} ms`);

  const docs = loadCorpus();
  // The corpus's articles run to 2,000 characters: a typical 2–4k page is consecutive articles
  // joined under the first one's headline (the same for every tree measured).
  const joined = (name: string, from: number, chars: number): Page => {
    const page: Page = { name, title: docs[from]!.title, paragraphs: [] };
    for (const doc of docs.slice(from)) {
      if (size(page) >= chars) break;
      page.paragraphs.push(...doc.paragraphs);
    }
    return page;
  };
  const typical = [10, 30, 50, 70].map((from) => joined(`typical from article ${from}`, from, 3000));
  const only = option('only');
  const pages = [...typical, joined('long', 0, longChars)].filter((page) => !only || page.name.startsWith(only));

  const digest = createHash('sha256');
  for (const page of pages) {
    const spamTimes: number[] = [];
    const allTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Spam alone (what the first ruby waits for), then the whole request as the worker answers it.
      // CPU time of this process, not wall time: the machine is shared and loaded.
      let tools = freshTools();
      let started = cpuMs();
      const spans = findInjectedSpans(page.title, page.paragraphs, { segmenter: tools.segmenter, isKnownWord: tools.isKnownWord, languageModel, topicVectors });
      spamTimes.push(cpuMs() - started);
      tools = freshTools();
      started = cpuMs();
      const response = analyzeArticle({ title: page.title, paragraphs: page.paragraphs, findSpam: true }, tools);
      allTimes.push(cpuMs() - started);
      if (run === 0 && print) {
        const text = JSON.stringify({ spans, response });
        digest.update(text);
        console.log(`${page.name}: output ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
      }
    }
    console.log(
      `${page.name}: ${size(page)} chars, ${page.paragraphs.length} paragraphs; CPU: spam ${Math.round(median(spamTimes))} ms (${spamTimes.map(Math.round).join(', ')}); whole request ${Math.round(median(allTimes))} ms (${allTimes.map(Math.round).join(', ')})`,
    );
  }
  if (print) console.log(`all outputs ${digest.digest('hex').slice(0, 16)}`);
}

await main();
