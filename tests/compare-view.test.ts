/** The compare view in Chromium: the table against the rule, URL state and history, no JavaScript, and phones. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compareRow, type Cell } from '../src/lib/compare.ts';
import { browserSession, siteContext } from './helpers/browser.ts';

const origin = inject('origin');
const { open, offsite: offsiteRequests, browser } = browserSession(origin);

const cellsOf = async (id: string) => (await (await fetch(`${origin}/data/compare/j/${id}.json`)).json()) as Record<string, Cell>;
const headers = (page: Page) => page.locator('table.compare thead th').allInnerTexts();

describe('compare view with JavaScript', () => {
  it('draws one column per chosen jurisdiction, in the order chosen, and marks each row by the rule', async () => {
    const page = await open('/compare/?j=jp,kr,cn&t=end-use');
    await page.locator('table.compare').waitFor();
    expect(await headers(page)).toEqual(['Dimension', 'Japan', 'South Korea', 'China']);
    const rows = await page
      .locator('table.compare tbody tr[data-status]')
      .evaluateAll((elements) =>
        elements.map((row) => ({ id: row.querySelector('th')!.id.replace(/^row-/, ''), status: row.getAttribute('data-status') })),
      );
    expect(rows.map((row) => row.id)).toEqual(['catchAllTrigger', 'catchAllEndUses', 'endUserList', 'endUseAssurances', 'postShipmentVerification']);
    const [jp, kr, cn] = await Promise.all(['jp', 'kr', 'cn'].map(cellsOf));
    for (const row of rows) expect(row.status, row.id).toBe(compareRow([jp![row.id]!, kr![row.id]!, cn![row.id]!]).status);
    // The rule leaves no row "differs" where a chosen value is unknown, not applicable or unverified.
    for (const row of rows.filter((item) => item.status === 'differs')) {
      for (const cells of [jp, kr, cn])
        expect(['unknown', 'not-applicable'].includes(cells![row.id]!.s ?? '') || cells![row.id]!.l === 'unverified').toBe(false);
    }
    await page.context().close();
  });

  it('shows each cell’s verification and pinpoint, opens the full citation in one click, and links to the fact on the profile', async () => {
    const page = await open('/compare/?j=jp,kr&d=catchAllTrigger');
    const cell = page.locator('table.compare td').first();
    await cell.waitFor();
    expect(await cell.locator('.verification').innerText()).toMatch(/^(Primary|Secondary|Unverified)$/);
    const summary = cell.locator('details.cite > summary');
    expect((await summary.innerText()).length).toBeGreaterThan(0);
    await summary.click();
    expect(await cell.locator('details.cite .sources li').first().innerText()).toMatch(/checked \d{4}-\d{2}-\d{2}\)$/);
    await cell.locator('details.cite a[href="/jurisdictions/jp/#catchAllTrigger"]').click();
    await page.waitForURL(/\/jurisdictions\/jp\/#catchAllTrigger$/);
    expect(await page.locator('[id="catchAllTrigger"]').innerText()).toBe('Catch-all trigger');
    await page.context().close();
  });

  it('takes world-tier entries: their researched questions are compared, the rest shown as not researched and left out of the marks', async () => {
    const page = await open('/compare/?j=in,pk,de&t=legal-framework');
    await page.locator('table.compare').waitFor();
    expect(await headers(page)).toEqual(['Dimension', 'India', 'Pakistan (world tier)', 'Germany']);
    expect(await page.locator('table.compare thead a[href="/world/pk/"]').count()).toBe(1);
    const pakistan = await cellsOf('pk');
    const statusOf = (id: string) => page.locator(`table.compare tbody tr:has(th#row-${id})`).getAttribute('data-status');
    // Researched: Pakistan's cell is compared like any other.
    expect(pakistan['primaryLegislation']).toBeDefined();
    expect(await page.locator('table.compare tbody tr:has(th#row-primaryLegislation) td').nth(1).innerText()).not.toContain('Not researched');
    // Not researched: shown as such, without a level or citation, and the row is marked on India and Germany alone.
    expect(pakistan['implementingRegulations']).toBeUndefined();
    const cell = page.locator('table.compare tbody tr:has(th#row-implementingRegulations) td').nth(1);
    expect(await cell.innerText()).toBe('Not researched');
    expect(await cell.locator('.verification, details').count()).toBe(0);
    const [india, germany] = await Promise.all(['in', 'de'].map(cellsOf));
    expect(await statusOf('implementingRegulations')).toBe(
      compareRow([india!['implementingRegulations']!, germany!['implementingRegulations']!]).status,
    );
    await page.context().close();
  });

  it('marks a row "not researched" when fewer than two chosen entries researched it', async () => {
    const page = await open('/compare/?j=pk,bd&d=implementingRegulations,primaryLegislation');
    await page.locator('table.compare').waitFor();
    expect(await page.locator('table.compare tbody tr:has(th#row-implementingRegulations)').getAttribute('data-status')).toBe('not-researched');
    expect(await page.locator('.compare-summary').innerText()).toMatch(/Not researched: 1/);
    await page.context().close();
  });

  it('keeps the choice in the URL: choosing pushes a new URL, and back and forward restore the table', async () => {
    const page = await open('/compare/?j=jp&j=kr&t=end-use');
    await page.locator('table.compare').waitFor();
    expect(await headers(page)).toEqual(['Dimension', 'Japan', 'South Korea']);
    await page.locator('.compare-picker > summary').click();
    await page.locator('input[name="j"][value="cn"]').check();
    await page.locator('.compare-picker button[type="submit"]').click();
    await page.waitForURL(`${origin}/compare/?j=jp,kr,cn&t=end-use`);
    await page.locator('table.compare thead th', { hasText: 'China' }).waitFor();
    await page.goBack();
    await page.waitForURL(`${origin}/compare/?j=jp&j=kr&t=end-use`);
    await page.locator('table.compare thead th', { hasText: 'China' }).waitFor({ state: 'detached' });
    expect(await headers(page)).toEqual(['Dimension', 'Japan', 'South Korea']);
    expect(await page.locator('input[name="j"][value="cn"]').isChecked()).toBe(false);
    await page.goForward();
    await page.locator('table.compare thead th', { hasText: 'China' }).waitFor();
    await page.context().close();
  });

  it('says which ids in the URL it left out, and asks for a second jurisdiction', async () => {
    const page = await open('/compare/?j=jp,zz');
    await page.locator('[data-compare-output] p').first().waitFor();
    const text = await page.locator('[data-compare-output]').innerText();
    expect(text).toContain('zz');
    expect(text).toContain('Choose at least two jurisdictions');
    expect(await page.locator('table.compare').count()).toBe(0);
    await page.context().close();
  });

  it('fetches only the chosen jurisdictions’ data', async () => {
    const { context } = await siteContext(browser(), origin);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/compare/?j=jp,kr,cn`);
    await page.locator('table.compare').waitFor();
    expect(fetched.sort()).toEqual(['/data/compare/j/cn.json', '/data/compare/j/jp.json', '/data/compare/j/kr.json']);
    await context.close();
  });
});

describe('compare view without JavaScript', () => {
  it('lists the prepared views and says that choosing a subset needs JavaScript', async () => {
    const page = await open('/compare/?j=jp,kr,cn', { javaScriptEnabled: false });
    expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
    expect(await page.locator('.compare-picker').isVisible()).toBe(false);
    const links = await page
      .locator('main a[href^="/topics/"], main a[href^="/dimensions/"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(links).toContain('/topics/end-use/');
    expect(links).toContain('/dimensions/catchAllTrigger/');
    await page.locator('main a[href="/dimensions/catchAllTrigger/"]').click();
    await page.waitForURL(/\/dimensions\/catchAllTrigger\/$/);
    expect(await page.locator('table.stack tbody tr').count()).toBeGreaterThanOrEqual(15);
    await page.context().close();
  });
});

describe('phones (390 px)', () => {
  it.each([
    '/compare/?j=jp,kr,cn',
    '/topics/international/',
    '/dimensions/licenceTypes/',
    '/jurisdictions/us/',
    '/codebook/',
    '/coverage/',
    '/regimes/cwc/',
  ])('%s has no page-wide sideways scroll', async (path) => {
    const page = await open(path, { width: 390 });
    if (path.startsWith('/compare/')) await page.locator('table.compare').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});

describe('network', () => {
  it('no request during these tests left the site', () => {
    expect(offsiteRequests).toEqual([]);
  });
});
