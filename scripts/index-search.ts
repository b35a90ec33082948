/**
 * Builds the search index (Pagefind's Node API) after `astro build`. Pages are indexed as Pagefind indexes any site:
 * the `<main data-pagefind-body>` of each page, without what is marked `data-pagefind-ignore`. On top of that, each
 * element a page marks as a search record (`data-search-record="<title>"`, `data-search-anchor="<id>"`, optional
 * `data-search-record-filters='{"type":["Profile facts"]}'`) becomes a record of its own, found at `<page>#<anchor>`,
 * and each heading with an id inside it a sub-result at its own anchor: "India NSG" finds India's regimes-and-treaties
 * facts and opens its NSG status. A result fragment is then one topic's facts, not a whole profile, and there are few
 * enough records (one per profile topic, not per fact) that Pagefind's page list stays small at 249 jurisdictions
 * (see `npm run bench`, the first search's transfer).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HTMLElement, type Node, parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { escape } from '../src/scripts/escape.ts';

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
  /** A small HTML document: the record's headings (with their ids, so each is a sub-result at its anchor) and text. */
  html: string;
  filters: Record<string, string[]>;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The record's content as sections: each heading with an id starts one (a sub-result found at `#id`), and the text
 * under it is one paragraph, its words kept apart where the page has separate cells or blocks ("Yes Primary", not
 * "YesPrimary"), without what is marked `data-pagefind-ignore` inside.
 */
export function recordSections(element: HTMLElement): { id?: string; heading?: string; text: string }[] {
  const sections: { id?: string; heading?: string; parts: string[] }[] = [{ parts: [] }];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement) {
      const tag = node.rawTagName?.toLowerCase() ?? '';
      if (SKIPPED.has(tag) || (node !== element && node.hasAttribute('data-pagefind-ignore'))) return;
      if (HEADINGS.has(tag) && node.id) {
        sections.push({ id: node.id, heading: node.text.replace(/\s+/g, ' ').trim(), parts: [] });
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) sections.at(-1)!.parts.push(' ');
      node.childNodes.forEach(walk);
      if (block) sections.at(-1)!.parts.push(' ');
    } else if (node.nodeType === 3) {
      sections.at(-1)!.parts.push(node.text);
    }
  };
  walk(element);
  return sections
    .map(({ parts, ...rest }) => ({ ...rest, text: parts.join('').replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.heading !== undefined || section.text !== '');
}

/** The HTML document Pagefind indexes for a record: its filters, its title as the page's h1, then its sections. */
function recordHtml(title: string, element: HTMLElement, filters: Record<string, string[]>): string {
  const spans = Object.entries(filters)
    .flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${escape(name)}:${escape(value)}"></span>`))
    .join('');
  const body = recordSections(element)
    .map(
      (section) =>
        `${section.heading !== undefined ? `<h2 id="${escape(section.id!)}">${escape(section.heading)}</h2>` : ''}${section.text ? `<p>${escape(section.text)}</p>` : ''}`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><main data-pagefind-body>${spans}<h1>${escape(title)}</h1>${body}</main></body></html>`;
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
    return { url: `${url}#${anchor}`, title, html: recordHtml(title, element, filters), filters };
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
      const html = await readFile(file, 'utf8');
      // Most pages declare no record: skip parsing them (at 249 jurisdictions this is most of the site).
      if (!html.includes('data-search-record')) continue;
      for (const record of pageRecords(html, url, path)) {
        const result = await index.addHTMLFile({ url: record.url, content: record.html });
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
    const { pages, records } = await indexSite(join(process.cwd(), process.argv[2] ?? 'dist'));
    console.log(
      `Search index: ${pages} pages and ${records} records (profile topics, codebook rules, red-flag publishers, member lists) in dist/pagefind.`,
    );
  } catch (error) {
    console.error(`Search index failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
