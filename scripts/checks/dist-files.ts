/** Lists and parses the built HTML pages of a `dist/` folder. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** Path inside dist, e.g. `jurisdictions/us/index.html`. */
  file: string;
  /** URL path the page is served at, e.g. `/jurisdictions/us/`. */
  url: string;
  html: string;
  root: HTMLElement;
}

/** Every `.html` file below `dist`, excluding Pagefind's own bundle, sorted. */
export async function htmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

/** The URL path a built file is served at. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export async function builtPages(dist: string): Promise<BuiltPage[]> {
  const files = await htmlFiles(dist);
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(dist, file), 'utf8');
      return { file, url: urlOf(file), html, root: parse(html) };
    }),
  );
}
