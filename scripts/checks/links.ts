/**
 * Link integrity of a built site: every internal link and #fragment resolves,
 * every external link is well-formed https, and no page loads anything from another host.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist-files.ts';

export interface LinkProblem {
  file: string;
  href: string;
  message: string;
}

const BASE = 'http://atlas.invalid';

/** Checks `href`, `src` and `action` attributes of every page against the pages and files in `dist`. */
export function checkLinks(dist: string, pages: readonly BuiltPage[]): LinkProblem[] {
  const idsByUrl = new Map(pages.map((page) => [page.url, new Set(page.root.querySelectorAll('[id]').map((element) => element.id))]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const element of page.root.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src], form[action]')) {
      const href = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
      const tag = element.tagName.toLowerCase();
      const report = (message: string) => problems.push({ file: page.file, href, message: `<${tag}> ${message}` });
      if (/^(mailto|tel):/.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `${BASE}${page.url}`);
      } catch {
        report('is not a well-formed URL');
        continue;
      }
      if (url.origin !== BASE) {
        if (tag !== 'a') report('loads a resource from another host; the site must work with no third-party request');
        else if (url.protocol !== 'https:') report('links out over a scheme other than https');
        else if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname)) report('has a malformed host name');
        continue;
      }
      const target = decodeURIComponent(url.pathname);
      const targetIds = idsByUrl.get(target);
      const file = target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
      if (targetIds === undefined && !existsSync(file)) {
        report(`points to ${target}, which is not in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !targetIds?.has(fragment)) report(`points to #${fragment}, which is not an id on ${target}`);
    }
  }
  return problems;
}
