/**
 * The first search's transfer size, measured in Chromium as a compressing host would serve the site: a small static
 * server gzips text responses (HTML, CSS, JS, JSON; Pagefind's own files are already compressed), and the browser's
 * encoded bytes are summed from page load to the first results drawn. Used by `npm run bench`; target ≤ 100 kB.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './local-site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv']);

/** A static server for `dist` that gzips what a host would gzip. */
export function compressingServer(dist: string): Server {
  return createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext) && /gzip/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(response);
    } else {
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
    }
  });
}

export interface SearchWeight {
  query: string;
  results: number;
  bytes: number;
  requests: number;
  byKind: Record<string, number>;
}

/** Loads `/search/?q=<query>` with an empty cache and sums the bytes transferred until the results are drawn. */
export async function firstSearch(dist: string, query: string): Promise<SearchWeight> {
  const port = await freePort();
  const server = compressingServer(dist);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const byKind: Record<string, number> = {};
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => {
      const url = urls.get(event.requestId) ?? '';
      const kind =
        /\/pagefind\/(index|fragment|filter)\//.exec(url)?.[1] ?? (/\.pagefind$|wasm/.test(url) ? 'wasm' : extname(new URL(url).pathname) || 'html');
      byKind[kind] = (byKind[kind] ?? 0) + event.encodedDataLength;
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-results .result').first().waitFor({ timeout: 30000 });
    await page.waitForLoadState('networkidle');
    const status = await page.locator('[data-search-status]').innerText();
    return { query, results: Number(status.match(/^(\d+)/)?.[1] ?? 0), bytes, requests, byKind };
  } finally {
    await browser.close();
    server.close();
  }
}

export function searchLine(weight: SearchWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const parts = Object.entries(weight.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${kb(n)}`)
    .join(', ');
  return `first search "${weight.query}" (${weight.results} results): ${kb(weight.bytes)} in ${weight.requests} requests (${parts}); target at most 100 kB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = await firstSearch(join(process.cwd(), 'dist'), process.argv[2] ?? 'licence');
  console.log(searchLine(weight));
}
