/**
 * The language worker: jieba, the dictionary, the pinyin reader and the language model, loaded once
 * and kept for as long as the worker lives, answering the background's calls (language-rpc.ts).
 * It runs in a dedicated worker so that analysing a long article never blocks the thread that
 * routes messages, and (in Chrome) in an offscreen document so that it outlives the service worker,
 * which Chrome stops after 30 s without events: the segmenter's dictionary build (0.3–0.9 s) is then
 * paid once per browser session instead of before almost every article.
 * No extension API exists in a worker: files are fetched from the extension's own origin.
 */
import { loadDictionary } from '../dictionary/index';
import { gunzip } from '../lm/model-file';
import { LANGUAGE_MODEL_PATH, loadLanguageModel } from '../lm/index';
import { decodeTopicFile, TOPIC_VECTORS_PATH } from '../topic/vectors';
import { createPinyinReader, type LoadAsset } from '../pinyin/index';
import { JIEBA_WASM_PATH, loadWebJieba } from '../segment/jieba-web';
import { createLanguageToolsLoader } from './language-tools';
import { serveLanguageService, type MessageEnd } from './language-rpc';
import { createLocalLanguageService } from './language-service';

export function startLanguageWorker(scope: MessageEnd & { location: { origin: string } }): void {
  const url = (path: string) => new URL(path, scope.location.origin).href;
  const loadAsset: LoadAsset = async (path) => {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(`Dudong: cannot load ${path} (${response.status})`);
    return response.arrayBuffer();
  };
  const log = (message: string) => console.info(`[dudong] ${message}`);
  const tools = createLanguageToolsLoader({
    loadDictionary: () => loadDictionary(loadAsset),
    loadPinyin: () => createPinyinReader(loadAsset),
    loadLanguageModel: () => loadAsset(LANGUAGE_MODEL_PATH).then(loadLanguageModel),
    loadTopicVectors: () => loadAsset(TOPIC_VECTORS_PATH).then(gunzip).then(decodeTopicFile),
    loadJieba: () => loadWebJieba(url(JIEBA_WASM_PATH)),
    log,
  });
  serveLanguageService(createLocalLanguageService(tools, log), scope);
}
