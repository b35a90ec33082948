/** Debian's Chromium driven by playwright-core, with every request off the loopback site recorded and refused. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/local-site.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A browser context whose requests to any other origin are aborted and listed in `offsite`. */
export async function siteContext(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  return { context, offsite };
}

/**
 * A browser for one test file, launched before its tests and closed after: `open(path)` loads a page of the site in
 * a fresh context (JavaScript and viewport as asked), and `offsite` collects every refused off-site request.
 */
export function browserSession(origin: string) {
  let browser: Browser | undefined;
  const offsite: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    offsite,
    browser: () => browser!,
    async open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
      const { context, offsite: refused } = await siteContext(browser!, origin, {
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        ...(options.width === undefined ? {} : { viewport: { width: options.width, height: 900 } }),
      });
      context.on('close', () => offsite.push(...refused));
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      return page;
    },
  };
}

/** One URL per page type, for tests that must cover every kind of page. */
export const PAGE_TYPES = {
  home: '/',
  'jurisdiction index': '/jurisdictions/',
  profile: '/jurisdictions/gb/',
  'topic index': '/topics/',
  'topic table': '/topics/enforcement/',
  compare: '/compare/',
  'dimension across jurisdictions': '/dimensions/catchAllTrigger/',
  'harmonization gaps': '/gaps/',
  baselines: '/baselines/',
  penalties: '/penalties/',
  concepts: '/concepts/',
  concept: '/concepts/catch-all-control/',
  'red-flag matrix': '/red-flags/',
  'baseline of a jurisdiction': '/baselines/jp/',
  'regime index': '/regimes/',
  regime: '/regimes/wassenaar/',
  methodology: '/methodology/',
  codebook: '/codebook/',
  coverage: '/coverage/',
  'open data': '/data/',
  search: '/search/',
  'what changed': '/changes/',
  'cite the atlas': '/cite/',
  'citations of a profile': '/jurisdictions/jp/cite/',
  'fact sheet': '/jurisdictions/jp/sheet/',
  'history of a profile': '/jurisdictions/jp/history/',
  'training modules': '/modules/',
  'training module': '/modules/catch-all-controls-compared/',
  'use offline': '/offline/',
  'world tier': '/world/',
  'world-tier entry': '/world/al/',
  'not found': '/404.html',
} as const;
