/** The built site in real Chromium: search, citations, keyboard use, no-JavaScript rendering, no off-site requests. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_TYPES, browserSession, siteContext } from './helpers/browser.ts';

const origin = inject('origin');
const { open, offsite: offsiteRequests, browser } = browserSession(origin);

async function resultCount(page: Page): Promise<number> {
  const summary = page.locator('[data-search-status]');
  await summary.filter({ hasText: /\d+ results?/ }).waitFor();
  return Number((await summary.innerText()).match(/(\d+) results?/)?.[1]);
}

describe('search', () => {
  it('finds a known fact, and its result link lands on the fact’s anchor', async () => {
    const page = await open('/search/?q=deemed%20export%20rule&type=Profile+facts');
    const link = page.locator('.search-results a[href^="/jurisdictions/"][href$="#deemedExportRule"]').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/jurisdictions\/[a-z]{2}\/#deemedExportRule$/);
    const top = await page.locator('[id="deemedExportRule"]').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    expect(await page.locator('[id="deemedExportRule"]').innerText()).toBe('Deemed export rule');
    await page.context().close();
  });

  it('answers a regime-status question with the fact itself: "India NSG" opens India’s NSG status first', async () => {
    const page = await open('/search/?q=India%20NSG');
    const first = page.locator('.search-results .result').first();
    await first.waitFor();
    expect(await first.locator('.result-title a').innerText()).toBe('India — International commitments');
    const section = first.locator('.sub-results a').first();
    expect(await section.getAttribute('href')).toBe('/jurisdictions/in/#nsgStatus');
    expect(await section.innerText()).toBe('Nuclear Suppliers Group (NSG): status');
    await page.context().close();
  });

  it('finds a world-tier entry by the state’s name, and narrows to the world tier with its filter', async () => {
    const page = await open('/search/?q=Pakistan&type=World+tier');
    const first = page.locator('.search-results .result-title a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/world/pk/');
    await page.context().close();
  });

  it('finds a crosswalk entry first by its list number', async () => {
    for (const [query, href] of [
      ['3A090', '/crosswalk/us-3a090-advanced-computing-ics/'],
      ['3B001', '/crosswalk/3b001-semiconductor-equipment/'],
      ['5A002', '/crosswalk/5a002-information-security/'],
    ]) {
      const page = await open(`/search/?q=${query}`);
      const first = page.locator('.search-results .result-title a').first();
      await first.waitFor();
      expect(await first.getAttribute('href'), query).toBe(href);
      await page.context().close();
    }
  });

  it('narrows results with a filter, combines choices within a filter with OR, and keeps query and filters in the URL', async () => {
    const page = await open('/search/?q=controls');
    const before = await resultCount(page);
    await page.locator('.search-filters summary', { hasText: 'Kind of page' }).click();
    await page.locator('.search-filters input[name="type"][value="Jurisdiction profile"]').check();
    await page.waitForURL(/type=Jurisdiction\+profile/);
    await page
      .locator('[data-search-status]')
      .filter({ hasNotText: new RegExp(`^${before} results?`) })
      .waitFor();
    const profiles = await resultCount(page);
    expect(profiles).toBeGreaterThan(0);
    expect(profiles).toBeLessThan(before);
    const hrefs = await page.locator('.search-results .result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/jurisdictions\/[a-z]{2}\/$/);
    // A second choice in the same filter widens the results (OR), it does not narrow them.
    await page.locator('.search-filters input[name="type"][value="Concept"]').check();
    await page.waitForURL(/type=Concept/);
    await page
      .locator('[data-search-status]')
      .filter({ hasNotText: new RegExp(`^${profiles} results?`) })
      .waitFor();
    expect(await resultCount(page)).toBeGreaterThan(profiles);
    // Reload keeps the query and both choices.
    await page.reload();
    expect(await resultCount(page)).toBeGreaterThan(profiles);
    expect(await page.locator('#site-search').inputValue()).toBe('controls');
    expect(await page.locator('.search-filters input[name="type"]:checked').count()).toBe(2);
    // Back returns to the profile-only results.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('Concept'));
    await page
      .locator('[data-search-status]')
      .filter({ hasText: new RegExp(`^${profiles} results?`) })
      .waitFor();
    await page.context().close();
  });

  it('finds a concept page first by the concept’s name', async () => {
    const page = await open('/search/?q=deemed%20export');
    await page.locator('.search-results .result').first().waitFor();
    expect(await page.locator('.search-results .result-title a').first().getAttribute('href')).toBe('/concepts/deemed-export/');
    await page.context().close();
  });

  it('says so when search cannot load, instead of searching forever', async () => {
    const { context } = await siteContext(browser(), origin);
    await context.route('**/pagefind/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=licence`);
    await page.locator('[data-search-status]', { hasText: 'could not be loaded' }).waitFor();
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('citations', () => {
  it('appear with every fact on a profile', async () => {
    const page = await open('/jurisdictions/gb/');
    const facts = await page.locator('.fact:has(h4[id])').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.querySelector('h4')!.id,
        unknown: element.querySelector('.special-unknown') !== null,
        citations: element.querySelectorAll('.sources cite').length,
        pinpoint: element.querySelector('.sources li')?.textContent ?? '',
      })),
    );
    expect(facts.length).toBeGreaterThanOrEqual(40);
    for (const fact of facts.filter((item) => item.id !== 'regimeMemberships' && !item.unknown)) {
      expect(fact.citations, fact.id).toBeGreaterThan(0);
      expect(fact.pinpoint, fact.id).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    }
    await page.context().close();
  });

  it('every cell of a topic table shows its pinpoint, which leads to the fact and its sources in full', async () => {
    const page = await open('/topics/enforcement/');
    const cells = await page.locator('tbody td').evaluateAll((elements) =>
      elements.map((element) => ({
        unknown: element.querySelector('.special-unknown') !== null,
        level: element.querySelector('.verification')?.textContent ?? '',
        pin: element.querySelector('a.pin')?.textContent ?? '',
        href: element.querySelector('a.pin')?.getAttribute('href') ?? '',
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.level).toMatch(/^(Primary|Secondary|Unverified)$/);
      expect(cell.href).toMatch(/^\/jurisdictions\/[a-z]{2}\/#[a-zA-Z]+$/);
      if (!cell.unknown) expect(cell.pin.length, cell.href).toBeGreaterThan(1);
    }
    const first = page.locator('tbody td a.pin').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    const fact = page.locator(`[id="${href.split('#')[1]}"]`).locator('xpath=..');
    await fact.locator('details.fact-sources > summary').click();
    expect(await fact.locator('.sources li').first().innerText()).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('reaches main content through the skip link, and search by Tab alone', async () => {
    const page = await open('/jurisdictions/us/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(`${origin}/jurisdictions/us/`);
    let focused = '';
    for (let presses = 0; presses < 20 && focused !== 'site-search'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('site-search');
    await page.keyboard.type('brokering');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=brokering$/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it.each(Object.entries(PAGE_TYPES))('the %s page renders its content', async (_type, path) => {
    const page = await open(path, { javaScriptEnabled: false });
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(path === '/404.html' ? 20 : 100);
    if (path === '/search/') expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('network', () => {
  it('no request during these tests left the site', () => {
    expect(offsiteRequests).toEqual([]);
  });
});
