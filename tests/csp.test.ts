/** The Content-Security-Policy: on every built page, strict, and no page reports a violation in Chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../scripts/checks/dist-files.ts';
import { PAGE_TYPES, browserSession } from './helpers/browser.ts';

const DIST = join(import.meta.dirname, '../dist');
const origin = inject('origin');
const { open } = browserSession(origin);

describe('Content-Security-Policy', () => {
  it('every page carries a strict policy: no inline scripts or styles, WebAssembly only on the search page', async () => {
    const pages = await builtPages(DIST);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const policy = page.root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(policy, page.url).toMatch(/default-src 'self'/);
      expect(policy, page.url).toMatch(/style-src 'self'/);
      expect(policy, page.url).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(policy.includes("'wasm-unsafe-eval'"), page.url).toBe(page.url === '/search/');
      // Every executable script is a file; JSON data blocks are not executed.
      for (const script of page.root.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (type !== 'application/json') expect(script.getAttribute('src'), `${page.url}: inline script`).toBeTruthy();
      }
      expect(page.root.querySelectorAll('style').length, `${page.url}: inline <style>`).toBe(0);
      expect(page.html.includes(' style="'), `${page.url}: style attribute`).toBe(false);
    }
    const headers = await readFile(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self'.*frame-ancestors 'none'/);
  });

  it.each([...Object.entries(PAGE_TYPES), ['compare view with a table', '/compare/?j=jp,kr,cn'], ['search with results', '/search/?q=licence']])(
    'the %s page reports no violation',
    async (_type, path) => {
      const page = await open('/');
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${origin}${path}`);
      if (path.startsWith('/compare/?')) await page.locator('table.compare').waitFor();
      if (path.startsWith('/search/?')) await page.locator('.search-results .result').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      await page.context().close();
    },
  );
});
