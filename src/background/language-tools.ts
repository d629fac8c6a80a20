/**
 * The background's heavy, shared state: jieba (web build), the dictionary and the pinyin reader.
 * Loaded once, on first need, and shared by every tab. Chrome stops the MV3 service worker when it
 * is idle, so this cold start comes back; `warm` lets a page start it as soon as it is classified.
 */
import type { Dictionary } from '../dictionary/index';
import type { PinyinReader } from '../pinyin/index';
import { createJiebaSegmenter, type JiebaApi, type Segmenter } from '../segment/segmenter';

export interface LanguageTools {
  segmenter: Segmenter;
  dictionary: Dictionary;
  pinyin: PinyinReader;
}

/** Where each part comes from: the background passes the packaged ones, tests pass fakes. */
export interface LanguageToolsSources {
  loadJieba(): Promise<JiebaApi>;
  loadDictionary(): Promise<Dictionary>;
  loadPinyin(): Promise<PinyinReader>;
  /** Where to report load timings (the service worker console by default). */
  log?(message: string): void;
}

export function createLanguageToolsLoader(sources: LanguageToolsSources): () => Promise<LanguageTools> {
  let loading: Promise<LanguageTools> | undefined;
  const log = sources.log ?? (() => {});

  async function load(): Promise<LanguageTools> {
    const started = performance.now();
    const since = () => `${Math.round(performance.now() - started)} ms`;
    const [jieba, dictionary, pinyin] = await Promise.all([
      sources.loadJieba().then((j) => (log(`jieba wasm ready after ${since()}`), j)),
      sources.loadDictionary().then((d) => (log(`dictionary ready after ${since()}`), d)),
      sources.loadPinyin().then((p) => (log(`pinyin ready after ${since()}`), p)),
    ]);
    // jieba builds its prefix dictionary on first use (the first add_word or cut: about a second);
    // pay it here, while the page is still being read, not on the page's text.
    const segmenter = createJiebaSegmenter(jieba, dictionary.customWords());
    segmenter.cut('读懂中文新闻');
    log(`segmenter ready (${dictionary.customWords().length} custom words) after ${since()}`);
    return { segmenter, dictionary, pinyin };
  }

  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // let the next request try again
      throw error;
    });
    return loading;
  };
}
