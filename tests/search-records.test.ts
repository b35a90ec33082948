/** The search index's records: what a page marks as a record of its own, and the document Pagefind indexes for it. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageRecords, recordSections } from '../scripts/index-search.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><span hidden data-pagefind-filter="type:Jurisdiction profile"></span><span hidden data-pagefind-filter="jurisdiction:India"></span>${body}</main></body></html>`;

const TOPIC = `<section data-pagefind-ignore data-search-record="India — International commitments" data-search-anchor="topic-international" data-search-record-filters='{"type":["Profile facts"]}'><h3 id="topic-international">International commitments</h3><div class="fact"><h4 id="nsgStatus">Nuclear Suppliers Group (NSG): status</h4><p>Not a member <span>Primary</span></p><details data-pagefind-ignore><summary>Source</summary>INFCIRC/539</details></div><p data-pagefind-ignore>Contents</p></section>`;

describe('search records', () => {
  it('make each marked element a record at its anchor, titled, with the page’s filters overridden by its own', () => {
    const [record, ...rest] = pageRecords(page(TOPIC), '/jurisdictions/in/', 'jurisdictions/in/index.html');
    expect(rest).toEqual([]);
    expect(record!.url).toBe('/jurisdictions/in/#topic-international');
    expect(record!.filters).toEqual({ type: ['Profile facts'], jurisdiction: ['India'] });
    const doc = parse(record!.html);
    expect(doc.querySelector('main[data-pagefind-body] h1')!.text).toBe('India — International commitments');
    expect(doc.querySelectorAll('[data-pagefind-filter]').map((span) => span.getAttribute('data-pagefind-filter'))).toEqual([
      'type:Profile facts',
      'jurisdiction:India',
    ]);
    // Each fact's heading keeps its id, so Pagefind gives it as a sub-result at the fact's anchor.
    expect(doc.querySelector('h2[id="nsgStatus"]')!.text).toBe('Nuclear Suppliers Group (NSG): status');
  });

  it('keep words in neighbouring cells and blocks apart, and leave out what is ignored inside', () => {
    const root = parse(TOPIC);
    expect(recordSections(root.querySelector('section')!)).toEqual([
      { id: 'topic-international', heading: 'International commitments', text: '' },
      { id: 'nsgStatus', heading: 'Nuclear Suppliers Group (NSG): status', text: 'Not a member Primary' },
    ]);
    const table = parse(
      '<table><tr><th>India</th><td>Not a participant</td><td data-pagefind-ignore>Source</td></tr><tr><th>Japan</th><td>Participant</td></tr></table>',
    );
    expect(recordSections(table.querySelector('table')!)).toEqual([{ text: 'India Not a participant Japan Participant' }]);
  });

  it('reject a record without an anchor, one pointing nowhere, one the page would index twice, and bad filters, naming the file', () => {
    const reject = (body: string) => () => pageRecords(page(body), '/p/', 'p/index.html');
    expect(reject('<div data-pagefind-ignore data-search-record="A fact"><p>x</p></div>')).toThrow(
      'p/index.html: a search record ("A fact") needs data-search-anchor',
    );
    expect(reject('<div data-pagefind-ignore data-search-record="A fact" data-search-anchor="a"><p>x</p></div>')).toThrow(
      'p/index.html: the search record "A fact" points at #a, which is not on the page',
    );
    expect(reject('<div data-search-record="A fact" data-search-anchor="a"><p id="a">x</p></div>')).toThrow(
      'p/index.html: the search record "A fact" must also carry data-pagefind-ignore',
    );
    expect(
      reject(
        '<div data-pagefind-ignore data-search-record="A fact" data-search-anchor="a" data-search-record-filters="{type}"><p id="a">x</p></div>',
      ),
    ).toThrow('p/index.html: data-search-record-filters of "A fact" is not JSON');
  });
});
