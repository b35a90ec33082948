/** Quality gates on the built files: valid HTML, link integrity, size budgets, a reproducible dist/. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, budgetTable, measurePages, overBudget } from '../scripts/checks/budgets.ts';
import { builtPages, type BuiltPage } from '../scripts/checks/dist-files.ts';
import { checkHtml } from '../scripts/checks/html.ts';
import { checkLinks } from '../scripts/checks/links.ts';
import { checkSpacing } from '../scripts/checks/spacing.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
let pages: BuiltPage[];

const page = (file: string, url: string, body: string): BuiltPage => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main id="main">${body}</main></body></html>`;
  return { file, url, html, root: parse(html) };
};

beforeAll(async () => {
  pages = await builtPages(DIST);
});

describe('HTML validity (html-validate)', () => {
  // Every page of the site through html-validate: about 300 pages, some of them large (/changes/, citation pages).
  it('finds no error on any built page', { timeout: 120_000 }, async () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems = await checkHtml(pages);
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}: ${problem.message}`)).toEqual([]);
  });

  it('reports an invalid tag with its file, line and rule', async () => {
    const broken = page('broken/index.html', '/broken/', '<p>one\n<div>block inside a paragraph</div></p>');
    const problems = await checkHtml([broken]);
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'broken/index.html', line: expect.any(Number), rule: expect.any(String) })]),
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reports content after </html>, which the parser alone lets through', async () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>x</main></body></html>\n<link rel="stylesheet" href="/a.css">';
    expect(await checkHtml([{ file: 'late/index.html', html }])).toEqual([
      expect.objectContaining({ file: 'late/index.html', rule: 'content-after-html' }),
    ]);
  });
});

describe('spacing between inline elements', () => {
  it('finds no words run together on any built page', () => {
    expect(checkSpacing(pages)).toEqual([]);
  });

  it('reports text glued to an inline element, on either side', () => {
    const glued = page(
      'glued/index.html',
      '/glued/',
      '<p><span>Yes</span><span>Secondary source</span></p><p>Release<code>0.1.0</code></p><p>(<code>x</code>) and <a href="/">ok</a>.</p>',
    );
    expect(checkSpacing([glued]).map((problem) => problem.text)).toEqual(['[Yes]Secondary source', 'Yes[Secondary source]', 'Release[0.1.0]']);
  });
});

describe('link integrity', () => {
  it('resolves every internal link and #fragment, and every external link is https', () => {
    expect(checkLinks(DIST, pages)).toEqual([]);
  });

  it('reports a dead fragment, a missing page, plain http and an external script, each with its file', () => {
    const target = page('jurisdictions/xx/index.html', '/jurisdictions/xx/', '<h3 id="brokeringControls">Brokering</h3>');
    const source = page(
      'source/index.html',
      '/source/',
      '<a href="/jurisdictions/xx/#deemedExportRule">a</a><a href="/nowhere/">b</a><a href="http://example.org/">c</a><script src="https://cdn.example.org/x.js"></script>',
    );
    const problems = checkLinks(DIST, [target, source]);
    expect(problems).toEqual([
      {
        file: 'source/index.html',
        href: '/jurisdictions/xx/#deemedExportRule',
        message: '<a> points to #deemedExportRule, which is not an id on /jurisdictions/xx/',
      },
      { file: 'source/index.html', href: '/nowhere/', message: '<a> points to /nowhere/, which is not in the build' },
      { file: 'source/index.html', href: 'http://example.org/', message: '<a> links out over a scheme other than https' },
      {
        file: 'source/index.html',
        href: 'https://cdn.example.org/x.js',
        message: '<script> loads a resource from another host; the site must work with no third-party request',
      },
    ]);
  });
});

describe('size budgets', () => {
  it(`keeps every first visit under ${BUDGETS.firstVisit / 1024} kB and content-page JavaScript under ${BUDGETS.contentPageJs / 1024} kB (gzip)`, () => {
    const weights = measurePages(DIST, pages);
    console.log(`\n${budgetTable(weights)}\n`);
    expect(weights.find((weight) => weight.url === '/search/')?.js, 'the search page loads the search UI').toBeGreaterThan(10 * 1024);
    expect(overBudget(weights)).toEqual([]);
  });

  it('reports a page over budget by name and size', () => {
    expect(overBudget([{ url: '/heavy/', html: 50_000, css: 10_000, js: 6_000, total: 66_000 }])).toEqual([
      '/heavy/: first visit 64.5 kB gzip > 60.0 kB',
      '/heavy/: JavaScript 5.9 kB gzip > 5.0 kB',
    ]);
  });
});

describe('reproducibility', () => {
  it('a second build of the same commit produces a byte-identical dist/ (pages, data, search index, archive)', { timeout: 180_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'atlas-rebuild-'));
    const run = (args: string[]) => promisify(execFile)(process.execPath, args, { cwd: ROOT });
    try {
      // The whole build pipeline (npm run build) into another folder: Astro, the search index, then packaging.
      await run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', out, '--silent']);
      await run([join(ROOT, 'scripts/index-search.ts'), relative(ROOT, out)]);
      await run([join(ROOT, 'scripts/package-site.ts'), out]);
      const list = async (dir: string) =>
        (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
          .sort();
      const files = await list(DIST);
      expect(files).toContain(join('data', 'compare', 'j', 'jp.json'));
      expect(files).toContain('sw.js');
      expect(files.some((file) => file.startsWith(join('downloads', 'export-control-atlas-')) && file.endsWith('.zip'))).toBe(true);
      expect(await list(out)).toEqual(files);
      const differing: string[] = [];
      for (const file of files) {
        const [first, second] = await Promise.all([readFile(join(DIST, file)), readFile(join(out, file))]);
        if (!second.equals(first)) differing.push(file);
      }
      expect(differing).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
