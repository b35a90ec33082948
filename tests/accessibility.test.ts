/** axe-core in Chromium on every page type, and on the search page with results open. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_TYPES, launchBrowser, siteContext } from './helpers/browser.ts';

const origin = inject('origin');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe is injected as a script, which the site's Content-Security-Policy forbids: these contexts bypass it (tests/csp.test.ts checks the policy). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        })
      ).violations,
    TAGS,
  )) as Violation[];
  return found.map((violation) => `${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)', () => {
  it.each(Object.entries(PAGE_TYPES))('finds no violation on the %s page', async (_type, path) => {
    const { context } = await siteContext(browser, origin, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('finds no violation on the search page with results and a filter open', async () => {
    const { context } = await siteContext(browser, origin, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=licence`);
    await page.locator('.search-results .result').first().waitFor();
    await page.locator('.search-filters summary', { hasText: 'Jurisdiction' }).click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('finds no violation on the compare view with its table drawn and the picker open, %i px wide', async (width) => {
    const { context } = await siteContext(browser, origin, { viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${origin}/compare/?j=jp,kr,cn&t=end-use,enforcement`);
    await page.locator('table.compare').waitFor();
    await page.locator('.compare-picker > summary').click();
    await page.locator('table.compare details.cite > summary').first().click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('reports a violation by rule and place, so a regression cannot pass silently', async () => {
    const { context } = await siteContext(browser, origin, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      image.id = 'unlabelled-image';
      document.querySelector('main')?.append(image);
    });
    expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt \(.*\) at #unlabelled-image$/)]);
    await context.close();
  });
});
