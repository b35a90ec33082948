/** The pictures: every UN member state appears on each regime map or in the table beside it; penalty charts convert only fixed caps. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { placeOf } from '../src/lib/world-map.ts';

const DIST = join(import.meta.dirname, '../dist');
const unList = async () => {
  const text = await readFile(join(import.meta.dirname, '../src/content/reference/un-member-states.mdx'), 'utf8');
  return text
    .match(/^codes: \[(.*)\]$/m)![1]!
    .split(',')
    .map((code) => code.trim().replace(/"/g, ''));
};

describe('regime maps', () => {
  it('the UN member list has 193 distinct codes', async () => {
    const codes = await unList();
    expect(codes).toHaveLength(193);
    expect(new Set(codes).size).toBe(193);
  });

  it('every UN member state is on every regime map (a shape or a dot) or in the table beside it, with its status', async () => {
    const codes = await unList();
    const regimes = await readdir(join(DIST, 'regimes'), { withFileTypes: true });
    const pages = regimes.filter((entry) => entry.isDirectory());
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const entry of pages) {
      const root = parse(await readFile(join(DIST, 'regimes', entry.name, 'index.html'), 'utf8'));
      const onMap = new Set(root.querySelectorAll('.world-map [data-code]').map((element) => element.getAttribute('data-code')));
      const inTable = new Map(
        root.querySelectorAll('table.un-status tr[data-code]').map((row) => [row.getAttribute('data-code'), row.querySelector('td')?.text ?? '']),
      );
      for (const code of codes) {
        expect(onMap.has(code) || inTable.has(code), `${entry.name}: ${code}`).toBe(true);
        expect(inTable.get(code), `${entry.name}: ${code}`).toMatch(/\S/);
      }
      expect(root.querySelector('.world-map svg title')?.text, entry.name).toMatch(/status of every state/);
    }
  });

  it('draws the smallest states as dots so none disappears (all but Tuvalu, which the boundaries lack)', async () => {
    const codes = await unList();
    const absent = codes.filter((code) => placeOf(code) === 'absent');
    expect(absent).toEqual(['tv']);
    for (const code of ['sg', 'mt', 'mc', 'li', 'nr']) expect(placeOf(code), code).toBe('dot');
    for (const code of ['us', 'cn', 'br']) expect(placeOf(code), code).toBe('shape');
  });
});

describe('penalty charts', () => {
  it('name the rate series beside the converted figures and never convert a formula', async () => {
    const root = parse(await readFile(join(DIST, 'penalties/index.html'), 'utf8'));
    const text = root.querySelector('main')!.text;
    expect(text).toContain('Treasury Reporting Rates of Exchange');
    const rows = root.querySelectorAll('table.fines tbody tr').map((row) => row.querySelectorAll('td').map((cell) => cell.text));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter(([, usd]) => usd!.startsWith('about')).length).toBeGreaterThan(3);
    for (const [coded, usd] of rows) {
      if (/^Unlimited$/.test(coded!)) expect(usd).toBe('Unlimited');
      if (usd!.startsWith('about')) expect(usd).toMatch(/per USD, 2025-12-31\)$/);
      else expect(usd).toMatch(/^(Unlimited|A formula: not converted)$/);
    }
  });
});
