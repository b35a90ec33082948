/** A concept's first use on a page links to it: in running prose only, once per concept, never on its own page. */
import { describe, expect, it } from 'vitest';
import { linkConcepts, linkTerms } from '../src/tooling/concept-links.ts';

const CONCEPTS = [
  { id: 'catch-all-control', name: 'Catch-all control', aka: ['catch-all', 'end-use control', 'unlisted items'] },
  { id: 'military-item', name: 'Military item', aka: ['munitions', 'defence goods', 'arms'] },
  { id: 'end-use-and-end-user', name: 'End use and end user', aka: ['end-use', 'end-user'] },
  { id: 'entity-list', name: 'Entity list or end-user list', aka: ['entity list', 'end-user list'] },
  { id: 'internal-compliance-programme', name: 'Internal compliance programme', aka: ['ICP', 'compliance programme'] },
];
const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header><p>Catch-all control</p></header><main>${main}</main></body></html>`;
const mainOf = (html: string) => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));

describe('concept links', () => {
  it('link the first use in prose, plural or not, and only the first', () => {
    const html = linkConcepts(page('<p>Japan has catch-all controls.</p><p>Its catch-all control is wide.</p>'), '/jurisdictions/jp/', CONCEPTS);
    expect(mainOf(html)).toBe(
      '<p>Japan has <a class="concept-link" href="/concepts/catch-all-control/">catch-all controls</a>.</p><p>Its catch-all control is wide.</p>',
    );
  });

  it('leave headings, links, quotations, tables and the header alone', () => {
    const body =
      '<h2>Catch-all control</h2><p><a href="/x/">catch-all</a></p><blockquote><p>catch-all</p></blockquote><table><tr><td>catch-all</td></tr></table>';
    expect(linkConcepts(page(body), '/x/', CONCEPTS)).toBe(page(body));
  });

  it('never link a concept on its own page', () => {
    const body = '<p>A catch-all control reaches unlisted items.</p>';
    expect(linkConcepts(page(body), '/concepts/catch-all-control/', CONCEPTS)).toBe(page(body));
  });

  it('link by the name and by unambiguous other names only: an abbreviation in capitals, not a word that means something else', () => {
    expect(linkTerms(CONCEPTS[1]!)).toEqual(['Military item', 'defence goods']);
    const html = linkConcepts(page('<p>The Arms Trade Treaty; an icp is not an ICP.</p>'), '/x/', CONCEPTS);
    expect(mainOf(html)).toBe(
      '<p>The Arms Trade Treaty; an icp is not an <a class="concept-link" href="/concepts/internal-compliance-programme/">ICP</a>.</p>',
    );
  });

  it('prefer the longer term where two concepts start at the same word', () => {
    const html = linkConcepts(page('<p>The End User List names end users.</p>'), '/x/', CONCEPTS);
    expect(mainOf(html)).toBe(
      '<p>The <a class="concept-link" href="/concepts/entity-list/">End User List</a> names <a class="concept-link" href="/concepts/end-use-and-end-user/">end users</a>.</p>',
    );
  });

  it('link two concepts in one sentence, and keep entities as written', () => {
    const html = linkConcepts(page('<li>Exporters&#39; ICP &amp; a catch-all.</li>'), '/x/', CONCEPTS);
    expect(mainOf(html)).toBe(
      '<li>Exporters&#39; <a class="concept-link" href="/concepts/internal-compliance-programme/">ICP</a> &amp; a <a class="concept-link" href="/concepts/catch-all-control/">catch-all</a>.</li>',
    );
  });
});
