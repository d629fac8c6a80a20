/**
 * Static server for tests/fixtures on 127.0.0.1 (random port), reachable as localhost too: a second
 * origin for cross-origin iframes (`%OTHER_ORIGIN%` in a page is the other of the two). Per-file
 * response headers come from tests/fixtures/headers.json, e.g. a strict Content-Security-Policy for
 * the CSP fixture; a page whose Content-Type names GBK is sent encoded in GBK. Pages cut from another
 * fixture (derived-pages.ts) are made at request time.
 */
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { encodeGbk } from './gbk-encode';
import { DERIVED_PAGES } from '../fixtures/derived-pages';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  /** The same server as a different origin (localhost instead of 127.0.0.1). */
  otherOrigin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const headersFile = join(root, 'headers.json');
  const perFile: Record<string, Record<string, string>> = existsSync(headersFile)
    ? JSON.parse(readFileSync(headersFile, 'utf8'))
    : {};
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = normalize(join(root, path));
    if (path === '') {
      // An index of the fixtures, for people browsing them with the demo.
      const pages = [...(await readdir(root)), ...Object.keys(DERIVED_PAGES)].filter((f) => f.endsWith('.html')).sort();
      res.writeHead(200, { 'Content-Type': TYPES['.html']! });
      res.end(`<!DOCTYPE html><meta charset="utf-8"><title>Dudong fixtures</title><ul>${pages.map((f) => `<li><a href="/${f}">${f}</a>`).join('')}</ul>`);
      return;
    }
    if (!file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const derived = root === FIXTURES_DIR ? DERIVED_PAGES[path] : undefined;
      let body: Buffer = derived ? Buffer.from(derived(), 'utf8') : await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(perFile[path] ?? {}),
      };
      if (extname(file) === '.html') {
        const host = req.headers.host ?? '';
        const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace('127.0.0.1', 'localhost');
        const text = body.toString('utf8').replaceAll('%OTHER_ORIGIN%', `http://${other}`);
        body = /charset=gbk/i.test(headers['Content-Type']) ? encodeGbk(text) : Buffer.from(text, 'utf8');
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    otherOrigin: `http://localhost:${port}`,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
