/**
 * The background's heavy, shared state: jieba (web build), the dictionary, the pinyin reader, the
 * language model and the word topic vectors.
 * Loaded once, on first need, and shared by every tab. Chrome stops the MV3 service worker when it
 * is idle, so this cold start comes back; `warm` lets a page start it as soon as it is classified.
 */
import type { Dictionary } from '../dictionary/index';
import type { LanguageModel } from '../lm/index';
import type { PinyinReader } from '../pinyin/index';
import type { TopicVectors } from '../topic/vectors';
import { createJiebaSegmenter, type JiebaApi, type Segmenter } from '../segment/segmenter';

export interface LanguageTools {
  segmenter: Segmenter;
  dictionary: Dictionary;
  pinyin: PinyinReader;
  /** Absent when it failed to load: spam finding then goes without language-model evidence. */
  languageModel?: LanguageModel;
  /** Word topic vectors; absent when they failed to load (off-topic sentences then go without them). */
  topicVectors?: TopicVectors;
}

/** Where each part comes from: the background passes the packaged ones, tests pass fakes. */
export interface LanguageToolsSources {
  loadJieba(): Promise<JiebaApi>;
  loadDictionary(): Promise<Dictionary>;
  loadPinyin(): Promise<PinyinReader>;
  loadLanguageModel?(): Promise<LanguageModel>;
  loadTopicVectors?(): Promise<TopicVectors>;
  /** Where to report load timings (the service worker console by default). */
  log?(message: string): void;
}

export interface LanguageToolsLoader {
  /** Everything the reading pipeline needs (segmenter, dictionary, pinyin). */
  all(): Promise<LanguageTools>;
  /** Just the dictionary: hover lookups need no segmenter, so they need not wait for jieba. */
  dictionary(): Promise<Dictionary>;
}

/** Memoises an async load; a failed load is forgotten so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export function createLanguageToolsLoader(sources: LanguageToolsSources): LanguageToolsLoader {
  const log = sources.log ?? (() => {});
  let started = 0;
  const since = () => `${Math.round(performance.now() - started)} ms`;

  const dictionary = once(() => sources.loadDictionary().then((d) => (log(`dictionary ready after ${since()}`), d)));
  const jieba = once(() => sources.loadJieba().then((j) => (log(`jieba wasm ready after ${since()}`), j)));
  const pinyin = once(() => sources.loadPinyin().then((p) => (log(`pinyin ready after ${since()}`), p)));
  // Reading and lookups work without the model, so its failure is logged, not passed on.
  const languageModel = once(async () => {
    const model = await sources.loadLanguageModel?.().catch((error: unknown) => log(`language model failed: ${String(error)}`));
    if (model) log(`language model ready after ${since()}`);
    return model ?? undefined;
  });

  const topicVectors = once(async () => {
    const vectors = await sources.loadTopicVectors?.().catch((error: unknown) => log(`topic vectors failed: ${String(error)}`));
    if (vectors) log(`topic vectors ready after ${since()}`);
    return vectors ?? undefined;
  });

  const all = once(async (): Promise<LanguageTools> => {
    const [jiebaApi, dict, reader, model, vectors] = await Promise.all([jieba(), dictionary(), pinyin(), languageModel(), topicVectors()]);
    // Let lookups that were waiting for the dictionary answer before the long synchronous step.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // jieba builds its prefix dictionary on first use (the first add_word or cut: about a second);
    // pay it here, while the page is still being read, not on the page's text.
    const segmenter = createJiebaSegmenter(jiebaApi, dict.customWords(), (word) => dict.hasWord(word), model);
    segmenter.cut('读懂中文新闻');
    log(`segmenter ready (${dict.customWords().length} custom words) after ${since()}`);
    return { segmenter, dictionary: dict, pinyin: reader, languageModel: model, topicVectors: vectors };
  });

  const startClock = () => {
    if (!started) started = performance.now();
  };
  return {
    all: () => (startClock(), all()),
    dictionary: () => (startClock(), dictionary()),
  };
}
