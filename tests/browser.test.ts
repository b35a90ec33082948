/** The built site in real Chromium: search, citations, keyboard use, no-JavaScript rendering, no off-site requests. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_TYPES, browserSession } from './helpers/browser.ts';

const origin = inject('origin');
const { open, offsite: offsiteRequests } = browserSession(origin);

async function resultCount(page: Page): Promise<number> {
  const summary = page.locator('pagefind-summary');
  await summary.filter({ hasText: /\d+ results?/ }).waitFor();
  return Number((await summary.innerText()).match(/(\d+) results?/)?.[1]);
}

describe('search', () => {
  it('finds a known fact, and its result link lands on the fact’s anchor', async () => {
    const page = await open('/search/?q=deemed%20export%20rule');
    const link = page.locator('pagefind-results a[href^="/jurisdictions/"][href$="#deemedExportRule"]').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/jurisdictions\/[a-z]{2}\/#deemedExportRule$/);
    const top = await page.locator('[id="deemedExportRule"]').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    expect(await page.locator('[id="deemedExportRule"]').innerText()).toBe('Deemed export rule');
    await page.context().close();
  });

  it('narrows results with a filter', async () => {
    const page = await open('/search/?q=controls');
    const before = await resultCount(page);
    await page.locator('pagefind-filter-pane details[data-filter-name="type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="type"][value="Jurisdiction profile"]').check();
    await page
      .locator('pagefind-summary')
      .filter({ hasNotText: new RegExp(`^${before} results?`) })
      .waitFor();
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const hrefs = await page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/jurisdictions\/[a-z]{2}\/$/);
    await page.context().close();
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
