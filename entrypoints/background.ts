import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectReader } from '../src/background/inject-reader';
import { createLanguageToolsLoader } from '../src/background/language-tools';
import { createPastedSentenceStore } from '../src/background/pasted-sentences';
import { extensionUrl, loadPackagedAsset } from '../src/background/load-asset';
import { createRouter } from '../src/background/router';
import { loadDictionary } from '../src/dictionary/index';
import { hskTableLoader } from '../src/learner/hsk-loader';
import { LANGUAGE_MODEL_PATH, loadLanguageModel } from '../src/lm/index';
import { createPinyinReader } from '../src/pinyin/index';
import { JIEBA_WASM_PATH, loadWebJieba } from '../src/segment/jieba-web';

export default defineBackground(() => {
  const log = (message: string) => console.info(`[dudong] ${message}`);
  const tools = createLanguageToolsLoader({
    loadDictionary: () => loadDictionary(loadPackagedAsset),
    loadPinyin: () => createPinyinReader(loadPackagedAsset),
    loadLanguageModel: () => loadPackagedAsset(LANGUAGE_MODEL_PATH).then(loadLanguageModel),
    loadJieba: () => loadWebJieba(extensionUrl(JIEBA_WASM_PATH)),
    log,
  });
  const route = createRouter({
    languageTools: tools.all,
    dictionary: tools.dictionary,
    injectReader,
    pastedSentences: createPastedSentenceStore(),
    hskTable: hskTableLoader(loadPackagedAsset),
    log,
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }),
  );
});
