/**
 * Size budgets of a built site, measured on the files a first visit downloads (gzip -9):
 * the HTML, its stylesheets and its scripts, including a script the page loads lazily
 * by path (the search UI). Pagefind's engine and index are excluded: they are the search index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist-files.ts';

export const BUDGETS = {
  /** First visit to any page: HTML + CSS + JS, gzip, bytes. */
  firstVisit: 60 * 1024,
  /** JavaScript on a content page before search is opened, gzip, bytes. */
  contentPageJs: 5 * 1024,
};

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const LAZY_SCRIPT = /['"`](\/[^'"`]+\.js)['"`]/g;
const SERVICE_WORKER = '/sw.js';

function fileSize(dist: string, path: string): number {
  const file = join(dist, path.split('?')[0]!.split('#')[0]!);
  return existsSync(file) ? gz(readFileSync(file)) : 0;
}

function fileText(dist: string, path: string): string {
  const file = join(dist, path.split('?')[0]!.split('#')[0]!);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Gzipped bytes a first visit to each page downloads, by kind. */
export function measurePages(dist: string, pages: readonly BuiltPage[]): PageWeight[] {
  return pages.map((page) => {
    const css = page.root.querySelectorAll('link[rel="stylesheet"][href]').reduce((sum, link) => sum + fileSize(dist, link.getAttribute('href')!), 0);
    let js = 0;
    for (const script of page.root.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src) js += fileSize(dist, src);
      // A script may load another by path (the search page loads Pagefind's API): count that too, whether the
      // loading script is inline or a file.
      const text = src ? fileText(dist, src) : script.text;
      // The service worker (/sw.js) is not page JavaScript: the browser fetches it only when the reader asks to store
      // the atlas offline, and runs it apart from the page.
      for (const [, path] of text.matchAll(LAZY_SCRIPT)) if (path !== SERVICE_WORKER) js += fileSize(dist, path!);
    }
    for (const preload of page.root.querySelectorAll('link[rel="modulepreload"][href]')) js += fileSize(dist, preload.getAttribute('href')!);
    const html = gz(page.html);
    return { url: page.url, html, css, js, total: html + css + js };
  });
}

/** Pages over budget, as messages. The search page is the only one allowed JavaScript beyond the content budget. */
export function overBudget(weights: readonly PageWeight[]): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  return weights.flatMap((weight) => [
    ...(weight.total > BUDGETS.firstVisit ? [`${weight.url}: first visit ${kb(weight.total)} gzip > ${kb(BUDGETS.firstVisit)}`] : []),
    ...(weight.url !== '/search/' && weight.js > BUDGETS.contentPageJs
      ? [`${weight.url}: JavaScript ${kb(weight.js)} gzip > ${kb(BUDGETS.contentPageJs)}`]
      : []),
  ]);
}

/** A fixed-width table of the figures, for the test log and the CLI. */
export function budgetTable(weights: readonly PageWeight[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
  const rows = weights.map((weight) => `${weight.url.padEnd(40)}${kb(weight.html)}${kb(weight.css)}${kb(weight.js)}${kb(weight.total)}`);
  return [`${'page (kB gzip)'.padEnd(40)}${'html'.padStart(7)}${'css'.padStart(7)}${'js'.padStart(7)}${'total'.padStart(7)}`, ...rows].join('\n');
}
