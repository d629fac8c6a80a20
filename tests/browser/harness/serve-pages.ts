/** A tiny local server for browser tests: the harness bundle, jieba's wasm, and pages the test sets. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);
const WASM = join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');

export interface PageServer {
  /** Serves `html` at the returned URL, with the harness loaded after the page's own content. */
  page(name: string, html: string): string;
  close(): Promise<void>;
}

export async function servePages(harnessFile: string): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/reader-harness.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(harnessFile));
    } else if (path === '/jieba_rs_wasm_bg.wasm') {
      response.writeHead(200, { 'content-type': 'application/wasm' });
      response.end(readFileSync(WASM));
    } else if (pages.has(path)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pages.get(path));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    page(name, html) {
      const withHarness = html.includes('</body>')
        ? html.replace('</body>', '<script type="module" src="/reader-harness.js"></script></body>')
        : `${html}<script type="module" src="/reader-harness.js"></script>`;
      pages.set(`/${name}`, withHarness);
      return `http://127.0.0.1:${port}/${name}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
