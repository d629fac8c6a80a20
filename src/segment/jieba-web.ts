/**
 * jieba-wasm's web build, initialised from the one .wasm file the extension ships, gzipped (4.0 MB
 * → 2.8 MB of the install; wxt.config.ts writes it and stops Vite from inlining the original). It is
 * decompressed as it streams into the compiler, so compiling starts with the first bytes.
 */
import init, { add_word, cut, tag } from 'jieba-wasm/web';
import type { JiebaApi } from './segmenter';

export const JIEBA_WASM_PATH = '/jieba_rs_wasm_bg.wasm.gz';

export async function loadWebJieba(gzippedWasmUrl: string): Promise<JiebaApi> {
  const response = await fetch(gzippedWasmUrl);
  if (!response.ok || !response.body) throw new Error(`Dudong: cannot load ${gzippedWasmUrl} (${response.status})`);
  // instantiateStreaming wants the wasm MIME type, which a Response built here has to be given.
  const wasm = new Response(response.body.pipeThrough(new DecompressionStream('gzip')), { headers: { 'Content-Type': 'application/wasm' } });
  await init({ module_or_path: wasm });
  return { cut, tag, add_word };
}
