/**
 * Builds the search index (Pagefind's Node API) after `astro build`. Pages are indexed as Pagefind indexes any site:
 * the `<main data-pagefind-body>` of each page, without what is marked `data-pagefind-ignore`. On top of that, each
 * element a page marks as a search record (`data-search-record="<title>"`, `data-search-anchor="<id>"`, optional
 * `data-search-record-filters='{"type":["Fact"]}'`) becomes a record of its own, found at `<page>#<anchor>`: a profile's
 * fact is a result that answers ("India NSG" opens India's NSG status), and its result fragment is a few hundred
 * bytes instead of the whole profile (see `npm run bench`, the first search's transfer).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HTMLElement, type Node, parse } from 'node-html-parser';
import * as pagefind from 'pagefind';

/** Elements whose text runs are separate words: a record's text keeps them apart ("Yes" and "Primary", not "YesPrimary"). */
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'svg', 'template']);

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
  filters: Record<string, string[]>;
}

/** The text of an element as a reader sees it, without what is marked `data-pagefind-ignore` inside it. */
export function recordText(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement) {
      const tag = node.rawTagName?.toLowerCase() ?? '';
      if (SKIPPED.has(tag) || (node !== element && node.hasAttribute('data-pagefind-ignore'))) return;
      const block = BLOCKS.has(tag);
      if (block) parts.push(' ');
      node.childNodes.forEach(walk);
      if (block) parts.push(' ');
    } else if (node.nodeType === 3) {
      parts.push(node.text);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The page's own filters (the hidden `data-pagefind-filter` spans the layout writes). */
function pageFilters(root: HTMLElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const span of root.querySelectorAll('[data-pagefind-filter]')) {
    const [name, ...rest] = span.getAttribute('data-pagefind-filter')!.split(':');
    (filters[name!] ??= []).push(rest.join(':'));
  }
  return filters;
}

/** The records one built page declares; `file` is its path under dist (used in error messages). */
export function pageRecords(html: string, url: string, file: string): SearchRecord[] {
  const root = parse(html);
  const inherited = pageFilters(root);
  return root.querySelectorAll('[data-search-record]').map((element) => {
    const title = element.getAttribute('data-search-record')!;
    const anchor = element.getAttribute('data-search-anchor');
    if (!anchor) throw new Error(`${file}: a search record ("${title}") needs data-search-anchor, the id it is found at`);
    if (!root.querySelector(`[id="${anchor}"]`))
      throw new Error(`${file}: the search record "${title}" points at #${anchor}, which is not on the page`);
    if (!element.hasAttribute('data-pagefind-ignore')) {
      throw new Error(`${file}: the search record "${title}" must also carry data-pagefind-ignore, or its text is indexed twice`);
    }
    const own = element.getAttribute('data-search-record-filters');
    let filters = inherited;
    if (own) {
      try {
        filters = { ...inherited, ...(JSON.parse(own) as Record<string, string[]>) };
      } catch {
        throw new Error(`${file}: data-search-record-filters of "${title}" is not JSON ({"name": ["value"]})`);
      }
    }
    return { url: `${url}#${anchor}`, title, content: `${title}. ${recordText(element)}`, filters };
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Indexes `dist` and writes `dist/pagefind`; returns the number of pages and records. */
export async function indexSite(dist: string): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    let records = 0;
    for (const file of await htmlFiles(dist)) {
      const path = relative(dist, file).replaceAll('\\', '/');
      if (path.startsWith('pagefind/')) continue;
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      for (const record of pageRecords(await readFile(file, 'utf8'), url, path)) {
        const result = await index.addCustomRecord({
          url: record.url,
          content: record.content,
          language: 'en',
          meta: { title: record.title },
          filters: record.filters,
        });
        if (result.errors.length) throw new Error(`${path}: Pagefind rejected the record "${record.title}": ${result.errors.join('; ')}`);
        records += 1;
      }
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, records };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { pages, records } = await indexSite(join(process.cwd(), 'dist'));
    console.log(`Search index: ${pages} pages and ${records} records (facts) in dist/pagefind.`);
  } catch (error) {
    console.error(`Search index failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
