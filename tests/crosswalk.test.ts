/** The control-list crosswalk: its rules on small fixtures, and what the built site and downloads hold. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { entriesOfJurisdiction, keyNumber, nationalOnly } from '../src/lib/crosswalk.ts';
import { CORE_LISTS, NAMED_RELATIONS, type CrosswalkEntry } from '../src/schemas/crosswalk.ts';

const DIST = join(import.meta.dirname, '../dist');
const page = async (path: string) => parse(await readFile(join(DIST, path, 'index.html'), 'utf8'));

const notChecked = { relation: 'not-checked' } as const;
const cite = { ref: 'x', pinpoint: 'p' };
const entry = (id: string, anchor: CrosswalkEntry['anchor'], nationalOnly: boolean, columns: CrosswalkEntry['columns']): CrosswalkEntry => ({
  id,
  name: id,
  area: 'quantum',
  summary: 's',
  anchor,
  nationalOnly,
  columns: { ...Object.fromEntries(CORE_LISTS.map((list) => [list, notChecked])), ...columns },
});
const QUANTUM = entry('quantum', 'us', true, {
  us: { relation: 'anchor', number: '4A906', inForce: '2024-09-06', cite },
  eu: { relation: 'equivalent', number: '4A506', inForce: '2025-11-15', cite },
  wassenaar: { relation: 'none', cite },
});
const LITHO = entry('litho', 'wassenaar', false, {
  wassenaar: { relation: 'anchor', number: '3.B.1.f.1', cite },
  eu: { relation: 'equivalent', number: '3B001.f.1', cite },
  us: { relation: 'narrower', number: '3B001.f.1', cite },
});
const ETCH = entry('etch', 'us', true, { us: { relation: 'anchor', number: '3B001.c, 3B001.d', inForceNote: 'not read', cite } });

describe('crosswalk rules', () => {
  it('name an entry by its own number when national-only, otherwise by its EU/US-form number', () => {
    expect(keyNumber(QUANTUM)).toBe('4A906');
    expect(keyNumber(LITHO)).toBe('3B001.f.1');
    expect(keyNumber(ETCH)).toBe('3B001.c');
  });

  it('list the entries no multilateral list holds, oldest first, those without a date last', () => {
    expect(nationalOnly([ETCH, LITHO, QUANTUM]).map(({ entry, list }) => `${entry.id}/${list}`)).toEqual(['quantum/us', 'quantum/eu', 'etch/us']);
  });

  it('give a jurisdiction the entries of its own list that are national, not those from a multilateral list', () => {
    expect(entriesOfJurisdiction([LITHO, QUANTUM, ETCH], 'us').map((item) => item.number)).toEqual(['3B001.c, 3B001.d', '4A906']);
    expect(entriesOfJurisdiction([LITHO, QUANTUM, ETCH], 'eu').map((item) => item.number)).toEqual(['4A506']);
    expect(entriesOfJurisdiction([LITHO, QUANTUM, ETCH], 'de')).toEqual([]);
  });
});

describe('the built crosswalk', () => {
  it('holds at least forty entries, each with a page, every list answered and each named entry cited to a declared copy', async () => {
    const data = JSON.parse(await readFile(join(DIST, 'data/crosswalk.json'), 'utf8'));
    expect(data.entries.length).toBeGreaterThanOrEqual(40);
    for (const item of data.entries) {
      const root = await page(`crosswalk/${item.id}`);
      expect(root.querySelector('h1')!.text, item.id).toContain(item.name);
      for (const list of CORE_LISTS) expect(item.columns[list], `${item.id} ${list}`).toBeDefined();
      for (const [list, cell] of Object.entries<{ relation: string; number?: string; source?: { versionDate?: string } }>(item.columns)) {
        if (!NAMED_RELATIONS.includes(cell.relation as never)) continue;
        expect(cell.number, `${item.id} ${list}`).toBeTruthy();
        expect(cell.source, `${item.id} ${list}`).toBeTruthy();
        expect(root.querySelector(`#list-${list}`)!.text, `${item.id} ${list}`).toContain(cell.number!);
      }
      if (item.nationalOnly) expect(item.columns[item.anchor].inForce ?? item.columns[item.anchor].inForceNote, item.id).toBeTruthy();
    }
    const csv = (await readFile(join(DIST, 'data/crosswalk.csv'), 'utf8')).trim().split('\r\n');
    const cells = data.entries.reduce((sum: number, item: { columns: object }) => sum + Object.keys(item.columns).length, 0);
    expect(csv.length - 1).toBe(cells);
  });

  it('names the version of each list read, and links profile facts to the entries they rest on', async () => {
    const index = await page('crosswalk');
    const lists = index.querySelector('#lists')!.parentNode!.text;
    expect(lists).toMatch(/US Commerce Control List.*version of \d{4}-\d{2}-\d{2}/s);
    expect(lists).toMatch(/Wassenaar Arrangement.*version of \d{4}-\d{2}-\d{2}/s);
    const us = await page('jurisdictions/us');
    const links = (id: string) =>
      us
        .querySelector(`[id="${id}"]`)!
        .parentNode!.querySelectorAll('.crosswalk-links a')
        .map((a) => a.getAttribute('href'));
    expect(links('nationalOnlyControls')).toContain('/crosswalk/us-3a090-advanced-computing-ics/');
    expect(links('emergingTechnologyControls')).toContain('/crosswalk/us-4a906-quantum-computers/');
    expect(links('emergingTechnologyControls')).not.toContain('/crosswalk/us-5a992-mass-market-encryption/');
    const nl = await page('jurisdictions/nl');
    expect(
      nl.querySelector(`[id="nationalOnlyControls"]`)!.parentNode!.querySelector('a[href="/crosswalk/nl-advanced-semiconductor-equipment/"]'),
    ).toBeTruthy();
  });
});
