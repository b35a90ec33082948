/**
 * The built files researchers and data users rely on, read back by real parsers: citations (citation-js), checksums
 * (data/index.json, the archive's .sha256), Atom feeds (@rowanmanning/feed-parser), CSV (csv-parse with the
 * byte-order mark) and the spreadsheet variants (LibreOffice, headless).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../src/schemas/dimensions.ts';
import { contentRelease } from '../src/tooling/release.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const release = contentRelease(ROOT);
const read = (path: string) => readFile(join(DIST, path), 'utf8');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('citations', () => {
  it('parse back from BibTeX, RIS and CSL-JSON: the profile and every fact, at its anchor, with the release', async () => {
    const expected = 1 + DIMENSIONS.length;
    for (const format of ['bib', 'ris', 'json'] as const) {
      const text = await read(`jurisdictions/jp/cite.${format}`);
      const items = new Cite(format === 'json' ? JSON.parse(text) : text).data as { title: string; URL: string; note?: string }[];
      expect(items, format).toHaveLength(expected);
      const fact = items.find((item) => item.title === 'Japan — Catch-all trigger');
      expect(fact?.URL.trim(), format).toBe('https://export-control-atlas.example/jurisdictions/jp/#catchAllTrigger');
      expect(fact?.note, format).toContain(`Release ${release.id}`);
    }
    expect(await read('jurisdictions/jp/cite.bib')).toMatch(/^@misc\{jp_catchAllTrigger,$/m);
  });

  it('give every fact a plain-text citation with its anchor URL, the release and an access date to fill in, and a correction link', async () => {
    const page = parse(await read('jurisdictions/in/cite/index.html'));
    const entry = page.querySelector('[id="nsgStatus"]')!.parentNode!;
    const text = entry.querySelector('.citation')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Export Control Atlas, release ${release.id} (${release.date}). https://export-control-atlas.example/jurisdictions/in/#nsgStatus (accessed [date you read it]).`,
    );
    const correction = entry.querySelector('a[href*="issues/new"]')!.getAttribute('href')!;
    expect(new URL(correction).searchParams.get('fact')).toBe('in.nsgStatus');
    expect(new URL(correction).searchParams.get('release')).toBe(release.id);
  });

  it('link from each fact on a profile to its citation and its correction form', async () => {
    const page = parse(await read('jurisdictions/jp/index.html'));
    const fact = page.querySelector('[id="catchAllTrigger"]')!.parentNode!;
    expect(fact.querySelector('a[href="/jurisdictions/jp/cite/#catchAllTrigger"]')).not.toBeNull();
    expect(fact.querySelector('a[href*="fact=jp.catchAllTrigger"]')).not.toBeNull();
  });
});

describe('checksums and releases', () => {
  it('data/index.json lists every data file with its size, SHA-256, release and date', async () => {
    const index = JSON.parse(await read('data/index.json')) as {
      release: string;
      files: { path: string; bytes: number; sha256: string; release: string; date: string }[];
    };
    expect(index.release).toBe(release.id);
    const files = (await readdir(join(DIST, 'data'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => `/${join(entry.parentPath, entry.name).slice(DIST.length + 1)}`)
      .filter((path) => path !== '/data/index.json')
      .sort();
    expect(index.files.map((file) => file.path)).toEqual(files);
    for (const file of index.files) {
      const bytes = await readFile(join(DIST, file.path));
      expect({ path: file.path, bytes: bytes.length, sha256: sha256(bytes), release: release.id, date: release.date }).toEqual(file);
    }
  });

  it('the offline archive matches its .sha256 file, and every page footer names the release', async () => {
    const name = `export-control-atlas-${release.id}.zip`;
    const [archive, sum] = await Promise.all([readFile(join(DIST, 'downloads', name)), read(`downloads/${name}.sha256`)]);
    expect(sum).toBe(`${sha256(archive)}  ${name}\n`);
    for (const page of ['index.html', 'jurisdictions/jp/index.html', 'changes/index.html', 'search/index.html']) {
      expect(parse(await read(page)).querySelector('.site-footer .release code')?.text, page).toBe(release.id);
    }
    expect(JSON.parse(await read('data/atlas.json')).release).toBe(release.id);
  });

  it('every page offers its own citation: the footer key is in pages.bib, .ris and .json, at the page URL', async () => {
    const bib = new Cite(await read('cite/pages.bib')).data as { 'citation-key': string; URL: string; title: string }[];
    const csl = JSON.parse(await read('cite/pages.json')) as { id: string; URL: string }[];
    const risItems = new Cite(await read('cite/pages.ris')).data as unknown[];
    expect(risItems.length).toBe(csl.length);
    for (const [page, url] of [
      ['jurisdictions/jp/index.html', 'https://export-control-atlas.example/jurisdictions/jp/'],
      ['changes/index.html', 'https://export-control-atlas.example/changes/'],
      ['index.html', 'https://export-control-atlas.example/'],
    ] as const) {
      const key = parse(await read(page)).querySelector('.cite-page code')!.text;
      expect(bib.find((item) => item['citation-key'] === key)?.URL, page).toBe(url);
      expect(csl.find((item) => item.id === key)?.URL, page).toBe(url);
    }
  });
});

describe('feeds', () => {
  it('parse as Atom: every change once, dated from the content, linking to the fact', async () => {
    // Every page of /changes/ (newest first, a page at a time).
    const pages = parse(await read('changes/index.html'))
      .querySelectorAll('.pagination ul a')
      .map((link) => link.getAttribute('href')!);
    const rows = [];
    for (const href of pages.length > 0 ? pages : ['/changes/'])
      rows.push(...parse(await read(`${href.slice(1)}index.html`)).querySelectorAll('table.changes tbody tr'));
    const feed = parseFeed(await read('feeds/changes.xml'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.items).toHaveLength(rows.length);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(rows.length);
    const dates = rows.map((row) => row.getAttribute('data-date')!);
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(dates.reduce((a, b) => (a > b ? a : b)));
    for (const item of feed.items) expect(item.url).toMatch(/^https:\/\/export-control-atlas\.example\/jurisdictions\/[a-z]{2}\/#[a-zA-Z0-9]+$/);
    const jp = parseFeed(await read('feeds/jp.xml'));
    expect(jp.items.length).toBe(rows.filter((row) => row.getAttribute('data-jurisdiction') === 'jp').length);
    expect(jp.items.length).toBeGreaterThan(0);
  });
});

describe('data people can open', () => {
  it('CSV read with a BOM-aware reader: header first, money as numbers, Korean intact', async () => {
    const bytes = await readFile(join(DIST, 'data/enforcement.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const usdColumn = Object.keys(rows[0]!).find((name) => name.startsWith('criminalMaxFine__usd_at_'))!;
    expect(usdColumn).toMatch(/^criminalMaxFine__usd_at_\d{4}-\d{2}-\d{2}$/);
    const fines = rows.filter((row) => row[usdColumn] !== '');
    expect(fines.length).toBeGreaterThan(10);
    for (const row of fines) {
      expect(Number.isFinite(Number(row[usdColumn])), row['jurisdiction']).toBe(true);
      expect(Number.isFinite(Number(row['criminalMaxFine__amount'])), row['jurisdiction']).toBe(true);
      expect(row['criminalMaxFine__currency']).toMatch(/^[A-Z]{3}$/);
    }
    expect(rows.every((row) => row['release'] === release.id)).toBe(true);
    expect(JSON.stringify(rows.find((row) => row['jurisdiction'] === 'kr'))).toMatch(/[\uac00-\ud7a3]/);
  });

  it('the spreadsheet variant opens in LibreOffice with “§” and Korean intact and fines as numbers', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-xlsx-'));
    try {
      await copyFile(join(DIST, 'data/enforcement.xlsx'), join(dir, 'enforcement.xlsx'));
      await promisify(execFile)('soffice', [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'html',
        '--outdir',
        dir,
        join(dir, 'enforcement.xlsx'),
      ]).catch((error: Error) => {
        throw new Error(`LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui (${error.message})`);
      });
      const html = await readFile(join(dir, 'enforcement.html'), 'utf8');
      const csv = parseCsv(await readFile(join(DIST, 'data/enforcement.csv')), { bom: true, columns: true }) as Record<string, string>[];
      const korean = JSON.stringify(csv.find((row) => row['jurisdiction'] === 'kr')).match(/[\uac00-\ud7a3]{3,}/)![0];
      expect(html).toContain(korean);
      expect(html).toContain('§');
      expect(html).not.toContain('Â§');
      const usdColumn = Object.keys(csv[0]!).find((name) => name.startsWith('criminalMaxFine__usd_at_'))!;
      const usd = csv.find((row) => row[usdColumn] !== '')![usdColumn]!;
      // LibreOffice marks a cell it reads as a number with its value (sdval).
      expect(html).toMatch(new RegExp(`sdval="${usd.replace('.', '\\.')}"`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
