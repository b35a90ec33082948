/**
 * Citations of the atlas, its pages and its facts, in BibTeX, RIS and CSL-JSON (formatted by citation-js at build
 * time; nothing of it ships to the browser) and as a plain-text line with the stable anchor URL and the release.
 * The access date is the reader's: files leave it out, and the plain text asks for it.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

export const AUTHOR = 'Export Control Atlas contributors';
export const CONTAINER = 'Export Control Atlas';
export const LICENCE = 'CC BY 4.0';

export interface CiteRelease {
  id: string;
  date: string;
}

/** What is cited: a title, a path (with its anchor) on the site, and the key files use for it. */
export interface Citable {
  key: string;
  title: string;
  path: string;
}

/** CSL-JSON: the item every format is made from. */
export function cslItem(item: Citable, release: CiteRelease, site: URL) {
  const [year, month, day] = release.date.split('-').map(Number) as [number, number, number];
  return {
    id: item.key,
    'citation-key': item.key,
    type: 'webpage',
    title: item.title,
    author: [{ literal: AUTHOR }],
    'container-title': CONTAINER,
    version: release.id,
    issued: { 'date-parts': [[year, month, day]] },
    URL: new URL(item.path, site).href,
    note: `Release ${release.id}. Licence: ${LICENCE}.`,
  };
}

export type CslItem = ReturnType<typeof cslItem>;

export const bibtex = (items: readonly CslItem[]): string => new Cite([...items]).format('bibtex') as string;
// plugin-ris registers the 'ris' format at run time; core's types list only its own formats.
export const ris = (items: readonly CslItem[]): string => new Cite([...items]).format('ris' as 'bibtex') as string;
export const cslJson = (items: readonly CslItem[]): string => `${JSON.stringify(items, null, 2)}\n`;

/** The ready-to-paste line. `accessed` is the reader's date; without one the line asks for it. */
export function plainCitation(item: Citable, release: CiteRelease, site: URL, accessed?: string): string {
  const url = new URL(item.path, site).href;
  return `${AUTHOR} (${release.date.slice(0, 4)}). “${item.title}”. ${CONTAINER}, release ${release.id} (${release.date}). ${url} (accessed ${accessed ?? '[date you read it]'}).`;
}

/** The citable items of one profile: the page first, then each fact at its anchor. */
export function profileCitables(jurisdiction: { id: string; name: string }, facts: readonly { id: string; label: string }[]): Citable[] {
  const path = `/jurisdictions/${jurisdiction.id}/`;
  return [
    { key: `${jurisdiction.id}`, title: `${jurisdiction.name}: export-control profile`, path },
    ...facts.map((fact) => ({ key: `${jurisdiction.id}_${fact.id}`, title: `${jurisdiction.name} — ${fact.label}`, path: `${path}#${fact.id}` })),
  ];
}

/** The key of a page's entry in /cite/pages.bib, .ris and .json: `page_` and its path, e.g. `page_jurisdictions_jp`. */
export function pageKey(path: string): string {
  const slug = path
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'page_home' : `page_${slug}`;
}
