/**
 * `npm run bench`: prints build times (astro build, pagefind) and Lighthouse scores
 * (performance, accessibility, best practices, SEO) for the home page, a profile and a topic table,
 * using Debian's Chromium. Targets: 100 / 100 / 100 / 100. Not part of `npm test`: timings vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = ['/', '/jurisdictions/us/', '/topics/enforcement/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function timed(label: string, command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(28)}${seconds.toFixed(2)} s`);
  return seconds;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

console.log('Build');
const bin = (name: string) => `node_modules/.bin/${name}`;
const total =
  timed('validate content', process.execPath, ['scripts/validate-content.ts']) +
  timed('astro build', bin('astro'), ['build', '--force', '--silent']) +
  timed('pagefind', bin('pagefind'), ['--site', 'dist', '--silent']);
console.log(`${'total'.padEnd(28)}${total.toFixed(2)} s\n`);

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  console.log(`Lighthouse (${CATEGORIES.join(' / ')}), target 100 each`);
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    const misses = Object.values(result?.lhr.audits ?? {})
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    console.log(`${path.padEnd(28)}${scores.join(' / ')}${misses.length ? `   (failed audits: ${misses.join(', ')})` : ''}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}
