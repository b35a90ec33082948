/** Concept pages: each shows at least ten jurisdictions' cited facts (or an explicit none), as the facts themselves, and links both ways. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../dist');
const json = async (path: string) => JSON.parse(await readFile(join(DIST, path), 'utf8'));
const page = async (path: string) => parse(await readFile(join(DIST, path, 'index.html'), 'utf8'));

describe('concepts', () => {
  it('cover the sixteen core concepts, each with at least ten jurisdictions answered and cited', async () => {
    const { concepts } = await json('data/concepts.json');
    expect(concepts).toHaveLength(16);
    for (const concept of concepts) {
      const answered = new Set<string>();
      for (const dimension of concept.dimensions) {
        for (const fact of dimension.facts) if (fact.value !== 'unknown' && fact.sources.length > 0) answered.add(fact.jurisdiction);
      }
      expect(answered.size, concept.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('show each jurisdiction’s fact itself: every entry links to the same fact on the profile and shows its pinpoint', async () => {
    const { concepts } = await json('data/concepts.json');
    for (const concept of concepts) {
      const root = await page(`concepts/${concept.id}`);
      for (const dimension of concept.dimensions) {
        for (const fact of dimension.facts) {
          const open = fact.value === 'unknown' || fact.value === 'not-applicable';
          // Answered facts appear as cells with their pinpoint; unknown and not-applicable ones are listed by name, linked to the fact.
          const link = root.querySelector(open ? `a[href="${fact.url}"]` : `a.pin[href="${fact.url}"]`);
          expect(link, `${concept.id} ${fact.url}`).not.toBeNull();
          if (!open && fact.sources.length > 0) expect(link!.text.length, `${concept.id} ${fact.url}`).toBeGreaterThan(1);
        }
      }
    }
  });

  it('show each quotation in its language, with an English translation marked official or unofficial', async () => {
    const { concepts } = await json('data/concepts.json');
    let foreign = 0;
    for (const concept of concepts) {
      const root = await page(`concepts/${concept.id}`);
      for (const figure of root.querySelectorAll('figure.quotation')) {
        const language = figure.querySelector('blockquote')!.getAttribute('lang');
        if (language && !language.startsWith('en')) {
          foreign += 1;
          expect(figure.querySelector('figcaption')?.text, `${concept.id} ${figure.text}`).toMatch(/^(Official|Unofficial) translation: “.+”$/s);
        }
      }
    }
    // Chinese, Japanese, Korean, German, French and Dutch texts are quoted in the original on the concept pages.
    expect(foreign).toBeGreaterThanOrEqual(20);
  });

  it('are linked where first used in a page’s prose, once per concept, never in a heading or on their own page', async () => {
    const { concepts } = await json('data/concepts.json');
    let linked = 0;
    for (const path of [
      'jurisdictions/jp',
      'jurisdictions/us',
      'regimes/wassenaar',
      'methodology',
      ...concepts.map((concept: { id: string }) => `concepts/${concept.id}`),
    ]) {
      const root = await page(path);
      const hrefs = root.querySelectorAll('a.concept-link').map((link) => link.getAttribute('href')!);
      expect(new Set(hrefs).size, path).toBe(hrefs.length);
      expect(
        root.querySelectorAll(
          'h1 a.concept-link, h2 a.concept-link, h3 a.concept-link, h4 a.concept-link, a a.concept-link, blockquote a.concept-link',
        ),
      ).toEqual([]);
      if (path.startsWith('concepts/')) expect(hrefs, path).not.toContain(`/${path}/`);
      linked += hrefs.length;
    }
    expect((await page('jurisdictions/jp')).querySelector('a.concept-link[href="/concepts/catch-all-control/"]')).toBeTruthy();
    expect(linked).toBeGreaterThan(20);
  });

  it('are linked from the profile facts and codebook rules they explain', async () => {
    const profile = await page('jurisdictions/us');
    expect(profile.querySelector('[id="deemedExportRule"]')?.parentNode?.querySelector('a[href="/concepts/deemed-export/"]')).toBeTruthy();
    const codebook = await page('codebook');
    expect(codebook.querySelectorAll('a[href="/concepts/catch-all-control/"]').length).toBeGreaterThan(0);
  });
});
