/**
 * Print and offline, in real Chromium: fact sheets on at most two pages of A4 and US Letter (Chromium's PDF output),
 * nothing wider than the printed page and no text below the print sizes; the service worker stores the whole atlas on
 * request, and with the server stopped unvisited pages open and search answers; the archive serves itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentRelease } from '../src/tooling/release.ts';
import { freePort } from '../scripts/local-site.ts';
import { PAGE_TYPES, browserSession, launchBrowser } from './helpers/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const origin = inject('origin');
const { open } = browserSession(origin);
const release = contentRelease(ROOT);
const JURISDICTIONS = (
  JSON.parse(await readFile(join(ROOT, 'dist/data/atlas.json'), 'utf8')) as { jurisdictions: { id: string }[] }
).jurisdictions.map((item) => item.id);

/** Pages in a PDF: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Printable width in CSS pixels: the paper less the 12 mm margins of the print stylesheet. */
const PRINTABLE = { A4: Math.floor(((210 - 24) / 25.4) * 96), Letter: Math.floor(((215.9 - 24) / 25.4) * 96) } as const;

/** In print media at the printable width: elements reaching past the page edge, and text below the print sizes. */
async function printProblems(page: Page, width: number) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: 1000 });
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const problems: string[] = [];
    const small = new Set(['sources', 'pin', 'note', 'checked', 'citation', 'sheet-pin', 'sheet-sources', 'sheet-level', 'sheet-meta', 'sheet-cite']);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('svg') || element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
      if (box.right > edge + 1) problems.push(`${name} reaches ${Math.round(box.right)}px > ${edge}px`);
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!hasText) continue;
      const size = parseFloat(getComputedStyle(element).fontSize) * 0.75; // px to pt
      const isCitation = [...small].some((name) => element.closest(`.${name}`)) || element.closest('td::before') !== null;
      const minimum = isCitation || element.closest('caption') || element.closest('td') ? 7.5 : 9;
      if (size < minimum - 0.01) problems.push(`${name} text at ${size.toFixed(1)} pt < ${minimum} pt`);
    }
    return problems.slice(0, 5);
  });
}

describe('print', () => {
  it('prints every fact sheet on at most two pages of A4 and of US Letter, with its release and source URLs', { timeout: 240_000 }, async () => {
    const counts: string[] = [];
    for (const id of JURISDICTIONS) {
      const page = await open(`/jurisdictions/${id}/sheet/`);
      expect(await page.locator('.sheet-meta code').innerText(), id).toBe(release.id);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pdfPages(await page.pdf({ format }));
        counts.push(`${id} ${format} ${pages}`);
        expect(pages, `${id} on ${format}`).toBeLessThanOrEqual(2);
        expect(pages, `${id} on ${format}`).toBeGreaterThanOrEqual(1);
      }
      const urls = await page.locator('.sheet-url').count();
      expect(urls, `${id}: source URLs printed`).toBeGreaterThan(0);
      await page.context().close();
    }
    console.log(`fact sheets, pages per format: ${counts.join('; ')}`);
  });

  it('keeps every kind of page within the printed width and above the print type sizes', { timeout: 180_000 }, async () => {
    const paths = [
      ...Object.values(PAGE_TYPES),
      '/jurisdictions/us/sheet/',
      '/changes/',
      '/modules/catch-all-controls-compared/',
      '/jurisdictions/jp/cite/',
      '/offline/',
    ];
    const problems: string[] = [];
    for (const path of paths) {
      const page = await open(path);
      for (const problem of await printProblems(page, PRINTABLE.A4)) problems.push(`${path}: ${problem}`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('finds an element wider than the printed page (the check can fail)', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '1200px';
      wide.textContent = 'wide';
      document.querySelector('main')!.append(wide);
    });
    expect((await printProblems(page, PRINTABLE.A4)).some((problem) => problem.startsWith('div.too-wide reaches'))).toBe(true);
    await page.context().close();
  });
});

describe('offline', () => {
  let folder: string;
  let server: ChildProcess | undefined;
  let local: string;

  /** Unzips the archive a trainer downloads and starts it with its own command, `node serve.mjs <port>`. */
  async function startArchive(): Promise<void> {
    const port = await freePort();
    local = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['serve.mjs', String(port)], {
      cwd: join(folder, `export-control-atlas-${release.id}`),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.once('data', () => resolve());
      server!.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
  }

  function stopServer(): Promise<void> {
    return new Promise((resolve) => {
      if (!server || server.exitCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill();
    });
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'atlas-offline-'));
    const files = unzipSync(await readFile(join(ROOT, 'dist/downloads', `export-control-atlas-${release.id}.zip`)));
    for (const [path, bytes] of Object.entries(files)) {
      if (path.endsWith('/')) continue;
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), bytes);
    }
    await startArchive();
  }, 120_000);

  afterAll(async () => {
    await stopServer();
    await rm(folder, { recursive: true, force: true });
  });

  it('the archive, started with its one stated command, serves the atlas and its search', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${local}/search/?q=licence`);
      await page.locator('.search-results .result').first().waitFor();
      await page.goto(`${local}/jurisdictions/jp/`);
      expect(await page.locator('h1').innerText()).toBe('Japan');
    } finally {
      await browser.close();
    }
  });

  it('stores the whole atlas on request; with the server stopped, unvisited pages open and search answers', { timeout: 180_000 }, async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${local}/offline/`);
      // Nothing is stored before the reader asks.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      await page.locator('[data-offline-install]').click();
      await page.locator('[data-offline-status]', { hasText: 'The atlas is stored in this browser' }).waitFor({ timeout: 150_000 });
      await stopServer();
      // The server is gone: a page never visited opens from the stored copy, and search answers.
      const offline = await context.newPage();
      await offline.goto(`${local}/jurisdictions/vn/`);
      expect(await offline.locator('h1').innerText()).toBe('Vietnam');
      expect(await offline.locator('.site-footer .release code').innerText()).toBe(release.id);
      await offline.goto(`${local}/search/?q=brokering`);
      await offline.locator('.search-results .result').first().waitFor({ timeout: 20_000 });
      await offline.goto(`${local}/modules/red-flags-and-end-use-checks/`);
      expect(await offline.locator('h1').innerText()).toBe('Red flags and end-use checks');
      const data = await offline.evaluate(async () => (await fetch('/data/index.json')).json());
      expect(data.release).toBe(release.id);
    } finally {
      await browser.close();
      await startArchive();
    }
  });

  it('content pages ship no script: only search, compare, filters, citations and the offline page do', async () => {
    for (const path of [
      '/jurisdictions/vn/',
      '/jurisdictions/vn/sheet/',
      '/modules/catch-all-controls-compared/',
      '/topics/enforcement/',
      '/concepts/catch-all-control/',
    ]) {
      const html = await readFile(join(ROOT, 'dist', path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<script/);
    }
  });
});
