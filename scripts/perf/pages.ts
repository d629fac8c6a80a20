/**
 * The pages bench:perf loads: the seed article as shipped, its body thirty times over (about 100,000
 * characters, the "very long article"), and the English page. Served from memory on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url)), 'utf8');

/** The seed page with its article's paragraphs repeated `times` times inside the same page shell. */
export function repeatedSeed(times: number): string {
  const seed = fixture('seed-page.html');
  const open = seed.indexOf('<div class="content">');
  const close = seed.indexOf('</div>', open);
  if (open < 0 || close < 0) throw new Error('seed-page.html: no <div class="content"> to repeat');
  const start = open + '<div class="content">'.length;
  const body = seed.slice(start, close);
  return seed.slice(0, start) + body.repeat(times) + seed.slice(close);
}

export const PAGES = {
  seed: fixture('seed-page.html'),
  long: repeatedSeed(30),
  english: fixture('english-news.html'),
};
export type PageName = keyof typeof PAGES;

export interface PageServer {
  origin: string;
  /** A fresh URL each time (a query), so no load is served from a cache. */
  url(page: PageName): string;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  let loads = 0;
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) as PageName;
    const html = PAGES[name];
    response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}?load=${++loads}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Han characters in a page's article (what the reader annotates), for the printout. */
export function hanCharacters(html: string): number {
  return html.match(/\p{Script=Han}/gu)?.length ?? 0;
}
