/**
 * The build's last step, after the search index: what can only be made from the finished site.
 *
 * 0. `data/<name>.xlsx` beside each CSV: the spreadsheet variant (src/tooling/xlsx.ts).
 * 0b. `cite/pages.bib|.ris|.json`: every page as a citation, keyed `page_<path>`.
 * 1. `data/index.json`: every data file with its size, SHA-256, the release id and the release date.
 * 2. `sw.js`: the service worker the "Use offline" page registers on request. It lists every file of the site with
 *    a short hash, so any change to the site changes the worker and browsers fetch the new release.
 * 3. `downloads/export-control-atlas-<release>.zip` (+ `.sha256`): the whole site with a tiny local server
 *    (src/offline/serve.mjs) and a README, for classrooms with no connection. Entries carry the release date as their
 *    time, so the archive is byte-identical across builds of one commit.
 * 4. The sizes on the "Use offline" page, measured here (rounded, so writing them in does not change them).
 *
 * Every date written comes from the content (the release date), never from the clock.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { contentRelease } from '../src/tooling/release.ts';
import { serviceWorker } from '../src/tooling/service-worker.ts';
import { xlsx } from '../src/tooling/xlsx.ts';
import { bibtex, cslItem, cslJson, pageKey, ris } from '../src/lib/cite.ts';
import { SITE } from '../astro.config.mjs';
import { parse as parseCsv } from 'csv-parse/sync';

const DIST = process.argv[2] ?? 'dist';
const release = contentRelease();
const archiveName = `export-control-atlas-${release.id}`;
const DOWNLOADS = 'downloads';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** "6.2 MB": one decimal, so a few bytes more or less (the sizes themselves) do not change the text. */
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

await rm(join(DIST, DOWNLOADS), { recursive: true, force: true });
await rm(join(DIST, 'sw.js'), { force: true });

// 0. Beside each CSV, its spreadsheet variant (.xlsx): characters and numbers intact in any spreadsheet program.
for (const path of (await filesUnder(join(DIST, 'data'))).filter((file) => file.endsWith('.csv'))) {
  const rows = parseCsv(await readFile(join(DIST, path)), { bom: true, relax_column_count: false }) as string[][];
  const name = path.replace(/^.*\//, '').replace(/\.csv$/, '');
  await writeFile(join(DIST, path.replace(/\.csv$/, '.xlsx')), xlsx(rows, name, release.date));
}

// 0b. Every page as a citation, keyed by its path (the footer's "Cite this page" names the key).
const site = new URL(SITE);
const pageItems = [];
for (const path of (await filesUnder(DIST)).filter((file) => file.endsWith('.html') && !file.startsWith(`${DOWNLOADS}/`))) {
  const title = (/<title>([^<]*)<\/title>/.exec(await readFile(join(DIST, path), 'utf8'))?.[1] ?? path)
    .replace(/ — Export Control Atlas$/, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  const url = `/${path.replace(/index\.html$/, '')}`;
  pageItems.push(cslItem({ key: pageKey(path), title, path: url === '/404.html' ? '/404/' : url }, release, site));
}
await mkdir(join(DIST, 'cite'), { recursive: true });
await writeFile(join(DIST, 'cite/pages.bib'), bibtex(pageItems));
await writeFile(join(DIST, 'cite/pages.ris'), ris(pageItems));
await writeFile(join(DIST, 'cite/pages.json'), cslJson(pageItems));

// 1. The data index.
const dataFiles = (await filesUnder(join(DIST, 'data'))).filter((path) => path !== 'data/index.json');
const index = {
  release: release.id,
  date: release.date,
  licence: 'CC BY 4.0',
  notes: '/changes/#releases',
  files: await Promise.all(
    dataFiles.map(async (path) => {
      const bytes = await readFile(join(DIST, path));
      return { path: `/${path}`, bytes: bytes.length, sha256: sha256(bytes), release: release.id, date: release.date };
    }),
  ),
};
await writeFile(join(DIST, 'data/index.json'), `${JSON.stringify(index, null, 2)}\n`);

// 2–4. The worker, the archive and the sizes, until the sizes written into the page no longer change.
const offlinePage = join(DIST, 'offline/index.html');
const pageTemplate = await readFile(offlinePage, 'utf8');
const README = `Export Control Atlas, release ${release.id} (${release.date})

Start the atlas in this folder with Node.js 18 or later:

    node serve.mjs

then open http://127.0.0.1:8080/ in a browser. With Python instead: python3 -m http.server 8080
Opening the files directly (file://) shows the pages, but search needs one of these servers.

Content and data: CC BY 4.0, Export Control Atlas contributors. Code: MIT. Not legal advice.
`;
const serve = await readFile('src/offline/serve.mjs');
const mtime = new Date(`${release.date}T00:00:00Z`);
let sizes = { cache: '', archive: '' };
let archive = new Uint8Array();
for (let round = 0; round < 5; round += 1) {
  const page = pageTemplate.replace(
    /(<[a-z]+ data-offline-size="(cache|archive)">)[^<]*(<\/[a-z]+>)/g,
    (_match, open: string, which: 'cache' | 'archive', close: string) => `${open}${sizes[which] || 'size measured when the site is built'}${close}`,
  );
  await writeFile(offlinePage, page);
  const files = (await filesUnder(DIST)).filter((path) => !path.startsWith(`${DOWNLOADS}/`) && path !== 'sw.js');
  const contents = new Map(await Promise.all(files.map(async (path) => [path, await readFile(join(DIST, path))] as const)));
  const cacheBytes = [...contents.values()].reduce((sum, bytes) => sum + bytes.length, 0);
  const worker = serviceWorker(
    release.id,
    files.map((path) => ({ path, hash: sha256(contents.get(path)!).slice(0, 12) })),
  );
  await writeFile(join(DIST, 'sw.js'), worker);
  const zippable: Zippable = {};
  const add = (path: string, bytes: Uint8Array) => {
    zippable[`${archiveName}/${path}`] = [bytes, { mtime, level: path.startsWith('pagefind/') ? 0 : 6 }];
  };
  for (const [path, bytes] of contents) add(path, bytes);
  add('sw.js', Buffer.from(worker));
  add('serve.mjs', serve);
  add('README.txt', Buffer.from(README));
  archive = zipSync(zippable);
  const next = { cache: megabytes(cacheBytes), archive: megabytes(archive.length) };
  if (next.cache === sizes.cache && next.archive === sizes.archive) break;
  sizes = next;
}
await mkdir(join(DIST, DOWNLOADS), { recursive: true });
await writeFile(join(DIST, DOWNLOADS, `${archiveName}.zip`), archive);
await writeFile(join(DIST, DOWNLOADS, `${archiveName}.zip.sha256`), `${sha256(archive)}  ${archiveName}.zip\n`);
console.log(
  `Packaged release ${release.id}: data/index.json (${index.files.length} files), sw.js, ${DOWNLOADS}/${archiveName}.zip (${sizes.archive}; the browser copy is ${sizes.cache}).`,
);
