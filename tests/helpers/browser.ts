/** Debian's Chromium driven by playwright-core, with every request off the loopback site recorded and refused. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
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

/** One URL per page type, for tests that must cover every kind of page. */
export const PAGE_TYPES = {
  home: '/',
  'jurisdiction index': '/jurisdictions/',
  profile: '/jurisdictions/gb/',
  'topic index': '/topics/',
  'topic table': '/topics/enforcement/',
  'regime index': '/regimes/',
  regime: '/regimes/wassenaar/',
  methodology: '/methodology/',
  codebook: '/codebook/',
  coverage: '/coverage/',
  'open data': '/data/',
  search: '/search/',
  'not found': '/404.html',
} as const;
