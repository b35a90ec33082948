/** The search index's records: what a page marks as a record of its own, and the text it is found by. */
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../scripts/index-search.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><span hidden data-pagefind-filter="type:Jurisdiction profile"></span><span hidden data-pagefind-filter="jurisdiction:India"></span>${body}</main></body></html>`;

describe('search records', () => {
  it('make each marked element a record at its anchor, titled, with the page’s filters overridden by its own', () => {
    const records = pageRecords(
      page(
        `<div data-pagefind-ignore data-search-record="India — Nuclear Suppliers Group: status" data-search-anchor="nsgStatus" data-search-record-filters='{"type":["Fact"]}'><h4 id="nsgStatus">Nuclear Suppliers Group: status</h4><p>Not a participant</p></div>`,
      ),
      '/jurisdictions/in/',
      'jurisdictions/in/index.html',
    );
    expect(records).toEqual([
      {
        url: '/jurisdictions/in/#nsgStatus',
        title: 'India — Nuclear Suppliers Group: status',
        content: 'India — Nuclear Suppliers Group: status. Nuclear Suppliers Group: status Not a participant',
        filters: { type: ['Fact'], jurisdiction: ['India'] },
      },
    ]);
  });

  it('keep words in neighbouring cells and blocks apart, and leave out what is ignored inside', () => {
    const [record] = pageRecords(
      page(
        `<h2 id="members">Members</h2><table data-pagefind-ignore data-search-record="NSG — members" data-search-anchor="members"><tr><th>India</th><td>Not a participant</td><td data-pagefind-ignore>Source: INFCIRC/539</td></tr><tr><th>Japan</th><td>Participant</td></tr></table>`,
      ),
      '/regimes/nsg/',
      'regimes/nsg/index.html',
    );
    expect(record!.content).toBe('NSG — members. India Not a participant Japan Participant');
  });

  it('reject a record without an anchor, or one whose text the page would index a second time, naming the file', () => {
    expect(() => pageRecords(page('<div data-pagefind-ignore data-search-record="A fact"><p>x</p></div>'), '/p/', 'p/index.html')).toThrow(
      'p/index.html: a search record ("A fact") needs data-search-anchor',
    );
    expect(() =>
      pageRecords(page('<div data-pagefind-ignore data-search-record="A fact" data-search-anchor="a"><p>x</p></div>'), '/p/', 'p/index.html'),
    ).toThrow('p/index.html: the search record "A fact" points at #a, which is not on the page');
    expect(() => pageRecords(page('<div data-search-record="A fact" data-search-anchor="a"><p id="a">x</p></div>'), '/p/', 'p/index.html')).toThrow(
      'p/index.html: the search record "A fact" must also carry data-pagefind-ignore',
    );
    expect(() =>
      pageRecords(
        page(
          '<div data-pagefind-ignore data-search-record="A fact" data-search-anchor="a" data-search-record-filters="{type}"><p id="a">x</p></div>',
        ),
        '/p/',
        'p/index.html',
      ),
    ).toThrow('p/index.html: data-search-record-filters of "A fact" is not JSON');
  });
});
