/**
 * `npm run bench`: prints build times (astro build, search index) and Lighthouse scores
 * (performance, accessibility, best practices, SEO) for the home page, a profile, a topic table and the compare
 * view, using Debian's Chromium (targets: 100 / 100 / 100 / 100); then the scale benchmark (scripts/bench-scale.ts):
 * synthetic corpora of 50, 150 and 249 jurisdictions built end to end. Not part of `npm test`: timings vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runScale } from './bench-scale.ts';
import { firstSearch, searchLine } from './search-budget.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './local-site.ts';

const PAGES = ['/', '/jurisdictions/us/', '/topics/enforcement/', '/compare/?j=jp,kr,cn&t=end-use'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function timed(label: string, command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(28)}${seconds.toFixed(2)} s`);
  return seconds;
}

console.log('Build');
const bin = (name: string) => `node_modules/.bin/${name}`;
const total =
  timed('validate content', process.execPath, ['scripts/validate-content.ts']) +
  timed('astro build', bin('astro'), ['build', '--force', '--silent']) +
  timed('search index', process.execPath, ['scripts/index-search.ts']);
console.log(`${'total'.padEnd(28)}${total.toFixed(2)} s\n`);

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
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
    console.log(`${path.padEnd(34)}${scores.join(' / ')}${misses.length ? `   (failed audits: ${misses.join(', ')})` : ''}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

console.log(`\n${searchLine(await firstSearch(`${process.cwd()}/dist`, 'licence'))}\n`);
await runScale([50, 150, 249]);
