/**
 * jieba-wasm's web build, initialised from the one .wasm file the extension ships (wxt.config.ts
 * copies it to the extension root and stops Vite from inlining it).
 */
import init, { add_word, cut, tag } from 'jieba-wasm/web';
import type { JiebaApi } from './segmenter';

export async function loadWebJieba(wasmUrl: string): Promise<JiebaApi> {
  await init({ module_or_path: wasmUrl });
  return { cut, tag, add_word };
}
